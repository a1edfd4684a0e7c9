/**
 * The citations' date is the date of the content, also where CI checks out a single commit: in a
 * shallow clone `npm run build` refuses (unless SOURCE_DATE_EPOCH is set) instead of dating every
 * citation by the last push; a clone with its history dates the content by its last commit to
 * content/. The clones are made from this repository with `git clone`, as actions/checkout does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentDate } from '../../src/content-layer/files.ts';
import { shallowHistoryProblem } from '../../src/hosting/content-history.ts';

const ROOT = path.resolve('.');
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();
/** The date of the last commit to content/, from this repository's own history. */
const lastContentCommit = git(ROOT, 'log', '-1', '--format=%cs', '--', 'content');

let dir = '';
let shallow = '';
let full = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'edition-clone-'));
  shallow = path.join(dir, 'shallow');
  full = path.join(dir, 'full');
  // file:// so that git honours --depth (a local path clone ignores it), as over the network.
  git(dir, 'clone', '-q', '--depth', '1', `file://${ROOT}`, shallow);
  git(dir, 'clone', '-q', ROOT, full);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.unstubAllEnvs());

describe('a shallow clone', () => {
  it('is shallow, and git alone would date the content by its one commit', () => {
    expect(git(shallow, 'rev-parse', '--is-shallow-repository')).toBe('true');
    expect(git(shallow, 'log', '-1', '--format=%H', '--', 'content')).toBe(
      git(shallow, 'rev-parse', 'HEAD'),
    );
  });

  it('stops `npm run build` with what is wrong and the fix, before anything is built', () => {
    const env: Record<string, string | undefined> = { ...process.env };
    delete env['SOURCE_DATE_EPOCH'];
    delete env['EDITION_ROOT'];
    const run = spawnSync(process.execPath, [path.join(ROOT, 'src/hosting/build.ts')], {
      cwd: shallow,
      env,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('this clone of the repository is shallow');
    expect(run.stderr).toContain('Fix: Fetch the whole history');
    expect(run.stderr).toContain('`fetch-depth: 0`');
    expect(existsSync(path.join(shallow, 'dist'))).toBe(false);
  });

  it('builds with SOURCE_DATE_EPOCH, and the content takes that date', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', String(Date.UTC(2001, 1, 3) / 1000));
    expect(shallowHistoryProblem(shallow)).toBeUndefined();
    expect(contentDate(shallow)).toBe('2001-02-03');
  });
});

describe('a clone with its history', () => {
  it('dates the content by the last commit to content/', () => {
    vi.stubEnv('SOURCE_DATE_EPOCH', '');
    expect(shallowHistoryProblem(full)).toBeUndefined();
    expect(contentDate(full)).toBe(lastContentCommit);
  });
});
