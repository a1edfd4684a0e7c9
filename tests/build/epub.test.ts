/**
 * The EPUB the build writes (dist/edition.epub), through the validators its community trusts:
 * EPUBCheck (0 fatal, 0 errors, 0 warnings under EPUB 3.2 rules) and Ace by DAISY (0 violations),
 * with the working paper's page starts placed (pagebreak markers and a page list). Neither
 * validator ever skips: a missing one fails.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { headersFor, parseHeaders } from '../../src/hosting/headers.ts';
import { FILES } from '../../src/lib/site/routes.ts';
import { ace, epubcheck } from '../helpers/epub.ts';
import { DIST } from '../helpers/site.ts';

const built = path.join(DIST, FILES.epub);

it('carries the working paper’s page starts, to be validated with them', () => {
  const files = Object.entries(unzipSync(readFileSync(built)));
  const text = (name: RegExp) =>
    files
      .filter(([f]) => name.test(f))
      .map(([, bytes]) => strFromU8(bytes))
      .join('');
  expect(text(/nav\.xhtml$/)).toContain('epub:type="page-list"');
  expect(text(/\.xhtml$/)).toContain('epub:type="pagebreak"');
});

it('passes EPUBCheck with no fatal error, no error and no warning', () => {
  const result = epubcheck(built);
  expect(result.messages).toEqual([]);
  expect([result.fatal, result.errors, result.warnings]).toEqual([0, 0, 0]);
}, 180_000);

it('passes Ace by DAISY with no violation', () => {
  const result = ace(built);
  expect(result.violations).toEqual([]);
  expect(result.outcome).toBe('pass');
}, 180_000);

it('is served as application/epub+zip', () => {
  const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
  expect(headersFor(rules, FILES.epub).get('content-type')).toBe('application/epub+zip');
  expect(readFileSync(built).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
});
