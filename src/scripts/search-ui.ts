import css from '../styles/search.css?inline';

/**
 * The search interface, loaded only when a reader opens search (or arrives from a result): a
 * search dialog on every page (combobox and listbox, keyboard-complete, Esc closes), the
 * /search/ page with facets and a shareable address, and the marking of the matched words on
 * the page a result leads to. Results come from Pagefind's index in /pagefind/.
 */

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: { filters?: Record<string, string[]> }) => Promise<{ results: PagefindResult[] } | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/** One result as the interface shows it. */
export interface Hit {
  href: string;
  kind: string;
  label: string;
  section: string;
  title: string;
  excerpt: string;
}

const PAGEFIND = '/pagefind/pagefind.js';

// The interface brings its own styles, so that pages that never search pay nothing for them.
document.head.append(Object.assign(document.createElement('style'), { textContent: css }));
let engine: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (p) => {
    await p.options({ excerptLength: 24 });
    await p.init();
    return p;
  });
  return engine;
}

/** The address of a result, carrying the query so that the target page can mark it. */
export function resultHref(url: string, query: string): string {
  const [path, hash] = url.split('#');
  const q = new URLSearchParams({ q: query }).toString();
  return `${path}?${q}${hash ? `#${hash}` : ''}`;
}

/**
 * Runs a query with optional filters; returns the first `limit` hits. `stillWanted` is asked
 * before the results' excerpts are fetched, so that a query overtaken by the next keystroke
 * costs no downloads.
 */
