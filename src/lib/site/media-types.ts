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
  // The Web Annotation profile of JSON-LD, as the W3C model asks of a collection.
  '.jsonld': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.bib': 'application/x-bibtex; charset=utf-8',
  '.ris': 'application/x-research-info-systems; charset=utf-8',
  // RFC 6129; by its double extension, so that a plain `.xml` file is not taken for TEI.
  '.tei.xml': 'application/tei+xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.epub': 'application/epub+zip',
};

/**
 * Files whose type dist/_headers states: text and data, so that browsers do not guess
 * windows-1252, the PDF, so that no host serves it as a download of unknown type, and the EPUB,
 * which hosts may not know, so that reading systems open it.
 */
export const TYPED_BY_HEADERS = [
  '.txt',
  '.json',
  '.jsonld',
  '.bib',
  '.ris',
  '.tei.xml',
  '.pdf',
  '.epub',
] as const;

/** The media type of a file, by the extension of its name or path (a double one first). */
export function mediaTypeOf(file: string): string {
  const double = /\.[^./\\]+\.[^./\\]+$/.exec(file)?.[0] ?? '';
  const ext = /\.[^./\\]+$/.exec(file)?.[0] ?? '';
  return MEDIA_TYPES[double] ?? MEDIA_TYPES[ext] ?? 'application/octet-stream';
}
