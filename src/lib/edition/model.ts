/**
 * The shape of the edition model: the paper's sections, paragraphs, notes, marks and editorial
 * interventions as pages, endpoints, the renderer (`render.ts`) and the tests see them. Built by
 * `buildEdition` (`build.ts`) from the section files, each parsed once (`read-section.ts`).
 */
import type { Certainty } from '../content/schemas.ts';

/** What stands for lost text in the plain text of the edition. */
export const GAP_TEXT = '[…]';

/**
 * The components that mark a mention in the MDX: what they mark, where their entries live, and
 * the kind of entry page they link to (src/lib/site/routes.ts).
 */
export const MARKS = {
  Concept: { kind: 'concept', home: 'content/glossary/<id>.md', route: 'concepts' },
  Case: { kind: 'case', home: 'content/cases/<id>.md', route: 'cases' },
  Cite: { kind: 'work', home: 'content/bibliography/works.json', route: 'sources' },
} as const;

/** The name of a mark component. */
export type MarkComponent = keyof typeof MARKS;

/** What a mark points to: a glossary concept, a historical case, or a work of the bibliography. */
export type MarkKind = (typeof MARKS)[MarkComponent]['kind'];

/** Ids that marks may name, by the component that marks them. */
export type Registry = Record<MarkComponent, ReadonlySet<string>>;

/** A registry that knows no ids: marks are then refused. */
export const EMPTY_REGISTRY: Registry = { Concept: new Set(), Case: new Set(), Cite: new Set() };

/** A marked mention in the text: a concept, a case, or the words of a note that cite a work. */
export interface Mark {
  kind: MarkKind;
  /** Id of the glossary entry, case or work. */
  id: string;
  /** The marked words, as printed. */
  text: string;
  /** Where the words start in the plain text of their paragraph or note. */
  offset: number;
  /** The pinpoint of a citation as printed ("p. 12"), if any. */
  locator?: string;
}

/** Words as printed. */
export interface TextPhrase {
  type: 'text';
  value: string;
}

/** A hard line break in the source (a space in the plain text). */
export interface BreakPhrase {
  type: 'break';
}

/** Words the source sets in italics (`emphasis`) or bold (`strong`). */
export interface StyledPhrase {
  type: 'emphasis' | 'strong';
  children: Phrase[];
}

/** A link written in the text; its scheme has been checked (src/lib/content/safe-url.ts). */
export interface LinkPhrase {
  type: 'link';
  url: string;
  title?: string;
  children: Phrase[];
}

/** The reference to a note, where the marker stands. */
export interface NoteRefPhrase {
  type: 'noteRef';
  /** The paper's own note number. */
  n: number;
}

/** Words lost in the witness (`<Gap id>`); the plain text has `[…]` in their place. */
export interface GapPhrase {
  type: 'gap';
  /** Id of the gap, explained under `editorial` in the section's frontmatter. */
  id: string;
}

/**
 * Where a page of the May 2000 working paper begins: an editorial reconstruction from the
 * witness's page furniture (src/lib/edition/pages.ts), placed before the page's first word.
 * It adds nothing to the plain text.
 */
export interface PageBreakPhrase {
  type: 'pageBreak';
  /** The working paper's number of the page that begins here. */
  n: number;
  /** How sure the reconstruction of this break is. */
  certainty: 'high' | 'medium' | 'low';
}

/** Marked words: a concept, a case, or the words of a note that cite a work. */
export interface MarkPhrase {
  type: 'mark';
  kind: MarkKind;
  /** Id of the glossary entry, case or work; known to exist. */
  id: string;
  children: Phrase[];
}

/**
 * How a title stands in a citation, with TEI's names: `a` an article's or chapter's own title (the
 * notes quote it, in roman), `m` a book's or report's, `j` a journal's, magazine's or newspaper's.
 */
export type TitleLevel = 'a' | 'm' | 'j';

/**
 * A title in the words of a note that cite a work, found by the editor (src/lib/edition/titles.ts)
 * over the words as printed, which it leaves unchanged. Books and journals (`m`, `j`) are set in
 * italics, as the printed paper set them: the extraction lost its italics.
 */
export interface TitlePhrase {
  type: 'title';
  level: TitleLevel;
  children: Phrase[];
}

/**
 * The content of a paragraph or a note as a small tree, read once from the MDX: what every
 * output renders (the page through `render.ts`; later EPUB or TEI), with the edition's elements
 * resolved and checked, and no trace of MDX syntax.
 */
export type Phrase =
  | TextPhrase
  | BreakPhrase
  | StyledPhrase
  | LinkPhrase
  | NoteRefPhrase
  | GapPhrase
  | PageBreakPhrase
  | MarkPhrase
  | TitlePhrase;

