/**
 * Reads the source witness and checks it against its recorded SHA-256 (`witness-checksum.ts`).
 * When they differ, the text the record was made of is looked for in git (the commits that
 * touched the witness, newest first), so that the message names the first line that changed.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ContentError } from '../lib/content/content-error.ts';
import {
  recordedChecksum,
  sha256Hex,
  witnessChangeProblem,
} from '../lib/content/witness-checksum.ts';
import { CONTENT_PATHS, readContentFile } from './files.ts';

/** How many earlier versions of the witness are looked at for the recorded one. */
const VERSIONS_SEARCHED = 20;

/** The version of `file` in git whose SHA-256 is `checksum`, if one of the last few is. */
function recordedVersion(root: string, file: string, checksum: string): string | undefined {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: root, stdio: ['ignore', 'pipe', 'ignore'] });
  try {
    const commits = git(['log', `-${VERSIONS_SEARCHED}`, '--format=%H', '--', file])
      .toString()
      .split('\n')
      .filter(Boolean);
    for (const commit of commits) {
      const bytes = git(['show', `${commit}:./${file}`]);
      if (sha256Hex(bytes) === checksum) return bytes.toString('utf8');
    }
  } catch {
    // Not a git checkout, or git is missing: the message names line 1 instead.
  }
  return undefined;
}

/** The source witness, exactly as received: its text, once its checksum is the recorded one. */
export function readWitness(root: string): string {
  const { file, text } = readContentFile(root, CONTENT_PATHS.witness());
  const name = path.basename(file);
  let record: { file: string; text: string };
  try {
    record = readContentFile(root, CONTENT_PATHS.witnessChecksum());
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    throw new ContentError(
      error.file,
      1,
      'The witness’s checksum record is missing, so a change to the witness would go unnoticed.',
      `Restore it (git checkout -- ${error.file}); for a new witness, record its checksum on purpose: in ${path.posix.dirname(file)}, run sha256sum ${name} > ${path.posix.basename(error.file)}.`,
    );
  }
  const checksum = recordedChecksum(record.text, record.file, name);
  const bytes = readFileSync(path.resolve(root, file));
  const problem = witnessChangeProblem({
    witnessFile: file,
    recordFile: record.file,
    bytes,
    text,
    checksum,
    ...(sha256Hex(bytes) === checksum ? {} : { recorded: recordedVersion(root, file, checksum) }),
  });
  if (problem) throw problem;
  return text;
}
