/**
 * `<search-launcher code="/search-ui.js">`: search on every page, at almost no cost on load. It
 * wraps the header's Search link, which then opens the search dialog, and so do `/` and
 * Ctrl/Cmd-K. The interface itself (search-ui.ts with Pagefind, bundled to the address in `code`
 * by src/integrations/lazy-code.ts) loads only then. Arriving from a result (`?q=` in the
 * address), the page loads it to mark the words. On the search page (`<search-page>`), the link
 * stays a link and the shortcuts go to the page's own field.
 */
type SearchUi = typeof import('./search-ui.ts');

let ui: Promise<SearchUi> | undefined;

/** The search interface, loaded once. */
function loadSearchUi(): Promise<SearchUi> {
  const code = document.querySelector('search-launcher')?.getAttribute('code') ?? '';
  ui ??= import(/* @vite-ignore */ code) as Promise<SearchUi>;
  return ui;
}

/** Letters typed between the shortcut and the dialog's opening, handed to the dialog. */
let typed: string | undefined;

function typing(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/** The search page's own field, when this is the search page. */
function searchPageField(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('search-page input[name=q]');
}

function onKeydown(event: KeyboardEvent): void {
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
  const field = searchPageField();
  if (field) {
    field.focus();
    return;
  }
  typed = '';
  void loadSearchUi().then((m) => {
    m.openDialog(null, typed);
    typed = undefined;
  });
}

class SearchLauncher extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link || searchPageField()) return;
    // With this script the link opens a dialog: say so, and let Space press it like a button.
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('keydown', (event) => {
      if (event.key !== ' ') return;
      event.preventDefault();
      link.click();
    });
    link.addEventListener('click', (event) => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      void loadSearchUi().then((m) => m.openDialog(link));
    });
  }
}

customElements.define('search-launcher', SearchLauncher);
document.addEventListener('keydown', onKeydown);
if (!searchPageField() && new URLSearchParams(location.search).has('q'))
  void loadSearchUi().then((m) => m.highlight());
