/**
 * Re-anchoring: finds a quote again in a paragraph's plain text, even after the text has changed.
 * In order: the exact words (among several, the place whose context fits best, then the one
 * nearest the recorded position); the context around words that changed; then an approximate
 * match of the words (Myers' algorithm, `approx-string-match`). What none of these finds is
 * reported as not placed, never dropped.
 */
import search from 'approx-string-match';
import type { Target } from './selectors.ts';

export type Method = 'position' | 'exact' | 'context' | 'approximate';

export type Anchor =
  { placed: true; start: number; end: number; method: Method } | { placed: false; reason: string };

/** Every start offset of `needle` in `hay`. */
function occurrences(hay: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** How many characters of the quote's prefix and suffix agree with the text around [start, end). */
function contextScore(text: string, start: number, end: number, target: Target): number {
  const prefix = target.quote.prefix ?? '';
  const suffix = target.quote.suffix ?? '';
  let score = 0;
  for (let i = 1; i <= prefix.length && text[start - i] === prefix[prefix.length - i]; i++) score++;
  for (let i = 0; i < suffix.length && text[end + i] === suffix[i]; i++) score++;
  return score;
}

/** Finds the target's words in `text` (the root's plain text now). */
export function anchor(text: string, target: Target): Anchor {
  const { exact } = target.quote;
  if (!exact) return { placed: false, reason: 'the quotation is empty' };
  const pos = target.position;
  // Among the places the exact words stand, the one whose context fits best; then the nearest
  // to the recorded position (which alone is no proof: other words may have moved there).
  const exacts = occurrences(text, exact);
  if (exacts.length > 0) {
    const rank = (at: number) => [
      contextScore(text, at, at + exact.length, target),
      -Math.abs(at - (pos?.start ?? 0)),
    ];
    const best = exacts.reduce((a, b) => {
      const [ca = 0, da = 0] = rank(a);
      const [cb = 0, db = 0] = rank(b);
      return cb > ca || (cb === ca && db > da) ? b : a;
    });
    const method = best === pos?.start ? 'position' : 'exact';
    return { placed: true, start: best, end: best + exact.length, method };
  }
  // The words changed but what stands around them did not: take what lies between.
  const prefix = target.quote.prefix ?? '';
  const suffix = target.quote.suffix ?? '';
  if (prefix.length >= 8 && suffix.length >= 8) {
    for (const p of occurrences(text, prefix)) {
      const start = p + prefix.length;
      const s = text.indexOf(suffix, start);
      if (s > start && s - start <= exact.length * 2 + 16) {
        return { placed: true, start, end: s, method: 'context' };
      }
    }
  }
  // Approximate: at most a quarter of the characters differ (capped, to stay fast and sensible).
  const maxErrors = Math.min(64, Math.floor(exact.length / 4));
  // No match with k errors is shorter than the quote less k: a quote longer than the text is not
  // searched for at all (the search costs the product of the two lengths).
  if (maxErrors > 0 && exact.length - maxErrors <= text.length) {
    const matches = search(text, exact, maxErrors);
    if (matches.length > 0) {
      const best = matches.reduce((a, b) =>
        b.errors < a.errors ||
        (b.errors === a.errors &&
          contextScore(text, b.start, b.end, target) > contextScore(text, a.start, a.end, target))
          ? b
          : a,
      );
      return { placed: true, start: best.start, end: best.end, method: 'approximate' };
    }
  }
  return { placed: false, reason: `the words “${shorten(exact)}” are no longer in the text` };
}

/** The first words of a long quote, for messages. */
export function shorten(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Finds a target that names no paragraph (a quote on the paper as a whole, from another tool):
 * the first root, in the order given, where it anchors by its exact words or context.
 */
export function anchorAnywhere(
  roots: readonly { id: string; text: string }[],
  target: Target,
): { root: string; anchor: Anchor } {
  // The exact words first, everywhere: cheap, and the usual case.
  const exact = roots.find((r) => r.text.includes(target.quote.exact));
  if (exact)
    return { root: exact.id, anchor: anchor(exact.text, { root: exact.id, quote: target.quote }) };
  let fallback: { root: string; anchor: Anchor } | undefined;
  for (const r of roots) {
    const a = anchor(r.text, { root: r.id, quote: target.quote });
    if (a.placed && a.method !== 'approximate') return { root: r.id, anchor: a };
    if (a.placed) fallback ??= { root: r.id, anchor: a };
  }
  return (
    fallback ?? {
      root: '',
      anchor: {
        placed: false,
        reason: `the words “${shorten(target.quote.exact)}” are not in the paper`,
      },
    }
  );
}
