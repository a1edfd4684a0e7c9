/**
 * Compares the edition's words with the source witness's. Note markers travel with the word they
 * follow as "word§N", so a note in the wrong place shows up as a difference too.
 */
import { diffArrays } from 'diff';
import type { WitnessWord } from './witness.ts';

/** A run of words that differs between the witness and the edition. */
export interface Difference {
  removed: string[];
  added: string[];
}

/** Words with note markers glued on, e.g. "talks.§1". */
export function markedWords(words: readonly WitnessWord[]): string[] {
  return words.map((w) => (w.note ? `${w.word}§${w.note}` : w.word));
}

/** Drops the markers again: plain words. */
export function plainWords(words: readonly string[]): string[] {
  return words.map((w) => w.replace(/§\d+$/, '')).filter((w) => w !== '');
}

/** Word-level similarity, 2·matches / (|a| + |b|), as difflib's ratio. */
export function similarity(a: readonly string[], b: readonly string[]): number {
  const common = diffArrays([...a], [...b])
    .filter((part) => !part.added && !part.removed)
    .reduce((sum, part) => sum + part.value.length, 0);
  return (2 * common) / (a.length + b.length);
}

/** The runs that differ, removed and added words paired. */
export function differences(a: readonly string[], b: readonly string[]): Difference[] {
  const out: Difference[] = [];
  let pending: Difference | undefined;
  for (const part of diffArrays([...a], [...b])) {
    if (!part.added && !part.removed) {
      if (pending) out.push(pending);
      pending = undefined;
      continue;
    }
    pending ??= { removed: [], added: [] };
    (part.added ? pending.added : pending.removed).push(...part.value);
  }
  if (pending) out.push(pending);
  return out;
}
