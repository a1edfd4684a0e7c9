/**
 * The editor's layer (issue 21) as the edition's files write it: the names of its parts, the line
 * that says whose words they are, a note's date, and how a citation reads. One place, so that the
 * TEI, the EPUB and the PDF head, date and cite the layer alike, and never as the authors' notes
 * (which are numbered; a citation here is an author and a year).
 */
import type { CitationKey, CommentaryNote } from '../commentary/model.ts';
import type { CommentaryWork } from '../content/commentary-schemas.ts';
import type { Work } from '../content/schemas.ts';
import type { CitationFormatter, CslInput } from '../citation/format.ts';
import { sortKey } from '../citation/listing.ts';
import { cslItem } from '../citation/work-fields.ts';
import { formatPartialDate } from '../entries/dates.ts';
import { authorsLabel } from '../citation/listing.ts';
import { yearOf } from '../citation/work-fields.ts';
import { paragraphLabel } from '../site/ids.ts';

/** The headings of the layer's parts, in every medium. */
export const LAYER_TITLES = {
  guide: 'Reader’s guide',
  argument: 'The argument in brief',
  orders: 'The types of community-based security order',
  standing: 'Where the paper stands',
  commentary: 'Editor’s commentary',
  works: 'Works the commentary cites',
} as const;

/** The running head of the layer's pages in the PDF, in place of the authors' names. */
export const LAYER_RUNNING_HEAD = 'The editors’ guide and commentary, not the authors’ text';

/** What each part is, said at its head: the editors' words, not the authors'. */
export const LAYER_NOTICES = {
  guide:
    'This guide is by the editors of this edition, not by the authors. It restates the argument in our own words, with the paragraphs where the paper makes each step; only the words set as quotations, each with its paragraph, are the paper’s.',
  commentary:
    'These notes are by the editors of this edition, not by the authors, whose own notes are numbered and stand with the text. Each says what became, after 2000, of something the paper discusses: it names the paragraph it comments on, is dated as of the day it was written, states facts only, and cites its sources.',
  works:
    'The works the editor’s commentary and the reader’s guide rely on, listed apart from the works the paper’s notes cite (Chicago style).',
} as const;

/** Either kind of work a citation of the layer may name. */
export type LayerWork = Work | CommentaryWork;

/** Where a cited work is listed: with the commentary's works, or in the paper's bibliography. */
export type WorkList = 'commentary' | 'bibliography';

/** A cited work and the list that holds it. */
export interface CitedWork {
  work: LayerWork;
  list: WorkList;
}

/** Finds a cited work by id: the commentary's works first, then the paper's bibliography. */
export function workFinder(
  commentaryWorks: readonly CommentaryWork[],
  bibliography: readonly Work[],
): (id: string) => CitedWork {
  const found = new Map<string, CitedWork>([
    ...bibliography.map((work): [string, CitedWork] => [work.id, { work, list: 'bibliography' }]),
    ...commentaryWorks.map((work): [string, CitedWork] => [work.id, { work, list: 'commentary' }]),
  ]);
  return (id) => {
    const cited = found.get(id);
    // The content layer refuses a key that names no work; reaching this is a fault of the code.
    if (!cited) throw new Error(`The editor’s layer cites "${id}", which no list of works holds.`);
    return cited;
  };
}

/**
 * The works the layer relies on as Chicago entries (HTML: `<i>` for titles), in the order a
 * bibliography lists them: by author, year and title.
 */
export function commentaryReferences(
  works: readonly CommentaryWork[],
  formatter: CitationFormatter,
): { id: string; html: string }[] {
  const keyed = works.map((work) => ({ work, key: sortKey(work as Work) }));
  return keyed
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ work }) => ({
      id: work.id,
      html: formatter.entry(cslItem(work) as CslInput, 'chicago', 'html'),
    }));
}

/** "As of 3 December 2026": the day a note speaks from. */
export function asOfText(note: Pick<CommentaryNote, 'asOf'>): string {
  return `As of ${formatPartialDate(note.asOf)}`;
}

/** A work as a citation names it: "Cronin 1999", "ASEAN Regional Forum 2009", a title if no one. */
export function workLabel(work: LayerWork): string {
  const who = authorsLabel(work as Work) || work.title;
  return `${who} ${yearOf(work) ?? 'n.d.'}`;
}

/** One key of a citation as it reads: "Cronin 1999, p. 12". */
export function keyLabel(key: CitationKey, work: LayerWork): string {
  return key.locator === undefined ? workLabel(work) : `${workLabel(work)}, ${key.locator}`;
}

/** The paragraphs a part of the layer points to: "¶ 3, ¶ 4". */
export function passagesText(passages: readonly string[]): string {
  return passages.map((p) => paragraphLabel(p.replace(/^p/, ''))).join(', ');
}

/** "On ¶ 41": the paragraph a note comments on. */
export function onPassageText(note: Pick<CommentaryNote, 'passage'>): string {
  return `On ${passagesText([note.passage])}`;
}
