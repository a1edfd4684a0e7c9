/**
 * The fields of YAML and JSON content (frontmatter, works, paper facts, index terms) are plain
 * text: every page, citation and download prints them as they are, escaped. Markup in one would
 * be published as its own characters, or, where a citation processor or another tool reads the
 * field as HTML, as live markup. So markup is refused in every field alike, before anything is
 * written; Markdown belongs in a glossary entry's body, the one place that renders it.
 */
import { ContentError } from './content-error.ts';

/** What counts as markup in a field, each with the name a message gives it. */
const MARKUP: readonly { what: string; pattern: RegExp }[] = [
  { what: 'an HTML tag', pattern: /<\/?[a-z][^>]*>?/i },
  { what: 'an HTML comment or declaration', pattern: /<[!?][^>]*>?/ },
  { what: 'an HTML character reference', pattern: /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i },
  { what: 'a Markdown link', pattern: /!?\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)/ },
  { what: 'Markdown emphasis', pattern: /(?<![\w*])(\*\*?)(?=\S)[^*\n]*?\S\1(?![\w*])/ },
];

/** The first markup in a text, with what it is; undefined for plain text. */
export function findMarkup(text: string): { what: string; sample: string } | undefined {
  let first: { what: string; sample: string; at: number } | undefined;
  for (const { what, pattern } of MARKUP) {
    const match = pattern.exec(text);
    if (match && (first === undefined || match.index < first.at)) {
      const sample = match[0].length > 40 ? `${match[0].slice(0, 39)}…` : match[0];
      first = { what, sample, at: match.index };
    }
  }
  return first && { what: first.what, sample: first.sample };
}

/** The fix for markup in a field. */
export const PLAIN_TEXT_FIX =
  'Write the field as plain text, as it should print: the character itself, not a reference (“&”, not “&amp;”); no tags, no Markdown (citation styles set their own italics; a work’s address goes in `URL`).';

/** A field's path as messages print it: `custom.verified[0]`. */
export function fieldName(path: readonly (string | number)[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
}

/**
 * Every field of `data` (a whole file, or one item of it) that holds markup, at the field's line.
 * `what` names the thing in messages ("Work cronin-1999"); `lineOf` finds a field's line by path.
 */
export function markupProblems(
  data: unknown,
  file: string,
  what: string,
  lineOf: (path: readonly (string | number)[]) => number,
): ContentError[] {
  const problems: ContentError[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      const markup = findMarkup(value);
      if (!markup) return;
      problems.push(
        new ContentError(
          file,
          lineOf(path),
          `${what} field \`${fieldName(path) || '(the whole entry)'}\` holds ${markup.what} (${markup.sample}), but fields are plain text: it would be published as written.`,
          PLAIN_TEXT_FIX,
        ),
      );
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(data, []);
  return problems;
}
