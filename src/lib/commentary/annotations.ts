/**
 * The editor's commentary as a W3C Web Annotation collection (FILES.commentaryAnnotations): each
 * note an Annotation motivated by "commenting", created by the edition's editors on the day it
 * speaks as of, targeting the canonical /paper/ with the same selectors the reader's own notes use
 * (src/lib/annotations/: a FragmentSelector naming the ¶, refined by the quoted words or the whole
 * ¶, and a TextPositionSelector). So the reader's notes panel imports it, as other tools do.
 */
import { toCollection, type ReaderAnnotation } from '../annotations/model.ts';
import { describe } from '../annotations/selectors.ts';
import type { Paragraph } from '../edition/model.ts';
import { EDITION_PUBLISHER } from '../site/metadata.ts';
import { type CommentaryNote, paragraphText } from './model.ts';

/** The addresses the collection names: the paper it annotates, the page of each note. */
export interface AnnotationUrls {
  /** The canonical /paper/ address, the source of every target. */
  paper: string;
  /** The public address of a note on /commentary/. */
  note: (id: string) => string;
}

/** The note's text for an annotation tool: its title, then its paragraphs with short citations. */
export function annotationText(
  note: CommentaryNote,
  cite: (id: string, loc?: string) => string,
): string {
  const paragraphs = note.body.map((p) =>
    paragraphText(p, (keys) => ` (${keys.map((k) => cite(k.id, k.locator)).join('; ')})`),
  );
  return [note.title, ...paragraphs].join('\n\n');
}

/** One note as a stored annotation: on its quoted words, or on the whole ¶ when it quotes none. */
function asAnnotation(
  note: CommentaryNote,
  paragraph: Paragraph,
  text: string,
  urls: AnnotationUrls,
): ReaderAnnotation {
  const start = note.quote === undefined ? 0 : paragraph.text.indexOf(note.quote);
  const end = note.quote === undefined ? paragraph.text.length : start + note.quote.length;
  const day = `${note.asOf}T00:00:00Z`;
  return {
    id: urls.note(note.id),
    motivation: 'commenting',
    created: day,
    modified: day,
    note: text,
    targets: [describe(paragraph.id, paragraph.text, start, end)],
  };
}

/**
 * The collection, in reading order. The checks have made sure that each note's ¶ exists and its
 * quotation stands in it; `text` gives each note's plain text.
 */
export function commentaryCollection(
  notes: readonly CommentaryNote[],
  paragraphs: readonly Paragraph[],
  text: (note: CommentaryNote) => string,
  urls: AnnotationUrls,
): Record<string, unknown> {
  const byId = new Map(paragraphs.map((p) => [p.id, p]));
  const creator = { type: 'Organization', name: EDITION_PUBLISHER };
  const annotations = notes.flatMap((note) => {
    const paragraph = byId.get(note.passage);
    return paragraph ? [asAnnotation(note, paragraph, text(note), urls)] : [];
  });
  const collection = toCollection(annotations, urls.paper, 'Editor’s commentary');
  const first = collection['first'] as { items: Record<string, unknown>[] };
  return {
    ...collection,
    creator,
    first: { ...first, items: first.items.map((item) => ({ ...item, creator })) },
  };
}
