/**
 * The media type of every kind of file the site publishes, by extension: one table for the
 * endpoints that write the files, the `Content-Type` lines of dist/_headers and `npm start`'s
 * server, so that `astro dev`, a host and the local server all send the same type.
 */

/** Types by extension; text and data carry their charset, so that no browser guesses one. */
const MEDIA_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  // CSL-JSON included: a host types by extension, and `/*.json` cannot tell it from edition.json.
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.epub': 'application/epub+zip',
};

/**
 * Files whose type dist/_headers states: text and data, so that browsers do not guess
 * windows-1252, and the EPUB, which hosts may not know, so that reading systems open it.
 */
export const TYPED_BY_HEADERS = ['.txt', '.json', '.bib', '.ris', '.epub'] as const;

/** The media type of a file, by the extension of its name or path. */
export function mediaTypeOf(file: string): string {
  const ext = /\.[^./\\]+$/.exec(file)?.[0] ?? '';
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}
