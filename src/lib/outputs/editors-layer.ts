/**
 * The editor's layer (issue 21) as the edition's files write it: the names of its parts, the line
 * that says whose words they are, a note's date and the paragraphs it points to. One place, so
 * that the TEI, the EPUB and the PDF head and date the layer alike (its citations:
 * layer-citations.ts).
 */
import type { CommentaryNote } from '../commentary/model.ts';
import type { Edition } from '../edition/model.ts';
import { formatPartialDate } from '../entries/dates.ts';
import { paragraphLabel } from '../site/ids.ts';

/** The headings of the layer's parts, in every medium. */
export const LAYER_TITLES = {
  guide: 'Reader’s guide',
  argument: 'The argument in brief',
  orders: 'The types of community-based security order',
  standing: 'Where the paper stands',
  commentary: 'Editor’s commentary',
  works: 'Works the commentary relies on',
} as const;

/** The running head of the layer's pages in the PDF, in place of the authors' names. */
export const LAYER_RUNNING_HEAD = 'The editors’ guide and commentary, not the authors’ text';

/** What each part is, said at its head: the editors' words, not the authors'. */
export const LAYER_NOTICES = {
  guide:
    'By the editors of this edition, not by the authors. Only the words set as quotations, each with its paragraph, are the paper’s.',
  commentary:
    'By the editors of this edition, not by the authors, whose own notes are numbered and stand with the text. Each note says what became of something the paper discusses, as of the day it was written, and cites its sources.',
  works:
    'The works the editor’s commentary and the reader’s guide rely on, listed apart from the works the paper’s notes cite (APA style, as their author-and-year citations suggest).',
} as const;

/** "As of 3 December 2026": the day a note speaks from. */
export function asOfText(note: Pick<CommentaryNote, 'asOf'>): string {
  return `As of ${formatPartialDate(note.asOf)}`;
}

/** The paragraphs a part of the layer points to: "¶ 3, ¶ 4". */
export function passagesText(passages: readonly string[]): string {
  return passages.map((p) => paragraphLabel(p.replace(/^p/, ''))).join(', ');
}

/** "On ¶ 41": the paragraph a note comments on. */
export function onPassageText(note: Pick<CommentaryNote, 'passage'>): string {
  return `On ${passagesText([note.passage])}`;
}

/** The names the layer prints for what it points to: sections, cases and concepts, by id. */
export interface LayerNames {
  section: (id: string) => string;
  case: (id: string) => string;
  concept: (id: string) => string;
}

/** The layer's names from the edition and the entries (an unknown id, refused earlier, as is). */
export function layerNames(
  edition: Pick<Edition, 'sections'>,
  cases: readonly { id: string; data: { title: string } }[],
  concepts: readonly { id: string; data: { term: string } }[],
): LayerNames {
  const lookup = (pairs: [string, string][]) => {
    const names = new Map(pairs);
    return (id: string) => names.get(id) ?? id;
  };
  return {
    section: lookup(edition.sections.map((s) => [s.id, s.title])),
    case: lookup(cases.map((c) => [c.id, c.data.title])),
    concept: lookup(concepts.map((c) => [c.id, c.data.term])),
  };
}
