import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import {
  buildIndex,
  entryId,
  letterOf,
  seeReferences,
  termEntry,
} from '../../src/lib/entries/book-index.ts';

describe('content/index-terms.yaml', () => {
  const { edition, indexTerms: terms } = getContent();

  it('is a list of people and institutions, each heading once', () => {
    expect(terms.length).toBeGreaterThan(0);
    const headings = terms.map((t) => t.heading);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('indexes the people the brief names, under inverted headings', () => {
    const headings = new Set(terms.filter((t) => t.kind === 'person').map((t) => t.heading));
    for (const h of [
      'Joffe, Josef',
      'Kissinger, Henry',
      'Wilson, Woodrow',
      'Clinton, Bill',
      'Gorbachev, Mikhail',
      'Brezhnev, Leonid',
      'Matlock, Jack',
      'Christopher, Warren',
      'Baker, James',
      'Bell, Coral',
      'Iriye, Akira',
      'Nakane, Chie',
      'Cronin, Bruce',
      'Deutsch, Karl',
      'Funabashi, Yoichi',
    ]) {
      expect(headings).toContain(h);
    }
    // Chinese names are already surname first and take no comma.
    const notInverted = [...headings].filter((h) => !h.includes(', '));
    expect(notInverted).toEqual(['Wang Jisi']);
  });

  it('indexes the institutions the brief names', () => {
    const headings = terms.filter((t) => t.kind === 'institution').map((t) => t.heading);
    for (const name of [
      'NATO',
      'WTO',
      'APEC',
      'ASEAN',
      'ARF',
      'CSCAP',
      'United Nations',
      'League of Nations',
      'European Union',
      'Defense Department',
      'Japan Defense Agency',
      'Nonaligned Movement',
      'Arab League',
      'British Commonwealth',
    ]) {
      expect(
        headings.some((h) => h.includes(name)),
        name,
      ).toBe(true);
    }
  });

  it('finds Wilson in the text and in the book about him, not in the Woodrow Wilson Center Press', () => {
    const wilson = terms.find((t) => t.heading === 'Wilson, Woodrow');
    expect(wilson).toBeDefined();
    if (!wilson) return;
    const labels = termEntry(wilson, edition).locators.map((l) => l.label);
    expect(labels).toEqual(['¶ 14', '¶ 19', 'n. 12', '¶ 48']);
    const press = edition.notes
      .filter((n) => n.text.includes('Woodrow Wilson Center'))
      .map((n) => `n. ${n.n}`);
    expect(press).toEqual(['n. 10', 'n. 17']);
  });

  it('keeps the ASEAN Regional Forum out of the entry for ASEAN', () => {
    const asean = terms.find((t) => t.heading.startsWith('ASEAN ('));
    const arf = terms.find((t) => t.heading.startsWith('ASEAN Regional Forum'));
    if (!asean || !arf) throw new Error('ASEAN and ARF entries expected');
    expect(termEntry(asean, edition).locators.map((l) => l.label)).toEqual(['¶ 26']);
    expect(termEntry(arf, edition).locators.map((l) => l.label)).toContain('¶ 43');
  });

  it('indexes the people and body the notes misname under their real names, with see-references', () => {
    const refs = Object.fromEntries(seeReferences(terms).map((r) => [r.heading, r.see]));
    expect(refs).toEqual({
      'Cantori, Luise': 'Cantori, Louis J.',
      'Smith, Steven L.': 'Spiegel, Steven L.',
      'Johnston, Iain': 'Johnston, Alastair Iain',
      'Self Defense Agency (Japan)': 'Japan Defense Agency',
    });
    const cantori = terms.find((t) => t.heading === 'Cantori, Louis J.');
    const spiegel = terms.find((t) => t.heading === 'Spiegel, Steven L.');
    if (!cantori || !spiegel) throw new Error('Cantori and Spiegel entries expected');
    expect(termEntry(cantori, edition).locators.map((l) => l.label)).toEqual(['n. 21']);
    expect(termEntry(spiegel, edition).locators.map((l) => l.label)).toEqual(['n. 21']);
  });

  it('sends every see-reference to an entry with places, and gives every entry its own anchor', () => {
    const entries = [...terms.map((t) => termEntry(t, edition)), ...seeReferences(terms)];
    const groups = buildIndex(entries).flatMap((g) => g.entries);
    const withPlaces = new Set(
      groups.filter((e) => e.locators.length > 0).map((e) => entryId(e.kind, e.heading)),
    );
    for (const e of groups.filter((x) => x.see !== undefined)) {
      expect(withPlaces, `${e.heading} → ${e.see ?? ''}`).toContain(entryId(e.kind, e.see ?? ''));
    }
    const ids = groups.map((e) => entryId(e.kind, e.heading));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('builds an index of the terms with every entry under its own letter and every place on /paper/', () => {
    const groups = buildIndex(terms.map((t) => termEntry(t, edition)));
    const letters = groups.map((g) => g.letter);
    expect(letters).toEqual([...new Set(letters)].sort());
    for (const g of groups) {
      for (const e of g.entries) {
        expect(letterOf(e.heading)).toBe(g.letter);
        expect(e.locators.length, e.heading).toBeGreaterThan(0);
        for (const l of e.locators) expect(l.href).toMatch(/^\/paper\/#[pn]\d+$/);
      }
    }
  });
});
