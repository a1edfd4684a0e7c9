/**
 * What the reader copies and exports: a quotation with its citation (Chicago, the edition's
 * default), a link that opens the paper at the words, and the notes as Markdown.
 */
import { collapse } from './text.ts';
import type { ReaderAnnotation } from './model.ts';
import { locatorOf, type Target } from './selectors.ts';

/**
 * The paper as a short Chicago note cites it. Written out rather than built from metadata.ts,
 * whose other constants would ride into the lazy bundle; a unit test holds the two together.
 */
export const SHORT_CITATION =
  'Ikenberry and Tsuchiyama, “Between Balance of Power and Community” (working paper, 2000)';

/** The paper's address with a paragraph's or note's anchor: `…/paper/#p12`. */
export function permalink(paper: string, root: string): string {
  return `${paper.replace(/#.*$/, '')}#${root}`;
}

/** The words of targets in order, joined with a space (a paragraph break reads as one). */
export function quotedWords(targets: readonly Target[]): string {
  return collapse(targets.map((t) => t.quote.exact).join(' '));
}

/**
 * `“…” Ikenberry and Tsuchiyama, “…” (working paper, 2000), p. 5, ¶ 12, <permalink>`.
 * @param locator the pinpoint, with the working paper's pages where the page knows them.
 */
export function quotation(
  targets: readonly Target[],
  paper: string,
  locator = locatorOf(targets.map((t) => t.root)),
): string {
  const first = targets[0]?.root ?? '';
  return `“${quotedWords(targets)}” ${SHORT_CITATION}, ${locator}, ${permalink(paper, first)}`;
}

/** Characters a text fragment directive must escape beyond encodeURIComponent's. */
const fragmentPart = (s: string) => encodeURIComponent(s).replace(/-/g, '%2D');

/**
 * A text fragment (https://wicg.github.io/scroll-to-text-fragment/) for the words: the whole
 * quote when short, else its first and last four words as start and end.
 */
export function textDirective(words: string): string {
  const all = collapse(words).split(' ');
  if (all.length <= 8) return `text=${fragmentPart(all.join(' '))}`;
  return `text=${fragmentPart(all.slice(0, 4).join(' '))},${fragmentPart(all.slice(-4).join(' '))}`;
}

/** The longest link "Copy link" makes: what common hosts and servers accept. */
export const MAX_LINK = 2_000;

/**
 * A link that opens the paper at exactly these words, never longer than MAX_LINK: a text
 * fragment, which browsers that know it scroll to and mark, and our own fallback, which the
 * page's script resolves. Short words in one paragraph are given whole (`?quote=…#p12`); longer
 * ones, or words over several paragraphs, by their start and end, as text fragments do
 * (`?quote=start,end#p12`, the comma the only one not percent-encoded).
 */
export function quoteLink(targets: readonly Target[], paper: string): string {
  const base = paper.replace(/[?#].*$/, '');
  const hash = `#${targets[0]?.root ?? ''}`;
  const whole = quotedWords(targets);
  const first = collapse(targets[0]?.quote.exact ?? '').split(' ');
  const last = collapse(targets.at(-1)?.quote.exact ?? '').split(' ');
  const link = (start: string, end?: string) => {
    const q =
      end === undefined
        ? encodeURIComponent(start)
        : `${encodeURIComponent(start)},${encodeURIComponent(end)}`;
    const t =
      end === undefined ? fragmentPart(start) : `${fragmentPart(start)},${fragmentPart(end)}`;
    return `${base}?quote=${q}${hash}:~:text=${t}`;
  };
  const fits = (l: string) => l.length <= MAX_LINK;
  const single = targets.length === 1;
  if (single && first.length <= 8 && fits(link(whole))) return link(whole);
  // In one paragraph, start and end must not overlap.
  for (let n = single ? Math.min(4, Math.floor(first.length / 2)) : 4; n >= 1; n--) {
    const l = link(first.slice(0, n).join(' '), last.slice(-n).join(' '));
    if (fits(l)) return l;
  }
  // Words too long to give even one whole: their first and last characters.
  const a = first.join(' ');
  const b = last.join(' ');
  for (let c = 120; ; c = Math.floor(c / 2)) {
    const l = single ? link(a.slice(0, c * 2)) : link(a.slice(0, c), b.slice(-c));
    if (fits(l) || c <= 1) return l;
  }
}

/** What a fallback link asks for: the first root and its quotes, one per passage, or a range. */
export type QuoteLink =
  { root: string; quotes: string[] } | { root: string; start: string; end: string };

/** Reads a quotation link's address; undefined when it is not one. */
export function readQuoteLink(search: string, hash: string): QuoteLink | undefined {
  const root = /^#([pn]\d+)/.exec(hash)?.[1];
  const values = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p.startsWith('quote='))
    .map((p) => p.slice('quote='.length).replace(/\+/g, ' '));
  const decode = (s: string) => {
    try {
      return collapse(decodeURIComponent(s));
    } catch {
      return '';
    }
  };
  if (!root || values.length === 0) return undefined;
  const [only] = values;
  const range = values.length === 1 && only ? only.split(',') : [];
  if (range.length === 2) {
    const [start = '', end = ''] = range.map(decode);
    return start && end ? { root, start, end } : undefined;
  }
  const quotes = values.map(decode).filter(Boolean);
  return quotes.length > 0 ? { root, quotes } : undefined;
}

/**
 * The reader's notes as Markdown: per annotation its quote, locator, note and permalink.
 * @param locate the pinpoint of an annotation's words, with its pages where the page knows them.
 */
export function toMarkdown(
  annotations: readonly ReaderAnnotation[],
  paper: string,
  date: string,
  locate = (targets: readonly Target[]) => locatorOf(targets.map((t) => t.root)),
): string {
  const lines = [
    `# My notes on “Between Balance of Power and Community”`,
    '',
    `${SHORT_CITATION}. Exported ${date} from ${paper}`,
    '',
  ];
  for (const a of annotations) {
    const roots = a.targets.map((t) => t.root);
    lines.push(`## ${locate(a.targets) || 'Not placed'}`, '');
    lines.push(`> ${quotedWords(a.targets)}`, '');
    if (a.note) lines.push(...a.note.split('\n').map((l) => l.trimEnd()), '');
    lines.push(`<${permalink(paper, roots[0] ?? '')}>`, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
