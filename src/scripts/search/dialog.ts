/** The search dialog: a combobox and its listbox, keyboard-complete; Esc closes it. */
import { el } from '../dom.ts';
import { hitBody } from './hit.ts';
import { PAGES, url } from '../../lib/site/routes.ts';
import { type Hit, NO_INDEX, pagefind, search } from './engine.ts';
import { locate, missingNotice, relevant, suggest, withLocator } from './forgiveness.ts';
import { fieldQuery } from './query-field.ts';

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function buildDialog(): HTMLDialogElement {
  const input = el('input', {
    type: 'search',
    id: 'search-dialog-query',
    autocomplete: 'off',
    spellcheck: false,
    placeholder: 'Concepts, cases, works, words…',
  });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'search-dialog-results');
  input.setAttribute('aria-autocomplete', 'list');
  const list = el('ul', { id: 'search-dialog-results', className: 'search-results' });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Results');
  const status = el('p', { className: 'search-status', id: 'search-dialog-status' });
  status.setAttribute('role', 'status');
  const all = el(
    'a',
    { href: url(PAGES.search), className: 'search-all' },
    'All results, with filters',
  );
  const close = el('button', { type: 'button' }, 'Close');
  const d = el(
    'dialog',
    { className: 'search-dialog' },
    el(
      'div',
      { className: 'search-header' },
      el(
        'label',
        { htmlFor: 'search-dialog-query', id: 'search-dialog-title' },
        'Search the edition',
      ),
      close,
    ),
    input,
    status,
    list,
    all,
  );
  d.setAttribute('aria-labelledby', 'search-dialog-title');
  close.addEventListener('click', () => d.close());
  d.addEventListener('close', () => opener?.focus());
  d.addEventListener('click', (e) => {
    if (e.target === d) d.close();
  });

  let active = -1;
  let hits: Hit[] = [];
  let latest = 0;
  const select = (i: number) => {
    const options = [...list.children] as HTMLElement[];
    active = options.length === 0 ? -1 : (i + options.length) % options.length;
    options.forEach((o, k) => o.setAttribute('aria-selected', String(k === active)));
    const current = options[active];
    if (current) {
      input.setAttribute('aria-activedescendant', current.id);
      current.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const clearSelection = () => {
    active = -1;
    for (const o of list.children) o.setAttribute('aria-selected', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  d.addEventListener('close', clearSelection);
  const go = (hit: Hit | undefined) => {
    if (hit) window.location.href = hit.href;
  };
  const run = async () => {
    const { query, notice } = fieldQuery(input);
    const ticket = ++latest;
    all.href = url(query ? `${PAGES.search}?${new URLSearchParams({ q: query })}` : PAGES.search);
    if (!query) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    let found: Hit[];
    let missing: string | undefined;
    try {
      const [hits, located] = await Promise.all([
        search(query, {}, 8, () => ticket === latest),
        locate(query),
      ]);
      found = withLocator(located.hit, hits);
      missing = located.missing;
    } catch {
      status.textContent = NO_INDEX;
      return;
    }
    if (ticket !== latest) return;
    hits = found;
    list.replaceChildren(
      ...found.map((hit, i) => {
        const option = el(
          'li',
          { id: `search-option-${i}`, className: 'search-option' },
          ...hitBody(hit),
        );
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.addEventListener('click', () => go(hit));
        return option;
      }),
    );
    status.textContent =
      (found.length ? `${found.length} result${found.length === 1 ? '' : 's'}` : 'No results') +
      missingNotice(missing) +
      notice;
    input.setAttribute('aria-expanded', String(found.length > 0));
    clearSelection();
    if (!relevant(query, found)) await suggest(query, status, retry, () => ticket === latest);
    document.dispatchEvent(new CustomEvent('search:rendered'));
  };
  const retry = (query: string) => {
    input.value = query;
    input.focus();
    void run();
  };
  input.addEventListener('input', () => void run());
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') select(active + 1);
    else if (e.key === 'ArrowUp') select(active - 1);
    else if (e.key === 'Enter') go(hits[Math.max(active, 0)]);
    // A search field would spend the first Esc on clearing itself: Esc closes the dialog at once.
    else if (e.key === 'Escape') d.close();
    else return;
    e.preventDefault();
  });
  document.body.append(d);
  return d;
}

/**
 * Opens the search dialog; focus returns to `from` when it closes. `typed` is what the reader
 * typed while the interface was loading: it becomes the query.
 */
export function openDialog(from: HTMLElement | null = null, typed = ''): void {
  opener = from ?? (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  dialog ??= buildDialog();
  if (!dialog.open) dialog.showModal();
  const input = dialog.querySelector('input');
  input?.focus();
  if (input && typed) {
    input.value = typed;
    input.dispatchEvent(new Event('input'));
  }
  // Loaded ahead of the first query; a missing index is reported when a query needs it.
  pagefind().catch(() => {
    const status = dialog?.querySelector('.search-status');
    if (status) status.textContent = NO_INDEX;
  });
}
