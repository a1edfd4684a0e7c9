import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  entryId,
  findPhrase,
  type IndexEntryInput,
  type IndexSource,
  letterOf,
  locate,
  type Locator,
  seeReferences,
  termEntry,
} from '../../src/lib/entries/book-index.ts';

const para = (n: number): Locator => ({ label: `¶ ${n}`, href: `/paper/#p${n}`, n, isNote: false });
const note = (n: number, paragraph?: number): Locator => ({
  label: `n. ${n}`,
  href: `/paper/#n${n}`,
  n,
  isNote: true,
  ...(paragraph === undefined ? {} : { paragraph }),
});
const entry = (
  heading: string,
  locators: Locator[] = [],
  kind: IndexEntryInput['kind'] = 'concept',
): IndexEntryInput => ({ heading, kind, locators });

/** A small paper (notes cited in its last paragraph), enough to test matching without the real text. */
function miniEdition(paragraphs: string[], notes: string[]): IndexSource {
  return {
    paragraphs: paragraphs.map((text, i) => ({ id: `p${i + 1}`, n: i + 1, text })),
    notes: notes.map((text, i) => ({
      n: i + 1,
      id: `n${i + 1}`,
      text,
      paragraph: `p${paragraphs.length}`,
    })),
  };
}

describe('buildIndex', () => {
  it('groups entries under their initial letters, A to Z', () => {
    const groups = buildIndex([
      entry('NATO'),
      entry('binding'),
      entry('APEC'),
      entry('Balance of power'),
      entry('Wilson, Woodrow', [], 'person'),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['A', 'B', 'N', 'W']);
    expect(groups.find((g) => g.letter === 'B')?.entries.map((e) => e.heading)).toEqual([
      'Balance of power',
      'binding',
    ]);
  });

  it('sorts headings case-insensitively', () => {
    const [b] = buildIndex([
      entry('Bilateralism'),
      entry('balance of power'),
      entry('BANDWAGONING'),
      entry('binding'),
    ]);
    expect(b?.entries.map((e) => e.heading)).toEqual([
      'balance of power',
      'BANDWAGONING',
      'Bilateralism',
      'binding',
    ]);
  });

  it('ignores a leading "The " when filing and sorting', () => {
    const groups = buildIndex([
      entry('The Washington treaty system', [], 'case'),
      entry('Triple Intervention', [], 'case'),
      entry('Warren Christopher'),
      entry('Theater missile defense'),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['T', 'W']);
    expect(groups[0]?.entries.map((e) => e.heading)).toEqual([
      'Theater missile defense',
      'Triple Intervention',
    ]);
    expect(groups[1]?.entries.map((e) => e.heading)).toEqual([
      'Warren Christopher',
      'The Washington treaty system',
    ]);
  });

  it('files headings that start with a digit under #, before A', () => {
    const groups = buildIndex([
      entry('Anglo-Japanese Alliance'),
      entry('The 1907 entente system', [], 'case'),
    ]);
    expect(groups.map((g) => g.letter)).toEqual(['#', 'A']);
    expect(letterOf('Élysée Treaty')).toBe('E');
  });

  it('sorts locators by number, not as text, with each note after the paragraph that cites it', () => {
    const [group] = buildIndex([
      entry('Binding', [para(12), note(3, 6), para(9), para(100), note(31, 48), para(48)]),
    ]);
    expect(group?.entries[0]?.locators.map((l) => l.label)).toEqual([
      'n. 3',
      '¶ 9',
      '¶ 12',
      '¶ 48',
      'n. 31',
      '¶ 100',
    ]);
  });

  it('puts notes without a known paragraph after all paragraphs, in number order', () => {
    const [group] = buildIndex([entry('Binding', [note(12), para(30), note(2)])]);
    expect(group?.entries[0]?.locators.map((l) => l.label)).toEqual(['¶ 30', 'n. 2', 'n. 12']);
  });

  it('lists each place once, and keeps a paragraph and a note of the same number apart', () => {
    const [group] = buildIndex([entry('Binding', [para(9), para(9), note(9), note(9), para(3)])]);
    expect(group?.entries[0]?.locators.map((l) => l.label)).toEqual(['¶ 3', '¶ 9', 'n. 9']);
  });

  it('shows notes as "n. 3" and paragraphs as "¶ 12", whatever label came in', () => {
    const [group] = buildIndex([
      entry('Binding', [
        { label: 'note 3', href: '/paper/#n3', n: 3, isNote: true },
        { label: '12', href: '/paper/#p12', n: 12, isNote: false },
      ]),
    ]);
    expect(group?.entries[0]?.locators.map((l) => l.label)).toEqual(['¶ 12', 'n. 3']);
  });

  it('merges entries with the same heading and kind, and keeps an entry’s own page', () => {
    const groups = buildIndex([
      {
        heading: 'League of Nations',
        kind: 'case',
        href: '/cases/league-of-nations/',
        locators: [para(19)],
      },
      { heading: 'League of Nations', kind: 'case', locators: [para(48), para(19)] },
    ]);
    expect(groups[0]?.entries).toHaveLength(1);
    expect(groups[0]?.entries[0]?.href).toBe('/cases/league-of-nations/');
    expect(groups[0]?.entries[0]?.locators.map((l) => l.label)).toEqual(['¶ 19', '¶ 48']);
  });
});

describe('locate', () => {
  const edition = miniEdition(
    [
      'Woodrow Wilson argued that it should. Wilson said so, and a Wilsonian order followed.',
      'NATO and the UN’s PKO; UNESCO is not the UN. The nato of lower case.',
    ],
    ['Quoted in Woodrow Wilson Center Press.', 'NATOs and Wilsons are plurals.'],
  );

  it('labels paragraphs "¶ n" and notes "n. n", linking to their anchors on /paper/', () => {
    expect(locate(['NATO'], edition)).toEqual([
      { label: '¶ 2', href: '/paper/#p2', n: 2, isNote: false },
    ]);
    expect(locate(['Press'], edition)).toEqual([
      { label: 'n. 1', href: '/paper/#n1', n: 1, isNote: true, paragraph: 2 },
    ]);
  });

  it('finds whole words only', () => {
    expect(findPhrase('a Wilsonian order', 'Wilson')).toEqual([]);
    expect(findPhrase('NATOs and UNESCO', 'NATO')).toEqual([]);
    expect(findPhrase('UNESCO', 'UN')).toEqual([]);
    expect(findPhrase('the UN’s PKO', 'UN')).toEqual([4]);
    expect(findPhrase('U.S.-Japan', 'Japan')).toEqual([5]);
    expect(locate(['Wilsons'], edition).map((l) => l.label)).toEqual(['n. 2']);
    expect(locate(['UN'], edition).map((l) => l.label)).toEqual(['¶ 2']);
  });

  it('matches case-sensitively', () => {
    expect(locate(['nato'], edition).map((l) => l.label)).toEqual(['¶ 2']);
    expect(findPhrase('The nato of lower case', 'NATO')).toEqual([]);
    expect(locate(['wilson'], edition)).toEqual([]);
  });

  it('finds any of several phrases, each place once, in reading order', () => {
    expect(locate(['Press', 'Woodrow Wilson', 'Wilson'], edition).map((l) => l.label)).toEqual([
      '¶ 1',
      'n. 1',
    ]);
  });

  it('skips matches inside an excepted phrase, but not other matches in the same text', () => {
    expect(
      locate(['Wilson'], edition, { except: ['Woodrow Wilson Center'] }).map((l) => l.label),
    ).toEqual(['¶ 1']);
    const both = miniEdition(['The Woodrow Wilson Center studies Wilson.'], []);
    expect(
      locate(['Wilson'], both, { except: ['Woodrow Wilson Center'] }).map((l) => l.label),
    ).toEqual(['¶ 1']);
  });

  it('refuses an empty phrase, which would match everywhere', () => {
    expect(() => locate([' '], edition)).toThrow(/empty/);
  });
});

describe('cross-references', () => {
  const term = {
    heading: 'Spiegel, Steven L.',
    kind: 'person' as const,
    phrases: ['Steven L. Smith'],
    seeFrom: ['Smith, Steven L.'],
  };

  it('turns each printed form of a term into an entry without places that names the term', () => {
    expect(seeReferences([term])).toEqual([
      { heading: 'Smith, Steven L.', kind: 'person', locators: [], see: 'Spiegel, Steven L.' },
    ]);
    const { seeFrom: _none, ...plain } = term;
    expect(seeReferences([plain])).toEqual([]);
  });

  it('files a cross-reference under its own letter, apart from the entry it names', () => {
    const edition = miniEdition(['Edited by Steven L. Smith.'], []);
    const groups = buildIndex([termEntry(term, edition), ...seeReferences([term])]);
    const smith = groups.find((g) => g.letter === 'S')?.entries;
    expect(smith?.map((e) => [e.heading, e.see, e.locators.map((l) => l.label)])).toEqual([
      ['Smith, Steven L.', 'Spiegel, Steven L.', []],
      ['Spiegel, Steven L.', undefined, ['¶ 1']],
    ]);
  });

  it('keeps the target of a cross-reference when entries with the same heading merge', () => {
    const [group] = buildIndex([
      { heading: 'Cantori, Luise', kind: 'person', locators: [], see: 'Cantori, Louis J.' },
      { heading: 'Cantori, Luise', kind: 'person', locators: [] },
    ]);
    expect(group?.entries).toEqual([
      { heading: 'Cantori, Luise', kind: 'person', locators: [], see: 'Cantori, Louis J.' },
    ]);
  });

  it('gives every entry an anchor from its kind and heading, without accents or punctuation', () => {
    expect(entryId('person', 'Cantori, Louis J.')).toBe('ix-person-cantori-louis-j');
    expect(entryId('institution', 'Japan Defense Agency')).toBe(
      'ix-institution-japan-defense-agency',
    );
    expect(entryId('case', 'Élysée Treaty (1963)')).toBe('ix-case-elysee-treaty-1963');
  });
});
