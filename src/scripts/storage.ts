/**
 * This browser's localStorage, as the scripts use it: reading or writing throws when storage is
 * turned off, and writing when it is full; these report that as no value and as `false`.
 */

/** The string stored under `key`; null when there is none or storage is off. */
export function readStored(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, or removes the key for null; false when storage refused. */
export function writeStored(key: string, value: string | null): boolean {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch {
    return false;
  }
}
