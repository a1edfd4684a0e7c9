/**
 * What concerns the page's tools (page-tools-wake.ts, page-tools.ts): the links that have a
 * preview, the tools' own controls, the search shortcuts. Shared by the on-load wait and the
 * tools themselves, so that both answer the same events.
 */

/** Note references, which have a preview wherever they stand. */
export const NOTE_REFS = 'a[role=doc-noteref]';

/**
 * The tools' controls, hidden in the markup (without JavaScript they would do nothing) and shown
 * on load: the header's Search link, the Settings and My notes buttons.
 */
export const CONTROLS = 'search-launcher a,reader-settings>button,reader-notes>button';

/** Links that have a preview: note references, and links into the `entries` folders. */
export function previewLinks(entries: string): string {
  return NOTE_REFS + entries.replace(/\S+/g, ',a[href^="$&"]');
}

/** Whether the reader is typing in a field, where `/` is a letter. */
export function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** Ctrl/Cmd-K anywhere, or `/` outside a field: open search. */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  return (
    (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
    (event.key === '/' && !typing(event.target))
  );
}

/** Whether the address names a passage the paper does not have (`#p0`), which the notes layer answers. */
export function namesMissingPassage(): boolean {
  return /^#[pn]\d+$/.test(location.hash) && !document.querySelector(location.hash);
}

/** A plain press of the main button, which a tool may answer instead of the browser. */
export function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey;
}
