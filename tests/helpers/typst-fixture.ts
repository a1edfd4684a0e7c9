/** The fixture paper as the Typst writer and the PDF tests take it, with page starts placed. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEdition, type Edition, type Phrase } from '../../src/lib/edition/build.ts';
import type { Work } from '../../src/lib/content/schemas.ts';
import { workFinder } from '../../src/lib/outputs/layer-citations.ts';
import type { TypstEditionInput } from '../../src/lib/outputs/typst.ts';
import { COMMENTARY_WORKS, fixtureCommentary } from './commentary-fixture.ts';

/** The two-section fixture paper of tests/fixtures/paper. */
export function fixturePaper(): Edition {
  const dir = path.resolve('tests/fixtures/paper');
  const files = ['first.mdx', 'second.mdx'].map((name) => path.join(dir, name));
  return buildEdition(new Map(files.map((file) => [file, readFileSync(file, 'utf8')])));
}

/**
 * The fixture with page starts placed as the page-break reconstruction will place them: page 2
 * before the first paragraph's last word, page 3 at the start of the third paragraph.
 */
export function withPageBreaks(edition: Edition): Edition {
  const split = (content: Phrase[], word: string, n: number): Phrase[] =>
    content.flatMap((node): Phrase[] => {
      if (node.type !== 'text' || !node.value.includes(word)) return [node];
      const [before = '', after = ''] = node.value.split(word);
      return [
        { type: 'text', value: before },
        { type: 'pageBreak', n, certainty: 'high' },
        { type: 'text', value: `${word}${after}` },
      ];
    });
  const sections = edition.sections.map((s) => ({
    ...s,
    paragraphs: s.paragraphs.map((p) => {
      if (p.n === 1) return { ...p, content: split(p.content, 'paper.', 2) };
      if (p.n === 3)
        return { ...p, content: [{ type: 'pageBreak', n: 3, certainty: 'medium' }, ...p.content] };
      return p;
    }),
  })) as Edition['sections'];
  return { ...edition, sections, paragraphs: sections.flatMap((s) => s.paragraphs) };
}

export function typstInput(edition: Edition): TypstEditionInput {
  const { notes, guide } = fixtureCommentary(['first', 'second']);
  const cronin: Work = {
    id: 'cronin-1999',
    type: 'book',
    title: 'Title & More',
    author: [{ family: 'Cronin', given: 'Patrick' }],
    issued: { 'date-parts': [[1999]] },
  };
  return {
    edition,
    title: 'A Title',
    authors: ['Ann Author', 'Bob Author'],
    shortTitle: 'Short',
    description: ['A working paper.'],
    date: '2026-11-30',
    permalink: (sitePath) => `https://example.org/ed${sitePath}`,
    bibliography: [{ id: 'cronin-1999', html: 'Cronin, Patrick. <i>Title &amp; More</i>. 1999.' }],
    commentary: { notes, guide },
    commentaryReferences: [
      { id: 'doe-2010', html: 'Doe, Jane. “Talks &lt;Resume&gt;.” <i>The Daily</i>, March 2010.' },
      { id: 'forum-2009-vision', html: 'The Forum. “Vision Statement.” 2009.' },
    ],
    findWork: workFinder(COMMENTARY_WORKS, [cronin]),
    names: {
      section: (id) => `Section ${id}`,
      case: (id) => `Case ${id}`,
      concept: (id) => `Concept ${id}`,
    },
  };
}
