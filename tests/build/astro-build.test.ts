/**
 * The real `astro build`, run as a user would: bad content stops it with the project's own list of
 * problems before anything is written, and a build started from another folder reads the same
 * content (paths resolve from the project root, not the working directory).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const ROOT = path.resolve('.');
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro');

function build(options: { cwd: string; outDir: string; env?: Record<string, string> }) {
  const run = spawnSync(ASTRO, ['build', '--root', ROOT, '--outDir', options.outDir], {
    cwd: options.cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

it('bad content stops `astro build` with file:line, the problem and a fix, and writes nothing', () => {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'edition-bad-')), 'dist');
  try {
    const run = build({
      cwd: ROOT,
      outDir: out,
      env: { EDITION_PAPER_DIR: 'tests/fixtures/bad-paper' },
    });
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'tests/fixtures/bad-paper/only.mdx:6 Note reference [^1] has no definition',
    );
    expect(run.output).toContain('Fix: Add the note');
    // The project's own message, without a stack trace. Plain `astro build` puts one line of its
    // hook wrapper in front of the list; `npm run build` leaves it out (tests/build/atomic-build).
    expect(run.output).not.toMatch(/Stack trace|^\s+at /im);
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
  } finally {
    rmSync(path.dirname(out), { recursive: true, force: true });
  }
}, 180_000);

it('a build started from another working directory reads the project’s content', () => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'edition-cwd-'));
  // Inside the project: Astro's prerender step resolves packages from the output folder.
  const out = path.join(ROOT, 'test-results', 'dist-other-cwd');
  try {
    const run = build({ cwd: elsewhere, outDir: out });
    expect(run.status, run.output).toBe(0);
    expect(existsSync(path.join(out, 'paper', 'index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'witness.txt'))).toBe(true);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
