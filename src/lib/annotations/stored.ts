/**
 * The reader's annotations as this browser stores them (a JSON array under one key), read item by
 * item so that one damaged item costs that item only, and merged between tabs by id and
 * modification time, with deletions kept as tombstones. Pure: src/scripts/annotations/store.ts
 * does the reading and writing.
 */
import { isReaderAnnotation, overLimits } from './limits.ts';
import type { ReaderAnnotation } from './model.ts';

/** A stored item that could not be used, kept as it was found. */
export interface SetAside {
  /** When it was found (ISO 8601). */
  found: string;
  /** Why it could not be used, in words a reader understands. */
  reason: string;
  /** The item's text exactly as it was stored. */
  text: string;
}

/** What a stored list gave: the annotations to use and what was set aside. */
export interface StoredList {
  annotations: ReaderAnnotation[];
  setAside: SetAside[];
  /** False when the stored text did not parse as a whole (damaged or cut short). */
  whole: boolean;
}

/**
 * The texts of the items of a JSON array, as they stand, even when the array is cut short or
 * damaged after some items: split at the commas between items (outside strings and nesting).
 * Undefined when the text is not an array at all.
 */
export function splitItems(raw: string): string[] | undefined {
  const start = raw.search(/\S/);
  if (start < 0 || raw[start] !== '[') return undefined;
  const items: string[] = [];
  let depth = 0;
  let inString = false;
  let from = start + 1;
  for (let i = from; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      if (depth === 0) {
        items.push(raw.slice(from, i));
        return items.filter((s) => s.trim());
      }
      depth--;
    } else if (c === ',' && depth === 0) {
      items.push(raw.slice(from, i));
      from = i + 1;
    }
  }
  items.push(raw.slice(from));
  return items.filter((s) => s.trim());
}

/** Reads the stored text item by item: what can be used, and what is set aside and why. */
export function readStoredList(raw: string | null, found: string): StoredList {
  if (!raw) return { annotations: [], setAside: [], whole: true };
  let whole = true;
  try {
    JSON.parse(raw);
  } catch {
    whole = false;
  }
  const items = splitItems(raw);
  if (!items) {
    return {
      annotations: [],
      setAside: [{ found, reason: 'the stored notes are not a list', text: raw }],
      whole,
    };
  }
  const usable: ReaderAnnotation[] = [];
  const setAside: SetAside[] = [];
  for (const text of items) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      setAside.push({ found, reason: 'the item is damaged or cut short', text: text.trim() });
      continue;
    }
    const why = isReaderAnnotation(value)
      ? overLimits(value)
      : 'the item is not an annotation this edition made';
    if (why || !isReaderAnnotation(value))
      setAside.push({ found, reason: why ?? '', text: text.trim() });
    else usable.push(value);
  }
  // The same id twice (two tabs of an older version): the later change.
  const annotations = mergeLists([usable], {});
  return { annotations, setAside, whole };
}

/** Annotation id → when it was deleted (ISO 8601). */
export type Tombstones = Record<string, string>;

/** How many tombstones are kept: the most recent, enough for any stale tab. */
export const MAX_TOMBSTONES = 5_000;

/** Reads stored tombstones; anything unusable counts as none. */
export function readTombstones(raw: string | null): Tombstones {
  try {
    const value: unknown = raw ? JSON.parse(raw) : {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

/** The most recent tombstones, at most MAX_TOMBSTONES. */
export function pruneTombstones(t: Tombstones): Tombstones {
  const entries = Object.entries(t);
  if (entries.length <= MAX_TOMBSTONES) return t;
  return Object.fromEntries(
    entries.sort((a, b) => (a[1] < b[1] ? 1 : -1)).slice(0, MAX_TOMBSTONES),
  );
}

/**
 * Merges lists by id: of two versions the one modified last wins, and an annotation deleted at
 * or after its last change stays deleted (so that a stale list cannot bring it back).
 */
export function mergeLists(
  lists: readonly (readonly ReaderAnnotation[])[],
  tombstones: Tombstones,
): ReaderAnnotation[] {
  const byId = new Map<string, ReaderAnnotation>();
  for (const list of lists) {
    for (const a of list) {
      const had = byId.get(a.id);
      if (!had || a.modified > had.modified) byId.set(a.id, a);
    }
  }
  return [...byId.values()].filter((a) => {
    const deleted = tombstones[a.id];
    return deleted === undefined || deleted < a.modified;
  });
}

/** Adds the imported annotations whose id is new; counts those already present. */
export function mergeById(
  existing: readonly ReaderAnnotation[],
  incoming: readonly ReaderAnnotation[],
): { merged: ReaderAnnotation[]; added: number; skipped: number } {
  const ids = new Set(existing.map((a) => a.id));
  const merged = [...existing];
  let skipped = 0;
  for (const a of incoming) {
    if (ids.has(a.id)) {
      skipped++;
      continue;
    }
    ids.add(a.id);
    merged.push(a);
  }
  return { merged, added: merged.length - existing.length, skipped };
}
