/**
 * The real `astro build`, run as a user would: bad content stops it with the project's own list of
 * problems before anything is written, and a build started from another folder on another day
 * writes the very bytes of dist/ (paths resolve from the project root, not the working directory;
 * citations and the edition's version take the date of the content, never the day of the build).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { shellEnv } from '../helpers/build-env.ts';
import { DIST, distFiles } from '../helpers/site.ts';

const ROOT = path.resolve('.');
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro');

function build(options: { cwd: string; outDir: string; env?: Record<string, string> }) {
  const run = spawnSync(ASTRO, ['build', '--root', ROOT, '--outDir', options.outDir], {
    cwd: options.cwd,
    env: shellEnv(options.env),
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

/** Path → sha256 of every file under a build folder. */
function manifest(dir: string): Record<string, string> {
  return Object.fromEntries(
    distFiles(dir)
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

it('a build started from another working directory, three days later, writes the bytes of dist/', () => {
  const elsewhere = mkdtempSync(path.join(tmpdir(), 'edition-cwd-'));
  // Inside the project: Astro's prerender step resolves packages from the output folder.
  const out = path.join(ROOT, 'test-results', 'dist-other-cwd');
  // Its clock runs three days ahead, as a build on another day would see it.
  const later = `--import=${path.resolve('tests/fixtures/clock-three-days-later.mjs')}`;
  try {
    const run = build({
      cwd: elsewhere,
      outDir: out,
      env: { NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} ${later}`.trim() },
    });
    expect(run.status, run.output).toBe(0);
    const [built, fresh] = [manifest(DIST), manifest(out)];
    expect(fresh['paper/index.html']).toBeDefined();
    expect(fresh['witness.txt']).toBeDefined();
    // dist/ is `npm run build`'s (tests/setup/fresh-dist.ts checked it is not stale); built with
    // other settings (BASE_PATH…), it differs, and so this check fails: build it again.
    const differing = Object.keys({ ...built, ...fresh }).filter((f) => built[f] !== fresh[f]);
    expect(differing, 'files that differ from dist/').toEqual([]);
  } finally {
    rmSync(elsewhere, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
