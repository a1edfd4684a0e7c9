/**
 * The order of search results, the paper first: for a query, the entry it names (a concept or
 * case of that name, src/lib/search/names.ts) may come first, then the paper's paragraphs and
 * notes that contain the query as a phrase, then everything else in Pagefind's order.
 */

/** The query as a phrase to look for: its words, without quotes; undefined when it has none. */
export function phraseOf(query: string): string | undefined {
  const phrase = query.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
  return /[\p{L}\p{N}]/u.test(phrase) ? phrase : undefined;
}

/**
 * The results in the paper-first order: those in `named`, then those in `inPaper`, then the
 * rest, each group in the order given (Pagefind's score).
 */
export function paperFirst<T extends { id: string }>(
  results: readonly T[],
  named: ReadonlySet<string>,
  inPaper: ReadonlySet<string>,
): T[] {
  const rank = (r: T) => (named.has(r.id) ? 0 : inPaper.has(r.id) ? 1 : 2);
  // Array.prototype.sort is stable: within a group, Pagefind's order stays.
  return [...results].sort((a, b) => rank(a) - rank(b));
}
