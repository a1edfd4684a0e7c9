/**
 * What the search index holds, at a reader's grain: each paragraph and each note of the paper is
 * its own record, addressed to its anchor on /paper/; the pages of sources, concepts and cases,
 * and the About page, are indexed from their HTML. Nothing else is.
 */
import type { Edition } from './edition.ts';

/** The kinds a reader can filter by, as the search page names them. */
export const KINDS = ['Text', 'Note', 'Source', 'Concept', 'Case', 'About'] as const;

/** One record for Pagefind's `addCustomRecord`. */
export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** A record per paragraph and per note, with its kind, number and section. */
export function paperRecords(edition: Edition): SearchRecord[] {
  const title = new Map(edition.sections.map((s) => [s.id, s.title]));
  const paragraphs = edition.paragraphs.map((p): SearchRecord => {
    const section = title.get(p.section) ?? '';
    return {
      url: `/paper/#${p.id}`,
      content: p.text,
      language: 'en',
      meta: { title: `¶ ${p.n} · ${section}`, kind: 'Text', label: `¶ ${p.n}`, section },
      filters: { kind: ['Text'], section: [section] },
    };
  });
  const notes = edition.notes.map((n): SearchRecord => {
    const section = title.get(n.section) ?? '';
    return {
      url: `/paper/#${n.id}`,
      content: n.text,
      language: 'en',
      meta: { title: `Note ${n.n} · ${section}`, kind: 'Note', label: `n. ${n.n}`, section },
      filters: { kind: ['Note'], section: [section] },
    };
  });
  return [...paragraphs, ...notes];
}

/** Whether a built page belongs in the index (by its URL path), and as what kind. */
export function indexedPageKind(urlPath: string): (typeof KINDS)[number] | undefined {
  if (urlPath === '/about/') return 'About';
  if (/^\/sources\/[^/]+\/$/.test(urlPath)) return 'Source';
  if (/^\/concepts\/[^/]+\/$/.test(urlPath)) return 'Concept';
  if (/^\/cases\/[^/]+\/$/.test(urlPath)) return 'Case';
  return undefined;
}
