/**
 * The house style of the edition's own prose (content/README.md for editors, /about/#principles
 * for readers): a dash is an en dash between spaces ( – ), a range an en dash without them
 * (pp. 69–94), quotation marks are curly (“…”, with ‘…’ inside) and the apostrophe is ’. The
 * forms it excludes are refused in every editorial field, so that the style stays applied.
 *
 * The paper's words are never restyled: a quotation of the paper keeps the witness's characters
 * (its "--" and the straight marks of note 24), so a quotation found in the paper's text passes.
 * Addresses and code keep their characters too, and a hyphen is never refused: it joins words,
 * ISO dates, ISBNs and DOIs, and in a range it is left to the editor's eye.
 */
import { ContentError } from './content-error.ts';

/** A form the house style excludes: what it is, how to find it, and what to write instead. */
interface RefusedForm {
  what: string;
  pattern: RegExp;
  instead: string;
  replace: (sample: string) => string;
}

const REFUSED: readonly RefusedForm[] = [
  {
    what: 'a hyphen between spaces used as a dash',
    pattern: /(?<=\S) - (?=\S)/g,
    instead: 'an en dash between spaces ( – )',
    replace: (s) => s.replace(/(?<=\S) - (?=\S)/g, ' – '),
  },
  {
    what: 'a double hyphen used as a dash',
    pattern: /\s?--+\s?/g,
    instead: 'an en dash between spaces ( – )',
    replace: (s) => s.replace(/\s?--+\s?/g, ' – '),
  },
  {
    what: 'an em dash',
    pattern: /\s?—\s?/g,
    instead: 'an en dash between spaces ( – ), or unspaced (–) for a range',
    replace: (s) => s.replace(/\s?—\s?/g, ' – '),
  },
  {
    what: 'a straight double quotation mark',
    pattern: /"/g,
    instead: 'curly quotation marks “…” (‘…’ for a quotation inside one)',
    replace: (s) => s.replace(/"([^"]*)"/g, '“$1”'),
  },
  {
    what: 'a straight single quotation mark',
    pattern: /'/g,
    instead: '’ for an apostrophe, and “…” for a quotation (‘…’ inside one)',
    replace: (s) => s.replace(/(?<!\w)'([^']*)'(?!\w)/g, '“$1”').replace(/'/g, '’'),
  },
];

/** Addresses, code spans and Markdown link targets: their characters are not prose. */
const NOT_PROSE = /`[^`\n]*`|\]\([^)\s]*\)|\bhttps?:\/\/\S+|\b[\w-]+(?:\.[\w-]+)+\/\S*/g;

/** A quotation in our prose, as we write one. */
const QUOTATION = /“([^“”]*)”/g;

/** Collapses runs of white space, so that a quotation matches the paper across its line wraps. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a quotation is the paper's own words: each part of it (an ellipsis marks a cut) occurs in
 * `paper`, the text of its paragraphs and notes with white space collapsed.
 */
export function quotesThePaper(quotation: string, paper: string): boolean {
  const parts = quotation
    .split('…')
    .map(normalise)
    .filter((p) => p !== '');
  return parts.length > 0 && parts.every((p) => paper.includes(p));
}

/** The text of every paragraph and note, white space collapsed: what `quotesThePaper` looks in. */
export function paperTextForQuotations(passages: readonly { text: string }[]): string {
  return passages.map((p) => normalise(p.text)).join('\n');
}

/** A form the house style excludes, found in a text. */
export interface TypographySlip {
  what: string;
  /** A few words around it, as written. */
  sample: string;
  /** The same words as the style writes them. */
  corrected: string;
  instead: string;
  /** Which line of the text it is on, from 0. */
  lineOffset: number;
}

/**
 * The slips in one editorial text, in order, at most one per form. Quotations of the paper,
 * addresses and code are blanked first (keeping every other character where it stands).
 */
export function typographySlips(text: string, paper: string): TypographySlip[] {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  const prose = text
    .replace(NOT_PROSE, blank)
    .replace(QUOTATION, (whole, inner: string) =>
      quotesThePaper(inner, paper) ? blank(whole) : whole,
    );
  const slips: TypographySlip[] = [];
  for (const form of REFUSED) {
    form.pattern.lastIndex = 0;
    const match = form.pattern.exec(prose);
    if (!match) continue;
    // Two words either side, on the same line.
    const head = /(?:\S+[^\S\n]+)?\S*$/.exec(text.slice(0, match.index))?.[0] ?? '';
    const tail = /^\S*(?:[^\S\n]+\S+)?/.exec(text.slice(match.index + match[0].length));
    const sample = `${head}${text.slice(match.index, match.index + match[0].length)}${tail?.[0] ?? ''}`;
    slips.push({
      what: form.what,
      sample,
      corrected: form.replace(sample),
      instead: form.instead,
      lineOffset: text.slice(0, match.index).split('\n').length - 1,
    });
  }
  return slips.sort((a, b) => a.lineOffset - b.lineOffset);
}

/** One editorial text of a content file: where it stands and what the message calls it. */
export interface EditorialText {
  file: string;
  /** Line of the field (or of the first line of a body). */
  line: number;
  /** What the message names: "Work cronin-1999 field `custom.remark`". */
  what: string;
  text: string;
}

/** The house style's problems in editorial texts, one message per slip, at its line. */
export function typographyProblems(
  texts: readonly EditorialText[],
  paper: string,
): ContentError[] {
  return texts.flatMap((t) =>
    typographySlips(t.text, paper).map(
      (slip) =>
        new ContentError(
          t.file,
          t.line + slip.lineOffset,
          `${t.what} has ${slip.what} (\`${slip.sample}\`): the edition’s own prose writes ${slip.instead}.`,
          `Write it as \`${slip.corrected}\`; a quotation of the paper keeps the paper’s characters: put its exact words between “ and ” (see content/README.md).`,
        ),
    ),
  );
}
