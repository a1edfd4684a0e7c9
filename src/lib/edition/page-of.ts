/**
 * On which page of the working paper a place in the text stands, from the list of page starts
 * (`Edition.pages` at build time, the page breaks of /paper/ in the browser). Pure, and small
 * enough for the reader's scripts. Places are in paragraphs: a note stands on the page of its
 * marker, at whose foot it is printed, so callers look a note up by its marker's place.
 */
import { pageLabel, parsePassageId } from '../site/ids.ts';

/** A page start as a lookup needs it: the page, and where in which paragraph it begins. */
export interface PageAnchor {
  n: number;
  /** Id of the paragraph, `p12`. */
  passage: string;
  /** Where the page begins in the paragraph's plain text. */
  offset: number;
}

/** A place in the text: a paragraph's id and an offset in its plain text. */
export interface TextPlace {
  passage: string;
  offset: number;
}

/** The paragraph's number, or NaN for anything else (a note's id is not a place in the text). */
function paragraphNumber(id: string): number {
  const passage = parsePassageId(id);
  return passage?.kind === 'paragraph' ? passage.n : NaN;
}

/** The page on which the character at `offset` of a paragraph stands; undefined before page 1. */
export function pageOf(
  starts: readonly PageAnchor[],
  passage: string,
  offset = 0,
): number | undefined {
  const n = paragraphNumber(passage);
  let page: number | undefined;
  for (const s of starts) {
    const m = paragraphNumber(s.passage);
    if (m < n || (m === n && s.offset <= offset)) page = s.n;
  }
  return Number.isNaN(n) ? undefined : page;
}

/**
 * The pages that words from `from` up to `to` (the end, exclusive) run over: "p. 12",
 * "pp. 12–13", or "" when the pages are not known.
 */
export function pagesLabel(starts: readonly PageAnchor[], from: TextPlace, to: TextPlace): string {
  const first = pageOf(starts, from.passage, from.offset);
  const lastOffset =
    from.passage === to.passage ? Math.max(from.offset, to.offset - 1) : to.offset - 1;
  const last = pageOf(starts, to.passage, Math.max(0, lastOffset));
  if (first === undefined || last === undefined) return '';
  return pageLabel(Math.min(first, last), Math.max(first, last));
}

/** A pinpoint with its pages first, as a reader cites a printed text: "p. 12, ¶ 24". */
export function pagedLocator(pages: string, locator: string): string {
  return [pages, locator].filter(Boolean).join(', ');
}

/** The pages a paragraph runs over: "p. 12", "pp. 12–13". */
export function paragraphPages(
  starts: readonly PageAnchor[],
  paragraph: { id: string; text: string },
): string {
  const at = (offset: number) => ({ passage: paragraph.id, offset });
  return pagesLabel(starts, at(0), at(paragraph.text.length));
}

/** The page of a note: that of its marker, at whose foot the note is printed. */
export function notePage(
  starts: readonly PageAnchor[],
  marker: { paragraph: string; offset: number | undefined },
): string {
  const page = pageOf(starts, marker.paragraph, marker.offset ?? 0);
  return page === undefined ? '' : pageLabel(page);
}

/** The pages that places stand on, from the first to the last: "p. 12", "pp. 12–13", or "". */
export function pagesOfPlaces(starts: readonly PageAnchor[], places: readonly TextPlace[]): string {
  const pages = places.flatMap((p) => pageOf(starts, p.passage, p.offset) ?? []);
  return pages.length === 0 ? '' : pageLabel(Math.min(...pages), Math.max(...pages));
}

/**
 * The pages of every paragraph and note, by passage id (`{ p12: "pp. 5–6", n3: "p. 3" }`): what
 * the Cite page's form and /paper/'s cite popover put in a passage's citation.
 */
export function passagePages(edition: {
  pages: readonly PageAnchor[];
  paragraphs: readonly { id: string; text: string; noteOffsets: Record<number, number> }[];
  notes: readonly { id: string; n: number; paragraph: string }[];
}): Record<string, string> {
  const paragraphOf = new Map(edition.paragraphs.map((p) => [p.id, p]));
  return Object.fromEntries([
    ...edition.paragraphs.map((p) => [p.id, paragraphPages(edition.pages, p)]),
    ...edition.notes.map((n) => [
      n.id,
      notePage(edition.pages, {
        paragraph: n.paragraph,
        offset: paragraphOf.get(n.paragraph)?.noteOffsets[n.n],
      }),
    ]),
  ]);
}
