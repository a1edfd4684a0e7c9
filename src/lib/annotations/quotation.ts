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

/**
 * A link that opens the paper at exactly these words: a text fragment, which browsers that know
 * it scroll to and mark, and our own fallback that the page's script resolves: one `quote` per
 * paragraph or note, the first of them the anchor (`?quote=…&quote=…#p12`).
 */
export function quoteLink(targets: readonly Target[], paper: string): string {
  const base = paper.replace(/[?#].*$/, '');
  const query = targets.map((t) => `quote=${encodeURIComponent(collapse(t.quote.exact))}`);
  return `${base}?${query.join('&')}#${targets[0]?.root ?? ''}:~:${textDirective(quotedWords(targets))}`;
}

/** What a fallback link asks for: the first root and the quotes, in order. */
export function readQuoteLink(
  search: string,
  hash: string,
): { root: string; quotes: string[] } | undefined {
  const quotes = new URLSearchParams(search).getAll('quote').map(collapse).filter(Boolean);
  const root = /^#([pn]\d+)/.exec(hash)?.[1];
  return root && quotes.length > 0 ? { root, quotes } : undefined;
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
