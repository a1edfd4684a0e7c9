/**
 * Bad content fails the real build, not only the model: Astro itself must exit non-zero and print
 * the file, the line and the fix. The build runs on a one-file fixture into a temporary folder.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('a note reference without its text fails `astro build` with the file, the line and the fix', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'edition-bad-'));
  try {
    const run = spawnSync('astro', ['build', '--outDir', out], {
      env: {
        ...process.env,
        EDITION_PAPER_DIR: 'tests/fixtures/bad-paper',
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/bad-paper/only.mdx:6 Note reference [^1] has no definition',
    );
    expect(output).toContain('Fix: Add the note');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 180_000);
