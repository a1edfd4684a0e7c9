/**
 * /paper/ printed to A4 by Chromium (`page.pdf()`), its text read back with poppler's
 * `pdftotext`: page 1 carries the title block with the working paper's citation, the permalink
 * and the date of the edition; ¶ numbers, the notes (as endnotes, numbered), the editor's remarks
 * and each page's number in its bottom margin print; "cite" links, buttons, the site's navigation
 * and relative addresses do not.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { pngSize } from '../helpers/png.ts';
import { browserSession } from '../helpers/session.ts';

const session = browserSession();
const dir = mkdtempSync(path.join(tmpdir(), 'edition-print-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Prints /paper/ with the given stored settings; returns the PDF's file. */
async function printPaper(settings: Record<string, string> = {}, name = 'paper'): Promise<string> {
  const { page } = await session.blank({ width: 1280 });
  await page.addInitScript((s) => localStorage.setItem('reader', JSON.stringify(s)), settings);
  await page.goto(`${session.origin()}/paper/`);
  // The notes script has run (it adds the "cite" links that printing must leave out).
  await page.locator('.passage-cite').first().waitFor({ state: 'attached' });
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  return file;
}

/** The edition as the site publishes it (dist/edition.json): its paragraphs and notes. */
function edition(): {
  sections: { paragraphs: { n: number }[] }[];
  notes: { n: number; text: string }[];
} {
  return JSON.parse(readFileSync('dist/edition.json', 'utf8')) as ReturnType<typeof edition>;
}

function pdfText(file: string, pages: { first?: number; last?: number } = {}): string {
  const range = [
    ...(pages.first ? ['-f', String(pages.first)] : []),
    ...(pages.last ? ['-l', String(pages.last)] : []),
  ];
  // In layout mode pdftotext keeps a hyphen at the end of a line (its default mode drops it, as
  // if the word had been hyphenated); lines are joined so that phrases can be found whole.
  const text = execFileSync('pdftotext', ['-layout', ...range, '-enc', 'UTF-8', file, '-'], {
    encoding: 'utf8',
  });
  return text.replace(/-\n\s*/g, '-').replace(/\s+/g, ' ');
}

let file = '';
let all = '';
let first = '';
beforeAll(async () => {
  file = await printPaper();
  all = pdfText(file);
  first = pdfText(file, { first: 1, last: 1 });
});

describe('printing /paper/', () => {
  it('is A4', () => {
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+59[56]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
  });

  it('page 1: the title block, with the citation of the working paper, the permalink and the date of the edition', () => {
    const { date } = getContent();
    expect(first).toContain('Between Balance of Power and Community');
    expect(first).toContain(
      'G. John Ikenberry and Jitsuo Tsuchiyama, “Between Balance of Power and Community: The Future of Multilateral Security Cooperation in the Asia Pacific,” working paper, James A. Baker III Institute for Public Policy, Rice University, May 2000.',
    );
    expect(first).toContain('https://ikenberry-tsuchiyama.example.org/paper/');
    expect(first).toContain(`(edition of ${date})`);
  });

  it('prints the ¶ numbers, and the notes once, numbered, as endnotes', () => {
    const { sections, notes } = edition();
    const paragraphs = sections.flatMap((s) => s.paragraphs);
    expect(paragraphs.length).toBeGreaterThan(0);
    // "¶ 1" or "¶1": the extraction may drop the narrow space the text face sets.
    for (const { n } of paragraphs) expect(all).toMatch(new RegExp(`¶ ?${n}(?!\\d)`));
    const last = notes.at(-1);
    const sentence = last?.text.split(/(?<=\.) /)[0] ?? 'no notes';
    expect(all).toContain(`${last?.n}. ${sentence}`);
    // Once: the margin copies of the notes stay on screen.
    expect(all.split(sentence).length - 1).toBe(1);
  });

  it('prints the editor’s remarks, and no relative address', () => {
    expect(all).toContain('Editor: paragraph break inferred (medium certainty).');
    // The notes cite works, linked to their pages: their addresses must not print as "</sources/…/>".
    expect(all).toContain('Buruma');
    expect(all).not.toMatch(/<\/|\s\/(sources|concepts|cases|about|paper)\//);
  });

  it('prints each page’s number in the bottom margin', () => {
    const pages = Number(
      /^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThan(1);
    for (let n = 1; n <= pages; n++) {
      // The bottom 2 cm of the A4 page (842 pt high): only the page's number stands there.
      const margin = execFileSync(
        'pdftotext',
        [
          '-f',
          String(n),
          '-l',
          String(n),
          '-x',
          '0',
          '-y',
          '785',
          '-W',
          '596',
          '-H',
          '57',
          file,
          '-',
        ],
        { encoding: 'utf8' },
      );
      expect(margin.trim(), `page ${n}`).toBe(String(n));
    }
  });

  it('leaves out "cite" links, buttons and the site’s navigation', () => {
    expect(all).not.toMatch(/\bcite\b/i);
    expect(all).not.toContain('Skip to content');
    expect(all).not.toContain('Settings');
    expect(all).not.toMatch(/Concepts Cases Timeline/);
    expect(all).not.toContain('CONTENTS');
  });

  it('prints dark text on white whatever the theme, with no underlined marks', async () => {
    const { page } = await session.blank({ width: 1280 });
    await page.addInitScript(() => localStorage.setItem('reader', '{"theme":"dark"}'));
    await page.goto(`${session.origin()}/paper/`);
    await page.emulateMedia({ media: 'print' });
    const look = await page.evaluate(() => {
      const mark = document.querySelector('.paper-section a[href*="/concepts/"]') as Element;
      return {
        text: getComputedStyle(document.querySelector('#p12') as Element).color,
        mark: getComputedStyle(mark).textDecorationLine,
      };
    });
    expect(look).toEqual({ text: 'rgb(29, 29, 31)', mark: 'none' });
  });

  it('page 1 as an image, for a person to look at: one A4 page at 80 dpi, the title block’s page', () => {
    mkdirSync('test-results', { recursive: true });
    for (const old of readdirSync('test-results').filter((f) => f.startsWith('paper-print')))
      rmSync(path.join('test-results', old));
    execFileSync('pdftoppm', [
      '-f',
      '1',
      '-l',
      '1',
      '-r',
      '80',
      '-png',
      file,
      'test-results/paper-print',
    ]);
    const images = readdirSync('test-results').filter((f) => f.startsWith('paper-print'));
    expect(images).toHaveLength(1);
    const { width, height } = pngSize(readFileSync(path.join('test-results', images[0] ?? '')));
    // A4 is 210 by 297 mm: 661 by 935 px at 80 dpi.
    expect(Math.abs(width - (210 / 25.4) * 80)).toBeLessThan(2);
    expect(Math.abs(height - (297 / 25.4) * 80)).toBeLessThan(2);
    expect(first).toContain('Between Balance of Power and Community');
  });
});
