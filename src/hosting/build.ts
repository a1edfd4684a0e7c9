/**
 * `npm run build`, atomically: `astro build` writes into a staging folder, which replaces dist/
 * only once the whole build (integrations included) has succeeded. A failed build therefore
 * leaves the previous dist/ as it was, never a partial site that `npm start` or a deploy would
 * serve. A wrapper rather than an integration, so that it holds whatever the integrations do.
 *
 * The staging folder lies under node_modules/.cache (same disk, so the swap is a rename; ignored
 * by git, lint and format). Arguments are passed on to `astro build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

const target = path.resolve('dist');
const cache = path.resolve('node_modules', '.cache', 'edition-build');
mkdirSync(cache, { recursive: true });
const staging = mkdtempSync(path.join(cache, 'dist-'));

function cleanUp(): void {
  rmSync(staging, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    cleanUp();
    process.exit(130);
  });
}

// The project's own Node and Astro, whatever is on PATH.
const astro = path.resolve('node_modules', 'astro', 'bin', 'astro.mjs');
const run = spawnSync(
  process.execPath,
  [astro, 'build', '--outDir', staging, ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } },
);
if (run.status !== 0) {
  cleanUp();
  console.error(
    `Build failed: ${path.relative(process.cwd(), target)}/ ${existsSync(target) ? 'is unchanged' : 'was not created'}.`,
  );
  process.exit(run.status ?? 1);
}

// Two renames: between them there is no dist/ at all, never a mixture of two builds.
const previous = `${staging}-previous`;
if (existsSync(target)) renameSync(target, previous);
renameSync(staging, target);
rmSync(previous, { recursive: true, force: true });
