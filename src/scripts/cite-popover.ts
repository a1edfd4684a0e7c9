/**
 * The cite popover of /paper/: a ¶ number or a note's "cite" link, pressed, opens beside it the
 * passage's citation in Chicago, APA and MLA with its pinpoint ("p. 5, ¶ 12"), set as each style
 * sets it and accessed today, a Copy button for each, a button that copies the passage's link, and a link to the Cite page for every format.
 * A native popover: Esc or a press outside closes it, and focus goes back to the control that
 * opened it. Loaded with notes-in-place.ts on the first such press; the templates come from
 * /cite.json, as on the Cite page.
 */
import { parsePassageId, passageLabel } from '../lib/site/ids.ts';
import { FILES, PAGES, url } from '../lib/site/routes.ts';
import { STYLE_FORMATS } from '../lib/citation/styles.ts';
import css from '../styles/cite-popover.css?inline';
import { announce } from './announce.ts';
import { el, withAttributes } from './dom.ts';
import { type CitationTemplates, fillCitation } from './passage-citation.ts';
import { placeBelow } from './place-below.ts';
import { adoptStylesheet } from './stylesheet.ts';

const ID = 'cite-popover';

let templates: Promise<CitationTemplates> | undefined;
let popover: HTMLElement | undefined;
/** The control that opened the popover, to which focus returns. */
let opener: HTMLElement | undefined;

function copy(text: string, what: string): void {
  void navigator.clipboard?.writeText(text).then(
    () => announce(`${what} copied`),
    () => announce(`Could not copy: select the text and copy it`),
  );
}

/** The one popover of the page, made on first use. */
function popoverElement(): HTMLElement {
  if (popover) return popover;
  adoptStylesheet(css);
  popover = withAttributes(el('div', { id: ID, className: ID, tabIndex: -1 }), {
    popover: 'auto',
    role: 'dialog',
    'aria-labelledby': `${ID}-title`,
  });
  popover.addEventListener('toggle', (event) => {
    if ((event as ToggleEvent).newState !== 'closed') return;
    opener?.setAttribute('aria-expanded', 'false');
    // Back where the reader was, unless a press outside has put focus somewhere of its own.
    const focus = document.activeElement;
    if (!focus || focus === document.body || popover?.contains(focus)) opener?.focus();
  });
  document.body.append(popover);
  return popover;
}

function render(box: HTMLElement, id: string, data: CitationTemplates): void {
  const passage = parsePassageId(id);
  if (!passage) return;
  const label = passageLabel(passage.kind, passage.n);
  const pages = data.pages[id];
  const link = new URL(`#${id}`, location.href).href;
  box.replaceChildren(
    el('h2', { id: `${ID}-title` }, `Cite ${label}`, pages ? ` (${pages})` : ''),
    ...STYLE_FORMATS.map(({ id: style, label: name }) => {
      const html = data[passage.kind].html[style] ?? '';
      // Set as the style sets it: our build's HTML, reduced to <i>, <b>, <sup>, <sub>
      // (src/lib/citation/citation-html.ts); its text is what Copy copies.
      const citation = el('p', { className: 'citation' });
      citation.innerHTML = fillCitation(data, html, `${passage.n}`, pages);
      return el(
        'section',
        {},
        el('h3', {}, name),
        citation,
        el('button', {
          type: 'button',
          textContent: 'Copy',
          ariaLabel: `Copy the ${name} citation`,
          onclick: () => copy(citation.textContent, `${name} citation`),
        }),
      );
    }),
    el(
      'p',
      { className: 'cite-more' },
      el('button', {
        type: 'button',
        textContent: `Copy link to ${label}`,
        onclick: () => copy(link, `Link to ${label}`),
      }),
      el('a', { href: `${url(PAGES.cite)}#${id}` }, 'All formats on the Cite page'),
    ),
  );
}

/** Opens the citation of passage `id` (`p12`, `n3`) beside `control`, or closes it if open. */
export function toggleCitation(control: HTMLElement, id: string): void {
  const box = popoverElement();
  if (box.matches(':popover-open') && opener === control) {
    box.hidePopover();
    return;
  }
  opener = control;
  templates ??= fetch(url(FILES.cite)).then((r) => r.json() as Promise<CitationTemplates>);
  void templates.then((data) => {
    render(box, id, data);
    if (!box.matches(':popover-open')) box.showPopover();
    control.setAttribute('aria-expanded', 'true');
    box.style.width = `${Math.min(560, document.documentElement.clientWidth - 16)}px`;
    placeBelow(box, control.getBoundingClientRect(), 6);
    box.focus({ preventScroll: true });
  });
}
