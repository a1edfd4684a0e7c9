/**
 * Reads the source witness: the plain-text extraction of the paper's PDF, with its damage
 * (note blocks in the middle of the text, a page number, a displaced title block, running
 * line wraps). It returns the authors' running text and their notes with every extraction
 * artefact removed, and changes nothing else. The fidelity tests compare the edition with it.
 */

/** One line of running text, as the witness carries it, with what the reader needs to re-join it. */
export interface WitnessLine {
  /** The line without its trailing spaces. */
  text: string;
  /** True when the line resumes the text after a note block or a page break (a leading space). */
  resumesPage: boolean;
}

/** The witness with its artefacts separated from the authors' words. */
export interface Witness {
  /** Section headings in reading order. */
  headings: string[];
  /** Running text, one entry per section (the text before the first heading is ignored: there is none). */
  sections: { heading: string; lines: WitnessLine[] }[];
  /** Notes by their printed number, each note's lines joined. */
  notes: Map<number, string>;
}

const NOTE_START = /^ ?(\d{1,2})\s+(\S.*)$/;
const PAGE_NUMBER = /^\s*\d+\s*$/;
const TITLE_BLOCK = /^[A-Z][A-Z ,:]+$/;
const TERMINAL = /[.?!:;,”"’)\-–]\s*$/;

/** True for a short line with no closing punctuation: a section heading. */
function isHeading(line: string): boolean {
  const t = line.trim();
  return (
    t.length > 0 && t.length < 60 && /^[A-Z]/.test(t) && !TERMINAL.test(t) && !TITLE_BLOCK.test(t)
  );
}

/**
 * Joins wrapped lines: a line ending in a hyphen joins the next without a space, keeping the hyphen;
 * a dash set as " --" or " -" at the end of a line keeps its space ("region -- defined").
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out === '') out = line;
    else if (out.endsWith('-') && !out.endsWith(' -') && !out.endsWith(' --')) out += line;
    else out += ' ' + line;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Splits the witness into headings, running text and notes. */
export function readWitness(text: string): Witness {
  const headings: string[] = [];
  const sections: Witness['sections'] = [];
  const notes = new Map<number, string[]>();
  let mode: 'body' | 'note' = 'body';
  let nextNote = 1;
  let current: number | undefined;

  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const noteStart = NOTE_START.exec(line);
    if (noteStart && Number(noteStart[1]) === nextNote) {
      mode = 'note';
      current = nextNote++;
      notes.set(current, [noteStart[2] ?? '']);
      continue;
    }
    if (PAGE_NUMBER.test(line) || TITLE_BLOCK.test(line.trim())) {
      mode = 'body';
      continue;
    }
    if (mode === 'note') {
      if (/^ \S/.test(line)) mode = 'body';
      else {
        notes.get(current ?? 0)?.push(line);
        continue;
      }
    }
    if (isHeading(line)) {
      headings.push(line.trim());
      sections.push({ heading: line.trim(), lines: [] });
      continue;
    }
    sections.at(-1)?.lines.push({ text: line, resumesPage: /^ \S/.test(line) });
  }
  return {
    headings,
    sections,
    notes: new Map([...notes].map(([n, lines]) => [n, joinLines(lines)])),
  };
}

/** Every word of the running text, in order, lines joined as `joinLines` joins them. */
export function witnessWords(witness: Witness): string[] {
  return witness.sections.flatMap((s) => joinLines(s.lines.map((l) => l.text)).split(' '));
}

/** A note marker as the witness prints it: digits glued to the end of a word ("talks.1"). */
const MARKER = /^(.*[\p{L}.,;:?!”’)])(\d{1,2})$/u;

/** A word of the running text with the note marker it carried, if any. */
export interface WitnessWord {
  word: string;
  note?: number;
}

/**
 * Words of the running text with note markers split off. A marker is digits glued to a word,
 * numbered above the last marker seen and no higher than the last note: so "1930’s" or
 * "1815." are never taken for markers.
 */
export function witnessWordsWithMarkers(witness: Witness): WitnessWord[] {
  const lastNote = Math.max(0, ...witness.notes.keys());
  let last = 0;
  return witnessWords(witness).map((word) => {
    const m = MARKER.exec(word);
    const n = m ? Number(m[2]) : NaN;
    if (m?.[1] && n > last && n <= lastNote) {
      last = n;
      return { word: m[1], note: n };
    }
    return { word };
  });
}
