/**
 * `<search-launcher code="/search-ui.js">`: search on every page. It wraps the header's Search
 * link, which then opens the search dialog, and so do `/` and Ctrl/Cmd-K. Loaded with the page's
 * tools (page-tools.ts) on the first event that concerns them; the interface itself (search-ui.ts
 * with Pagefind, bundled to the address in `code` by src/integrations/lazy-code.ts) loads only
 * when opened. Arriving from a result (`?q=` in the address), the page loads it to mark the
 * words. On the search page (`<search-page>`), the link stays a link and the shortcuts go to the
 * page's own field.
 */
import { isPlainClick, isSearchShortcut } from './tool-triggers.ts';

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
  if (!isSearchShortcut(event) || typed !== undefined) return;
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

function onLinkClick(event: MouseEvent, link: HTMLAnchorElement): void {
  if (!isPlainClick(event) || searchPageField()) return;
  event.preventDefault();
  void loadSearchUi().then((m) => m.openDialog(link));
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
    link.addEventListener('click', (event) => onLinkClick(event, link));
  }
}

/** An event that came before this code: a shortcut, or a press of the link. */
export function replay(event: Event): void {
  if (event.type === 'keydown') onKeydown(event as KeyboardEvent);
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>('search-launcher a');
  if (event.type === 'click' && link) onLinkClick(event as MouseEvent, link);
}

customElements.define('search-launcher', SearchLauncher);
document.addEventListener('keydown', onKeydown);
if (!searchPageField() && new URLSearchParams(location.search).has('q'))
  void loadSearchUi().then((m) => m.highlight());
