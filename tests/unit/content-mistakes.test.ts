/**
 * Every editor mistake is answered the same way: the file, the line, what is wrong and a fix.
 * Each row of tests/fixtures/content-mistakes.yaml writes a small but complete content folder,
 * makes one mistake in it, and checks the content layer's answer (the build prints exactly these
 * problems and stops; see tests/build/astro-build.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../src/content-layer/index.ts';
import { sha256Hex } from '../../src/lib/content/witness-checksum.ts';

const SECTION = `---
title: "One"
order: 1
---

After the <Case id="opium-war">Opium War</Case>, <Concept id="binding">binding</Concept> held.[^1]

[^1]: <Cite id="cronin-1999" loc="p. 12">Bruce Cronin, Community under Anarchy</Cite>, p. 12.
`;

const CONCEPT = `---
term: "Binding"
definition: "Tying rivals into shared institutions."
related: []
works: [cronin-1999]
---
A longer note in *Markdown*, with [a link](https://example.org/).
`;

const CASE = `---
title: "First Opium War"
start: "1839"
end: "1842-08-29"
places: ["Canton"]
summary: "A war between Britain and Qing China over the opium trade."
role: "The paper dates the decline of the Qing order from it."
verified: ["dates: a reference work"]
---
`;

const WORK = {
  id: 'cronin-1999',
  type: 'book',
  title: 'Community under Anarchy',
  author: [{ family: 'Cronin', given: 'Bruce' }],
  issued: { 'date-parts': [[1999]] },
  custom: { verified: ['title: the publisher'] },
};

const FACTS = {
  article: { id: 'paper-2002', type: 'article-journal', title: 'Between', volume: '2' },
  workingPaper: { id: 'paper-2000', type: 'report', title: 'Between' },
};

const COMMENTARY_NOTE = `---
title: "What held afterwards"
passage: p1
quote: "binding held"
asOf: "2000-06-01"
cases: [opium-war]
concepts: [binding]
sources: [forum-2009-vision]
verified: ["the vision statement: the forum's site"]
---
The forum adopted a *Vision* statement in 2009 [@forum-2009-vision, para. 2].
`;

const COMMENTARY_WORK = {
  id: 'forum-2009-vision',
  type: 'document',
  title: 'Vision Statement',
  author: [{ literal: 'The Forum' }],
  issued: { 'date-parts': [[2009, 7, 23]] },
  custom: { verified: ['title and date: the forum site'] },
};

const GUIDE = `intro: "What the guide is, in our words."
argument:
  - section: one
    steps:
      - text: "Binding held after the war."
        passages: [p1]
        quote: { words: "binding held", passage: p1 }
orders:
  - name: "Binding order"
    passages: [p1]
    summary: "What the paper says of binding."
    cases: [opium-war]
    concepts: [binding]
standing:
  - text: "A fact about the paper's debate."
    sources: [cronin-1999, forum-2009-vision]
`;

const WITNESS = 'The witness.\nThe Asia Pacific.\n';

/** A content folder that passes every check. */
const VALID: Record<string, string> = {
  'content/paper/one.mdx': SECTION,
  'content/glossary/binding.md': CONCEPT,
  'content/cases/opium-war.md': CASE,
  'content/bibliography/works.json': `${JSON.stringify([WORK], null, 2)}\n`,
  'content/bibliography/paper-facts.json': `${JSON.stringify(FACTS, null, 2)}\n`,
  'content/index-terms.yaml': '- heading: "Cronin, Bruce"\n  kind: person\n  phrases: ["Cronin"]\n',
  'content/commentary/notes/forum.md': COMMENTARY_NOTE,
  'content/commentary/works.json': `${JSON.stringify([COMMENTARY_WORK], null, 2)}\n`,
  'content/guide.yaml': GUIDE,
  'content/witness/paper.txt': WITNESS,
  'content/witness/paper.txt.sha256': `${sha256Hex(Buffer.from(WITNESS))}  paper.txt\n`,
};

const roots: string[] = [];

