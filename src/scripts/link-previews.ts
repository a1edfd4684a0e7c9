/**
 * `<link-previews code="/previews.js" entries="/concepts/ /cases/ /sources/">`: the previews of
 * concepts, cases and cited works (links into the `entries` folders) and of the works a note
 * cites. On load this only waits for the first hover, focus or tap of such a link; then it loads
 * the previews' code (previews.ts, bundled to the address in `code` by
 * src/integrations/lazy-code.ts), which takes over the page's events, with those that came while
 * it loaded. The element holds the tooltip.
 */
type Previews = typeof import('./previews.ts');

/** Note references, which have a preview wherever they stand. */
const NOTE_REFS = 'a[role=doc-noteref]';
/** The page's events the previews answer; `pointerdown` tells a finger from a mouse. */
const EVENTS = ['pointerdown', 'pointerover', 'focusin', 'pointerout', 'focusout', 'click'];

let host: HTMLElement | undefined;
/** Links that have a preview: note references, and links into the entries' folders. */
let links = NOTE_REFS;
let loading: Promise<Previews> | undefined;
let pointer = '';
/** The events from the first on a link to the code's start, which it then handles in order. */
const early: Event[] = [];

function wait(event: Event): void {
  if (event.type === 'pointerdown') pointer = (event as PointerEvent).pointerType;
  const link = event.target instanceof Element ? event.target.closest(links) : null;
  if (!host || (!link && !loading)) return;
  // A tap on an entry must not leave the page before its preview has shown.
  if (event.type === 'click' && pointer === 'touch' && link && !link.matches(NOTE_REFS))
    event.preventDefault();
  early.push(event);
  const element = host;
  loading ??= (
    import(/* @vite-ignore */ element.getAttribute('code') ?? '') as Promise<Previews>
  ).then((m) => {
    for (const type of EVENTS) document.removeEventListener(type, wait, true);
    m.start(element, links, pointer, early);
    return m;
  });
}

/** Makes `element` the previews' host; its `entries` name the folders whose links have one. */
function connect(element: HTMLElement): void {
  host = element;
  // Set, not added to: an element connected again (moved in the page) names the same links.
  links = NOTE_REFS + (element.getAttribute('entries') ?? '').replace(/\S+/g, ',a[href^="$&"]');
}

customElements.define(
  'link-previews',
  class extends HTMLElement {
    connectedCallback(): void {
      connect(this);
    }
  },
);

// Once for the page, whichever element hosts the previews; caught first, before any handler
// of the page's own can stop them.
for (const type of EVENTS) document.addEventListener(type, wait, true);
