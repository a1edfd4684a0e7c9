import { describe, expect, it } from 'vitest';
import { buildEdition } from '../../src/lib/edition/build.ts';
import { citationsOf, citedWorks, mentionsOf, sentenceAt } from '../../src/lib/entries/passages.ts';
import type { Registry } from '../../src/lib/edition/build.ts';

const registry: Registry = {
  Concept: new Set(['binding']),
  Case: new Set(['opium-war']),
  Cite: new Set(['cronin-1999', 'bender-1982']),
};
const edition = buildEdition(
  new Map([
    [
      'a.mdx',
      `---\ntitle: "A"\norder: 1\n---\n\nThe U.S. saw the <Case id="opium-war">Opium War</Case> differently. It chose <Concept id="binding">binding</Concept> instead.[^1] Then it waited.\n\n[^1]: See <Cite id="cronin-1999" loc="p. 12">Cronin</Cite>, p. 12; on <Concept id="binding">binding</Concept>, <Cite id="bender-1982">Bender</Cite>.\n`,
    ],
  ]),
  registry,
);

describe('sentences', () => {
  it('finds the sentence around an offset and does not stop at U.S.', () => {
    const text = 'The U.S. saw it. It chose well. Then it waited.';
    expect(text.slice(sentenceAt(text, 5).start, sentenceAt(text, 5).end)).toBe('The U.S. saw it.');
    expect(text.slice(sentenceAt(text, 20).start, sentenceAt(text, 20).end)).toBe('It chose well.');
  });
});

describe('mentions', () => {
  it('lists every paragraph and note that marks an entry, with a snippet around the words', () => {
    const passages = mentionsOf(edition, 'concept', 'binding');
    expect(passages.map((p) => [p.label, p.href])).toEqual([
      ['¶ 1', '/paper/#p1'],
      ['n. 1', '/paper/#n1'],
    ]);
    expect(passages[0]?.snippet).toEqual({
      before: 'It chose ',
      match: 'binding',
      after: ' instead.',
    });
    expect(mentionsOf(edition, 'case', 'opium-war')[0]?.snippet.before).toBe('The U.S. saw the ');
  });
});

describe('citations', () => {
  it('lists each note citing a work with its pinpoint and the sentence it hangs on', () => {
    const [citing] = citationsOf(edition, 'cronin-1999');
    expect(citing?.note.n).toBe(1);
    expect(citing?.locator).toBe('p. 12');
    expect(citing?.paragraph.id).toBe('p1');
    expect(citing?.sentence).toBe('It chose binding instead.');
    expect([...citedWorks(edition)].sort()).toEqual(['bender-1982', 'cronin-1999']);
  });
});
