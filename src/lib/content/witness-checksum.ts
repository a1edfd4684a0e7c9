/**
 * The witness (`content/witness/paper.txt`) is the paper as received, and is never edited: the
 * edition is checked against it. Its SHA-256 is recorded beside it (`paper.txt.sha256`, in the
 * format of `sha256sum`), so that a change to it, a slip of a search-and-replace as much as a
 * deliberate one, stops the build until it is either undone or recorded on purpose.
 * Pure: bytes and texts in, the problem out.
 */
import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import { ContentError } from './content-error.ts';

const { basename, dirname } = posix;

/** The SHA-256 of bytes, in lowercase hex as `sha256sum` prints it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** How to record a new witness on purpose, or undo a change made by mistake. */
function recordFix(witnessFile: string, recordFile: string): string {
  const [folder, name, record] = [dirname(witnessFile), basename(witnessFile), basename(recordFile)];
  return `If the change was a slip, restore the witness: git checkout -- ${witnessFile}. If it is an editorial decision (a better copy of the paper), record it on purpose: in ${folder}, run sha256sum ${name} > ${record} (shasum -a 256 on macOS), and say why in the commit.`;
}

/** The recorded SHA-256 of `name`, or the ContentError that says what is wrong with the record. */
export function recordedChecksum(record: string, recordFile: string, name: string): string {
  const lines = record.split(/\r?\n/);
  const index = lines.findIndex((line) => line.trim() !== '');
  const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(lines[index]?.trim() ?? '');
  if (match?.[1] === undefined || match[2] !== name) {
    throw new ContentError(
      recordFile,
      index < 0 ? 1 : index + 1,
      `The checksum record is not one line "<SHA-256>  ${name}".`,
      `Restore it (git checkout -- ${recordFile}), or write it again: in ${dirname(recordFile)}, run sha256sum ${name} > ${basename(recordFile)}.`,
    );
  }
  return match[1];
}

/** The first line (from 1) where two texts differ. */
export function firstDifferingLine(before: string, after: string): number {
  const a = before.split('\n');
  const b = after.split('\n');
  let line = 0;
  while (line < a.length && line < b.length && a[line] === b[line]) line++;
  return line + 1;
}

/**
 * The problem of a witness whose bytes are not those recorded; undefined when they are.
 * `recorded` is the text the record was made of, when it could be found (in git), so that the
 * message can name the first line that changed; without it, the message names line 1.
 */
export function witnessChangeProblem(options: {
  witnessFile: string;
  recordFile: string;
  bytes: Uint8Array;
  text: string;
  checksum: string;
  recorded?: string | undefined;
}): ContentError | undefined {
  const { witnessFile, recordFile, bytes, text, checksum, recorded } = options;
  const actual = sha256Hex(bytes);
  if (actual === checksum) return undefined;
  const line = recorded === undefined ? 1 : firstDifferingLine(recorded, text);
  const whole = text.split('\n')[line - 1]?.trim() ?? '';
  const now = whole.length > 60 ? `${whole.slice(0, 59).trimEnd()}…` : whole;
  const where =
    recorded === undefined
      ? 'the recorded text is not in the git history, so the line that changed is not known'
      : now
        ? `this line is the first that differs, and now reads “${now}”`
        : 'the text differs from this line on';
  return new ContentError(
    witnessFile,
    line,
    `The witness has changed: its SHA-256 is ${actual.slice(0, 12)}…, but ${recordFile} records ${checksum.slice(0, 12)}… (${where}). The witness is the paper as received; it is never edited.`,
    recordFix(witnessFile, recordFile),
  );
}
