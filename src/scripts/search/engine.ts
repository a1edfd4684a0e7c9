/** Pagefind, loaded on first use, and the hits of a query as the interface shows them. */
import { excerptAround, excerptHtml } from '../../lib/search/excerpt.ts';
import { nameKey } from '../../lib/search/names.ts';
import { phrasePattern } from '../../lib/search/query-text.ts';
import { paperFirst, phraseOf } from '../../lib/search/ranking.ts';
import { LOOKUP, PAPER_KINDS } from '../../lib/search/records.ts';
import { FILES, PAGES, url } from '../../lib/site/routes.ts';

interface PagefindResultData {
  url: string;
  content: string;
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
  search: (
    q: string | null,
    o?: { filters?: Record<string, string[] | { any: readonly string[] }> },
  ) => Promise<{ results: PagefindResult[] } | null>;
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

/** Pagefind's own bundle, built with the index (a variable, so that Vite leaves it be). */
const PAGEFIND = url(FILES.pagefind);

let engine: Promise<Pagefind> | undefined;

/**
 * What the interface says when the index is missing: `npm run dev` serves no /pagefind/, which
 * only the build writes.
 */
export const NO_INDEX =
  'Search is not available here: its index is missing. Run npm run build, then npm start (the dev server has no index).';

/** Pagefind, loaded and set up once; rejects with NO_INDEX when the index cannot be loaded. */
export function pagefind(): Promise<Pagefind> {
  engine ??= (import(/* @vite-ignore */ PAGEFIND) as Promise<Pagefind>).then(async (p) => {
    // The index holds site paths; results lead under the site's base. No worker: for an index
    // this small its 12 KB (gzip) cost more than it saved; `npm run bench` reports the longest
    // main-thread task of a first search and the keystroke-to-results time.
    await p.options({ excerptLength: 24, baseUrl: url(PAGES.home), noWorker: true });
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

/** A result as the interface shows it; a phrase of the query is marked as one where it stands. */
function toHit(d: PagefindResultData, query: string, phrase: RegExp | undefined): Hit {
  const parts = phrase && excerptAround(d.content, phrase);
  return {
    href: resultHref(d.url, query),
    kind: d.meta['kind'] ?? '',
    label: d.meta['label'] ?? '',
    section: d.meta['section'] ?? '',
    title: d.meta['title'] ?? d.url,
    excerpt: parts ? excerptHtml(parts) : d.excerpt,
  };
}

/** The ids of Pagefind's results. */
const ids = (found: { results: PagefindResult[] } | null) =>
  new Set((found?.results ?? []).map((r) => r.id));

/**
 * Runs a query with optional filters; returns the first `limit` hits, the paper first
 * (src/lib/search/ranking.ts): the entry the query names, then the paragraphs and notes that
 * hold it as a phrase, then the rest. `stillWanted` is asked before the results' excerpts are
 * fetched, so that a query overtaken by the next keystroke costs no downloads.
 */
export async function search(
  query: string,
  filters: Record<string, string[]> = {},
  limit = 10,
  stillWanted: () => boolean = () => true,
): Promise<Hit[]> {
  const p = await pagefind();
  const phrase = phraseOf(query);
  const [found, named, inPaper] = await Promise.all([
    p.search(query, { filters }),
    phrase ? p.search(null, { filters: { [LOOKUP.name]: [nameKey(phrase)] } }) : null,
    phrase ? p.search(`"${phrase}"`, { filters: { kind: { any: PAPER_KINDS } } }) : null,
  ]);
  if (!stillWanted()) return [];
  const ranked = paperFirst(found?.results ?? [], ids(named), ids(inPaper)).slice(0, limit);
  const pattern = phrasePattern(query);
  const data = await Promise.all(ranked.map((r) => r.data()));
  return data.map((d) => toHit(d, query, pattern));
}

/**
 * The record of a passage by its anchor (`p12`, `n18`) as a hit, or undefined when the index
 * holds no such passage: the index is made from the edition's own paragraphs and notes.
 */
export async function passageHit(id: string): Promise<Hit | undefined> {
  const p = await pagefind();
  const found = await p.search(null, { filters: { [LOOKUP.passage]: [id] } });
  const data = await found?.results[0]?.data();
  // The passage itself, not a result: no query to mark there.
  return data && { ...toHit(data, '', undefined), href: data.url };
}
