/** The /search/ page: facets, results as links, and an address that can be shared. */
import { el } from '../dom.ts';
import { hitBody } from './hit.ts';
import { NO_INDEX, pagefind, search } from './engine.ts';
import { locate, missingNotice, relevant, suggest, withLocator } from './forgiveness.ts';
import { fieldQuery } from './query-field.ts';

/**
 * Renders the /search/ page (the form, facets and results inside `root`) from its address
 * (?q=…&kind=…&section=…) and keeps it in step.
 */
export async function mountSearchPage(root: HTMLElement): Promise<void> {
  const form = root.querySelector<HTMLFormElement>('form.search');
  const input = form?.querySelector<HTMLInputElement>('input[name=q]');
  const results = root.querySelector<HTMLElement>('#results');
  const status = root.querySelector<HTMLElement>('#results-status');
  const facets = root.querySelector<HTMLElement>('#facets');
  if (!form || !input || !results || !status || !facets) return;
  let available: Record<string, Record<string, number>>;
  try {
    available = await (await pagefind()).filters();
  } catch {
    status.textContent = NO_INDEX;
    return;
  }
  facets.replaceChildren(
    ...['kind', 'section'].map((name) =>
      el(
        'fieldset',
        {},
        el('legend', {}, name === 'kind' ? 'Kind' : 'Section'),
        ...Object.keys(available[name] ?? {})
          .sort()
          .map((value) =>
            el('label', {}, el('input', { type: 'checkbox', name, value }), ` ${value}`),
          ),
      ),
    ),
  );
  facets.hidden = false;

  const fromAddress = () => {
    const params = new URLSearchParams(location.search);
    input.value = params.get('q') ?? '';
    for (const box of facets.querySelectorAll<HTMLInputElement>('input[type=checkbox]'))
      box.checked = params.getAll(box.name).includes(box.value);
  };
  const filters = () => {
    const chosen: Record<string, string[]> = {};
    for (const box of facets.querySelectorAll<HTMLInputElement>('input:checked'))
      (chosen[box.name] ??= []).push(box.value);
    return chosen;
  };
  let latest = 0;
  const render = async () => {
    const { query, notice } = fieldQuery(input);
    const ticket = ++latest;
    const chosen = filters();
    const [found, located] = await Promise.all([
      query || Object.keys(chosen).length
        ? search(query || '', chosen, 50, () => ticket === latest)
        : [],
      locate(query),
    ]);
    const hits = withLocator(located.hit, found);
    if (ticket !== latest) return;
    results.replaceChildren(
      ...hits.map((hit) => el('li', {}, el('a', { href: hit.href }, ...hitBody(hit)))),
    );
    status.textContent =
      query || Object.keys(chosen).length
        ? `${hits.length} result${hits.length === 1 ? '' : 's'}${missingNotice(located.missing)}${notice}`
        : '';
    if (query && !relevant(query, hits))
      await suggest(query, status, retry, () => ticket === latest);
  };
  const retry = (query: string) => {
    input.value = query;
    input.focus();
    history.pushState(null, '', toAddress());
    void render();
  };
  const toAddress = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const [name, values] of Object.entries(filters()))
      for (const v of values) params.append(name, v);
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
