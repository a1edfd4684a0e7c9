import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import { toHtml } from 'hast-util-to-html';
import { parseHTML } from 'linkedom';
import { toHast } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition/build.ts';
import remarkEdition from '../../src/plugins/remark-edition.ts';

const dir = path.resolve('tests/fixtures/paper');
const files = ['first.mdx', 'second.mdx'].map((name) => path.join(dir, name));
const edition = buildEdition(new Map(files.map((file) => [file, readFileSync(file, 'utf8')])));
/** The fixture's section of a file, as the content layer would give it. */
const sectionOf = (filePath: string) => edition.sections.find((s) => s.file === filePath);

/** Runs the plugin on a fixture section and returns the rendered parts as a DOM. */
async function render(name: string) {
  const file = new VFile({
    path: path.join(dir, name),
    value: readFileSync(path.join(dir, name), 'utf8'),
  });
  const processor = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkEdition, { sectionOf });
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  const hast = toHast(tree, {
    handlers: {
      // The page renders each MDX part through a component; here each becomes a marked div.
      mdxJsxFlowElement: (state, node) => ({
        type: 'element',
        tagName: 'div',
        properties: { dataPart: node.name },
        children: state.all(node),
      }),
    },
  });
  return parseHTML(`<!doctype html><html><body>${toHtml(hast)}</body></html>`).document;
}

describe('remark-edition', () => {
  it('numbers paragraphs through the whole paper with stable ids', async () => {
    const first = await render('first.mdx');
    const second = await render('second.mdx');
    expect([...first.querySelectorAll('[data-part="EditionBody"] > p')].map((p) => p.id)).toEqual([
      'p1',
      'p2',
    ]);
    expect(second.querySelector('p')?.id).toBe('p3');
    expect(second.querySelector('p .paragraph-number')?.textContent).toBe('¶ 3');
    expect(second.querySelector('p .paragraph-number')?.getAttribute('href')).toBe('#p3');
  });

  it('replaces GFM footnotes by note references and notes linked both ways', async () => {
    const doc = await render('first.mdx');
    const ref = doc.querySelector('#nref1');
    expect(ref?.getAttribute('role')).toBe('doc-noteref');
    expect(ref?.getAttribute('href')).toBe('#n1');
    const note = doc.querySelector('[data-part="EditionNotes"] #n1');
    expect(note?.getAttribute('role')).toBe('doc-footnote');
    expect(note?.querySelector('[role="doc-backlink"]')?.getAttribute('href')).toBe('#nref1');
    expect(note?.textContent).toContain('A note with its own words.');
    expect(
      doc.querySelector('[data-footnotes], #footnote-label, [id^="user-content-"]'),
    ).toBeNull();
  });

  it('puts editorial remarks beside their paragraph and each note’s text on the page once', async () => {
    const doc = await render('first.mdx');
    const remarks = doc.querySelector('#p2')?.nextElementSibling;
    expect(remarks?.className).toBe('sidenotes');
    expect(remarks?.querySelector('#ed-gap-1')).not.toBeNull();
    expect(doc.querySelector('#p1')?.nextElementSibling?.tagName).toBe('P');
    expect(doc.body.textContent?.split('A note with its own words.').length).toBe(2);
  });

  it('shows a gap and a restored marker as editorial acts, each explained', async () => {
    const doc = await render('first.mdx');
    const gap = doc.querySelector('#gap-1');
    expect(gap?.textContent).toBe('[…]');
    expect(gap?.getAttribute('href')).toBe('/about/#gap-1');
    expect(doc.querySelector('#ed-gap-1')?.textContent).toContain(
      'Words were lost between two pages',
    );
    const restored = doc.querySelector('#nref2');
    expect(restored?.textContent).toBe('[2]');
    expect(restored?.classList.contains('restored-marker')).toBe(true);
    expect(doc.querySelector('#n2')?.textContent).toContain(
      'marker of note 2 restored (low certainty)',
    );
  });

  it('leaves files outside the paper folder alone', async () => {
    const file = new VFile({ path: path.resolve('README.md'), value: 'Text.[^1]\n\n[^1]: Note.' });
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkEdition, { sectionOf });
    const tree = (await processor.run(processor.parse(file), file)) as Root;
    expect(tree.children.some((n) => n.type === 'footnoteDefinition')).toBe(true);
  });
});
