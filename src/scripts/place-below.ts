/**
 * Puts a floating element (absolutely positioned in the page) `gap` px below a box given in
 * viewport coordinates, its left edge at the box's, moved left as far as needed to end 8 px inside
 * the screen, but never past 8 px from the left: link previews (previews.ts) and the selection
 * toolbar (annotations/toolbar.ts). The element must be shown, and its width set, first.
 */
export function placeBelow(el: HTMLElement, box: DOMRect, gap: number): void {
  const page = document.documentElement.clientWidth;
  const left = Math.max(8, Math.min(box.left, page - el.offsetWidth - 8));
  el.style.left = `${left + window.scrollX}px`;
  el.style.top = `${box.bottom + window.scrollY + gap}px`;
}
