/**
 * The editor's layer as the site and the other media read it (issue 21): the editor's notes on
 * what became of what the paper discusses, each keyed to a paragraph, and the reader's guide.
 * Plain data, read and checked once by the content layer (`src/content-layer/read-commentary.ts`);
 * kept apart from the authors' notes in every medium.
 */
import type { CommentaryWork, GuideData } from '../content/commentary-schemas.ts';

/** One key of a citation: a work of content/commentary/works.json and, optionally, where in it. */
export interface CitationKey {
  /** The work's id. */
  id: string;
  /** The text after the comma, "p. 12"; absent when the whole work is cited. */
  locator?: string;
}

/** A run of a note's paragraph: plain text, an emphasised title, or a citation of one or more works. */
export type CommentaryPiece =
  | { kind: 'text'; text: string }
  | { kind: 'emphasis'; text: string }
  | { kind: 'citation'; keys: CitationKey[] };

/** One paragraph of a note's body, in reading order; whitespace already collapsed. */
export type CommentaryParagraph = CommentaryPiece[];

/** One editor's note, keyed to the paragraph it comments on. */
export interface CommentaryNote {
  /** The file name without `.md`; also the note's anchor on /commentary/. */
  id: string;
  /** A short heading in the editors' words. */
  title: string;
  /** Id of the paragraph commented on ("p41"). */
  passage: string;
  /** The exact words of that paragraph the note comments on, when it comments on words. */
  quote?: string;
  /** The ISO day the note was written. */
  asOf: string;
  /** Ids of the cases and concepts it concerns. */
  cases: string[];
  concepts: string[];
  /** Ids of the works it cites, as listed in its frontmatter. */
  sources: string[];
  /** Where each fact was checked. */
  verified: string[];
  /** Its paragraphs. */
  body: CommentaryParagraph[];
}

/** The reader's guide, as content/guide.yaml gives it (checked against the paper). */
export type Guide = GuideData;

/** The whole layer: the notes in the paper's order, their works, and the guide. */
export interface Commentary {
  notes: CommentaryNote[];
  works: CommentaryWork[];
  guide: Guide;
}

/** The ids a note's body cites, each once, in the order of first citation. */
export function citedKeys(body: readonly CommentaryParagraph[]): string[] {
  const ids = body.flatMap((paragraph) =>
    paragraph.flatMap((piece) => (piece.kind === 'citation' ? piece.keys.map((k) => k.id) : [])),
  );
  return [...new Set(ids)];
}

/** A paragraph as plain text, each citation written by `cite` (left out by default). */
export function paragraphText(
  paragraph: CommentaryParagraph,
  cite: (keys: CitationKey[]) => string = () => '',
): string {
  return paragraph
    .map((piece) => (piece.kind === 'citation' ? cite(piece.keys) : piece.text))
    .join('')
    .replace(/\s+([.,;:])/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** The number of a paragraph id ("p41" → 41), for ordering notes as the paper runs. */
export function passageNumber(passage: string): number {
  return Number(passage.slice(1));
}

/** Notes in the paper's order: by paragraph, then by id. */
export function inPaperOrder<T extends { id: string; passage: string }>(notes: readonly T[]): T[] {
  return [...notes].sort(
    (a, b) => passageNumber(a.passage) - passageNumber(b.passage) || a.id.localeCompare(b.id),
  );
}
