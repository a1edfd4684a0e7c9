/**
 * Search on every page, at almost no cost on load: the Search link opens the search dialog, and
 * so do `/` and Ctrl/Cmd-K; the interface itself (/search-ui.js, with Pagefind) loads only then.
 * Arriving from a result (`?q=` in the address), the page loads it to mark the matched words.
 */
type SearchUi = typeof import('./search-ui.ts');

/** Bundled by the search integration at a stable address (src/integrations/pagefind.ts). */
const UI = '/search-ui.js';
let ui: Promise<SearchUi> | undefined;
/** Letters typed between the shortcut and the dialog's opening, handed to the dialog. */
let typed: string | undefined;

function load(): Promise<SearchUi> {
  ui ??= import(/* @vite-ignore */ UI) as Promise<SearchUi>;
  return ui;
}

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

// With this script the Search link opens a dialog: say so, and let Space press it like a button.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a.search-link')) {
  if (location.pathname === '/search/') continue;
  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('keydown', (event) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    link.click();
  });
}

document.addEventListener('click', (event) => {
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLAnchorElement>('a.search-link')
      : null;
  if (
    !link ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    location.pathname === '/search/'
  )
    return;
  event.preventDefault();
  void load().then((m) => m.openDialog(link));
});

document.addEventListener('keydown', (event) => {
  if (typed !== undefined && event.key.length === 1 && !event.ctrlKey && !event.metaKey) {
    typed += event.key;
    event.preventDefault();
    return;
  }
  const shortcut =
    (event.key === 'k' && (event.ctrlKey || event.metaKey)) ||
    (event.key === '/' && !typing(event.target));
  if (!shortcut || typed !== undefined) return;
  event.preventDefault();
  // The search page has its own field: the shortcut goes there.
  const field = document.querySelector<HTMLInputElement>('form.search input[name=q]');
  if (field) {
    field.focus();
    return;
  }
  typed = '';
  void load().then((m) => {
    m.openDialog(null, typed);
    typed = undefined;
  });
});

if (location.pathname === '/search/') void load().then((m) => m.mountSearchPage());
else if (new URLSearchParams(location.search).has('q')) void load().then((m) => m.highlight());
