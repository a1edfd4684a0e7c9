/** How lists of works name and order them: "Adler and Barnett", author–year–title order. */
import type { Work } from '../content/schemas.ts';
import { firstCreator, yearOf } from './work-fields.ts';

/**
 * The authors (or, failing them, the editors) for a list: "Cronin", "Adler and Barnett",
 * "Carter et al.", institutions by their full name; empty when the work names nobody.
 */
export function authorsLabel(work: Pick<Work, 'author' | 'editor'>): string {
  const names = (work.author ?? work.editor ?? []).map((name) =>
    'literal' in name ? name.literal : name.family,
  );
  if (names.length > 2) return `${names[0]} et al.`;
  return names.join(' and ');
}

/** Lower case without accents, so that "Ó" sorts with "O". */
function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A key that orders works as a bibliography does: by the first author's (or editor's) family
 * name, then year, then title. Compare keys by code unit (`a < b`, or `sort()` without a
 * comparator); the fields are joined by a tab, which sorts before any letter.
 */
export function sortKey(work: Pick<Work, 'author' | 'editor' | 'issued' | 'title'>): string {
  const year = yearOf(work);
  return [firstCreator(work), year === undefined ? '' : String(year).padStart(4, '0'), work.title]
    .map(foldCase)
    .join('\t');
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