/** Writes the valid folder with the given files changed (`null` removes one); returns its root. */
function project(changes: Record<string, string | Uint8Array | null> = {}): string {
  const root = mkdtempSync(path.join(tmpdir(), 'edition-content-'));
  roots.push(root);
  // The real citation styles: the check reads them whole.
  cpSync(path.resolve('content/csl'), path.join(root, 'content/csl'), { recursive: true });
  for (const [file, text] of Object.entries({ ...VALID, ...changes })) {
    const full = path.join(root, file);
    if (text === null) rmSync(full, { force: true });
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
  return root;
}

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** One mistake: which file, how it changes, and the answer expected. */
interface Mistake {
  name: string;
  file: string;
  replace?: [string, string];
  /** Texts repeated some times in place of `{{name}}` in the replacement (long text). */
  padding?: Record<string, [string, number]>;
  append?: string;
  content?: string;
  remove?: boolean;
  byteAfter?: string;
  line?: number;
  at?: string;
  occurrence?: number;
  problem: string;
  fix: string;
}

const MISTAKES = parseYaml(
  readFileSync(path.resolve('tests/fixtures/content-mistakes.yaml'), 'utf8'),
) as Mistake[];

/** The changed file: text, bytes (for a byte that is not UTF-8), or null when removed. */
function changed(mistake: Mistake, valid: string): string | Buffer | null {
  if (mistake.remove) return null;
  if (mistake.content !== undefined) return mistake.content;
  if (mistake.append !== undefined) return `${valid}${mistake.append}`;
  if (mistake.replace) {
    const [text, by] = mistake.replace;
    if (!valid.includes(text)) throw new Error(`"${text}" is not in ${mistake.file}`);
    const padded = Object.entries(mistake.padding ?? {}).reduce(
      (result, [name, [pad, times]]) => result.replace(`{{${name}}}`, pad.repeat(times)),
      by,
    );
    return valid.replace(text, () => padded);
  }
  if (mistake.byteAfter !== undefined) {
    const at = valid.indexOf(mistake.byteAfter) + mistake.byteAfter.length;
    return Buffer.concat([
      Buffer.from(valid.slice(0, at)),
      Buffer.from([0xe9]),
      Buffer.from(valid.slice(at)),
    ]);
  }
  throw new Error(`${mistake.name}: no change given`);
}

/** The line expected: a number, or the line of the `occurrence`-th `at` in the changed file. */
function expectedLine(mistake: Mistake, text: string): number {
  if (mistake.at === undefined) return mistake.line ?? 1;
  let index = -1;
  for (let n = 0; n < (mistake.occurrence ?? 1); n++) index = text.indexOf(mistake.at, index + 1);
  if (index < 0) throw new Error(`"${mistake.at}" is not in the changed ${mistake.file}`);
  return text.slice(0, index).split('\n').length;
}

describe('the valid fixture', () => {
  it('passes every check, so that each mistake is the only one', () => {
    expect(checkContent(project()).map((p) => p.message)).toEqual([]);
  });
});

describe('one mistake, one message', () => {
  it('reports a broken work once, not again at each <Cite> of it', () => {
    const works = VALID['content/bibliography/works.json'] ?? '';
    const broken = works.replace('"type": "book"', '"type": "novel"');
    expect(broken).not.toBe(works);
    const problems = checkContent(project({ 'content/bibliography/works.json': broken }));
    expect(problems.map((p) => `${p.file}: ${p.problem}`)).toEqual([
      expect.stringMatching(/^content\/bibliography\/works\.json: Work cronin-1999 field `type`/),
    ]);
  });

  it('reports a works.json that does not parse once, not again at each <Cite> of its works', () => {
    const works = VALID['content/bibliography/works.json'] ?? '';
    const broken = works.replace('"book",', '"book",,');
    expect(broken).not.toBe(works);
    const problems = checkContent(project({ 'content/bibliography/works.json': broken }));
    expect(problems.map((p) => `${p.file}: ${p.problem}`)).toEqual([
      expect.stringMatching(/^content\/bibliography\/works\.json: Invalid JSON/),
    ]);
  });
});

describe('every editor mistake names the file, the line and a fix', () => {
  it.each(MISTAKES)('$name', (mistake) => {
    const file = changed(mistake, VALID[mistake.file] ?? '');
    const problems = checkContent(project({ [mistake.file]: file }));
    const answer = problems.find((p) => p.problem.includes(mistake.problem));
    expect(answer, problems.map((p) => p.message).join('\n')).toBeDefined();
    const line = expectedLine(mistake, Buffer.from(file ?? '').toString('latin1'));
    expect({ file: answer?.file, line: answer?.line }).toEqual({ file: mistake.file, line });
    expect(answer?.fix).toContain(mistake.fix);
  });

  it('covers at least 25 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(25);
  });
});
