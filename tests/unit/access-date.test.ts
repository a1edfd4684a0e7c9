/**
 * The access date put right by the pages' scripts (src/lib/citation/access-date.ts): its phrases
 * are those citation-js writes, in every month; only the access date changes, never the
 * edition's version or its date of issue.
 */
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { accessPhrases, today, withAccessDate } from '../../src/lib/citation/access-date.ts';
import { bibtex, type ExportItem, ris } from '../../src/lib/citation/exports.ts';
import type { CslInput } from '../../src/lib/citation/format.ts';
import { paperCitations } from '../../src/lib/citation/paper-citations.ts';

const { formatter, paperFacts } = getContent();

/** A work with an address and no date of issue, whose access date every style prints. */
function undated(iso: string): ExportItem {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return {
    id: 'undated',
    type: 'report',
    title: 'A Page',
    URL: 'https://example.org/',
    accessed: { 'date-parts': [[y, m, d]] },
  } as ExportItem;
}

describe('the access date', () => {
  it('is written as citation-js writes it, in every style and exchange format, in every month', () => {
    for (let month = 1; month <= 12; month++) {
      const iso = `2027-${String(month).padStart(2, '0')}-0${(month % 9) + 1}`;
      const item = undated(iso);
      // The months' names in the two styles that spell them differently; the rest once.
      const styles =
        month === 1 ? (['chicago', 'apa', 'mla'] as const) : (['chicago', 'mla'] as const);
      const written = [
        ...styles.map((s) => formatter.entry(item as CslInput, s, 'text')),
        ...(month === 1 ? [bibtex([item]), ris([item])] : []),
      ];
      const phrases = accessPhrases(iso);
      for (const text of written)
        expect(
          phrases.some((p) => text.includes(p)),
          `${iso} in ${text}`,
        ).toBe(true);
    }
  });

  it('changes to another day in every text of the edition, and nothing else with it', () => {
    const address = {
      home: 'https://example.org/',
      paper: 'https://example.org/paper/',
      date: '2026-05-01',
    };
    const texts = paperCitations(formatter, paperFacts, address).edition;
    const moved = Object.fromEntries(
      Object.entries(texts).map(([f, t]) => [f, withAccessDate(t, '2026-05-01', '2027-01-09')]),
    );
    expect(moved['bibtex']).toContain('urldate = {2027-01-09}');
    expect(moved['bibtex']).toContain('edition = {Version 2026.05.01}');
    expect(moved['ris']).toMatch(/^Y2 {2}- 2027\/1\/9\/$/m);
    expect(moved['ris']).toMatch(/^DA {2}- 2026\/5\/1\/$/m);
    const [csl] = JSON.parse(moved['csl'] ?? '') as { accessed: unknown; issued: unknown }[];
    expect(csl?.accessed).toEqual({ 'date-parts': [[2027, 1, 9]] });
    expect(csl?.issued).toEqual({ 'date-parts': [[2026, 5, 1]] });
    expect(moved['chicago']).toBe(texts.chicago);
    expect(withAccessDate(texts.bibtex, '2026-05-01', '2026-05-01')).toBe(texts.bibtex);
  });

  it('is today in the reader’s own time zone', () => {
    expect(today(new Date(2027, 0, 9, 23, 59))).toBe('2027-01-09');
  });
});
