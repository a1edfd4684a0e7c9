/**
 * What a host serves: the 404 page, `npm start`'s server (status codes, slash redirects, types
 * with charset, the `_headers` values), and the Content Security Policy in `_headers` and in every
 * page's meta element, which must agree with each other and with the inline code of the pages.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/hosting/headers.ts';
import { createHandler } from '../../src/hosting/serve.ts';
import { hashSource } from '../../src/integrations/security-headers.ts';
import { DIST, htmlPages, requireBuild } from '../helpers/site.ts';

requireBuild();
const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
const pages = htmlPages();
const headerPolicy = headersFor(rules, '/paper/').get('content-security-policy') ?? '';

/** A policy as a map from directive to its sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('the 404 page', () => {
  const page = pages.find((p) => p.url === '/404.html');
  const document = parseHTML(page?.html ?? '').document;

  it('is built as dist/404.html, in the site layout, and asks not to be indexed', () => {
    expect(page).toBeDefined();
    expect(document.querySelector('h1')?.textContent).toBe('Page not found');
    expect(document.querySelector('header.site nav')).not.toBeNull();
    expect(document.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
  });

  it('offers search, the paper and its contents, by absolute links', () => {
    const form = document.querySelector('main form');
    expect(form?.getAttribute('action')).toBe('/search/');
    expect(form?.getAttribute('method')).toBe('get');
    expect(form?.querySelector('input[name="q"]')).not.toBeNull();
    const links = [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(expect.arrayContaining(['/paper/', '/paper/#toc-title']));
    for (const href of links) expect(href).toMatch(/^\//);
  });
});

describe("npm start's server", () => {
  let server: Server;
  let origin = '';
  beforeAll(async () => {
    server = createServer(createHandler(DIST));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  const get = (p: string) => fetch(`${origin}${p}`, { redirect: 'manual' });

  it('sends 404.html with status 404 for an unknown path, as HTML whatever the address', async () => {
    for (const p of ['/no-such-page/', '/paper/nested/deep', '/missing.json', '/_headers']) {
      const response = await get(p);
      expect(response.status, p).toBe(404);
      expect(response.headers.get('content-type'), p).toBe('text/html; charset=utf-8');
      expect(await response.text(), p).toContain('Page not found');
    }
  });

  it('never serves a file outside dist/', async () => {
    for (const p of ['/%2e%2e/package.json', '/..%2fpackage.json', '/%2e%2e%2fREADME.md']) {
      const response = await get(p);
      expect(response.status, p).toBe(404);
    }
  });

  it('redirects a directory without its slash to it, keeping the query', async () => {
    const plain = await get('/paper');
    expect([301, 308]).toContain(plain.status);
    expect(plain.headers.get('location')).toBe('/paper/');
    const query = await get('/sources?x=1');
    expect(query.headers.get('location')).toBe('/sources/?x=1');
    expect((await get('/paper/')).status).toBe(200);
  });

  it.each([
    ['/paper.txt', 'text/plain; charset=utf-8'],
    ['/edition.json', 'application/json; charset=utf-8'],
    ['/bibliography.bib', 'application/x-bibtex; charset=utf-8'],
    ['/bibliography.ris', 'application/x-research-info-systems; charset=utf-8'],
    ['/edition.tei.xml', 'application/tei+xml; charset=utf-8'],
    ['/edition.epub', 'application/epub+zip'],
    ['/paper/', 'text/html; charset=utf-8'],
  ])('sends %s as %s', async (p, type) => {
    const response = await get(p);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
  });

  it('sends the headers of dist/_headers with every page and file', async () => {
    for (const p of ['/', '/paper/', '/paper.txt', '/search-ui.js', '/no-such-page/']) {
      const response = await get(p);
      expect(response.headers.get('content-security-policy'), p).toBe(headerPolicy);
      expect(response.headers.get('x-content-type-options'), p).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), p).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), p).toContain('clipboard-write=(self)');
    }
  });
});

describe('the Content Security Policy', () => {
  const policy = directives(headerPolicy);

  it('is strict: only this site, no inline code but hashed, no framing', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'self'"]);
    expect(policy.get('form-action')).toEqual(["'self'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    for (const name of ['script-src', 'style-src']) {
      const extra = (policy.get(name) ?? []).filter(
        (s) => s !== "'self'" && s !== "'wasm-unsafe-eval'",
      );
      for (const source of extra) expect(source, name).toMatch(/^'sha256-[A-Za-z0-9+/]+=*'$/);
    }
    expect(policy.get('style-src')).not.toContain("'wasm-unsafe-eval'");
  });

  it('admits every inline script and style of every page, each page carrying its own in a meta element', () => {
    const scripts = new Set(policy.get('script-src'));
    const styles = new Set(policy.get('style-src'));
    /** The policy's directives without their hashes, which differ from page to page. */
    const shape = (text: string) => text.replace(/ 'sha256-[^']+'/g, '');
    const meta = shape(headerPolicy.replace(/;\s*frame-ancestors [^;]*/, ''));
    for (const page of pages) {
      const { document } = parseHTML(page.html);
      const head = [...document.head.children];
      const csp = head.findIndex((e) => e.getAttribute('http-equiv') === 'Content-Security-Policy');
      const content = head[csp]?.getAttribute('content') ?? '';
      expect(shape(content), page.url).toBe(meta);
      const own = new Set(content.match(/'sha256-[^']+'/g) ?? []);
      // First in <head>, but for <meta charset>, which must stay within the first 1024 bytes.
      expect(
        head.slice(0, csp).map((e) => e.outerHTML),
        page.url,
      ).toEqual(['<meta charset="utf-8">']);
      expect(document.querySelectorAll('meta[http-equiv]').length, page.url).toBe(1);
      for (const script of document.querySelectorAll('script:not([src])')) {
        const type = script.getAttribute('type') ?? '';
        if (type === 'application/ld+json') continue; // a data block: never run
        const hash = hashSource(script.textContent ?? '');
        expect(scripts.has(hash) && own.has(hash), `${page.url} script`).toBe(true);
      }
      for (const style of document.querySelectorAll('style')) {
        const hash = hashSource(style.textContent ?? '');
        expect(styles.has(hash) && own.has(hash), `${page.url} style`).toBe(true);
      }
      expect(document.querySelectorAll('[style]').length, `${page.url} style attributes`).toBe(0);
    }
  });

  it('needs no hash for styles of the code loaded on demand: it adopts them through CSSOM', () => {
    for (const bundle of ['search-ui.js', 'page-tools.js', 'annotations.js']) {
      const code = withImports(path.join(DIST, bundle));
      expect(code, bundle).not.toContain('createElement("style")');
      expect(code, bundle).toContain('adoptedStyleSheets');
    }
  });

  it('sets each Content-Type once, with charset, for text and data', () => {
    for (const [file, type] of [
      ['/witness.txt', 'text/plain; charset=utf-8'],
      ['/cite.json', 'application/json; charset=utf-8'],
      ['/bibliography.bib', 'application/x-bibtex; charset=utf-8'],
      ['/bibliography.ris', 'application/x-research-info-systems; charset=utf-8'],
      ['/edition.tei.xml', 'application/tei+xml; charset=utf-8'],
    ]) {
      expect(headersFor(rules, file ?? '').get('content-type')).toBe(type);
    }
    expect(headersFor(rules, '/paper/').get('content-type')).toBeUndefined();
  });
});

/** A bundle's code and that of the chunks it imports (`from"./_astro/…"`), as the browser runs it. */
function withImports(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imported = [...code.matchAll(/from"(\.[^"]+)"/g)].map(([, relative = '']) =>
    withImports(path.resolve(path.dirname(file), relative), seen),
  );
  return [code, ...imported].join('\n');
}
