/**
 * `<cite-today date="2026-11-30">`: the Cite page's citations accessed today. The page is built
 * with the date of the content as the access date (all a static page can know) and says so; this
 * element puts the reader's today in its place, in every block shown and so in what is copied,
 * and shows the sentence that says so instead.
 */
import { today, withAccessDate } from '../lib/citation/access-date.ts';

class CiteToday extends HTMLElement {
  connectedCallback(): void {
    const date = this.getAttribute('date') ?? '';
    const now = today();
    for (const block of this.querySelectorAll<HTMLElement>('.copy pre, .copy .citation')) {
      // A style's block holds our build's safe HTML (citation-html.ts); only a date changes.
      if (block.matches('pre')) block.textContent = withAccessDate(block.textContent, date, now);
      else block.innerHTML = withAccessDate(block.innerHTML, date, now);
    }
    for (const part of this.querySelectorAll<HTMLElement>('[data-today]')) {
      part.hidden = false;
      const shown = part.querySelector('time');
      if (shown) Object.assign(shown, { dateTime: now, textContent: now });
    }
    for (const part of this.querySelectorAll<HTMLElement>('[data-content-date]'))
      part.hidden = true;
  }
}

customElements.define('cite-today', CiteToday);
