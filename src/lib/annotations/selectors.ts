/**
 * W3C Web Annotation selectors for words in the paper: a paragraph (`p12`) or a note (`n24`) is
 * named by a FragmentSelector, refined by a TextQuoteSelector (the words and about 32 characters
 * either side) and a TextPositionSelector (offsets in the paragraph's plain text, see text.ts).
 */
import { PASSAGE_ID, passageLabel, parsePassageId } from '../site/ids.ts';

/** How many characters of context a quote keeps on each side. */
export const CONTEXT = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** Where words stand in the edition: the paragraph or note, the quote, the position. */
export interface Target {
  /** `p12` or `n24`; empty when a file gave only a quote on the paper. */
  root: string;
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** Ids of the places an annotation can stand: paragraphs and notes. */
export const ROOT_ID = PASSAGE_ID;

/** Describes the words `text.slice(start, end)` of the root `root`. */
export function describe(root: string, text: string, start: number, end: number): Target {
  if (start < 0 || end > text.length || start >= end) {
    throw new RangeError(`no words between ${start} and ${end} in ${root}`);
  }
  return {
    root,
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}

/**
 * The locator of words that run over several roots: "¶ 12", "¶¶ 12–13", "n. 24", "nn. 23–24",
 * and both kinds joined ("¶ 36; n. 1") when a selection runs from the text into the notes.
 */
export function locatorOf(roots: readonly string[]): string {
  const passages = roots.flatMap((r) => parsePassageId(r) ?? []);
  const parts: string[] = [];
  for (const [kind, many] of [
    ['paragraph', '¶¶'],
    ['note', 'nn.'],
  ] as const) {
    const nums = passages.filter((p) => p.kind === kind).map((p) => p.n);
    if (nums.length === 0) continue;
    const lo = Math.min(...nums);
    const hi = Math.max(...nums);
    // ids.ts has the label of one passage; a range takes the doubled sign.
    parts.push(lo === hi ? passageLabel(kind, lo) : `${many} ${lo}–${hi}`);
  }
  return parts.join('; ');
}

/** Reading order of roots: paragraphs first (the notes follow the text), then by number. */
export function compareRoots(a: string, b: string): number {
  const kind = (r: string) => (r.startsWith('n') ? 1 : 0);
  return kind(a) - kind(b) || Number(a.slice(1)) - Number(b.slice(1));
}
