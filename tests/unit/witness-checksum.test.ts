/**
 * The witness against its recorded SHA-256: the pure parts on strings, then the content layer's
 * reader in a real git checkout, where the message names the first line that changed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/content-layer/files.ts';
import { readWitness } from '../../src/content-layer/read-witness.ts';
import { ContentError } from '../../src/lib/content/content-error.ts';
import {
  firstDifferingLine,
  recordedChecksum,
  sha256Hex,
  witnessChangeProblem,
} from '../../src/lib/content/witness-checksum.ts';
import { commitAll } from '../helpers/content-copy.ts';

const WITNESS = 'content/witness/paper.txt';
const RECORD = 'content/witness/paper.txt.sha256';
const TEXT = 'Introduction\n\nThe Asia Pacific is one of the most dynamic regions.\n\nThe end.\n';

/** The ContentError a call throws. */
function thrown(call: () => unknown): ContentError {
  try {
    call();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

describe('the checksum record', () => {
  it('is read in the format sha256sum writes', () => {
    const hex = sha256Hex(Buffer.from(TEXT));
    expect(recordedChecksum(`${hex}  paper.txt\n`, RECORD, 'paper.txt')).toBe(hex);
    expect(recordedChecksum(`${hex} *paper.txt\n`, RECORD, 'paper.txt')).toBe(hex);
  });

  it('refuses a record of another file, or one that is not a SHA-256, at its line', () => {
    const hex = sha256Hex(Buffer.from(TEXT));
    expect(thrown(() => recordedChecksum(`${hex}  other.txt`, RECORD, 'paper.txt')).line).toBe(1);
    const short = thrown(() => recordedChecksum('\n\nb748f9  paper.txt', RECORD, 'paper.txt'));
    expect({ line: short.line, problem: short.problem }).toEqual({
      line: 3,
      problem: 'The checksum record is not one line "<SHA-256>  paper.txt".',
    });
  });
});

describe('a changed witness', () => {
  const changed = TEXT.replace('Asia', 'Asai');
  const options = { witnessFile: WITNESS, recordFile: RECORD, text: changed };

  it('is the first differing line of the recorded text', () => {
    expect(firstDifferingLine(TEXT, changed)).toBe(3);
    expect(firstDifferingLine(TEXT, TEXT)).toBe(TEXT.split('\n').length + 1);
  });

  it('passes when its bytes are the recorded ones', () => {
    const checksum = sha256Hex(Buffer.from(TEXT));
    expect(
      witnessChangeProblem({ ...options, bytes: Buffer.from(TEXT), text: TEXT, checksum }),
    ).toBe(undefined);
  });

  it('is refused at the line that changed, with both checksums and how to record it on purpose', () => {
    const problem = witnessChangeProblem({
      ...options,
      bytes: Buffer.from(changed),
      checksum: sha256Hex(Buffer.from(TEXT)),
      recorded: TEXT,
    });
    expect(problem?.line).toBe(3);
    expect(problem?.problem).toContain(
      `its SHA-256 is ${sha256Hex(Buffer.from(changed)).slice(0, 12)}…`,
    );
    expect(problem?.problem).toContain(`records ${sha256Hex(Buffer.from(TEXT)).slice(0, 12)}…`);
    expect(problem?.problem).toContain(
      'now reads “The Asai Pacific is one of the most dynamic regions.”',
    );
    expect(problem?.fix).toContain(
      'in content/witness, run sha256sum paper.txt > paper.txt.sha256',
    );
  });
});

describe('the content layer’s witness', () => {
  const roots: string[] = [];
  afterAll(() => {
    for (const root of roots) rmSync(root, { recursive: true, force: true });
  });

  /** A git checkout holding the witness and its record, committed. */
  function checkout(): string {
    const root = mkdtempSync(path.join(tmpdir(), 'edition-witness-'));
    roots.push(root);
    mkdirSync(path.join(root, 'content/witness'), { recursive: true });
    writeFileSync(path.join(root, WITNESS), TEXT);
    writeFileSync(path.join(root, RECORD), `${sha256Hex(Buffer.from(TEXT))}  paper.txt\n`);
    commitAll(root);
    return root;
  }

  it('is the real witness, whose checksum is the recorded one', () => {
    expect(readWitness(projectRoot())).toContain('The Asia Pacific is one of the most dynamic');
  });

  it('names the line an edit changed, found from the version in git', () => {
    const root = checkout();
    writeFileSync(path.join(root, WITNESS), TEXT.replace('Asia', 'Asai'));
    const problem = thrown(() => readWitness(root));
    expect(`${problem.file}:${problem.line}`).toBe(`${WITNESS}:3`);
    expect(problem.problem).toContain('now reads “The Asai Pacific');
  });

  it('accepts a change once its new checksum is recorded', () => {
    const root = checkout();
    const edited = TEXT.replace('Asia', 'Asia-Pacific');
    writeFileSync(path.join(root, WITNESS), edited);
    writeFileSync(path.join(root, RECORD), `${sha256Hex(Buffer.from(edited))}  paper.txt\n`);
    expect(readWitness(root)).toBe(edited);
  });
});
