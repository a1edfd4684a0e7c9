/**
 * `npm run build`, atomically: `astro build` writes into a staging folder, which replaces dist/
 * only once the whole build (integrations included) has succeeded. A failed or interrupted build
 * therefore leaves the previous dist/ as it was, never a partial site that `npm start` or a
 * deploy would serve. A wrapper rather than an integration, so that it holds whatever the
 * integrations do and in whatever order they run.
 *
 * The staging folder lies under node_modules/.cache (same disk, so the swap is a rename; ignored
 * by git, lint and format). BUILD_OUT_DIR replaces dist/ (the tests build elsewhere); arguments
 * are passed on to `astro build`.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { shallowHistoryProblem } from './content-history.ts';

const target = path.resolve(process.env['BUILD_OUT_DIR'] ?? 'dist');
const history = shallowHistoryProblem(process.env['EDITION_ROOT'] ?? process.cwd());
if (history) {
  console.error(history);
  process.exit(1);
}
const cache = path.resolve('node_modules', '.cache', 'edition-build');
mkdirSync(cache, { recursive: true });

// Staging folders left by a build that was killed outright (its process is gone) are removed.
for (const name of readdirSync(cache)) {
  const pid = Number(/^dist-(\d+)-/.exec(name)?.[1]);
  if (!pid || pid === process.pid) continue;
  try {
    process.kill(pid, 0);
  } catch {
    rmSync(path.join(cache, name), { recursive: true, force: true });
  }
}
const staging = mkdtempSync(path.join(cache, `dist-${process.pid}-`));

function fail(status: number, why: string): never {
  rmSync(staging, { recursive: true, force: true });
  const where = path.relative(process.cwd(), target) || target;
  console.error(`${why}: ${where}/ ${existsSync(target) ? 'is unchanged' : 'was not created'}.`);
  process.exit(status);
}

// The project's own Node and Astro, whatever is on PATH.
const astro = path.resolve('node_modules', 'astro', 'bin', 'astro.mjs');
const child = spawn(
  process.execPath,
  [astro, 'build', '--outDir', staging, ...process.argv.slice(2)],
  { stdio: ['inherit', 'inherit', 'pipe'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
// Content problems stop the build from a hook (src/integrations/content-check.ts), as the CSP
// check does from its own (security-headers.ts); Astro puts a line of its own in front of the
// list, which says nothing an editor needs: it is left out. Astro may colour it (under CI=true):
// ANSI escapes may stand anywhere in the line.
const hookWrapper = /^.*\[edition-[a-z-]+\].*An unhandled error occurred.*$\n?/gm;
let errors = '';
child.stderr.on('data', (chunk: Buffer) => {
  errors += chunk.toString();
  const complete = errors.lastIndexOf('\n') + 1;
  process.stderr.write(errors.slice(0, complete).replace(hookWrapper, ''));
  errors = errors.slice(complete);
});
// Interrupted (Ctrl-C, a CI timeout): stop the build, then clean up when it has stopped.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => child.kill(signal));
}
child.on('close', (code, signal) => {
  process.stderr.write(errors.replace(hookWrapper, ''));
  if (signal) fail(1, `Build interrupted (${signal})`);
  if (code !== 0) fail(code ?? 1, 'Build failed');
  // Two renames: between them there is no dist/ at all, never a mixture of two builds.
  const previous = `${staging}-previous`;
  if (existsSync(target)) renameSync(target, previous);
  renameSync(staging, target);
  rmSync(previous, { recursive: true, force: true });
});
