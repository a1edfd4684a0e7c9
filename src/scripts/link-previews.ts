/**
 * `<link-previews code="/previews.js" entries="/concepts/ /cases/ /sources/">`: wires the
 * previews of concepts, cases and cited works (links into the `entries` folders) and of the works
 * a note cites to hover, focus and Esc. The previews' code (previews.ts, bundled to the address in
 * `code` by src/integrations/lazy-code.ts) and their texts (/previews.json) load on the first
 * hover or focus of a previewable link. Esc is caught first here, so that it hides a preview
 * before it closes anything else. The element holds the tooltip.
 */
type Previews = typeof import('./previews.ts');

let host: HTMLElement;
let loaded: Previews | undefined;
let loading: Promise<Previews> | undefined;
/** Note references, which have a preview wherever they stand. */
const NOTE_REFS = 'a[role=doc-noteref]';
/** Links that have a preview: note references, and links into the entries' folders. */
let previewable = NOTE_REFS;

function previews(): Promise<Previews> {
  loading ??= (
    import(/* @vite-ignore */ host.getAttribute('code') ?? '') as Promise<Previews>
  ).then((m) => (loaded = m));
  return loading;
}

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(previewable) : null;
}

function show(event: Event): void {
  const link = linkOf(event.target);
  if (link) void previews().then((m) => m.showPreview(link, host));
}

function leave(event: Event): void {
  // A finger leaves the link as soon as it lifts: a tapped preview stays until the next tap.
  if ((event as PointerEvent).pointerType === 'touch') return;
  const link = linkOf(event.target);
  const to = (event as FocusEvent | PointerEvent).relatedTarget;
  if (link && !(to instanceof Node && link.contains(to)))
    void previews().then((m) => m.scheduleHide());
}

/** The kind of pointer of the last press, and the entry link a tap last previewed. */
let pointer = '';
let tapped: HTMLAnchorElement | undefined;

/**
 * On a touch screen, the first tap on a concept, case or source shows its preview (with a link on
 * to the page) instead of leaving the paper; a second tap on it goes there; a tap elsewhere
 * closes the preview.
 */
function tap(event: MouseEvent): void {
  if (pointer !== 'touch') return;
  const link = linkOf(event.target);
  if (!link || link.getAttribute('role') === 'doc-noteref') {
    if (!(event.target instanceof Node && host.contains(event.target))) loaded?.hidePreview();
    tapped = undefined;
    return;
  }
  if (tapped === link) return;
  event.preventDefault();
  tapped = link;
  void previews().then((m) => m.showPreview(link, host, { tapped: true }));
}

/** Makes `element` the previews' host; its `entries` name the folders whose links have one. */
function connect(element: HTMLElement): void {
  host = element;
  // Set, not added to: an element connected again (moved in the page) names the same links.
  previewable =
    NOTE_REFS + (element.getAttribute('entries') ?? '').replace(/\S+/g, ',a[href^="$&"]');
}

customElements.define(
  'link-previews',
  class extends HTMLElement {
    connectedCallback(): void {
      connect(this);
    }
  },
);
// The page's listeners, once for the page, whichever element hosts the previews.
document.addEventListener('pointerdown', (e) => (pointer = e.pointerType), { capture: true });
document.addEventListener('click', tap);
document.addEventListener('pointerover', show);
document.addEventListener('focusin', show);
document.addEventListener('pointerout', leave);
document.addEventListener('focusout', leave);
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key === 'Escape' && loaded?.hidePreview()) event.stopPropagation();
  },
  { capture: true },
);
