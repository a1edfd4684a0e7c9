/**
 * The EPUB the build writes (dist/edition.epub), through the validators its community trusts:
 * EPUBCheck (0 fatal, 0 errors, 0 warnings under EPUB 3.2 rules) and Ace by DAISY (0 violations).
 * The same again for an EPUB with the working paper's page starts placed (its pagebreak markers
 * and page list), until the model carries them. Neither validator ever skips: a missing one fails.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { headersFor, parseHeaders } from '../../src/hosting/headers.ts';
import { epubInput, writeEpub } from '../../src/lib/outputs/epub/index.ts';
import { FILES } from '../../src/lib/site/routes.ts';
import { ace, epubcheck, withPageBreaks } from '../helpers/epub.ts';
import { DIST } from '../helpers/site.ts';

const built = path.join(DIST, FILES.epub);

/** The real content with a page start before a paragraph of each section. */
function pagedEpub(): string {
  const content = getContent();
  const firsts = Object.fromEntries(
    content.edition.sections.map((s, i) => [s.paragraphs.at(-1)?.id ?? '', i + 2]),
  );
  const edition = withPageBreaks(content.edition, firsts);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'epub-')), 'paged.epub');
  const webUrl = (sitePath: string) => new URL(sitePath, 'https://example.org/').href;
  writeFileSync(file, writeEpub(epubInput({ ...content, edition }, webUrl, webUrl(FILES.epub))));
  return file;
}

describe.each([
  ['dist/edition.epub', () => built],
  ['an EPUB with page starts', pagedEpub],
])('%s', (_, file) => {
  it('passes EPUBCheck with no fatal error, no error and no warning', () => {
    const result = epubcheck(file());
    expect(result.messages).toEqual([]);
    expect([result.fatal, result.errors, result.warnings]).toEqual([0, 0, 0]);
  }, 180_000);

  it('passes Ace by DAISY with no violation', () => {
    const result = ace(file());
    expect(result.violations).toEqual([]);
    expect(result.outcome).toBe('pass');
  }, 180_000);
});

it('is served as application/epub+zip', () => {
  const rules = parseHeaders(readFileSync(path.join(DIST, '_headers'), 'utf8'));
  expect(headersFor(rules, FILES.epub).get('content-type')).toBe('application/epub+zip');
  expect(readFileSync(built).subarray(30, 58).toString()).toBe('mimetypeapplication/epub+zip');
});
