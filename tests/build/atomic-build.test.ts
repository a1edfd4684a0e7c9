/**
 * `npm run build` (src/hosting/build.ts) is atomic: a build that fails or is interrupted half-way
 * leaves the previous output exactly as it was. The builds run into temporary folders
 * (BUILD_OUT_DIR), never into dist/. That two builds write the same bytes is in astro-build.test.ts.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { shellEnv } from '../helpers/build-env.ts';

const CACHE = path.resolve('node_modules', '.cache', 'edition-build');
/** Test outputs sit on the same disk as the staging folder, as dist/ does. */
const TEST_DIR = path.resolve('node_modules', '.cache', 'edition-build-test');
const temporary: string[] = [];
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(name: string): string {
  mkdirSync(TEST_DIR, { recursive: true });
  const dir = mkdtempSync(path.join(TEST_DIR, `${name}-`));
  temporary.push(dir);
  return dir;
}

/** Every file under a folder, as absolute paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)],
  );
}

/** Path → sha256 of every file under a folder. */
function manifest(dir: string): Record<string, string> {
  return Object.fromEntries(
    files(dir)
      .sort()
      .map((f) => [
        path.relative(dir, f),
        createHash('sha256').update(readFileSync(f)).digest('hex'),
      ]),
  );
}

/** A stand-in for the last good build. */
function previousBuild(): string {
  const dir = tempDir('previous');
  mkdirSync(path.join(dir, 'paper'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>previous build</title>');
  writeFileSync(path.join(dir, 'paper', 'index.html'), 'previous paper');
  return dir;
}

/** Starts `npm run build`'s script with its output in `outDir`. */
function build(outDir: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['src/hosting/build.ts'], {
    env: shellEnv({ ...env, BUILD_OUT_DIR: outDir }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<{ code: number | null; output: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, output })),
  );
  return { child, done };
}

/** Staging folders of builds, other than those present before. */
const stagingNow = () => (existsSync(CACHE) ? readdirSync(CACHE) : []);

describe('a failed build', () => {
  it('leaves the previous output untouched when the content is bad', async () => {
    const out = previousBuild();
    const before = manifest(out);
    const { code, output } = await build(out, {
      EDITION_PAPER_DIR: 'tests/fixtures/bad-paper',
    }).done;
    expect(code).not.toBe(0);
    expect(output).toContain('is unchanged');
    expect(manifest(out)).toEqual(before);
    // The project's own list, without Astro's hook wrapper, a hint or a stack trace.
    expect(output).toContain(
      'tests/fixtures/bad-paper/only.mdx:6 Note reference [^1] has no definition',
    );
    expect(output).not.toMatch(/unhandled error|Stack trace|Hint:|^\s+at /im);
  }, 120_000);

  it('leaves the previous output untouched when interrupted while pages are being written', async () => {
    const out = previousBuild();
    const before = manifest(out);
    const earlier = new Set(stagingNow());
    const { child, done } = build(out);
    // Wait until Astro has written part of the site into its staging folder, then interrupt.
    let staging = '';
    await vi.waitFor(
      () => {
        staging = stagingNow().find((n) => !earlier.has(n)) ?? '';
        const written = staging ? files(path.join(CACHE, staging)).length : 0;
        if (written < 20) throw new Error(`${written} files written so far`);
      },
      { timeout: 90_000, interval: 20 },
    );
    expect(existsSync(path.join(CACHE, staging, '_headers'))).toBe(false);
    child.kill('SIGTERM');
    const { code, output } = await done;
    expect(code).not.toBe(0);
    expect(output).toContain('Build interrupted');
    expect(manifest(out)).toEqual(before);
    expect(existsSync(path.join(CACHE, staging))).toBe(false);
  }, 120_000);
});
