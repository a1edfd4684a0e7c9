/**
 * A passage's citation from /cite.json's templates: the Cite page's form (cite-passage.ts) and
 * the cite popover of /paper/ (cite-popover.ts) fill the same templates the same way, with the
 * reader's today as the access date.
 */
import { today, withAccessDate } from '../lib/citation/access-date.ts';

/** A passage's templates: every format as text, the three styles as safe HTML (`<i>` titles). */
export interface PassageTemplates {
  text: Record<string, string>;
  html: Record<string, string>;
}

/** What /cite.json holds: each format's citation of a paragraph and of a note, by placeholder. */
export interface CitationTemplates {
  placeholder: string;
  /** Stands for the passage's pages ("p. 12"), which `pages` gives by passage id. */
  pagePlaceholder: string;
  /** The access date written in the templates: the date of the content (ISO). */
  date: string;
  paragraph: PassageTemplates;
  note: PassageTemplates;
  /** The working paper's pages of each passage, by id: `{ p12: "p. 5", n3: "p. 3" }`. */
  pages: Record<string, string>;
}

/**
 * The citation `template` of passage number `n` on `pages` ("" when they are not known),
 * accessed today.
 */
export function fillCitation(
  templates: CitationTemplates,
  template: string,
  n: string,
  pages: string | undefined,
): string {
  const { placeholder, pagePlaceholder, date } = templates;
  const paged = pages
    ? template.replaceAll(pagePlaceholder, pages)
    : template.replaceAll(`${pagePlaceholder}, `, '');
  return withAccessDate(paged.replaceAll(placeholder, n), date, today());
}
