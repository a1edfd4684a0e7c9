/**
 * The bibliography as the pages show it: works in listing order, each with the notes that cite
 * it. Reads the checked content once per build.
 */
import { loadContent } from './crossrefs.ts';
import { sortKey, toBibtex, toCslJson, toRis } from './bibliography.ts';
import type { Work } from './schemas.ts';
import { type Citing, citationsOf } from './passages.ts';

/** A work of the bibliography with the notes that cite it. */
export interface Source {
  work: Work;
  citing: Citing[];
}

/** Every work, ordered by author, year and title, with its citing notes. */
export function sources(): Source[] {
  const { works, edition } = loadContent();
  return [...works]
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    .map((work) => ({ work, citing: citationsOf(edition, work.id) }));
}

/** Readable names of the CSL types this bibliography uses. */
export const TYPE_LABEL: Record<Work['type'], string> = {
  book: 'Book',
  chapter: 'Chapter',
  'article-journal': 'Journal article',
  'article-magazine': 'Magazine article',
  'article-newspaper': 'Newspaper article',
  report: 'Report',
};

/** "cited in n. 3, n. 31 · ¶ 5, ¶ 47": the notes, then the paragraphs they hang on. */
export function citedInSummary(citing: readonly Citing[]): string {
  const notes = [...new Set(citing.map((c) => c.note.n))].map((n) => `n. ${n}`);
  const paras = [...new Set(citing.map((c) => c.paragraph.n))].map((n) => `¶ ${n}`);
  return `cited in ${notes.join(', ')} · ${paras.join(', ')}`;
}

/** Each export format: how to write it and its media type. */
export const FORMATS = {
  bib: { write: toBibtex, type: 'application/x-bibtex; charset=utf-8' },
  ris: { write: toRis, type: 'application/x-research-info-systems; charset=utf-8' },
  json: { write: toCslJson, type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
} as const;
