/**
 * Fields of a CSL work as other formats want them: the plain CSL item, page ranges, dates, names.
 * One function for each, shared by the exports, COinS, Highwire tags and the pages.
 */
import { formatPartialDate } from '../entries/dates.ts';
import type { CslName, Work } from '../content/schemas.ts';

/** A work as a plain CSL item: our `custom` notes stay out of every export. */
export function cslItem<T extends { custom?: unknown }>(work: T): Omit<T, 'custom'> {
  const { custom: _custom, ...item } = work;
  return item;
}

/** The first and last page of a CSL page range ("43-78"); either may be absent. */
export function pageRange(page: string | undefined): { first?: string; last?: string } {
  const [first, last] = page?.split('-') ?? [];
  return { ...(first ? { first } : {}), ...(last ? { last } : {}) };
}

/**
 * The date of publication, as precise as known, in ISO 8601: "1998", "1998-11", "1997-01-20".
 * Highwire's tags use it too: Zotero keeps a date as the text it is given, so a page and its
 * CSL-JSON then give the same date.
 */
export function issuedDate(work: Pick<Work, 'issued'>): string | undefined {
  const parts = work.issued?.['date-parts'][0];
  return parts
    ?.filter((p) => p !== undefined)
    .map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** The date of publication for readers, as precise as known: "2002", "May 2000". */
export function publicationDate(work: Pick<Work, 'issued'>): string | undefined {
  const iso = issuedDate(work);
  return iso === undefined ? undefined : formatPartialDate(iso);
}

/** The year of publication, if the work has a date. */
export function yearOf(work: Pick<Work, 'issued'>): number | undefined {
  return work.issued?.['date-parts'][0][0];
}

/**
 * "Family, Given" for a person, as RIS and Highwire write names, with a suffix after the given
 * name ("Lee, Maurice, Jr."); an institution's name whole.
 */
export function invertedName(name: CslName): string {
  if ('literal' in name) return name.literal;
  return [name.family, name.given, name.suffix].filter(Boolean).join(', ');
}

/** Name of the first author or, failing one, the first editor: family name or institution. */
export function firstCreator(work: Pick<Work, 'author' | 'editor'>): string {
  const [first] = work.author ?? work.editor ?? [];
  if (!first) return '';
  return 'literal' in first ? first.literal : first.family;
}

/** Journal, magazine and newspaper articles, which OpenURL and Highwire treat alike. */
export function isArticle(work: Pick<Work, 'type'>): boolean {
  return work.type.startsWith('article-');
}
