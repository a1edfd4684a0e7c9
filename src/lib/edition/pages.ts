/**
 * The working paper's pages placed in the edition: each page start that the witness shows
 * (`witness-pages.ts`) is found in the text by the words that open it, and stands there as a
 * `PageBreakPhrase` before the page's first word, a text phrase split where need be. Pure: the
 * model and the witness in, the model with its breaks and its list of page starts out. A page
 * whose words cannot be found is left out and listed, never guessed.
 *
 * Certainty: high where notes or a printed number at the page before's foot show the break;
 * medium where only the line's opening space and single spacing do; a page that begins in words
 * lost in the extraction (a gap) is placed before the gap, medium when a note printed at that
 * page's foot has its marker in the lost words (so they stood on the page), low otherwise.
 */
import { noteLabel } from '../site/ids.ts';
import {
  type Edition,
  GAP_TEXT,
  type PageCertainty,
  type PageStart,
  type Paragraph,
  type Phrase,
  type UnplacedPage,
} from './model.ts';
import { type WitnessPage, readWitnessPages } from './witness-pages.ts';

/** A note marker glued to the word it follows, as the witness prints it ("power.”20"). */
const MARKER = /^(.*[\p{L}.,;:?!”’)])\d{1,2}$/u;
const PROBE_WORDS = 6;

/** The words to look for: the line's first words, up to the first note marker. */
export function probeOf(line: string): string {
  const words: string[] = [];
  for (const word of line.trim().split(/\s+/).slice(0, PROBE_WORDS)) {
    const marked = MARKER.exec(word);
    words.push(marked?.[1] ?? word);
    if (marked) break;
  }
  return words.join(' ');
}

/** "nn. 4–6", "n. 7". */
function notesLabel(notes: readonly number[]): string {
  const [first] = notes;
  const last = notes.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? noteLabel(first) : `nn. ${first}–${last}`;
}

function evidenceOf(page: WitnessPage, before: WitnessPage | undefined): string {
  const heading = page.heading ? `, with the heading “${page.heading}”` : '';
  switch (page.evidence) {
    case 'first':
      return `the witness begins here${heading}`;
    case 'after-notes':
      return `after the notes at the foot of p. ${page.n - 1} (${notesLabel(before?.notes ?? [])})${heading}`;
    case 'after-furniture':
      return `after the page number “${before?.printed ?? page.n - 1}” at the foot of the page before and the title in capitals${heading}`;
    case 'single-spaced':
      return `a line opening with a space, single-spaced after p. ${page.n - 1}, which has no notes${heading}`;
  }
}

const BASE_CERTAINTY: Record<WitnessPage['evidence'], PageCertainty> = {
  first: 'high',
  'after-notes': 'high',
  'after-furniture': 'high',
  'single-spaced': 'medium',
};

/** Finds the page's words from a place in the text onward: the paragraph's index and offset. */
function find(
  paragraphs: readonly Paragraph[],
  probe: string,
  from: { index: number; offset: number },
): { index: number; offset: number } | undefined {
  for (let index = from.index; index < paragraphs.length; index++) {
    const text = paragraphs[index]?.text ?? '';
    const offset = text.indexOf(probe, index === from.index ? from.offset : 0);
    if (offset >= 0) return { index, offset };
  }
  return undefined;
}

