/**
 * The edition's anchors and their labels, shared by the build (the paper's renderer, pages), the
 * readers' scripts and the tests: a paragraph is `p12` ("¶ 12"), a note `n18` ("n. 18"), the
 * reference to it in the text `nref18`, its copy in the margin `sn18`, and the editorial remark
 * on an intervention `ed-<anchor>`.
 */

/** Anchor of a paragraph: `p12`. */
export const paragraphId = (n: number | string): string => `p${n}`;
/** Anchor of a note in the list of notes: `n18`. */
export const noteId = (n: number | string): string => `n${n}`;
/** Anchor of a note's reference in the text: `nref18`. */
export const noteRefId = (n: number | string): string => `nref${n}`;
/** Anchor of a note's copy in the margin: `sn18`. */
export const sidenoteId = (n: number | string): string => `sn${n}`;
/** Anchor of the editorial remark on an intervention: `ed-gap-1`. */
export const editorialId = (anchor: string): string => `ed-${anchor}`;

/** Anchor of a work of the commentary's own list on /commentary/: `cw-arf-2009-vision`. */
export const commentaryWorkId = (id: string): string => `cw-${id}`;

/** Anchor of the title block at the head of /paper/ (and of the EPUB's title page). */
export const TITLE_BLOCK_ID = 'title-block';

/** Anchor of the place where page 9 of the working paper begins: `page-9`. */
export const pageBreakId = (n: number | string): string => `page-${n}`;

/** How a page of the working paper is cited: "p. 9"; a run of pages "pp. 9–10". */
export const pageLabel = (first: number, last: number = first): string =>
  first === last ? `p. ${first}` : `pp. ${first}–${last}`;
/**
 * The element that describes every backlink in the list of notes ("Back to the text"): one
 * description, referred to by each (aria-describedby), rather than a label on each of 32.
 */
export const BACK_TO_TEXT_ID = 'back-to-text';

/**
 * The ¶ number of a paragraph on /paper/: the paragraph's first child, a link to it ("¶ 12",
 * `#p12`), with no class (the page is at its byte budget; reading.css and wide-screen.css use the
 * same selector).
 */
export const PARAGRAPH_NUMBER = '.paper-section > p > a:first-child';

/** How a screen reader names a page break: "Page 9". */
export const pageName = (n: number | string): string => `Page ${n}`;

/** How a paragraph is cited: "¶ 12". */
export const paragraphLabel = (n: number | string): string => `¶ ${n}`;
/** How a note is cited: "n. 18". */
export const noteLabel = (n: number | string): string => `n. ${n}`;

/** What a passage of the paper is: a paragraph or a note. */
export type PassageKind = 'paragraph' | 'note';

/** A passage of the paper by its kind and number: paragraph 12, note 18. */
export interface PassageRef {
  kind: PassageKind;
  n: number;
}

/** Anchor of a paragraph or a note: `p12`, `n18`. */
export const passageId = (kind: PassageKind, n: number | string): string =>
  kind === 'note' ? noteId(n) : paragraphId(n);
/** How a paragraph or a note is cited: "¶ 12", "n. 18". */
export const passageLabel = (kind: PassageKind, n: number | string): string =>
  kind === 'note' ? noteLabel(n) : paragraphLabel(n);

/** The anchors of passages: `p12`, `n18` (the letter and the number captured). */
export const PASSAGE_ID = /^([pn])(\d+)$/;

/** Reads a passage anchor: `p12` → paragraph 12, `n18` → note 18. */
export function parsePassageId(id: string): PassageRef | undefined {
  const [, letter, n] = PASSAGE_ID.exec(id) ?? [];
  return letter && n ? { kind: letter === 'p' ? 'paragraph' : 'note', n: Number(n) } : undefined;
}

/**
 * The id of a section, concept or case: its file name without folder and extension
 * (`content/glossary/binding.md` → `binding`). Content paths are written with forward slashes.
 */
export function idOfFile(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1).replace(/\.[^.]*$/, '');
}

/** The note number of a link to a note, as written in it (`#n18` → "18"), or undefined. */
export function noteOfHash(hash: string): string | undefined {
  return /^#n(\d+)$/.exec(hash)?.[1];
}
