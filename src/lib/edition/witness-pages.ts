/**
 * The pages of the May 2000 working paper as the witness (content/witness/paper.txt, a plain-text
 * extraction of its PDF) still shows them. Pure: the witness text in, one entry per page out, each
 * with the line where the page's text begins and the furniture that shows it. The witness sets
 * the running text double-spaced and the notes single-spaced under a separator line; the line
 * that resumes the text on a new page opens with a space. Where the extraction kept them, the
 * printed page number stands at the foot of its page (after the notes, where a word processor
 * sets the footer) and the running title at the head of the next.
 */

/** What shows that a page begins at a line of the witness. */
export type PageEvidence =
  /** The first line of the witness. */
  | 'first'
  /** The line after the notes at the foot of the page before, opening with a space. */
  | 'after-notes'
  /** The line after a printed page number and the running title. */
  | 'after-furniture'
  /** A line opening with a space, single-spaced after the one before: a page without notes ends. */
  | 'single-spaced';

/** One page of the working paper as the witness shows it. */
export interface WitnessPage {
  /** Zero-based place of the page in the witness. */
  index: number;
  /** The page's number in the working paper, counted from a printed page number. */
  n: number;
  /** Line of the witness (1-based) where its text begins. */
  line: number;
  /** A section heading the page opens with, if any. */
  heading?: string;
  /** The first line of running text on the page, trimmed (after the heading, if one opens it). */
  firstLine: string;
  evidence: PageEvidence;
  /** The notes printed at the page's foot. */
  notes: number[];
  /** The page number printed on the page, if the witness kept it. */
  printed?: number;
}

/** The pages and how they were numbered. */
export interface WitnessPages {
  pages: WitnessPage[];
  /** How the numbers were found: from which printed number, or counted from 1 for want of one. */
  numbering: string;
}

const PAGE_NUMBER = /^\s*(\d{1,3})\s*$/;
const NOTE_START = /^ ?(\d{1,3})\s+\S/;
/** A line in capitals: the running title ("BETWEEN BALANCE OF POWER AND COMMUNITY: …"). */
const RUNNING_TITLE = /^[A-Z][A-Z ,:;'’-]{9,}$/;
/** A line that resumes the text on a new page opens with one space. */
const RESUMES = /^ \S/;

interface Draft extends Omit<WitnessPage, 'n' | 'firstLine'> {
  firstLine?: string;
}

/**
 * Reads the pages of the witness. `headings` are the section titles, so that a page that opens
 * with a heading takes its first words from the line after it.
 */
export function readWitnessPages(witness: string, headings: ReadonlySet<string>): WitnessPages {
  const lines = witness.split(/\r?\n/);
  const drafts: Draft[] = [];
  let state: 'start' | 'body' | 'notes' | 'furniture' = 'start';
  let nextNote = 1;
  let separator = false;
  let previousEmpty = true;
  const begin = (line: number, evidence: PageEvidence) => {
    drafts.push({ index: drafts.length, line, evidence, notes: [] });
  };
  lines.forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    const wasEmpty = previousEmpty;
    previousEmpty = raw === '';
    if (raw === '') return;
    if (line === '') {
      // A line of spaces: the separator above the notes (or a blank the extraction kept).
      separator = true;
      return;
    }
    const note = NOTE_START.exec(line);
    if (note && Number(note[1]) === nextNote && (separator || state === 'notes')) {
      drafts.at(-1)?.notes.push(nextNote++);
      state = 'notes';
      return;
    }
    separator = false;
    const printed = PAGE_NUMBER.exec(line);
    if (printed || RUNNING_TITLE.test(line.trim())) {
      const page = drafts.at(-1);
      if (printed && page) page.printed = Number(printed[1]);
      state = 'furniture';
      return;
    }
    const text = line.trim();
    if (state === 'start') begin(i + 1, 'first');
    else if (state === 'furniture') begin(i + 1, 'after-furniture');
    else if (state === 'notes') {
      if (!RESUMES.test(line)) return; // a note's next line
      begin(i + 1, 'after-notes');
    } else if (RESUMES.test(line) && !wasEmpty) begin(i + 1, 'single-spaced');
    state = 'body';
    const page = drafts.at(-1);
    if (page && page.firstLine === undefined) {
      if (headings.has(text) && page.heading === undefined) page.heading = text;
      else page.firstLine = text;
    }
  });
  return numbered(drafts);
}

/** Numbers the pages from the first printed page number (its page is the page it stands on). */
function numbered(drafts: Draft[]): WitnessPages {
  const anchor = drafts.find((d) => d.printed !== undefined);
  const offset = anchor?.printed !== undefined ? anchor.printed - anchor.index : 1;
  const numbering = anchor
    ? `counted from the printed page number ${anchor.printed}, at the foot of the ${ordinal(anchor.index + 1)} page of the witness`
    : 'counted from 1: the witness keeps no printed page number';
  const pages = drafts.map((d): WitnessPage => ({
    ...d,
    n: d.index + offset,
    firstLine: d.firstLine ?? '',
  }));
  return { pages, numbering };
}

function ordinal(n: number): string {
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : 'th';
  return `${n}${n % 10 === 3 && n !== 13 ? 'rd' : suffix}`;
}
