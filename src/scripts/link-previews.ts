/**
 * `<link-previews code="/previews.js" entries="/concepts/ /cases/ /sources/">`: wires the
 * previews of concepts, cases and cited works (links into the `entries` folders) and of the works
 * a note cites to hover, focus and Esc. The previews' code (previews.ts, bundled to the address in
 * `code` by src/integrations/lazy-scripts.ts) and their texts (/previews.json) load on the first
 * hover or focus of a previewable link. Esc is caught first here, so that it hides a preview
 * before it closes anything else. The element holds the tooltip.
 */
type Previews = typeof import('./previews.ts');

let host: HTMLElement;
let loaded: Previews | undefined;
let loading: Promise<Previews> | undefined;
/** Links that have a preview: note references, and links into the entries' folders. */
let previewable = 'a[role=doc-noteref]';

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
  const link = linkOf(event.target);
  const to = (event as FocusEvent | PointerEvent).relatedTarget;
  if (link && !(to instanceof Node && link.contains(to)))
    void previews().then((m) => m.scheduleHide());
}

/** Wires the previews to the page, with the tooltip inside `element`. */
function wire(element: HTMLElement): void {
  host = element;
  previewable += (element.getAttribute('entries') ?? '').replace(/\S+/g, ',a[href^="$&"]');
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
}

customElements.define(
  'link-previews',
  class extends HTMLElement {
    connectedCallback(): void {
      wire(this);
    }
  },
);
