/**
 * Where the reader's annotations are kept: this browser's localStorage, under one key, nothing
 * sent anywhere. The on-load check (`<reader-notes>`, src/components/ReaderNotes.astro) reads the
 * same key to decide whether to load the layer; state.ts holds the list while the layer runs. A
 * size guard refuses to write more than the storage can be trusted to hold.
 */
import type { ReaderAnnotation } from '../../lib/annotations/model.ts';
import { readStored, writeStored } from '../storage.ts';

/** The storage key, which ReaderNotes.astro's loader reads too. */
export const KEY = 'edition-annotations';

/** Browsers keep about 5 MB per site; stay well below it. */
export const MAX_CHARS = 2_000_000;

export function loadAll(): ReaderAnnotation[] {
  try {
    const raw = readStored(KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? (list as ReaderAnnotation[]) : [];
  } catch {
    return [];
  }
}

/** Saves the list; throws an Error whose message a reader can act on when it cannot. */
export function saveAll(list: readonly ReaderAnnotation[]): void {
  const json = JSON.stringify(list);
  if (json.length > MAX_CHARS) {
    throw new Error(
      'Your notes have grown too large for this browser’s storage. Export them, then delete some.',
    );
  }
  if (!writeStored(KEY, list.length === 0 ? null : json))
    throw new Error('This browser refused to store your notes (storage full or turned off).');
}
