/**
 * The README's sample error is what `npm run build` prints, word for word: the two mistakes it
 * shows (a misspelt field in a glossary entry, a note reference without its note) are made in a
 * copy of content/, and the build's output is compared with the README's ```text block.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildCopy } from '../helpers/content-copy.ts';

const ROOT = path.resolve('.');

/** Changes one file of the copy; the change must apply. */
function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = change(before);
  expect(after, file).not.toBe(before);
  writeFileSync(full, after);
}

it('the README’s sample error is what the build prints for its two mistakes', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const sample = /for example:\n\n```text\n([\s\S]*?)\n```/.exec(readme)?.[1];
  expect(sample, 'README.md has no ```text sample after "for example:"').toBeDefined();
  const root = mkdtempSync(path.join(tmpdir(), 'edition-readme-'));
  try {
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    edit(root, 'content/glossary/binding.md', (t) => t.replace(/^related:/m, 'relatd:'));
    // A reference to a note the section does not have, at the end of its line 12.
    edit(root, 'content/paper/conclusion.mdx', (t) =>
      t
        .split('\n')
        .map((line, i) => (i === 12 ? `${line}[^33]` : line))
        .join('\n'),
    );
    const run = buildCopy(root);
    expect(run.status).toBe(1);
    // Our list and nothing else: no line of Astro's, no hint, no stack trace.
    const failed = run.stderr.indexOf('Build failed');
    expect(failed, run.stderr).toBeGreaterThan(0);
    expect(run.stderr.slice(0, failed)).toBe(`${sample}\n`);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Stack trace|Hint:|^\s+at /m);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 150_000);
