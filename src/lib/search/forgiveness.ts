/**
 * Search that forgives: a query that names a passage ("n. 24", "note 24", "¶ 12", "p12") goes
 * straight to it, and a misspelt word is matched to the nearest word of the edition's own text
 * ("Ikenbery" → "Ikenberry"). Pure: the word list is built with the site (`/search-words.json`)
 * and both run in the browser when search is used.
 */
import { editDistance } from '../text/edit-distance.ts';
import type { PassageRef } from '../site/ids.ts';

/** The passage a query names, if it is nothing but a locator. */
export function parseLocator(query: string): PassageRef | undefined {
  const q = query.trim().toLowerCase();
  const note = /^(?:n\.?|note|fn\.?|footnote)\s*(\d{1,3})$/.exec(q);
  if (note) return { kind: 'note', n: Number(note[1]) };
  const paragraph = /^(?:¶|p|para\.?|paragraph)\s*(\d{1,3})$/.exec(q);
  if (paragraph) return { kind: 'paragraph', n: Number(paragraph[1]) };
  return undefined;
}

/** Lower-case words of a text, letters only, as the word list and queries compare them. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => [...w].length > 2);
}

/**
 * The edition's words with how often each occurs, most frequent first: the suggestions'
 * vocabulary and their tie-breaker.
 */
export function wordList(texts: readonly string[]): [word: string, count: number][] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const w of wordsOf(text)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * The query with each word the edition does not contain replaced by the nearest word it does
 * (at most one edit per four letters), or undefined when every word is known or nothing near.
 */
export function didYouMean(
  query: string,
  words: readonly (readonly [string, number])[],
): string | undefined {
  const known = new Set(words.map(([w]) => w));
  let changed = false;
  const corrected = query.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if ([...lower].length < 4 || known.has(lower)) return word;
    const max = Math.max(1, Math.floor([...lower].length / 4));
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, count] of words) {
      const distance = editDistance(lower, candidate, max);
      if (distance > max) continue;
      if (!best || distance < best.distance || (distance === best.distance && count > best.count)) {
        best = { word: candidate, distance, count };
      }
    }
    if (!best) return word;
    changed = true;
    return /^\p{Lu}/u.test(word) ? best.word[0]!.toUpperCase() + best.word.slice(1) : best.word;
  });
  return changed ? corrected : undefined;
}
