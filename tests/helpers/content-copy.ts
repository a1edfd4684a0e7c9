/**
 * Builds of a copy of content/ with mistakes made in it: the copy as a git checkout of its own
 * (where the content layer finds a file's recorded version), and `npm run build` run on it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import path from 'node:path';

/** Makes `root` a git repository with everything in it committed. */
export function commitAll(root: string): void {
  const git = (...args: string[]) =>
    execFileSync(
      'git',
      ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args],
      {
        cwd: root,
        stdio: 'ignore',
      },
    );
  git('init', '-q');
  git('add', '.');
  git('commit', '-q', '-m', 'content');
}

/** `npm run build` (src/hosting/build.ts) of the content under `root`, into `root`/dist. */
export function buildCopy(root: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['src/hosting/build.ts'], {
    cwd: path.resolve('.'),
    env: {
      ...process.env,
      EDITION_ROOT: root,
      BUILD_OUT_DIR: path.join(root, 'dist'),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    timeout: 120_000,
  });
}
