/**
 * `<quotation-link>`: when the page is opened from a quotation link (`?quote=…#p12`, made by the
 * toolbar's "Copy link"), the words it asks for are marked and focused, or, when they are no
 * longer there, the reader lands on the paragraph and is told so; a link to a paragraph or note
 * the paper does not have (`#p99999`, `#p0`) is answered so. The element holds what a screen
 * reader says of those marks.
 */
import { locatorOf } from '../../lib/annotations/selectors.ts';
import { readQuoteLink } from '../../lib/annotations/quotation.ts';
import { announce } from '../announce.ts';
import { el, withAttributes } from '../dom.ts';
import { passageLabel, parsePassageId } from '../../lib/site/ids.ts';
import { place, roots, textOf, wrap } from './passages.ts';

/** The id of the marks' description (`aria-describedby`). */
const DESCRIPTION = 'an-d-link';

export class QuotationLink extends HTMLElement {
  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    this.dataset['anUi'] = '';
    this.append(el('span', { id: DESCRIPTION, hidden: true }, 'linked quotation'));
    markQuotedWords();
    // A passage named in the address bar of the open page.
    window.addEventListener('hashchange', () => {
      const id = location.hash.slice(1);
      const passage = parsePassageId(id);
      if (passage && !document.getElementById(id)) markQuotedWords();
    });
  }
}

customElements.define('quotation-link', QuotationLink);

/** The marks of a quotation link, made on words [start, end) of a passage. */
function markWords(passage: HTMLElement, start: number, end: number): HTMLElement[] {
  return wrap(passage, start, end, () =>
    withAttributes(el('mark'), { 'data-an-link': '', 'aria-describedby': DESCRIPTION }),
  );
}

/** How many passages a range may run over: the whole paper, not more. */
const MAX_RANGE = 400;

/** Marks a range's words: from `start` in the first passage to `end` in it or one after. */
function markRange(all: HTMLElement[], from: number, start: string, end: string): HTMLElement[] {
  const first = all[from];
  const text = first ? textOf(first).plain.text : '';
  const s = text.indexOf(start);
  if (!first || s < 0) return [];
  for (let i = from; i < Math.min(all.length, from + MAX_RANGE); i++) {
    const passage = all[i];
    if (!passage) break;
    const words = i === from ? text : textOf(passage).plain.text;
    const e = words.indexOf(end, i === from ? s + start.length : 0);
    if (e < 0) continue;
    const marks = markWords(first, s, i === from ? e + end.length : text.length);
    for (let j = from + 1; j < i; j++) {
      const between = all[j];
      if (between) marks.push(...markWords(between, 0, textOf(between).plain.text.length));
    }
    if (i > from) marks.push(...markWords(passage, 0, e + end.length));
    return marks;
  }
  return [];
}

/** Marks the words the address asks for, if it is a quotation link; says so if it points nowhere. */
function markQuotedWords(): void {
  const id = location.hash.slice(1);
  const passage = parsePassageId(id);
  if (passage && !document.getElementById(id)) {
    announce(
      `${passageLabel(passage.kind, passage.n)} is not in the paper: this link points to no passage of it.`,
      true,
    );
    return;
  }
  const asked = readQuoteLink(location.search, location.hash);
  if (!asked) return;
  const all = roots();
  const from = all.findIndex((p) => p.id === asked.root);
  if (from < 0) return;
  const marks: HTMLElement[] = [];
  if ('start' in asked) marks.push(...markRange(all, from, asked.start, asked.end));
  // One quote per passage, from the one the link names on (links made before ranges).
  else
    asked.quotes.forEach((quote, i) => {
      const passage = all[from + i];
      if (!passage) return;
      const { anchor } = place({
        root: passage.id,
        quote: { type: 'TextQuoteSelector', exact: quote },
      });
      if (!anchor.placed || anchor.method === 'approximate') return;
      marks.push(...markWords(passage, anchor.start, anchor.end));
    });
  const target = marks[0] ?? all[from];
  if (!target) return;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  const where = locatorOf([asked.root]);
  if (marks.length === 0) {
    announce(
      `The quoted words were not found in ${where}; this is the paragraph the link points to.`,
      true,
    );
  } else announce(`The linked words are marked (${where}).`);
}