export async function search(query: string, filters: Record<string, string[]> = {}, limit = 10, stillWanted: () => boolean = () => true): Promise<Hit[]> {
  const p = await pagefind();
  const found = await p.search(query, { filters });
  if (!stillWanted()) return [];
  const data = await Promise.all((found?.results ?? []).slice(0, limit).map((r) => r.data()));
  return data.map((d) => ({
    href: resultHref(d.url, query),
    kind: d.meta['kind'] ?? '',
    label: d.meta['label'] ?? '',
    section: d.meta['section'] ?? '',
    title: d.meta['title'] ?? d.url,
    excerpt: d.excerpt,
  }));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The visible parts of a hit: kind, place, title and excerpt (Pagefind's <mark>s kept). */
function hitBody(hit: Hit): HTMLElement[] {
  const where = [hit.kind, hit.kind === 'Text' || hit.kind === 'Note' ? `${hit.label} · ${hit.section}` : ''].filter(Boolean).join(' · ');
  const excerpt = el('span', { className: 'sx' });
  excerpt.innerHTML = hit.excerpt;
  return [el('span', { className: 'sk' }, where), el('span', { className: 'st' }, hit.kind === 'Text' || hit.kind === 'Note' ? '' : hit.title), excerpt];
}

/* ---------- The dialog ---------- */

let dialog: HTMLDialogElement | undefined;
let opener: HTMLElement | null = null;

function buildDialog(): HTMLDialogElement {
  const input = el('input', { type: 'search', id: 'sd-q', autocomplete: 'off', spellcheck: false, placeholder: 'Concepts, cases, works, words…' });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', 'sd-list');
  input.setAttribute('aria-autocomplete', 'list');
  const list = el('ul', { id: 'sd-list', className: 'sr' });
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Results');
  const status = el('p', { className: 'ss', id: 'sd-status' });
  status.setAttribute('role', 'status');
  const all = el('a', { href: '/search/', className: 'sa' }, 'All results, with filters');
  const close = el('button', { type: 'button', className: 'sc' }, 'Close');
  const d = el(
    'dialog',
    { className: 'sd' },
    el('div', { className: 'sh' }, el('label', { htmlFor: 'sd-q', id: 'sd-title' }, 'Search the edition'), close),
    input,
    status,
    list,
    all,
  );
  d.setAttribute('aria-labelledby', 'sd-title');
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
    const query = input.value.trim();
    const ticket = ++latest;
    all.href = query ? `/search/?${new URLSearchParams({ q: query })}` : '/search/';
    if (!query) {
      hits = [];
      list.replaceChildren();
      status.textContent = '';
      input.setAttribute('aria-expanded', 'false');
      return;
    }
    const found = await search(query, {}, 8, () => ticket === latest);
    if (ticket !== latest) return;
    hits = found;
    list.replaceChildren(
      ...found.map((hit, i) => {
        const option = el('li', { id: `sd-o${i}`, className: 'so' }, ...hitBody(hit));
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.addEventListener('click', () => go(hit));
        return option;
      }),
    );
    status.textContent = found.length ? `${found.length} result${found.length === 1 ? '' : 's'}` : 'No results';
    input.setAttribute('aria-expanded', String(found.length > 0));
    clearSelection();
    document.dispatchEvent(new CustomEvent('search:rendered'));
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
  void pagefind();
}

/* ---------- The search page ---------- */

/** Renders the /search/ page from its address (?q=…&kind=…&section=…) and keeps it in step. */
export async function mountSearchPage(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('form.search');
  const input = form?.querySelector<HTMLInputElement>('input[name=q]');
  const results = document.querySelector<HTMLElement>('#results');
  const status = document.querySelector<HTMLElement>('#results-status');
  const facets = document.querySelector<HTMLElement>('#facets');
  if (!form || !input || !results || !status || !facets) return;
  const p = await pagefind();
  const available = await p.filters();
  facets.replaceChildren(
    ...['kind', 'section'].map((name) =>
      el(
        'fieldset',
        {},
        el('legend', {}, name === 'kind' ? 'Kind' : 'Section'),
        ...Object.keys(available[name] ?? {})
          .sort()
          .map((value) => el('label', {}, el('input', { type: 'checkbox', name, value }), ` ${value}`)),
      ),
    ),
  );
  facets.hidden = false;

  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) box.checked = params.getAll(box.name).includes(box.value);
  };
  const filters = () => {
    const chosen: Record<string, string[]> = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>('input:checked')) (chosen[box.name] ??= []).push(box.value);
    return chosen;
  };
  let latest = 0;
  const render = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    const chosen = filters();
    const hits = query || Object.keys(chosen).length ? await search(query || '', chosen, 50, () => ticket === latest) : [];
    if (ticket !== latest) return;
    results.replaceChildren(...hits.map((hit) => el('li', {}, el('a', { href: hit.href }, ...hitBody(hit)))));
    status.textContent = query || Object.keys(chosen).length ? `${hits.length} result${hits.length === 1 ? '' : 's'}` : '';
  };
  const toAddress = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, values] of Object.entries(filters())) for (const v of values) params.append(name, v);
    const next = `${location.pathname}${params.size ? `?${params}` : ''}`;
    // Typing replaces the entry; a new search (Enter, a filter) adds one, so Back steps through them.
    return next;
  };
  input.addEventListener('input', () => {
    history.replaceState(null, '', toAddress());
    void render();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    history.pushState(null, '', toAddress());
    void render();
  });
  facets.addEventListener('change', () => {
    history.pushState(null, '', toAddress());
    void render();
  });
  window.addEventListener('popstate', () => {
    fromAddress();
    void render();
  });
  fromAddress();
  await render();
}

/* ---------- Marking the words on arrival ---------- */

/** Words of a query worth marking (two letters or more). */
export function queryTerms(query: string): string[] {
  return [...new Set(query.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length > 1))];
}

/** Wraps each occurrence of the query's words in `root` in <mark>; returns the marks. */
export function markTerms(root: Element, terms: readonly string[]): HTMLElement[] {
  if (terms.length === 0) return [];
  const source = `(${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`;
  const pattern = new RegExp(source, 'giu');
  const found = new RegExp(source, 'iu');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (n.nodeValue && found.test(n.nodeValue)) nodes.push(n as Text);
  const marks: HTMLElement[] = [];
  for (const node of nodes) {
    const parts = (node.nodeValue ?? '').split(pattern);
    node.replaceWith(
      ...parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const mark = el('mark', { className: 'hit' }, part);
        marks.push(mark);
        return mark;
      }),
    );
  }
  return marks;
}

/** On a page reached from a result: marks the query's words in the target and scrolls to them. */
export function highlight(): void {
  const query = new URLSearchParams(location.search).get('q') ?? '';
  const target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.querySelector('main');
  if (!target) return;
  const [first] = markTerms(target, queryTerms(query));
  (first ?? target).scrollIntoView({ block: 'center' });
}
