/**
 * The editor's commentary opened in place on /paper/ (loaded with notes-in-place.ts on the first
 * press of a mark). A mark is a link to its ¶'s notes on /commentary/; on its first press that
 * page is fetched (once, for every mark) and the ¶'s notes are copied into a panel after the mark,
 * in its margin column: in the margin on wide screens, in the flow below the paragraph on narrow
 * ones. From then on the mark controls the panel as a note reference controls its note
 * (notes-in-place.ts: a second press, the ×, or Esc closes it and gives focus back to the mark).
 */
import css from '../styles/commentary-in-place.css?inline';
import { el, withAttributes } from './dom.ts';
import { adoptStylesheet } from './stylesheet.ts';

let page: Promise<Document> | undefined;

/** The /commentary/ page, fetched once; a failed fetch is tried again on the next press. */
function commentaryPage(address: string): Promise<Document> {
  page ??= fetch(address.replace(/#.*$/, ''))
    .then((response) => {
      if (!response.ok) throw new Error(`${address}: ${response.status}`);
      return response.text();
    })
    // The page's main part only: its head's inline styles, parsed, would meet the Content Security
    // Policy (which Chromium reports even for a parsed document that applies nothing).
    .then((html) => {
      const main = html.slice(html.indexOf('<main'), html.indexOf('</main>') + 7);
      return new DOMParser().parseFromString(main, 'text/html');
    });
  page.catch(() => (page = undefined));
  return page;
}

/**
 * The panel of a mark's notes, made on its first press and placed after the mark; undefined when
 * the notes cannot be had (the page could not be fetched): the mark's own link then leads there.
 */
export async function commentaryPanel(mark: HTMLAnchorElement): Promise<HTMLElement | undefined> {
  adoptStylesheet(css);
  const group = await commentaryPage(mark.href).then(
    (doc) => doc.getElementById(mark.hash.slice(1)),
    () => null,
  );
  if (!group) return undefined;
  const id = `ed-commentary-${mark.hash.slice(1)}`;
  const panel = withAttributes(
    el(
      'div',
      { className: 'commentary-open', id },
      el('button', {
        className: 'close-note',
        type: 'button',
        textContent: '×',
        ariaLabel: 'Close the editor’s commentary',
        onclick: () => mark.click(),
      }),
      el('p', { className: 'commentary-label' }, 'Editor’s commentary'),
      ...[...group.querySelectorAll('article')].map((a) => document.importNode(a, true)),
    ),
    { role: 'note', 'aria-label': mark.getAttribute('aria-label') ?? 'Editor’s commentary' },
  );
  mark.after(panel);
  mark.setAttribute('aria-controls', id);
  // The margin notes are placed on resize (edition-notes.ts): again whenever the panel opens or closes.
  new MutationObserver(() => window.dispatchEvent(new Event('resize'))).observe(panel, {
    attributeFilter: ['class'],
  });
  return panel;
}
