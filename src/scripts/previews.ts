/**
 * Previews of concepts, cases and cited works (and, on wide screens, of the works a note cites),
 * loaded only when a reader first hovers or focuses such a link. One tooltip serves the page
 * (WCAG 1.4.13): it shows on hover and on keyboard focus, stays while the pointer is over it,
 * and Esc dismisses it without moving focus. Without JavaScript the links lead to the entry pages.
 * Part of the page's tools (page-tools.ts), which `<page-tools>` loads on the first hover, focus
 * or tap of such a link and which hand over the page's events (`start`); from then on they are
 * handled here.
 */
import { noteOfHash } from '../lib/site/ids.ts';
import { entryOf, FILES, url } from '../lib/site/routes.ts';
import panelCss from '../styles/floating-panel.css?inline';
import css from '../styles/previews.css?inline';
import { placeBelow } from './place-below.ts';
import { adoptStylesheet } from './stylesheet.ts';
import { isWideScreen } from './wide-screen.ts';

/** What /previews.json holds: short HTML by kind and id. */
interface PreviewData {
  sources: Record<string, string>;
  concepts: Record<string, string>;
  cases: Record<string, string>;
  notes: Record<string, string[]>;
}

let data: Promise<PreviewData> | undefined;
let tip: HTMLElement | undefined;
let owner: HTMLElement | undefined;
let hideTimer: number | undefined;

function load(): Promise<PreviewData> {
  data ??= fetch(url(FILES.previews)).then((r) => r.json() as Promise<PreviewData>);
  return data;
}

/** The id of the one tooltip, which a link names in `aria-describedby` while it shows. */
const TIP_ID = 'link-preview';

function tooltip(host: HTMLElement): HTMLElement {
  if (tip) return tip;
  // The tooltip brings its own styles, so that a page pays for them only once one is shown.
  adoptStylesheet(panelCss);
  adoptStylesheet(css);
  tip = document.createElement('div');
  tip.id = TIP_ID;
  tip.className = 'link-preview';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  tip.addEventListener('pointerenter', () => window.clearTimeout(hideTimer));
  tip.addEventListener('pointerleave', () => scheduleHide());
  host.append(tip);
  return tip;
}

/** The preview's HTML for a link, or undefined when there is none. */
function contentFor(link: HTMLAnchorElement, d: PreviewData): string | undefined {
  const href = link.getAttribute('href') ?? '';
  const entry = entryOf(href);
  if (entry) return d[entry.kind][entry.id];
  const n = noteOfHash(href);
  const works = n === undefined ? undefined : d.notes[n];
  return works?.length ? works.map((w) => `<p>${d.sources[w] ?? ''}</p>`).join('') : undefined;
}

function place(el: HTMLElement, anchor: HTMLElement): void {
  el.style.width = `${Math.min(360, document.documentElement.clientWidth - 16)}px`;
  placeBelow(el, anchor.getBoundingClientRect(), 6);
}

/** Whether the sidenote a reference controls is on screen. */
function inView(link: HTMLAnchorElement): boolean {
  const r = document
    .getElementById(link.getAttribute('aria-controls') ?? '')
    ?.getBoundingClientRect();
  return !!r && r.height > 0 && r.top >= 0 && r.bottom <= innerHeight;
}

/** Shows the preview of a link, in `host` (the `<page-tools>` element). */
async function showPreview(
  link: HTMLAnchorElement,
  host: HTMLElement,
  { tapped = false } = {},
): Promise<void> {
  window.clearTimeout(hideTimer);
  // On narrow screens a note reference opens its note in place: no preview over it.
  // On wide screens, none over a note that already stands in view in the margin.
  if (link.getAttribute('role') === 'doc-noteref' && (!isWideScreen() || inView(link))) return;
  const html = contentFor(link, await load());
  if (!html) return;
  const el = tooltip(host);
  hidePreview();
  el.innerHTML = html;
  // A tap shows the preview first: the way on to the entry is then a link inside it.
  if (tapped && entryOf(link.getAttribute('href') ?? '')) {
    const more = document.createElement('p');
    more.append(
      Object.assign(document.createElement('a'), { href: link.href, textContent: 'Open the page' }),
    );
    el.append(more);
  }
  el.hidden = false;
  place(el, link);
  owner = link;
  link.setAttribute('aria-describedby', TIP_ID);
}

/** Hides the preview; true when one was showing. */
function hidePreview(): boolean {
  window.clearTimeout(hideTimer);
  if (!tip || tip.hidden) return false;
  tip.hidden = true;
  owner?.removeAttribute('aria-describedby');
  owner = undefined;
  return true;
}

/** Hides after a short delay, so that the pointer can move from the link onto the preview. */
function scheduleHide(): void {
  window.clearTimeout(hideTimer);
  hideTimer = window.setTimeout(hidePreview, 300);
}

let host: HTMLElement;
/** Links that have a preview (a CSS selector). */
let previewable: string;
/** The kind of pointer of the last press, and the entry link a tap last previewed. */
let pointer = '';
let tapped: HTMLAnchorElement | undefined;

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(previewable) : null;
}

function show(event: Event): void {
  const link = linkOf(event.target);
  if (link) void showPreview(link, host);
}

function leave(event: Event): void {
  // A finger leaves the link as soon as it lifts: a tapped preview stays until the next tap.
  if ((event as PointerEvent).pointerType === 'touch') return;
  const link = linkOf(event.target);
  const to = (event as FocusEvent | PointerEvent).relatedTarget;
  if (link && !(to instanceof Node && link.contains(to))) scheduleHide();
}

/**
 * On a touch screen, the first tap on a concept, case or source shows its preview (with a link on
 * to the page) instead of leaving the paper; a second tap on it goes there; a tap elsewhere
 * closes the preview.
 */
function tap(event: MouseEvent): void {
  if (pointer !== 'touch') return;
  const link = linkOf(event.target);
  if (!link || link.getAttribute('role') === 'doc-noteref') {
    if (!(event.target instanceof Node && host.contains(event.target))) hidePreview();
    tapped = undefined;
    return;
  }
  if (tapped === link) return;
  event.preventDefault();
  tapped = link;
  void showPreview(link, host, { tapped: true });
}

/** What each event of the page does to the previews. */
const HANDLERS: Record<string, (event: never) => void> = {
  pointerdown: (event: PointerEvent) => (pointer = event.pointerType),
  click: tap,
  pointerover: show,
  focusin: show,
  pointerout: leave,
  focusout: leave,
};

/**
 * Takes over the previews of the page: `host` is the `<page-tools>` element, `links` the
 * links that have a preview, `pointerType` the kind of the last press, `early` the events that
 * came while this code loaded (handled now, in order).
 */
export function start(
  element: HTMLElement,
  links: string,
  pointerType: string,
  early: readonly Event[],
): void {
  host = element;
  previewable = links;
  pointer = pointerType;
  for (const [type, handler] of Object.entries(HANDLERS))
    document.addEventListener(type, handler as (event: Event) => void, {
      // The kind of pointer is known before any handler of the press runs.
      capture: type === 'pointerdown',
    });
  // Caught first, so that Esc hides a preview before it closes anything else.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && hidePreview()) event.stopPropagation();
    },
    { capture: true },
  );
  for (const event of early)
    (HANDLERS[event.type] as ((event: Event) => void) | undefined)?.(event);
}
