/**
 * Global setup of the build and browser tests: they read dist/, so they refuse one older than
 * the sources it is built from. The build's time is that of dist/paper/index.html (written near
 * the end of every build); the sources' is that of the newest file under src/, content/ and
 * public/, or of astro.config.mjs and package-lock.json. `npm test` builds first, so it passes.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** What the build reads: a change to any of these calls for a new build. */
export const SOURCES = ['src', 'content', 'public', 'astro.config.mjs', 'package-lock.json'];

/** The newest file under a path (a file or a folder), as [mtime in ms, path]. */
export function newest(file: string): [number, string] {
  const stat = statSync(file);
  if (!stat.isDirectory()) return [stat.mtimeMs, file];
  return readdirSync(file)
    .map((name) => newest(path.join(file, name)))
    .reduce((a, b) => (b[0] > a[0] ? b : a), [stat.mtimeMs, file]);
}

/** Why the build in `dist` cannot be tested (none, or older than a source), or undefined. */
export function staleBuild(root: string, dist = path.join(root, 'dist')): string | undefined {
  const stamp = path.join(dist, 'paper', 'index.html');
  if (!existsSync(stamp)) return 'dist/ has no built site: run `npm run build` (npm test does).';
  const built = statSync(stamp).mtimeMs;
  const [changed, file] = SOURCES.filter((s) => existsSync(path.join(root, s)))
    .map((s) => newest(path.join(root, s)))
    .reduce((a, b) => (b[0] > a[0] ? b : a), [0, '']);
  if (changed <= built) return undefined;
  const source = path.relative(root, file);
  const when = (ms: number) => new Date(ms).toISOString();
  return `dist/ is older than ${source} (built ${when(built)}, ${source} changed ${when(changed)}): run \`npm run build\` (npm test does).`;
}

export default function setup(): void {
  const stale = staleBuild(process.cwd());
  if (stale) throw new Error(stale);
}
