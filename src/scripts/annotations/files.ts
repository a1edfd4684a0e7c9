/**
 * The files of My notes (panel.ts): the reader's annotations out as W3C Web Annotations or as
 * Markdown, and W3C Web Annotations read in, from this edition or from another tool.
 */
import {
  type ImportResult,
  parseCollection,
  type ReaderAnnotation,
  readingOrder,
  toCollection,
} from '../../lib/annotations/model.ts';
import { toMarkdown } from '../../lib/annotations/quotation.ts';
import { describe } from '../../lib/annotations/selectors.ts';
import { el } from '../dom.ts';
import { citedLocator } from './pages.ts';
import { place, textOf } from './passages.ts';
import { annotations, PAPER } from './state.ts';

/** Saves the reader's annotations as a W3C Web Annotation collection. */
export function exportW3C(): void {
  const file = toCollection(
    annotations.all,
    PAPER,
    'My notes on Ikenberry and Tsuchiyama, “Between Balance of Power and Community”',
  );
  download(
    'ikenberry-tsuchiyama-notes.json',
    'application/ld+json',
    `${JSON.stringify(file, null, 2)}\n`,
  );
}

/** Saves the reader's annotations as Markdown, in reading order. */
export function exportMarkdown(): void {
  const md = toMarkdown(
    [...annotations.all].sort(readingOrder),
    PAPER,
    new Date().toISOString().slice(0, 10),
    citedLocator,
  );
  download('ikenberry-tsuchiyama-notes.md', 'text/markdown', md);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Reads a W3C Web Annotation file's text: its annotations, each target that named no paragraph
 * given the one where its words stand now, or the reasons it was refused.
 */
export function readCollection(text: string): ImportResult {
  const result = parseCollection(text, PAPER, new Date().toISOString());
  return result.ok ? { ...result, annotations: result.annotations.map(resolveRoots) } : result;
}

/**
 * Gives a target that named no paragraph (a quote on the paper as a whole, from another tool)
 * the paragraph or note where it stands now, with a position, so that it is found there later.
 */
function resolveRoots(a: ReaderAnnotation): ReaderAnnotation {
  const targets = a.targets.map((t) => {
    if (t.root) return t;
    const { root, anchor } = place(t);
    const passage = document.getElementById(root);
    if (!anchor.placed || !passage) return t;
    return describe(root, textOf(passage).plain.text, anchor.start, anchor.end);
  });
  return { ...a, targets };
}
