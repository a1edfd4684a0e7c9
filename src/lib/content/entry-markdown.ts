/**
 * The body of a glossary entry, Markdown to HTML. Content is untrusted input: raw HTML is refused
 * (not silently dropped, so that an editor learns why their markup vanished) and links may only
 * use safe schemes (`safe-url.ts`). Anything else Markdown offers is rendered as usual.
 */
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ContentError } from './content-error.ts';
import { isSafeUrl, SAFE_URL_FIX } from './safe-url.ts';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * Renders a Markdown body to HTML.
 * @param firstLine the line of the file where the body starts, so that messages name file lines.
 */
export function renderEntryMarkdown(body: string, file: string, firstLine: number): string {
  // GFM works at parse time (tables, autolinks); there are no transforms to run.
  const tree: Root = parser.parse(body);
  const lineOf = (node: Nodes) => (node.position?.start.line ?? 1) + firstLine - 1;
  visit(tree, (node) => {
    if (node.type === 'html') {
      throw new ContentError(
        file,
        lineOf(node),
        `Raw HTML is not allowed in an entry (${node.value.slice(0, 40)}).`,
        'Write the text in Markdown: *emphasis*, **strong**, [a link](https://…).',
      );
    }
    if (
      (node.type === 'link' || node.type === 'image' || node.type === 'definition') &&
      !isSafeUrl(node.url)
    ) {
      throw new ContentError(
        file,
        lineOf(node),
        `A link to "${node.url}" is not allowed.`,
        SAFE_URL_FIX,
      );
    }
  });
  return toHtml(toHast(tree));
}