/** Places each page of the witness in the paragraphs, in order. */
export function placePages(
  paragraphs: readonly Paragraph[],
  pages: readonly WitnessPage[],
): { starts: PageStart[]; unplaced: UnplacedPage[] } {
  const starts: PageStart[] = [];
  const unplaced: UnplacedPage[] = [];
  let cursor = { index: 0, offset: 0 };
  pages.forEach((page, i) => {
    const probe = probeOf(page.firstLine);
    const found = probe ? find(paragraphs, probe, cursor) : undefined;
    const para = found && paragraphs[found.index];
    if (!found || !para) {
      unplaced.push({
        n: page.n,
        line: page.line,
        reason: `its first words “${probe}” (witness line ${page.line}) are not in the text after p. ${page.n - 1}`,
      });
      return;
    }
    // A page that opens a section begins with the section's first paragraph.
    let offset = page.heading ? 0 : found.offset;
    let certainty = BASE_CERTAINTY[page.evidence];
    let evidence = evidenceOf(page, pages[i - 1]);
    const before = para.text.slice(0, offset).trimEnd();
    if (before.endsWith(GAP_TEXT)) {
      offset = before.length - GAP_TEXT.length;
      const gap = para.gaps[before.split(GAP_TEXT).length - 2];
      const lostNotes = para.notes.filter((k) => {
        const at = para.noteOffsets[k] ?? -1;
        return at >= offset && at <= found.offset && page.notes.includes(k);
      });
      certainty = lostNotes.length > 0 ? 'medium' : 'low';
      evidence += `; the page begins in the words lost at ${gap ?? 'a gap'}, placed before it`;
      if (lostNotes.length > 0)
        evidence += ` (${notesLabel(lostNotes)}, printed on it, was cited there)`;
    }
    starts.push({
      n: page.n,
      passage: para.id,
      offset,
      certainty,
      evidence,
      line: page.line,
      words: page.firstLine.split(/\s+/).slice(0, PROBE_WORDS).join(' '),
    });
    cursor = { index: found.index, offset: found.offset + 1 };
  });
  return { starts, unplaced };
}

/** The plain-text length of a phrase (as read-inline.ts builds the plain text). */
function lengthOf(node: Phrase): number {
  switch (node.type) {
    case 'text':
      return node.value.length;
    case 'break':
      return 1;
    case 'gap':
      return GAP_TEXT.length;
    case 'noteRef':
    case 'pageBreak':
      return 0;
    default:
      return node.children.reduce((sum, child) => sum + lengthOf(child), 0);
  }
}

/**
 * Inserts a phrase before the character at `offset` of the plain text, as far out in the tree as
 * it can stand: before a styled or marked run that begins there, after the note references that
 * end the words before, inside a run (split as need be) when the page begins within it.
 */
export function insertAt(nodes: readonly Phrase[], offset: number, phrase: Phrase): Phrase[] {
  const out: Phrase[] = [];
  let at = 0;
  let done = false;
  for (const node of nodes) {
    const length = lengthOf(node);
    if (!done && length > 0 && offset === at) {
      out.push(phrase);
      done = true;
    } else if (!done && offset > at && offset < at + length) {
      done = true;
      if (node.type === 'text') {
        const cut = offset - at;
        out.push({ type: 'text', value: node.value.slice(0, cut) }, phrase);
        out.push({ type: 'text', value: node.value.slice(cut) });
        at += length;
        continue;
      }
      if ('children' in node) {
        out.push({ ...node, children: insertAt(node.children, offset - at, phrase) });
        at += length;
        continue;
      }
    }
    out.push(node);
    at += length;
  }
  if (!done) out.push(phrase);
  return out;
}

/** The edition with the witness's pages placed in it. */
export function withPages(edition: Edition, witness: string): Edition {
  const headings = new Set(edition.sections.map((s) => s.title));
  const { pages, numbering } = readWitnessPages(witness, headings);
  const { starts, unplaced } = placePages(edition.paragraphs, pages);
  const byPassage = Map.groupBy(starts, (s) => s.passage);
  const sections = edition.sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map((p) => {
      const here = byPassage.get(p.id);
      if (!here) return p;
      // From the last break back, so that each offset still counts in the unsplit text.
      const content = [...here]
        .reverse()
        .reduce(
          (nodes, s) =>
            insertAt(nodes, s.offset, { type: 'pageBreak', n: s.n, certainty: s.certainty }),
          p.content,
        );
      return { ...p, content };
    }),
  }));
  return {
    ...edition,
    sections,
    paragraphs: sections.flatMap((s) => s.paragraphs),
    pages: starts,
    unplacedPages: unplaced,
    pageNumbering: numbering,
  };
}
