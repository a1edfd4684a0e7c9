/**
 * Search that forgives, in the browser: a locator query ("n. 24", "¶ 12") puts its passage first,
 * and a query that finds nothing is answered with "Did you mean …", from the edition's own words
 * (/search-words.json and the matcher /search-suggestions.js, fetched only then, once). The logic
 * is src/lib/search/forgiveness.ts.
 */
import { passageId, passageLabel } from '../../lib/site/ids.ts';
import { FILES, PAGES, url } from '../../lib/site/routes.ts';
import { type didYouMean, parseLocator } from '../../lib/search/forgiveness.ts';
import { el } from '../dom.ts';
import { type Hit, passageHit } from './engine.ts';

/**
 * What a locator query names: the passage as a hit to put first (`hit`), or, when the paper has
 * no such passage, its label (`missing`, "n. 999") for the status line; nothing for any other
 * query. Only passages the index holds are offered.
 */
export async function locate(query: string): Promise<{ hit?: Hit; missing?: string }> {
  const locator = parseLocator(query);
  if (!locator) return {};
  const label = passageLabel(locator.kind, locator.n);
  const found = await passageHit(passageId(locator.kind, locator.n));
  if (!found) return { missing: label };
  return { hit: { ...found, kind: 'Passage', label, title: `Go to ${label}` } };
}

/** The hits with the located passage first (once), or the hits unchanged. */
export function withLocator(first: Hit | undefined, hits: Hit[]): Hit[] {
  if (!first) return hits;
  const path = (href: string) => href.replace(/\?[^#]*/, '');
  return [first, ...hits.filter((h) => path(h.href) !== path(first.href))];
}

/** What the status line adds for a passage the paper does not have. */
export const missingNotice = (missing: string | undefined): string =>
  missing ? `. The paper has no ${missing}` : '';

/** Lower-case letters of a word, as the query and the marked words are compared. */
const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether the hits answer the query: some word Pagefind marked in an excerpt begins with a word
 * of the query (or is the start of it, for a stem such as "alliance" for "alliances"). Pagefind
 * answers a misspelt name with near matches on its first letter ("I." for "Ikenbery"), or a
 * misspelt word with its neighbours ("multilateral" for "multilaterlism"): nothing relevant.
 */
export function relevant(query: string, hits: readonly Hit[]): boolean {
  if (parseLocator(query)) return true;
  const asked = query.split(/\s+/).map(letters).filter(Boolean);
  if (asked.length === 0) return true;
  const marked = hits.flatMap((h) =>
    [...h.excerpt.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => letters(m[1] ?? '')),
  );
  return marked.some((m) =>
    asked.some((w) => m.startsWith(w) || (m.length >= 4 && w.startsWith(m))),
  );
}

type Matcher = (query: string) => string | undefined;
let matcher: Promise<Matcher> | undefined;

/**
 * The nearest known query to a query, from the edition's words and their counts: both fetched
 * once, when a query first finds nothing relevant. Without them, no suggestion.
 */
function loadMatcher(): Promise<Matcher> {
  matcher ??= Promise.all([
    fetch(url(FILES.searchWords)).then((r) => r.json() as Promise<[string, number][]>),
    import(/* @vite-ignore */ url(FILES.searchSuggestions)) as Promise<{
      didYouMean: typeof didYouMean;
    }>,
  ]).then(
    ([words, suggestions]) =>
      (query) =>
        suggestions.didYouMean(query, words),
    (): Matcher => () => undefined,
  );
  return matcher;
}

/**
 * After a query found nothing relevant, adds "Did you mean …?" to `status` (which says how many
 * results there were) when a nearby query exists:
 * a link to the search page with it, which calls `retry` instead when clicked. `stillWanted`
 * is asked once the words have arrived, so that a later query's status is left alone.
 */
export async function suggest(
  query: string,
  status: HTMLElement,
  retry: (query: string) => void,
  stillWanted: () => boolean,
): Promise<void> {
  const better = (await loadMatcher())(query);
  if (!better || !stillWanted()) return;
  const link = el(
    'a',
    {
      href: url(`${PAGES.search}?${new URLSearchParams({ q: better })}`),
      className: 'search-suggestion',
    },
    better,
  );
  link.addEventListener('click', (e) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
    e.preventDefault();
    retry(better);
  });
  status.replaceChildren(`${status.textContent}. Did you mean `, link, '?');
}
