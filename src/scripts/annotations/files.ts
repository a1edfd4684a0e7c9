/**
 * The files of My notes (panel.ts): the reader's annotations out as W3C Web Annotations or as
 * Markdown, what was set aside out as it was stored, and W3C Web Annotations read in, from this
 * edition or from another tool, with a report of what was imported and what refused.
 */
import {
  parseCollection,
  type ReaderAnnotation,
  readingOrder,
  toCollection,
} from '../../lib/annotations/model.ts';
import { toMarkdown } from '../../lib/annotations/quotation.ts';
import { describe } from '../../lib/annotations/selectors.ts';
import { mergeById } from '../../lib/annotations/stored.ts';
import { el } from '../dom.ts';
import { citedLocator } from './pages.ts';
import { place, textOf } from './passages.ts';
import { annotations, PAPER } from './state.ts';
import { readStored } from '../storage.ts';
import { KEY, MAX_CHARS, setAsideItems } from './store.ts';

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

/**
 * Saves what was set aside, each item's text as it was stored, with when and why; and, while the
 * damaged list could not be copied aside (`annotations.locked`), that list as it stands.
 */
export function exportSetAside(): void {
  const items = setAsideItems();
  if (annotations.locked)
    items.push({
      found: new Date().toISOString(),
      reason: 'the stored notes as they stand',
      text: readStored(KEY) ?? '',
    });
  download(
    'ikenberry-tsuchiyama-notes-set-aside.json',
    'application/json',
    `${JSON.stringify(items, null, 2)}\n`,
  );
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** What an import did: a line for the panel's status, and what to show as refused. */
export interface ImportReport {
  status: string;
  errors: Node[];
}

/** How many refusals the panel lists; the rest are counted. */
const LISTED = 20;

/** A list of refusals, the first LISTED of them, and how many more. */
function reasons(all: readonly string[]): HTMLUListElement {
  const more = all.length - LISTED;
  return el(
    'ul',
    {},
    ...all.slice(0, LISTED).map((e) => el('li', {}, e)),
    ...(more > 0 ? [el('li', {}, `and ${more} more.`)] : []),
  );
}

/**
 * Imports a W3C Web Annotation file: each annotation within the limits and on this edition's
 * paper is added (placed in slices, so that the page never stands still), each other one refused
 * with its reason; all of it said in the panel, never in a toast.
 */
export async function importFile(file: File): Promise<ImportReport> {
  const nothing = (why: string, ...more: Node[]): ImportReport => ({
    status: '',
    errors: [
      el('p', {}, `Nothing was imported from ${file.name}; your notes are unchanged. ${why}`),
      ...more,
    ],
  });
  if (file.size > MAX_CHARS)
    return nothing('The file is larger than 2 MB, too large for notes kept in a browser.');
  const result = parseCollection(await file.text(), PAPER, new Date().toISOString());
  if (!result.ok) return nothing('', reasons(result.errors));
  const { total, refused } = result;
  const resolved: ReaderAnnotation[] = [];
  let slice = performance.now();
  for (const a of result.annotations) {
    if (performance.now() - slice > 12) {
      await new Promise((done) => setTimeout(done));
      slice = performance.now();
    }
    resolved.push(resolveRoots(a));
  }
  const existing = annotations.all;
  const { added, skipped } = mergeById(existing, resolved);
  const ids = new Set(existing.map((a) => a.id));
  const fresh = resolved.filter((a) => !ids.has(a.id));
  const count = `${refused.length} of ${total} refused`;
  if (added === 0 && refused.length > 0) return nothing(`${count}:`, reasons(refused));
  const why = fresh.length > 0 ? annotations.change(fresh) : undefined;
  if (why) return nothing(`Its ${fresh.length} new annotations could not be kept: ${why}`);
  await document.querySelector('annotation-marks')?.settled();
  const marks = document.querySelector('annotation-marks');
  const lost = fresh.filter((a) => marks?.reasonNotPlaced(a.id)).length;
  return {
    status: [
      `Imported ${added} of ${total} from ${file.name}.`,
      skipped ? `${skipped} already here (same id), skipped.` : '',
      refused.length ? `${count}, listed below.` : '',
      lost ? `${lost} could not be placed in the text; they are kept and listed below.` : '',
    ]
      .filter(Boolean)
      .join(' '),
    errors: refused.length ? [el('p', {}, `Refused (${count}):`), reasons(refused)] : [],
  };
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
