/**
 * Whether git can date the content. The citations' access date is the date of the last commit to
 * content/ (src/content-layer/files.ts, `contentDate`). In a shallow clone (GitHub's checkout
 * fetches one commit unless told otherwise) that commit may be missing: git then names the oldest
 * commit it has, and every citation would carry the date of the last push instead. The build
 * refuses rather than publish a wrong date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What `npm run build` prints when the date cannot be known; undefined when it can. */
export function shallowHistoryProblem(root: string): string | undefined {
  if (/^\d+$/.test(process.env['SOURCE_DATE_EPOCH'] ?? '')) return undefined;
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  let last: string;
  let shallow: string;
  try {
    if (git('rev-parse', '--is-shallow-repository') !== 'true') return undefined;
    last = git('log', '-1', '--format=%H', '--', 'content');
    shallow = path.resolve(root, git('rev-parse', '--git-path', 'shallow'));
  } catch {
    return undefined; // Not a git checkout: the content layer dates the content by the build day.
  }
  // A commit on the shallow boundary shows every file as added: the real last change may be older.
  const boundary = existsSync(shallow) ? readFileSync(shallow, 'utf8').split('\n') : [];
  if (!boundary.includes(last)) return undefined;
  return [
    'The date of the content is unknown: this clone of the repository is shallow, and the last',
    'commit to content/ may be missing from it (citations would carry the date of the last push).',
    '  Fix: Fetch the whole history (`git fetch --unshallow`; with actions/checkout,',
    '  `fetch-depth: 0`), or set SOURCE_DATE_EPOCH to the time of the last change to content/.',
  ].join('\n');
}
