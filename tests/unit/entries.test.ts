import { describe, expect, it } from 'vitest';
import type { IndexEntryInput, Locator } from '../../src/lib/entries/book-index.ts';
import { buildEdition } from '../../src/lib/edition/build.ts';
import {
  casesOfConcept,
  compareTerms,
  countOf,
  paperDefinitionsLine,
  definitionPlace,
  foldTerms,
  isPartTitle,
  passageLocators,
  relatedBothWays,
  relatedCases,
} from '../../src/lib/entries/entries.ts';
import { mentionsOf } from '../../src/lib/entries/passages.ts';
import type { Registry } from '../../src/lib/edition/build.ts';

const concept = (id: string, term: string, related: string[] = []) => ({
  id,
  data: { term, related },
});
const kase = (id: string, title: string, start: string, concepts: string[], end?: string) => ({
  id,
  data: { title, start, end, concepts },
});

describe('related concepts', () => {
  const concepts = [
    concept('binding', 'Binding', ['realism']),
    concept('anarchy', 'Anarchy', ['binding']),
    concept('realism', 'Realism'),
    concept('soft-power', 'Soft power'),
  ];

  it('are those a concept lists and those that list it, each once, A–Z', () => {
    expect(relatedBothWays(concepts, 'binding').map((c) => c.id)).toEqual(['anarchy', 'realism']);
    expect(relatedBothWays(concepts, 'realism').map((c) => c.id)).toEqual(['binding']);
    expect(relatedBothWays(concepts, 'soft-power')).toEqual([]);
  });

  it('never include the concept itself, even when it lists itself', () => {
    expect(
      relatedBothWays([concept('a', 'A', ['a', 'b']), concept('b', 'B', ['a'])], 'a').map(
        (c) => c.id,
      ),
    ).toEqual(['b']);
  });

  it('sort by term without regard to capitals', () => {
    expect(
      [concept('b', 'balance'), concept('a', 'Anarchy')].sort(compareTerms).map((c) => c.id),
    ).toEqual(['a', 'b']);
  });
});

describe('cases of a concept and related cases', () => {
  const cases = [
    kase('wto', 'WTO', '1995-01-01', ['binding']),
    kase('vienna', 'Congress of Vienna', '1814-09', ['binding', 'concert']),
    kase('nato', 'NATO', '1949-04-04', ['binding', 'concert']),
    kase('opium', 'Opium War', '1839', ['realism']),
  ];

  it('lists the cases that name a concept, in date order', () => {
    expect(casesOfConcept(cases, 'binding').map((k) => k.id)).toEqual(['vienna', 'nato', 'wto']);
    expect(casesOfConcept(cases, 'anarchy')).toEqual([]);
  });

  it('relates cases that share a concept, those sharing most first, then by date, up to a limit', () => {
    expect(relatedCases(cases, 'vienna').map((r) => [r.entry.id, r.shared])).toEqual([
      ['nato', ['binding', 'concert']],
      ['wto', ['binding']],
    ]);
    expect(relatedCases(cases, 'vienna', 1).map((r) => r.entry.id)).toEqual(['nato']);
    expect(relatedCases(cases, 'opium')).toEqual([]);
  });
});

const registry: Registry = {
  Concept: new Set(['binding']),
  Case: new Set(['opium-war']),
  Cite: new Set(),
};
const edition = buildEdition(
  new Map([
    [
      'a.mdx',
      `---\ntitle: "A"\norder: 1\n---\n\nFirst paragraph on <Concept id="binding">binding</Concept>.\n\nSecond paragraph.[^1]\n\n[^1]: A note that defines <Concept id="binding">binding</Concept> as tying states together.\n`,
    ],
  ]),
  registry,
);

describe('the place of a paper’s definition', () => {
  it('is the paragraph, or else the note, whose text holds the quotation', () => {
    expect(definitionPlace(edition, 'First paragraph on binding')).toEqual({
      label: '¶ 1',
      href: '/paper/#p1',
    });
    expect(definitionPlace(edition, 'defines binding as tying')).toEqual({
      label: 'n. 1',
      href: '/paper/#n1',
    });
    expect(definitionPlace(edition, 'words the paper never wrote')).toBeUndefined();
  });
});

describe('index locators of marked passages', () => {
  it('carry the number of the paragraph a note hangs on, so the note sorts after it', () => {
    const locators = passageLocators(edition, mentionsOf(edition, 'concept', 'binding'));
    expect(locators).toEqual<Locator[]>([
      { label: '¶ 1', href: '/paper/#p1', n: 1, isNote: false },
      { label: 'n. 1', href: '/paper/#n1', n: 1, isNote: true, paragraph: 2 },
    ]);
  });
});

describe('folding index terms into entries', () => {
  const entries: IndexEntryInput[] = [
    { heading: 'ASEAN Regional Forum (ARF)', kind: 'case', href: '/cases/arf/', locators: [] },
    { heading: 'World Trade Organization', kind: 'case', href: '/cases/wto/', locators: [] },
  ];
  const term = (heading: string): IndexEntryInput => ({
    heading,
    kind: 'institution',
    locators: [],
  });

  it('gives a term of the same name, with or without its abbreviation, the entry’s heading, kind and page', () => {
    expect(
      foldTerms(
        [term('ASEAN Regional Forum (ARF)'), term('World Trade Organization (WTO)')],
        entries,
      ),
    ).toEqual([
      { heading: 'ASEAN Regional Forum (ARF)', kind: 'case', href: '/cases/arf/', locators: [] },
      { heading: 'World Trade Organization', kind: 'case', href: '/cases/wto/', locators: [] },
    ]);
  });

  it('leaves other terms alone', () => {
    expect(
      foldTerms(
        [term('Arab League'), term('ASEAN Regional Forum')],
        [entries[1] as IndexEntryInput],
      ),
    ).toEqual([term('Arab League'), term('ASEAN Regional Forum')]);
  });
});

describe('what the glossary says of the paper’s definitions', () => {
  it('claims that every entry quotes one only when every entry does', () => {
    expect(paperDefinitionsLine(41, 41)).toBe(
      'Each entry also quotes the paper’s own definition of its term.',
    );
    expect(paperDefinitionsLine(41, 22)).toBe(
      '22 entries quote the paper’s own definition of the term; for the other 19 the paper gives none in so many words.',
    );
    expect(paperDefinitionsLine(2, 1)).toMatch(/^One entry quotes .* the other 1 the paper/);
    expect(paperDefinitionsLine(3, 0)).not.toMatch(/quotes?/);
  });
});

describe('small words', () => {
  it('count in the singular and the plural', () => {
    expect(countOf(1, 'passage')).toBe('1 passage');
    expect(countOf(12, 'passage')).toBe('12 passages');
  });

  it('set the titles of articles and chapters in quotation marks, of books and reports in italics', () => {
    expect(isPartTitle({ type: 'article-journal' })).toBe(true);
    expect(isPartTitle({ type: 'chapter' })).toBe(true);
    expect(isPartTitle({ type: 'book' })).toBe(false);
    expect(isPartTitle({ type: 'report' })).toBe(false);
  });
});
