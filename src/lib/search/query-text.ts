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

/** The words of a query in order, lower case, without quotes or dashes at their edges. */
function queryWords(query: string): string[] {
  return limitQuery(query)
    .query.toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter(Boolean);
}

/** Words of a query worth marking (two letters or more), lower case, each once. */
export function queryTerms(query: string): string[] {
  return [...new Set(queryWords(query).filter((w) => [...w].length > 1))];
}

const WORD = "[\\p{L}\\p{N}\\p{M}'’-]";

/** The stem a term's word forms share: "balance" → "balanc" (balance, balancing, balanced). */
function stem(term: string): string {
  return [...term].length >= 5 ? term.replace(/(?:ing|ed|es|s|e)$/u, '') : term;
}

/** A word's forms as a pattern from its stem: "community" also as "communities". */
function forms(term: string, escape: (x: string) => string): string {
  const base = stem(term);
  return /\p{L}y$/u.test(base) && [...base].length >= 5
    ? `${escape(base.slice(0, -1))}(?:y|ie)${WORD}*`
    : `${escape(base)}${WORD}*`;
}

/** Scripts written without spaces between words, where any occurrence is a match. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** A term as a pattern: itself, or, from three letters, the words its stem begins. */
function wordPattern(term: string): string {
  const escape = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (UNSPACED.test(term)) return escape(term);
  return [...term].length >= 3 ? forms(term, escape) : escape(term);
}

/** Whole words only: no word character just before or after. */
const whole = (pattern: string) => `(?<!${WORD})${pattern}(?!${WORD})`;

/**
 * A pattern of the terms as whole words. A term of three letters or more also marks the words
 * that begin with its stem ("balance" marks "balancing", "multilateral" marks
 * "multilateralism"); a shorter one marks only itself, since "al" begins too many words to mean
 * any of them. Undefined when there is nothing to mark.
 */
export function termPattern(terms: readonly string[]): RegExp | undefined {
  const parts = terms
    .filter((t) => [...t].length > 1)
    .map((t) => (UNSPACED.test(t) ? wordPattern(t) : whole(wordPattern(t))));
  if (parts.length === 0) return undefined;
  return new RegExp(parts.join('|'), 'giu');
}

/**
 * A pattern of a query of two words or more as a phrase: its words in order, each as
 * `termPattern` takes it, with only spaces and punctuation between them ("ASEAN Regional Forum"
 * matches "ASEAN Regional Forum’s", not "regional" alone). Undefined for a single word.
 */
export function phrasePattern(query: string): RegExp | undefined {
  const words = queryWords(query);
  if (words.length < 2) return undefined;
  return new RegExp(whole(words.map(wordPattern).join('[^\\p{L}\\p{N}\\p{M}]+')), 'giu');
}
