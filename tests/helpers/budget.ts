/**
 * What a page costs a reader on load: its HTML and the CSS and JavaScript it pulls in from the
 * site, each gzip-compressed (level 9), as a server would send them.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { resolveInDist } from './site.ts';

/** Gzip size of a file or string, in bytes. */
export function gzipSize(content: string | Buffer): number {
  return gzipSync(content, { level: 9 }).length;
}

/** Compressed bytes of a page's HTML, stylesheets and scripts loaded on load (not lazy imports). */
export function pageWeight(urlPath: string): {
  html: number;
  css: number;
  js: number;
  total: number;
} {
  const file = resolveInDist(urlPath);
  if (!file) throw new Error(`no page at ${urlPath}`);
  const html = readFileSync(file, 'utf8');
  const { document } = parseHTML(html);
  const size = (selector: string, attr: string) =>
    [...document.querySelectorAll(selector)].reduce((sum, el) => {
      const target = resolveInDist(el.getAttribute(attr) ?? '');
      return sum + (target ? gzipSize(readFileSync(target)) : 0);
    }, 0);
  const css = size('link[rel="stylesheet"][href]', 'href');
  const js = size('script[src]', 'src');
  const htmlBytes = gzipSize(html);
  return { html: htmlBytes, css, js, total: htmlBytes + css + js };
}
