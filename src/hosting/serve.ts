/**
 * `npm start`'s server: serves dist/ on http://localhost:4321 as a static host does, where
 * `astro preview` does not: an unknown path gets /404.html with status 404, a directory without
 * its slash is redirected (301) to it, text and data go out with `charset=utf-8` (.bib and .ris
 * included), and every response carries the headers that dist/_headers gives its path.
 *
 * Our own, on node:http, rather than a package: no static server on npm reads the `_headers`
 * file that Netlify and Cloudflare Pages read, and this one is short enough to read in full. It
 * serves a local build to one reader; it is not meant to face the internet.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import {
  createServer,
  type IncomingMessage,
  type ServerOptions,
  type ServerResponse,
} from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { headersFor, parseHeaders } from './headers.ts';

/**
 * Node answers a request whose headers pass 16 KB with 431. The site's links stay under 2,000
 * characters; quotation links made before that rule ran to 36 KB, and still open here.
 */
export const SERVER_OPTIONS: ServerOptions = { maxHeaderSize: 64 * 1024 };

/** Files a host reads as configuration and never serves. */
const HIDDEN = new Set(['/_headers', '/_redirects']);

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** A request handler serving the built site in `root` (an absolute path). */
export function createHandler(root: string): (req: IncomingMessage, res: ServerResponse) => void {
  const headersFile = path.join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];

  function send(res: ServerResponse, status: number, file: string, urlPath: string, head: boolean) {
    // Lower-case names throughout, so that a `_headers` value replaces the default, never doubles it.
    const headers: Record<string, string> = { 'content-type': mediaTypeOf(file) };
    for (const [name, value] of headersFor(rules, urlPath)) headers[name] = value;
    const body = readFileSync(file);
    headers['content-length'] = String(body.length);
    res.writeHead(status, headers).end(head ? undefined : body);
  }

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      urlPath = '/404.html';
    }
    const full = path.join(root, urlPath);
    const inside = full === root || full.startsWith(root + path.sep);
    if (inside && !HIDDEN.has(urlPath)) {
      if (isFile(full)) return send(res, 200, full, url.pathname, head);
      if (isFile(path.join(full, 'index.html'))) {
        if (url.pathname.endsWith('/'))
          return send(res, 200, path.join(full, 'index.html'), url.pathname, head);
        // The site's links all end in a slash (trailingSlash: 'always'); so do its pages' addresses.
        res.writeHead(301, { Location: `${url.pathname}/${url.search}` }).end();
        return;
      }
    }
    const notFound = path.join(root, '404.html');
    // The headers of the page sent, not of the address asked: /missing.json gets an HTML page.
    if (isFile(notFound)) return send(res, 404, notFound, '/404.html', head);
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.env['DIST_DIR'] ?? 'dist');
  if (!isFile(path.join(root, 'index.html'))) {
    console.error(`${root} holds no built site: run \`npm run build\` first.`);
    process.exit(1);
  }
  const port = Number(process.env['PORT'] ?? 4321);
  const host = process.env['HOST'] ?? 'localhost';
  createServer(SERVER_OPTIONS, createHandler(root)).listen(port, host, () => {
    console.log(`Serving ${path.relative(process.cwd(), root) || '.'}/ on http://${host}:${port}/`);
  });
}
