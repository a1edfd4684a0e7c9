/**
 * Wires the previews to hover, focus and Esc. The previews' code (/previews.js, bundled by
 * src/integrations/lazy-scripts.ts) and their texts (/previews.json) load on the first hover or
 * focus of a previewable link. Esc is caught first here, so that it hides a preview before it
 * closes anything else.
 */
type Previews = typeof import('./previews.ts');

/** Bundled at a stable address by src/integrations/lazy-scripts.ts (a variable: Vite leaves it be). */
const CODE = '/previews.js';

let loaded: Previews | undefined;
let loading: Promise<Previews> | undefined;

function previews(): Promise<Previews> {
  loading ??= (import(/* @vite-ignore */ CODE) as Promise<Previews>).then((m) => (loaded = m));
  return loading;
}

/** Links that have a preview: concepts, cases, cited works, note references. */
const PREVIEWABLE =
  'a[href^="/concepts/"], a[href^="/cases/"], a[href^="/sources/"], a[role=doc-noteref]';

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(PREVIEWABLE) : null;
}

function show(event: Event): void {
  const link = linkOf(event.target);
  if (link) void previews().then((m) => m.showPreview(link));
}

function leave(event: Event): void {
  const link = linkOf(event.target);
  const to = (event as FocusEvent | PointerEvent).relatedTarget;
  if (link && !(to instanceof Node && link.contains(to)))
    void previews().then((m) => m.scheduleHide());
}

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
