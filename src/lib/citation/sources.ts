/**
 * The bibliography as the pages show it: works in listing order, each with the notes that cite it.
 */
import { sortKey } from './listing.ts';
import type { Edition } from '../edition/build.ts';
import { type Citing, citationsOf } from '../entries/passages.ts';
import type { Work } from '../content/schemas.ts';
import { noteLabel, paragraphLabel } from '../site/ids.ts';

/** A work of the bibliography with the notes that cite it. */
export interface Source {
  work: Work;
  citing: Citing[];
}

/** Every work, ordered by author, year and title, with its citing notes. */
export function sources(works: readonly Work[], edition: Edition): Source[] {
  return [...works]
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    .map((work) => ({ work, citing: citationsOf(edition, work.id) }));
}

/** "cited in n. 3, n. 31 · ¶ 5, ¶ 47": the notes, then the paragraphs they hang on. */
export function citedInSummary(citing: readonly Citing[]): string {
  const notes = [...new Set(citing.map((c) => c.note.n))].map(noteLabel);
  const paras = [...new Set(citing.map((c) => c.paragraph.n))].map(paragraphLabel);
  return `cited in ${notes.join(', ')} · ${paras.join(', ')}`;
}
