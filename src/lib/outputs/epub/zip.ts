/**
 * The OCF container as a zip, the same bytes on every build: the `mimetype` entry first and
 * stored, then every file in the order given, all dated by the content date (fflate writes no
 * other time, no extra fields and no host details).
 */
import { strToU8, type Zippable, zipSync } from 'fflate';

/** The media type an EPUB's `mimetype` entry holds. */
export const EPUB_MEDIA_TYPE = 'application/epub+zip';

/**
 * The time every entry carries: midnight of the content date. fflate reads a Date's local-time
 * fields for the zip's DOS time, so the Date is made from local fields too: the bytes are then
 * the same in every time zone.
 */
export function zipTime(isoDate: string): Date {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) throw new Error(`Not an ISO date: "${isoDate}"`);
  return new Date(year, month - 1, day, 0, 0, 0);
}

/** The EPUB container: `mimetype`, then the files (path → text) in order. */
export function ocfZip(
  files: ReadonlyArray<[path: string, text: string]>,
  isoDate: string,
): Uint8Array<ArrayBuffer> {
  const mtime = zipTime(isoDate);
  const entries: Zippable = { mimetype: [strToU8(EPUB_MEDIA_TYPE), { level: 0, mtime }] };
  for (const [path, text] of files) entries[path] = [strToU8(text), { level: 9, mtime }];
  // A copy over a plain ArrayBuffer, as a Response body must be.
  return new Uint8Array(zipSync(entries));
}
