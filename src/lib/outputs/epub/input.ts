/** What the EPUB is written from: the edition model and the entries of the content layer. */
import type { Content } from '../../../content-layer/index.ts';
import { sources } from '../../citation/sources.ts';
import type { CommentaryNote, Guide } from '../../commentary/model.ts';
import type { Case, Concept } from '../../content/schemas.ts';
import type { Edition } from '../../edition/model.ts';
import { compareCases } from '../../entries/dates.ts';
import { compareTerms } from '../../entries/entries.ts';
import { type CitedWork, commentaryReferences, workFinder } from '../layer-citations.ts';

/** One glossary entry or case, as the content layer gives it (only what the EPUB uses). */
export interface EntryInput<T> {
  id: string;
  data: T;
  /** A glossary entry's body as HTML (src/lib/content/entry-markdown.ts); empty for cases. */
  html: string;
}

/** A work of the bibliography: its id and its Chicago entry as HTML. */
export interface ReferenceInput {
  id: string;
  /** The entry as the citation formatter writes it (`<i>` for titles, no wrapper). */
  html: string;
}

/** Everything the writer needs; pure data, so that the same input gives the same bytes. */
export interface EpubInput {
  edition: Edition;
  /** The glossary, A–Z. */
  concepts: readonly EntryInput<Concept>[];
  /** The cases, in the order of their dates. */
  cases: readonly EntryInput<Case>[];
  /** The bibliography in the order it is printed. */
  references: readonly ReferenceInput[];
  /** The editor's layer: the notes in the paper's order, and the reader's guide. */
  commentary: { notes: readonly CommentaryNote[]; guide: Guide };
  /** The works the layer relies on, in the order they are listed, as Chicago entries. */
  commentaryReferences: readonly ReferenceInput[];
  /** A work the layer cites, by id, and the list that holds it. */
  findWork: (id: string) => CitedWork;
  /** The working paper, the source of the edition, as a Chicago entry in plain text. */
  source: string;
  /** The date of the content (ISO, "2026-11-30"): the EPUB's date and its zip timestamps. */
  date: string;
  /** The public address of a site path ("/paper/#p12" → "https://…/paper/#p12"). */
  webUrl: (sitePath: string) => string;
  /** The public address of the EPUB itself: its identifier. */
  identifier: string;
}

/** What of the content layer's `getContent()` the EPUB is written from. */
export type EpubContent = Pick<
  Content,
  'edition' | 'concepts' | 'cases' | 'works' | 'paperFacts' | 'formatter' | 'date' | 'commentary'
>;

/** The writer's input from the content: entries in the site's order, Chicago entries formatted. */
export function epubInput(
  { edition, concepts, cases, works, paperFacts, formatter, date, commentary }: EpubContent,
  webUrl: (sitePath: string) => string,
  identifier: string,
): EpubInput {
  return {
    edition,
    concepts: [...concepts].sort(compareTerms),
    cases: [...cases].sort((a, b) => compareCases(a.data, b.data)),
    references: sources(works, edition).map(({ work }) => ({
      id: work.id,
      html: formatter.reference(work, 'chicago', 'html'),
    })),
    commentary: { notes: commentary.notes, guide: commentary.guide },
    commentaryReferences: commentaryReferences(commentary.works, formatter),
    findWork: workFinder(commentary.works, works),
    source: formatter.reference(paperFacts.workingPaper, 'chicago', 'text'),
    date,
    webUrl,
    identifier,
  };
}
