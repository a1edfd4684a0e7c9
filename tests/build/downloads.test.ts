/**
 * The Downloads page and its one list (src/lib/outputs/downloads.ts): every file is built, with
 * the size the page states; the paper's title block, /about/ and /edition.json point to it; and
 * the validators it names are those the tests run, at the versions it says.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { DOWNLOADS, VALIDATORS } from '../../src/lib/outputs/downloads.ts';
import { formatSize } from '../../src/lib/text/format-size.ts';
import { FILES, PAGES } from '../../src/lib/site/routes.ts';
import { EPUBCHECK_JAR } from '../helpers/epub.ts';
import { DIST } from '../helpers/site.ts';

const page = (sitePath: string) =>
  parseHTML(readFileSync(path.join(DIST, sitePath, 'index.html'), 'utf8')).document;
const downloads = page(PAGES.downloads);

describe('the Downloads page', () => {
  it('lists every file of the edition with its size as built', () => {
    const items = [...downloads.querySelectorAll('.downloads li')];
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(
      DOWNLOADS.map((d) => d.path),
    );
    for (const [i, d] of DOWNLOADS.entries()) {
      const bytes = statSync(path.join(DIST, d.path)).size;
      expect(bytes, d.path).toBeGreaterThan(0);
      expect(items[i]?.textContent, d.path).toContain(formatSize(bytes));
    }
  });

  it('is linked from the paper’s title block and from /about/', () => {
    for (const from of [PAGES.paper, PAGES.about])
      expect(
        [...page(from).querySelectorAll('a')].map((a) => a.getAttribute('href')),
        from,
      ).toContain(PAGES.downloads);
  });

  it('is what /edition.json lists, with the same sizes', () => {
    const json = JSON.parse(readFileSync(path.join(DIST, FILES.edition), 'utf8')) as {
      downloads: { url: string; bytes?: number }[];
    };
    expect(json.downloads.map((d) => new URL(d.url).pathname)).toEqual(
      DOWNLOADS.map((d) => d.path),
    );
    for (const d of json.downloads.filter((x) => x.bytes !== undefined))
      expect(d.bytes, d.url).toBe(statSync(path.join(DIST, new URL(d.url).pathname)).size);
  });
});

describe('the validators it names', () => {
  it('EPUBCheck and Ace at the versions the tests run', () => {
    const epubcheck = spawnSync('java', ['-jar', EPUBCHECK_JAR, '--version'], { encoding: 'utf8' });
    const version = /EPUBCheck v(\S+)/.exec(epubcheck.stdout + epubcheck.stderr)?.[1];
    expect(version).toBeDefined();
    expect(VALIDATORS.epub).toContain(`EPUBCheck ${version ?? ''}`);
    const ace = JSON.parse(readFileSync('node_modules/@daisy/ace-cli/package.json', 'utf8')) as {
      version: string;
    };
    expect(VALIDATORS.epub).toContain(`Ace by DAISY ${ace.version}`);
  });

  it('jing and the TEI schema at the versions the tests run', () => {
    const jar = path.basename(realpathSync('/usr/share/java/jing.jar'));
    expect(VALIDATORS.jing).toContain(`jing ${/jing-(\d+)\.jar/.exec(jar)?.[1] ?? jar}`);
    const schema = readFileSync('tests/schemas/tei_all.rng', 'utf8').slice(0, 4000);
    expect(schema).toContain('4.12.0');
    expect(VALIDATORS.jing).toContain('TEI P5 4.12.0');
  });

  it('Typst at the version that made the PDF', () => {
    const info = spawnSync('pdfinfo', [path.join(DIST, FILES.pdf)], { encoding: 'utf8' }).stdout;
    const typst = /Creator:\s+Typst (\S+)/.exec(info)?.[1];
    expect(typst).toBeDefined();
    expect(VALIDATORS.typst).toContain(`Typst ${typst ?? ''}`);
  });
});
