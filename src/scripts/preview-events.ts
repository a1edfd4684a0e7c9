/**
 * Wires the previews to hover, focus and Esc. The preview texts themselves (/previews.json) are
 * fetched on the first hover or focus. Esc is caught first here, so that it hides a preview
 * before it closes anything else. (The code is small and bundled with this script: a lazy chunk
 * would cost more in loader code than it saves.)
 */
import { hidePreview, scheduleHide, showPreview } from './previews.ts';

/** Links that have a preview: concepts, cases, cited works, note references. */
const PREVIEWABLE = 'a[href^="/concepts/"], a[href^="/cases/"], a[href^="/sources/"], a[role=doc-noteref]';

function linkOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>(PREVIEWABLE) : null;
}

function show(event: Event): void {
  const link = linkOf(event.target);
  if (link) void showPreview(link);
}

function leave(event: Event): void {
  const link = linkOf(event.target);
  const to = (event as FocusEvent | PointerEvent).relatedTarget;
  if (link && !(to instanceof Node && link.contains(to))) scheduleHide();
}

document.addEventListener('pointerover', show);
document.addEventListener('focusin', show);
document.addEventListener('pointerout', leave);
document.addEventListener('focusout', leave);
window.addEventListener(
  'keydown',
  (event) => {
    if (event.key === 'Escape' && hidePreview()) event.stopPropagation();
  },
  { capture: true },
);
