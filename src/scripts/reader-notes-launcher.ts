/**
 * `<reader-notes code="/annotations.js">` on /paper/: the "My notes" button (shown by
 * page-tools-wake.ts, so that without JavaScript the layer is simply absent) and the loader of
 * the reader's annotation layer (src/scripts/annotations/main.ts, at the address in `code`).
 * Loaded with the page's tools (page-tools.ts), which load at once when this browser holds
 * annotations (store.ts removes its key when the last one goes) or the address is a quotation
 * link (`?quote=`) or names a passage the paper does not have (`#p0`, which the layer answers),
 * and on the first selection; the layer then loads too, and on the button's
 * first press.
 */
import { KEY } from './annotations/store.ts';
import { namesMissingPassage } from './tool-triggers.ts';

type Layer = typeof import('./annotations/main.ts');

let layer: Promise<Layer> | undefined;

function load(element: Element): Promise<Layer> {
  layer ??= (import(/* @vite-ignore */ element.getAttribute('code') ?? '') as Promise<Layer>).then(
    (m) => (m.start(), m),
  );
  return layer;
}

function stored(): boolean {
  try {
    return namesMissingPassage() || /[?&]quote=/.test(location.search) || !!localStorage[KEY];
  } catch {
    // Storage turned off (it throws then): nothing stored.
    return false;
  }
}

customElements.define(
  'reader-notes',
  class extends HTMLElement {
    connectedCallback(): void {
      this.querySelector('button')?.addEventListener('click', () => void openPanel(this));
      const selected = () => getSelection()?.isCollapsed === false;
      document.addEventListener('selectionchange', () => selected() && load(this));
      if (stored() || selected()) void load(this);
    }
  },
);

function openPanel(element: Element): Promise<void> {
  return load(element).then((m) => m.openPanel());
}

/** An event that came before this code: a press of the button. */
export function replay(event: Event): void {
  const target = event.target instanceof Element ? event.target : null;
  const button = target?.closest('reader-notes>button');
  if (event.type === 'click' && button?.parentElement) void openPanel(button.parentElement);
}
