import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { buildEdition } from '../../src/lib/edition/build.ts';
import type { Paragraph, Phrase } from '../../src/lib/edition/model.ts';
import { pageOf, pagedLocator, pagesLabel } from '../../src/lib/edition/page-of.ts';
import { insertAt, probeOf } from '../../src/lib/edition/pages.ts';
import { readWitnessPages } from '../../src/lib/edition/witness-pages.ts';

/** The plain text of phrases, each page break shown as ‹n›. */
function shown(nodes: readonly Phrase[]): string {
  return nodes
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'break':
          return ' ';
        case 'gap':
          return '[…]';
        case 'noteRef':
          return `^${node.n}`;
        case 'pageBreak':
          return `‹${node.n}›`;
        default:
          return shown(node.children);
      }
    })
    .join('');
}

/**
 * A witness in the real one's manner: double-spaced text, a separator of spaces, single-spaced
 * notes; the next page's text resumes on a line opening with a space; a page without notes ends
 * single-spaced; one printed page number at a foot, the running title at the next head.
 */
const WITNESS = [
  ' Opening',
  '',
  'The first page begins here and runs on to the',
  '',
  'end of its text with a note.1',
  '',
  ' ',
  '1 The first note.',
  '',
  ' second page begins inside a sentence, and it has no',
  '',
  'notes at its foot, so its last line is followed',
  ' by the third page at once.',
  '',
  ' ',
  '',
  '2 A note: 1999). A line of the note that looks like a number.',
  ' 7',
  '',
  'BETWEEN BALANCE OF POWER AND COMMUNITY: ',
  '',
  'The fourth page, after the furniture.',
  '',
].join('\n');

const FIXTURE_SECTION = `---
title: "Opening"
order: 1
editorial: []
---

The first page begins here and runs on to the end of its text with a note.[^1] second page begins inside a sentence, and it has no notes at its foot, so its last line is followed by the third page at once.[^2]

The fourth page, after the furniture.

[^1]: The first note.
[^2]: A note: 1999). A line of the note that looks like a number.
`;

describe('the pages of a witness', () => {
  const { pages, numbering } = readWitnessPages(WITNESS, new Set(['Opening']));

  it('finds each page start from the furniture, and numbers from the printed number', () => {
    expect(pages.map((p) => [p.n, p.line, p.evidence])).toEqual([
      [5, 1, 'first'],
      [6, 10, 'after-notes'],
      [7, 13, 'single-spaced'],
      [8, 22, 'after-furniture'],
    ]);
    expect(numbering).toMatch(/printed page number 7/);
  });

  it('takes the words after a heading that opens a page, and keeps each page’s notes', () => {
    expect(pages[0]).toMatchObject({ heading: 'Opening', notes: [1] });
    expect(pages[0]?.firstLine).toBe('The first page begins here and runs on to the');
    expect(pages[2]).toMatchObject({ notes: [2], printed: 7 });
  });

  it('counts from 1 when no number is printed', () => {
    const plain = readWitnessPages(WITNESS.replace(' 7\n', ''), new Set());
    expect(plain.pages.map((p) => p.n)).toEqual([1, 2, 3, 4]);
    expect(plain.numbering).toMatch(/counted from 1/);
  });

  it('places the breaks in the model, splitting the text before each page’s first word', () => {
    const edition = buildEdition(
      new Map([['content/paper/opening.mdx', FIXTURE_SECTION]]),
      undefined,
      WITNESS,
    );
    const [first, second] = edition.paragraphs;
    expect(shown(first?.content ?? [])).toBe(
      '‹5›The first page begins here and runs on to the end of its text with a note.^1 ‹6›second page begins inside a sentence, and it has no notes at its foot, so its last line is followed ‹7›by the third page at once.^2',
    );
    expect(shown(second?.content ?? [])).toBe('‹8›The fourth page, after the furniture.');
    expect(edition.pages.map((p) => [p.n, p.passage, p.certainty])).toEqual([
      [5, 'p1', 'high'],
      [6, 'p1', 'high'],
      [7, 'p1', 'medium'],
      [8, 'p2', 'high'],
    ]);
    // The plain text is untouched.
    expect(first?.text).toContain('note. second page');
  });

  it('leaves out, and lists, a page whose words are not in the text', () => {
    const edition = buildEdition(
      new Map([
        ['content/paper/opening.mdx', FIXTURE_SECTION.replace('second page', 'other words')],
      ]),
      undefined,
      WITNESS,
    );
    expect(edition.pages.map((p) => p.n)).toEqual([5, 7, 8]);
    expect(edition.unplacedPages).toEqual([expect.objectContaining({ n: 6, line: 10 })]);
  });
});

describe('inserting a break into a phrase tree', () => {
  const brk: Phrase = { type: 'pageBreak', n: 9, certainty: 'high' };
  const tree: Phrase[] = [
    { type: 'text', value: 'counter-' },
    { type: 'noteRef', n: 3 },
    {
      type: 'mark',
      kind: 'concept',
      id: 'binding',
      children: [{ type: 'text', value: 'binding logic' }],
    },
    { type: 'gap', id: 'gap-1' },
  ];

  it('splits a text, goes inside a mark, stands after a note reference and before a gap', () => {
    expect(shown(insertAt(tree, 4, brk))).toBe('coun‹9›ter-^3binding logic[…]');
    expect(shown(insertAt(tree, 8, brk))).toBe('counter-^3‹9›binding logic[…]');
    // Before the mark, not inside it, when the page begins with it.
    expect(insertAt(tree, 8, brk)[2]).toBe(brk);
    expect(shown(insertAt(tree, 12, brk))).toBe('counter-^3bind‹9›ing logic[…]');
    expect(shown(insertAt(tree, 21, brk))).toBe('counter-^3binding logic‹9›[…]');
  });

  it('probes with the first words, up to a note marker glued to a word', () => {
    expect(probeOf(' the belief in a workable Asian balance of power.”20 Likewise')).toBe(
      'the belief in a workable Asian',
    );
    expect(probeOf('of power.”20 Likewise, Japan')).toBe('of power.”');
  });
});

