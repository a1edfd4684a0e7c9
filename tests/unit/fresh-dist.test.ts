/**
 * The build and browser tests' refusal of a stale dist/ (tests/setup/fresh-dist.ts), on a
 * project folder made for the test with file times set by hand.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { staleBuild } from '../setup/fresh-dist.ts';

const root = mkdtempSync(path.join(tmpdir(), 'edition-fresh-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Writes a file of the project with its modification time `minutes` after a fixed instant. */
function file(name: string, minutes: number): void {
  const full = path.join(root, name);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, name);
  const time = new Date(Date.UTC(2026, 0, 1, 12, minutes));
  utimesSync(full, time, time);
  // A folder's own time changes as files come and go: keep it out of the way.
  for (let dir = path.dirname(full); dir !== root; dir = path.dirname(dir)) {
    const early = new Date(Date.UTC(2026, 0, 1));
    utimesSync(dir, early, early);
  }
}

describe('a dist/ older than the sources', () => {
  it('is refused when there is no build at all', () => {
    file('src/pages/index.astro', 0);
    expect(staleBuild(root)).toMatch(/^dist\/ has no built site: run `npm run build`/);
  });

  it('passes when built after the last change to src/, content/, public/ and the config', () => {
    file('content/paper/introduction.mdx', 1);
    file('public/favicon.svg', 2);
    file('astro.config.mjs', 3);
    file('package-lock.json', 4);
    file('dist/paper/index.html', 10);
    expect(staleBuild(root)).toBeUndefined();
  });

  it('is refused, naming the newest source, when any of them changed after the build', () => {
    file('content/cases/opium-war.md', 20);
    expect(staleBuild(root)).toBe(
      'dist/ is older than content/cases/opium-war.md (built 2026-01-01T12:10:00.000Z, content/cases/opium-war.md changed 2026-01-01T12:20:00.000Z): run `npm run build` (npm test does).',
    );
    file('package-lock.json', 30);
    expect(staleBuild(root)).toMatch(/^dist\/ is older than package-lock.json /);
    file('dist/paper/index.html', 31);
    expect(staleBuild(root)).toBeUndefined();
  });
});
