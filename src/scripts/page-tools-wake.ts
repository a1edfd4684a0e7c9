/**
 * `<page-tools code="/page-tools.js" entries="/concepts/ /cases/ /sources/">`, at the end of every
 * page (Layout.astro). The page's tools (previews of concepts, cases, works and notes; the search
 * dialog and its shortcuts; the Settings and My notes buttons) wait here for the first event that
 * concerns them, then load from `code` (page-tools.ts) and take over the page's events, with those
 * that came while they loaded. What concerns them: a hover, focus, press or tap of a link with a
 * preview or of one of their controls, a search shortcut, a selection of text; and, at once, an
 * address or a store that gives them work (`?q=`, `?quote=`, a missing `#p0`, stored notes). A page that is only
 * read loads none of it (the paper's byte budget); the element also holds the previews' tooltip.
 *
 * The page's other wait is here too, where it compresses with this one: `<reading-position
 * code="/reading-position.js">` on /paper/ (ReadingPosition.astro) loads its code at once when a
 * place is stored or the page is already scrolled (an address with a #passage), else on the
 * reader's first scroll, which came before the code's own listener and is told to it again.
 */
import { KEY } from './annotations/store.ts';
import { STORAGE_KEY as POSITION_KEY } from './reading-position-key.ts';
import {
  CONTROLS,
  NOTE_REFS,
  isPlainClick,
  isSearchShortcut,
  namesMissingPassage,
  previewLinks,
} from './tool-triggers.ts';

type PageTools = typeof import('./page-tools.ts');

/** The events the tools answer; `pointerdown` tells a finger from a mouse. */
const EVENTS = [
  'pointerdown',
  'pointerover',
  'focusin',
  'pointerout',
  'focusout',
  'click',
  'keydown',
];

const host = document.querySelector<HTMLElement>('page-tools');
const links = previewLinks(host?.getAttribute('entries') ?? '');
let loading: Promise<void> | undefined;
let pointer = '';
/** The events from the first that concerns the tools to their start, handed to them in order. */
const early: Event[] = [];

function load(): void {
  const element = host;
  if (!element) return;
  loading ??= (
    import(/* @vite-ignore */ element.getAttribute('code') ?? '') as Promise<PageTools>
  ).then((tools) => {
    for (const type of EVENTS) document.removeEventListener(type, wait, true);
    document.removeEventListener('selectionchange', select);
    tools.start(element, links, pointer, early);
  });
}

function wait(event: Event): void {
  if (event.type === 'pointerdown') pointer = (event as PointerEvent).pointerType;
  const target = event.target instanceof Element ? event.target : null;
  const control = target?.closest(CONTROLS);
  const link = target?.closest(links);
  const shortcut = event.type === 'keydown' && isSearchShortcut(event as KeyboardEvent);
  if (!control && !link && !shortcut && !loading) return;
  // What the tools will do instead of the browser, held now: a shortcut, a press of the Search
  // link (the dialog opens), a tap on an entry (its preview shows before the page is left).
  if (
    shortcut ||
    (event.type === 'click' &&
      (control
        ? isPlainClick(event as MouseEvent)
        : pointer === 'touch' && link && !link.matches(NOTE_REFS)))
  )
    event.preventDefault();
  early.push(event);
  load();
}

function select(): void {
  if (getSelection()?.isCollapsed === false) load();
}

// Caught first, before any handler of the page's own can stop them.
for (const type of EVENTS) document.addEventListener(type, wait, true);
document.addEventListener('selectionchange', select);
for (const control of document.querySelectorAll<HTMLElement>(CONTROLS)) control.hidden = false;
const position = document.querySelector('reading-position');
// Told again of the scroll that loaded it (an event listener's argument), and only of that: a
// scroll it did not see would count as the reader's and move the stored place.
const follow = (scroll?: Event) =>
  void import(/* @vite-ignore */ position?.getAttribute('code') ?? '').then(
    () => scroll && dispatchEvent(new Event('scroll')),
  );
let placed: string | undefined;
try {
  if (namesMissingPassage() || /[?&](q|quote)=/.test(location.search) || localStorage[KEY]) load();
  placed = localStorage[POSITION_KEY];
} catch {
  // Storage turned off (it throws then): nothing stored.
}
if (position) {
  if (placed || scrollY) follow();
  else addEventListener('scroll', follow, { once: true, passive: true });
}
