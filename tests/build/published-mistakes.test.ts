/**
 * The editor mistakes that used to be published (issue 20) stop the real `npm run build`, in one
 * pass, each at its file and line with a Fix, before anything is written: markup in a case's
 * summary, a work's remark and title, and the paper's facts; a `javascript:` URL; an edited
 * witness; 100 KB of filler as a paragraph. They are made in a copy of content/.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { buildCopy, commitAll } from '../helpers/content-copy.ts';

const ROOT = path.resolve('.');

/** Changes the first `text` of one file of the copy to `by`; the text must be there. */
function edit(root: string, file: string, text: string | RegExp, by: string): void {
  const full = path.join(root, file);
  const before = readFileSync(full, 'utf8');
  const after = before.replace(text, by);
  expect(after, `${file}: ${String(text)}`).not.toBe(before);
  writeFileSync(full, after);
}

/** `file:line` of the first line of a file of the copy that holds `text`. */
function at(root: string, file: string, text: string): string {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  expect(index, `${file}: ${text}`).toBeGreaterThanOrEqual(0);
  return `${file}:${index + 1}`;
}

it('refuses every mistake the issue found published, at its line, and writes nothing', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'edition-mistakes-'));
  const out = path.join(root, 'dist');
  try {
    cpSync(path.join(ROOT, 'content'), path.join(root, 'content'), { recursive: true });
    // A checkout of its own, where the witness's recorded version is found (to name its line).
    commitAll(root);
    const works = 'content/bibliography/works.json';
    edit(root, 'content/cases/agreed-framework.md', /^summary: "/m, 'summary: "<b>Note:</b> ');
    edit(root, works, /"remark": "/, '"remark": "<img src=x onerror=alert(1)> ');
    edit(root, works, /("id": "joffe-1997",\n\s*"type": "[^"]+",\n\s*"title": ")/, '$1<i>x</i> ');
    edit(root, works, /("id": "joffe-1997",)/, '$1\n    "URL": "javascript:alert(1)",');
    edit(
      root,
      'content/bibliography/paper-facts.json',
      /"title": "/,
      '"title": "<script>1</script>',
    );
    edit(root, 'content/witness/paper.txt', 'Asia Pacific', 'Asai Pacific');
    edit(
      root,
      'content/paper/conclusion.mdx',
      /\n---\n\n/,
      `\n---\n\nLorem${' ipsum'.repeat(17_000)}.\n\n`,
    );
    const run = buildCopy(root);
    expect(run.status).toBe(1);
    const failed = run.stderr.indexOf('Build failed');
    expect(failed, run.stderr).toBeGreaterThan(0);
    const list = run.stderr.slice(0, failed).split('\n');
    expect(list[0]).toBe('7 content problems:');
    const places = list.filter((line) => /^\S+:\d+ /.test(line)).map((line) => line.split(' ')[0]);
    expect(places.sort()).toEqual(
      [
        at(root, 'content/bibliography/paper-facts.json', '<script>'),
        at(root, works, 'onerror'),
        at(root, works, '<i>x</i>'),
        at(root, works, 'javascript:'),
        at(root, 'content/cases/agreed-framework.md', 'summary:'),
        at(root, 'content/paper/conclusion.mdx', 'Lorem'),
        at(root, 'content/witness/paper.txt', 'Asai Pacific'),
      ].sort(),
    );
    // Each with its Fix, and nothing else: no line of Astro's, no hint, no stack trace.
    expect(list.filter((line) => line.startsWith('  Fix: '))).toHaveLength(7);
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/Stack trace|Hint:|^\s+at /m);
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 150_000);
