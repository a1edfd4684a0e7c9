/**
 * The built site in dist/, for build and browser tests: its pages, and a static server on a free
 * loopback port that serves it as a host would (directory index, trailing slashes, 404), at the
 * root or under a sub-path such as /edition/ (a build made with BASE_PATH).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHandler, SERVER_OPTIONS } from '../../src/hosting/serve.ts';
import { mediaTypeOf } from '../../src/lib/site/media-types.ts';

/** The build output the tests read. */
export const DIST = path.resolve('dist');

/** Fails with a clear message when the site has not been built. */
export function requireBuild(): void {
  if (!existsSync(path.join(DIST, 'paper', 'index.html'))) {
    throw new Error('dist/ has no built site: run `npm run build` first (npm test does).');
  }
}

/** Every file under a build folder (by default dist/), as paths relative to it. */
export function distFiles(root = DIST, dir = root): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? distFiles(root, full) : [path.relative(root, full)];
  });
}

/** HTML pages of the site with their URL path (`/paper/`), excluding Pagefind's own files. */
export function htmlPages(): { url: string; file: string; html: string }[] {
  requireBuild();
  return distFiles()
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((file) => ({
      url: `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`,
      file,
      html: readFileSync(path.join(DIST, file), 'utf8'),
    }));
}

/** Resolves a URL path to a file in a build folder (by default dist/), or undefined. */
export function resolveIn(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  const full = path.join(root, clean);
  if (!full.startsWith(root)) return undefined;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = path.join(full, 'index.html');
  return existsSync(index) ? index : undefined;
}

/** Resolves a URL path to a file in dist/, or undefined. */
export function resolveInDist(urlPath: string): string | undefined {
  return resolveIn(DIST, urlPath);
}

/**
 * Serves dist/ on 127.0.0.1; returns the server and its origin. `asHost`: serve it with `npm
 * start`'s server instead, which sends dist/_headers (the CSP among them) and 404.html.
 */
export async function serveDist({ asHost = false } = {}): Promise<{
  server: Server;
  origin: string;
}> {
  requireBuild();
  if (!asHost) return serveDir(DIST);
  const server = createServer(SERVER_OPTIONS, createHandler(DIST));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/**
 * Serves a build folder on 127.0.0.1 under `base` (`/edition/`): a request outside the base is a
 * 404, as on a host that serves the site from a sub-path. Returns the server and its origin.
 */
export async function serveDir(
  root: string,
  base = '/',
): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const file = url.startsWith(base) ? resolveIn(root, `/${url.slice(base.length)}`) : undefined;
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': mediaTypeOf(file) });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

/** One page of each kind, for checks that must hold on every kind (the 404 page last). */
export const PAGE_TYPES = [
  '/',
  '/paper/',
  '/about/',
  '/cite/',
  '/search/',
  '/sources/',
  '/sources/cronin-1999/',
  '/concepts/',
  '/concepts/balance-of-power/',
  '/cases/',
  '/cases/opium-war/',
  '/timeline/',
  '/index/',
  '/no-such-page/',
] as const;
