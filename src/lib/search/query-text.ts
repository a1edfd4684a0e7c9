/**
 * A search query as the pages take it from an address: decoded without ever throwing, cut to a
 * sane length, split into words, and turned into a pattern that marks whole words and the words
 * they begin (a stem), never letters inside a word ("al" marks nothing in "Balance").
 */

/** The longest query taken; a longer one is cut and the page says so. */
export const MAX_QUERY_LENGTH = 200;

/** `decodeURIComponent` that returns the text as it is when it is not valid percent-encoding. */
export function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The query cut to MAX_QUERY_LENGTH characters (whole code points), and whether it was cut. */
export function limitQuery(query: string): { query: string; cut: boolean } {
  const chars = [...query];
  return chars.length > MAX_QUERY_LENGTH
    ? { query: chars.slice(0, MAX_QUERY_LENGTH).join(''), cut: true }
    : { query, cut: false };
}

/** Words of a query worth marking (two letters or more), lower case, each once. */
export function queryTerms(query: string): string[] {
  const words = limitQuery(query)
    .query.toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => [...w].length > 1);
  return [...new Set(words)];
}

const WORD = "[\\p{L}\\p{N}\\p{M}'’-]";

/** The stem a term's word forms share: "balance" → "balanc" (balance, balancing, balanced). */
function stem(term: string): string {
  return [...term].length >= 5 ? term.replace(/(?:ing|ed|es|s|e)$/u, '') : term;
}

/** Scripts written without spaces between words, where any occurrence is a match. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * A pattern of the terms as whole words. A term of three letters or more also marks the words
 * that begin with its stem ("balance" marks "balancing", "multilateral" marks
 * "multilateralism"); a shorter one marks only itself, since "al" begins too many words to mean
 * any of them. Undefined when there is nothing to mark.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const parts = terms
    .filter((t) => [...t].length > 1)
    .map((t) => {
      const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      if (UNSPACED.test(t)) return escape(t);
      const word = [...t].length >= 3 ? `${escape(stem(t))}${WORD}*` : escape(t);
      return `(?<!${WORD})${word}(?!${WORD})`;
    });
  if (parts.length === 0) return undefined;
  return new RegExp(parts.join('|'), 'giu');
}