describe('the pages of the working paper, from the real witness', () => {
  const { edition, witness } = getContent();
  const lines = witness.split('\n');
  const titles = new Set(edition.sections.map((s) => s.title));
  const words = (n: number) => edition.pages.find((p) => p.n === n);

  it('has 24 pages, in order, each once, all placed', () => {
    expect(edition.pages.map((p) => p.n)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(edition.unplacedPages).toEqual([]);
    expect(edition.pageNumbering).toMatch(/printed page number 9/);
  });

  it('each page begins where the witness’s furniture says, with the words that follow it', () => {
    for (const page of edition.pages) {
      // The line of the page's first words (after the heading, if one opens the page).
      const line = lines.slice(page.line - 1).find((l) => l.trim() && !titles.has(l.trim())) ?? '';
      const before = lines
        .slice(0, page.line - 1)
        .filter((l) => l !== '')
        .at(-1);
      expect(line.trim().startsWith(page.words), `p. ${page.n}`).toBe(true);
      if (page.n === 1) expect(before).toBeUndefined();
      // The printed number and the running title stand above p. 10's first line.
      else if (page.n === 10)
        expect(lines.slice(page.line - 13, page.line - 1).join('\n')).toMatch(
          /^ 9\s*$[\s\S]*BETWEEN BALANCE/m,
        );
      // Every other page's text resumes on a line that opens with a space.
      else expect(line, `p. ${page.n}`).toMatch(/^ \S/);
    }
  });

  it('stands in the text before those words (before the gap where a page begins in lost words)', () => {
    for (const page of edition.pages) {
      const para = edition.paragraphs.find((p) => p.id === page.passage) as Paragraph;
      const after = shown(para.content).split(`‹${page.n}›`)[1] ?? '';
      const start = page.words
        .replace(/(\D)\d{1,2}(\s|$)/u, '$1$2')
        .split(' ')
        .slice(0, 3)
        .join(' ');
      expect(after.replace(/^\[…\](\^\d+)? /, ''), `p. ${page.n}`).toContain(start);
      expect(
        after.replace(/^\[…\](\^\d+)? /, '').startsWith(start.split(' ')[0] ?? ''),
        `p. ${page.n}`,
      ).toBe(true);
    }
    expect(words(12)).toMatchObject({ passage: 'p26', certainty: 'medium' });
    expect(words(13)).toMatchObject({ passage: 'p28', certainty: 'low' });
    expect(words(10)).toMatchObject({ passage: 'p22', offset: 0, certainty: 'high' });
  });

  it('puts each note on the page at whose foot the witness prints it', () => {
    const printed = readWitnessPages(witness, new Set(edition.sections.map((s) => s.title))).pages;
    for (const note of edition.notes) {
      const page = pageOf(
        edition.pages,
        note.paragraph,
        edition.paragraphs.find((p) => p.id === note.paragraph)?.noteOffsets[note.n],
      );
      expect(printed.find((p) => p.notes.includes(note.n))?.n, `n. ${note.n}`).toBe(page);
    }
  });
});

describe('pageOf and the pinpoint', () => {
  const starts = [
    { n: 1, passage: 'p1', offset: 0 },
    { n: 2, passage: 'p3', offset: 40 },
    { n: 3, passage: 'p5', offset: 0 },
  ];

  it('gives the page of a paragraph and of an offset in it', () => {
    expect(pageOf(starts, 'p1')).toBe(1);
    expect(pageOf(starts, 'p3', 39)).toBe(1);
    expect(pageOf(starts, 'p3', 40)).toBe(2);
    expect(pageOf(starts, 'p4', 500)).toBe(2);
    expect(pageOf(starts, 'p5')).toBe(3);
    expect(pageOf(starts, 'n5')).toBeUndefined();
    expect(pageOf([], 'p1')).toBeUndefined();
  });

  it('labels the pages words run over, and puts them before ¶ and n.', () => {
    expect(pagesLabel(starts, { passage: 'p3', offset: 0 }, { passage: 'p3', offset: 40 })).toBe(
      'p. 1',
    );
    expect(pagesLabel(starts, { passage: 'p3', offset: 0 }, { passage: 'p3', offset: 41 })).toBe(
      'pp. 1–2',
    );
    expect(pagesLabel(starts, { passage: 'p2', offset: 0 }, { passage: 'p5', offset: 3 })).toBe(
      'pp. 1–3',
    );
    expect(pagesLabel([], { passage: 'p2', offset: 0 }, { passage: 'p2', offset: 3 })).toBe('');
    expect(pagedLocator('p. 12', '¶ 24')).toBe('p. 12, ¶ 24');
    expect(pagedLocator('', '¶ 24')).toBe('¶ 24');
  });
});
