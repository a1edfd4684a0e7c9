/**
 * Passages of the paper that mention an entry or cite a work, generated from the marks in the
 * MDX: the entry pages list them, and the tests check that the lists equal the marks.
 */
import type { Edition, Mark, Note, Paragraph } from '../edition/build.ts';
import { type PassageKind, passageLabel } from '../site/ids.ts';
import { paperPath } from '../site/routes.ts';

/** A place in the paper with a snippet around it. */
export interface Passage {
  /** "paragraph" or "note". */
  kind: PassageKind;
  /** ¶ number or note number. */
  n: number;
  /** "¶ 12" or "n. 3". */
  label: string;
  /** Link to the place on /paper/. */
  href: string;
  /** The sentence around the place, cut into the words before, the marked words and after. */
  snippet: { before: string; match: string; after: string };
}

/** Abbreviations whose full stop does not end a sentence in this paper. */
const ABBREVIATIONS =
  /(?:\b[A-Z]|\bU\.S|\bD\.C|\bI\.R|\bvol|\bno|\bpp?|\besp|\beds?|\bVol|\bNo|\bMr|\bDr|\bSt|\bMt)\.$/;

/** Offsets where the sentences of a text start. */
export function sentenceStarts(text: string): number[] {
  const starts = [0];
  const end = /[.?!][”’"]?\s+(?=[“"‘A-Z[])/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    const stop = text.slice(0, m.index + 1);
    if (!ABBREVIATIONS.test(stop)) starts.push(m.index + m[0].length);
  }
  return starts;
}

/** The sentence of `text` in which `offset` falls (the one before, if the offset is its end). */
export function sentenceAt(text: string, offset: number): { start: number; end: number } {
  const starts = sentenceStarts(text);
  let i = starts.length - 1;
  while (i > 0 && (starts[i] ?? 0) >= Math.max(offset, 1)) i--;
  const start = starts[i] ?? 0;
  const end = (starts[i + 1] ?? text.length + 1) - 1;
  return { start, end: Math.min(end, text.length) };
}

function snippet(text: string, offset: number, length: number): Passage['snippet'] {
  const { start, end } = sentenceAt(text, offset);
  const stop = Math.max(end, offset + length);
  return {
    before: text.slice(start, offset),
    match: text.slice(offset, offset + length),
    after: text.slice(offset + length, stop).trimEnd(),
  };
}

/** A passage of a paragraph or a note, with its label, link and snippet around the words. */
function passage(
  kind: Passage['kind'],
  of: Paragraph | Note,
  offset: number,
  length: number,
): Passage {
  return {
    kind,
    n: of.n,
    label: passageLabel(kind, of.n),
    href: paperPath(of.id),
    snippet: snippet(of.text, offset, length),
  };
}

/** Every passage (paragraph or note) whose marks name the entry, in reading order. */
export function mentionsOf(edition: Edition, kind: Mark['kind'], id: string): Passage[] {
  const matches = (m: Mark) => m.kind === kind && m.id === id;
  const passages: Passage[] = [];
  for (const p of edition.paragraphs) {
    for (const m of p.marks.filter(matches))
      passages.push(passage('paragraph', p, m.offset, m.text.length));
    for (const n of p.notes) {
      const note = edition.notes.find((x) => x.n === n);
      for (const m of note?.marks.filter(matches) ?? [])
        if (note) passages.push(passage('note', note, m.offset, m.text.length));
    }
  }
  return passages;
}

/** A note that cites a work, with the sentence of the paper that the note hangs on. */
export interface Citing {
  note: Note;
  /** The pinpoint as printed ("p. 12"), if any. */
  locator?: string;
  /** The words of the note that cite the work. */
  words: string;
  paragraph: Paragraph;
  /** The sentence of the paragraph that ends at the note's reference. */
  sentence: string;
}

/** The notes that cite a work, in order, each with the sentence it hangs on. */
export function citationsOf(edition: Edition, workId: string): Citing[] {
  return edition.notes.flatMap((note) =>
    note.marks
      .filter((m) => m.kind === 'work' && m.id === workId)
      .map((m): Citing => {
        const paragraph = edition.paragraphs.find((p) => p.id === note.paragraph);
        if (!paragraph) throw new Error(`note ${note.n} hangs on no paragraph`);
        const at = paragraph.noteOffsets[note.n] ?? paragraph.text.length;
        const { start } = sentenceAt(paragraph.text, at);
        return {
          note,
          words: m.text,
          paragraph,
          sentence: paragraph.text.slice(start, at).trim(),
          ...(m.locator ? { locator: m.locator } : {}),
        };
      }),
  );
}

/** The ids that marks of a kind name anywhere in the paper, paragraphs and notes. */
export function markedIds(edition: Edition, kind: Mark['kind']): Set<string> {
  return new Set(
    [...edition.paragraphs, ...edition.notes].flatMap((p) =>
      p.marks.filter((m) => m.kind === kind).map((m) => m.id),
    ),
  );
}

/** Every work cited anywhere in the notes. */
export function citedWorks(edition: Edition): Set<string> {
  return new Set(
    edition.notes.flatMap((n) => n.marks.filter((m) => m.kind === 'work').map((m) => m.id)),
  );
}
