/**
 * A passage's citation from /cite.json's templates: the Cite page's form (cite-passage.ts) and
 * the cite popover of /paper/ (cite-popover.ts) fill the same templates the same way.
 */

/** What /cite.json holds: each format's citation of a paragraph and of a note, by placeholder. */
export interface CitationTemplates {
  placeholder: string;
  /** Stands for the passage's pages ("p. 12"), which `pages` gives by passage id. */
  pagePlaceholder: string;
  paragraph: Record<string, string>;
  note: Record<string, string>;
  /** The working paper's pages of each passage, by id: `{ p12: "p. 5", n3: "p. 3" }`. */
  pages: Record<string, string>;
}

/** The citation `template` of passage number `n` on `pages` ("" when they are not known). */
export function fillCitation(
  templates: CitationTemplates,
  template: string,
  n: string,
  pages: string | undefined,
): string {
  const { placeholder, pagePlaceholder } = templates;
  const paged = pages
    ? template.replaceAll(pagePlaceholder, pages)
    : template.replaceAll(`${pagePlaceholder}, `, '');
  return paged.replaceAll(placeholder, n);
}
