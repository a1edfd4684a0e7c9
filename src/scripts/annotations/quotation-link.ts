/**
 * `<quotation-link>`: when the page is opened from a quotation link (`?quote=…#p12`, made by the
 * toolbar's "Copy link"), the words it asks for are marked and focused, or, when they are no
 * longer there, the reader lands on the paragraph and is told so. The element holds what a
 * screen reader says of those marks.
 */
import { locatorOf } from '../../lib/annotations/selectors.ts';
import { readQuoteLink } from '../../lib/annotations/quotation.ts';
import { announce } from '../announce.ts';
import { el, withAttributes } from '../dom.ts';
import { place, roots, wrap } from './passages.ts';

/** The id of the marks' description (`aria-describedby`). */
const DESCRIPTION = 'an-d-link';

export class QuotationLink extends HTMLElement {
  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    this.dataset['anUi'] = '';
    this.append(el('span', { id: DESCRIPTION, hidden: true }, 'linked quotation'));
    markQuotedWords();
  }
}

customElements.define('quotation-link', QuotationLink);

/** Marks the words the address asks for, if it is a quotation link. */
function markQuotedWords(): void {
  const asked = readQuoteLink(location.search, location.hash);
  if (!asked) return;
  const all = roots();
  const from = all.findIndex((p) => p.id === asked.root);
  if (from < 0) return;
  const marks: HTMLElement[] = [];
  // One quote per passage, from the one the link names on.
  asked.quotes.forEach((quote, i) => {
    const passage = all[from + i];
    if (!passage) return;
    const { anchor } = place({
      root: passage.id,
      quote: { type: 'TextQuoteSelector', exact: quote },
    });
    if (!anchor.placed || anchor.method === 'approximate') return;
    marks.push(
      ...wrap(passage, anchor.start, anchor.end, () =>
        withAttributes(el('mark'), { 'data-an-link': '', 'aria-describedby': DESCRIPTION }),
      ),
    );
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