/** One paragraph of the paper. */
export interface Paragraph {
  /** Stable anchor on /paper/, `p` and the paragraph's number. */
  id: string;
  /** Number through the whole paper, from 1. */
  n: number;
  /** Id of the section it belongs to. */
  section: string;
  /** Plain text as a reader sees it, without note or paragraph numbers; a gap is `[…]`. */
  text: string;
  /** Numbers of the notes referenced in it, in order. */
  notes: number[];
  /** Where each note reference stands in `text` (note number → offset). */
  noteOffsets: Record<number, number>;
  /** Ids of the gaps in it. */
  gaps: string[];
  /** Concepts and cases marked in it. */
  marks: Mark[];
  /** Its content, for rendering. */
  content: Phrase[];
  /** Line of the source file where it starts. */
  line: number;
}

/** One of the paper's notes. */
export interface Note {
  /** The paper's own note number. */
  n: number;
  /** Anchor of the note in the list of notes on /paper/. */
  id: string;
  /** Anchor of the note reference in the text. */
  refId: string;
  /** Plain text of the note, exactly as printed. */
  text: string;
  /** Id of the paragraph in which its reference stands. */
  paragraph: string;
  /** Id of the section. */
  section: string;
  /** Works cited, concepts and cases marked in it. */
  marks: Mark[];
  /** Its content, for rendering. */
  content: Phrase[];
  /** Line of the definition in the source file. */
  line: number;
}

/** The name of each kind of intervention in the lists of them (/about/, the EPUB's apparatus). */
export const INTERVENTION_KINDS = {
  gap: 'Gap',
  marker: 'Restored marker',
  paragraph: 'Paragraph break',
  title: 'Title block',
  sic: 'Slip kept (sic)',
} as const;

/** An editorial intervention, placed in the text. */
export interface PlacedIntervention {
  kind: keyof typeof INTERVENTION_KINDS;
  /** Anchor of the intervention's place on /paper/. */
  anchor: string;
  /** Short name for lists, e.g. "Restored marker of note 18". */
  label: string;
  /** Id of the paragraph it touches; none for the title block, which stands before the text. */
  paragraph?: string;
  section: string;
  certainty?: Certainty;
  explanation: string;
  /** The note it touches: a restored marker's, or the note that prints a slip. */
  note?: number;
  /** For a slip kept (sic), the characters as the witness prints them, and how to read them. */
  printed?: string;
  reading?: string;
}

/** One section of the paper. */
export interface Section {
  /** The file name without extension; also the heading's anchor. */
  id: string;
  title: string;
  order: number;
  /** Path of the source file relative to the project root. */
  file: string;
  paragraphs: Paragraph[];
  notes: Note[];
  interventions: PlacedIntervention[];
}

/** How sure a reconstruction of the working paper's pages is, at one break. */
export type PageCertainty = PageBreakPhrase['certainty'];

/**
 * Where a page of the working paper begins, as placed in the text (src/lib/edition/pages.ts);
 * the same break stands as a `PageBreakPhrase` in the passage's content.
 */
export interface PageStart {
  /** The working paper's number of the page. */
  n: number;
  /** Id of the paragraph (or note) in which the page's first word stands. */
  passage: string;
  /** Where the page begins in the plain text of that passage. */
  offset: number;
  certainty: PageCertainty;
  /** What in the witness shows the break, in a few words. */
  evidence: string;
  /** Line of the witness where the page's text begins. */
  line: number;
  /** The page's first words as the witness prints them. */
  words: string;
}

/** A page whose start could not be placed in the text, and why: it is left out, not guessed. */
export interface UnplacedPage {
  n: number;
  line: number;
  reason: string;
}

/** The whole paper. */
export interface Edition {
  sections: Section[];
  paragraphs: Paragraph[];
  notes: Note[];
  interventions: PlacedIntervention[];
  /** Where each page of the working paper begins, in reading order (empty without a witness). */
  pages: PageStart[];
  /** Pages of the witness whose start could not be placed. */
  unplacedPages: UnplacedPage[];
  /** How the pages were numbered (from which printed page number). */
  pageNumbering: string;
  /**
   * The notes' citations in whose words a title of the work was not found (titles.ts): each is
   * listed on /about/, so that none is left in roman silently.
   */
  untitledCitations: UntitledCitation[];
}

/** A citation in a note whose words name the work without a title the edition could find. */
export interface UntitledCitation {
  /** The note's number. */
  note: number;
  /** Id of the work cited. */
  work: string;
  /** Which of the work's titles is not in the words. */
  missing: 'title' | 'container-title';
}
