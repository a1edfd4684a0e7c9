/**
 * Where the reader's annotations are kept: this browser's localStorage, nothing sent anywhere.
 * `KEY` holds the list (the on-load check of `<reader-notes>`, src/components/ReaderNotes.astro,
 * reads it to decide whether to load the layer, so it is removed when the list is empty),
 * `DELETED` the tombstones that keep other tabs from bringing deletions back, `SET_ASIDE` what
 * could not be read, kept as it was found. The list is read item by item
 * (src/lib/annotations/stored.ts); every write is read back before it counts as saved.
 */
import type { ReaderAnnotation } from '../../lib/annotations/model.ts';
import {
  mergeLists,
  pruneTombstones,
  readStoredList,
  readTombstones,
  type SetAside,
  type Tombstones,
} from '../../lib/annotations/stored.ts';
import { readStored, writeStored } from '../storage.ts';

/** The storage key of the list, which ReaderNotes.astro's loader reads too. */
export const KEY = 'edition-annotations';
/** Annotation id → when it was deleted. */
export const DELETED = 'edition-annotations-deleted';
/** What could not be read: a list of SetAside. */
export const SET_ASIDE = 'edition-annotations-set-aside';

/** Browsers keep about 5 MB per site; stay well below it. */
export const MAX_CHARS = 2_000_000;

/** Writes `value` and reads it back; false when the browser refused it or kept something else. */
function writeChecked(key: string, value: string | null): boolean {
  return writeStored(key, value) && readStored(key) === value;
}

/** What was set aside so far, oldest first. */
export function setAsideItems(): SetAside[] {
  try {
    const v: unknown = JSON.parse(readStored(SET_ASIDE) ?? '[]');
    return Array.isArray(v) ? (v as SetAside[]) : [];
  } catch {
    return [];
  }
}

/** What one read of the store found. */
export interface Loaded {
  annotations: ReaderAnnotation[];
  tombstones: Tombstones;
  /** Items set aside by this read (already kept under SET_ASIDE unless `locked`). */
  setAside: SetAside[];
  /**
   * The list did not parse and could not be kept under SET_ASIDE: nothing may overwrite it until
   * the reader has exported it.
   */
  locked: boolean;
}

/**
 * Reads the list. What cannot be used is copied under SET_ASIDE, then the list is written back
 * without it; until that copy is kept, nothing writes over the list (`locked`).
 */
export function load(): Loaded {
  const raw = readStored(KEY);
  const tombstones = readTombstones(readStored(DELETED));
  const read = readStoredList(raw, new Date().toISOString());
  // A list that did not parse as a whole is kept entire, as found.
  const aside = read.whole
    ? read.setAside
    : [
        {
          found: new Date().toISOString(),
          reason: 'the stored notes were damaged',
          text: raw ?? '',
        },
      ];
  const annotations = mergeLists([read.annotations], tombstones);
  if (aside.length > 0) {
    const before = setAsideItems();
    const known = new Set(before.map((s) => s.text));
    const fresh = aside.filter((s) => !known.has(s.text));
    const kept =
      fresh.length === 0 || writeChecked(SET_ASIDE, JSON.stringify([...before, ...fresh]));
    // Kept aside: the list no longer needs them. Not kept: nothing may write over them.
    if (kept) write(annotations);
    return { annotations, tombstones, setAside: fresh, locked: !kept };
  }
  return { annotations, tombstones, setAside: [], locked: false };
}

/** The message of a save this browser refused, for the reader to act on. */
export class SaveRefused extends Error {}

/** Writes a list as it is; false when refused. */
function write(list: readonly ReaderAnnotation[]): boolean {
  return writeChecked(KEY, list.length === 0 ? null : JSON.stringify(list));
}

/**
 * Applies a change to the list as stored now (another tab may have changed it): `put` adds or
 * replaces, `deleted` removes (as tombstones). Returns the list as saved; throws SaveRefused.
 */
export function change(put: readonly ReaderAnnotation[], deleted: readonly string[]): Loaded {
  const now = load();
  if (now.locked) {
    throw new SaveRefused(
      'Your stored notes were damaged and could not be copied aside, so nothing is written over them. Open My notes to export what was set aside.',
    );
  }
  const when = new Date().toISOString();
  const tombstones: Tombstones = { ...now.tombstones };
  for (const a of put) delete tombstones[a.id];
  for (const id of deleted) tombstones[id] = when;
  const ids = new Set(put.map((a) => a.id));
  const list = mergeLists([now.annotations.filter((a) => !ids.has(a.id)), put], tombstones);
  const json = JSON.stringify(list);
  if (json.length > MAX_CHARS) {
    throw new SaveRefused(
      `This would make your notes ${(json.length / 1e6).toFixed(1)} MB, more than this browser’s storage can be trusted to hold (2 MB). Nothing was changed.`,
    );
  }
  if (!write(list))
    throw new SaveRefused('This browser refused to store your notes (storage full or turned off).');
  // After the list: a tombstone that could not be written costs less than a lost change.
  const pruned = pruneTombstones(tombstones);
  writeChecked(DELETED, Object.keys(pruned).length > 0 ? JSON.stringify(pruned) : null);
  return { ...now, annotations: list, tombstones: pruned };
}
