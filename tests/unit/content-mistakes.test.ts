/**
 * Every editor mistake is answered the same way: the file, the line, what is wrong and a fix.
 * Each row writes a small but complete content folder, makes one mistake in it, and checks the
 * content layer's answer (the build prints exactly these problems and stops; see
 * tests/build/bad-content.test.ts).
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-layer/index.ts';

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

/** A content folder that passes every check. */
const VALID: Record<string, string> = {
  'content/paper/one.mdx': SECTION,
  'content/glossary/binding.md': CONCEPT,
  'content/cases/opium-war.md': CASE,
  'content/bibliography/works.json': `${JSON.stringify([WORK], null, 2)}\n`,
  'content/bibliography/paper-facts.json': `${JSON.stringify(FACTS, null, 2)}\n`,
  'content/index-terms.yaml': '- heading: "Cronin, Bruce"\n  kind: person\n  phrases: ["Cronin"]\n',
  'content/witness/paper.txt': 'The witness.\n',
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

/** The line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`"${needle}" is not in the fixture`);
  return text.slice(0, index).split('\n').length;
}

/** One mistake: which file, how it is changed, and the answer expected. */
interface Mistake {
  name: string;
  file: string;
  /** The file's new content (from the valid one), or null to remove it. */
  change: (valid: string) => string | Uint8Array | null;
  /** The line expected: a number, text whose line in the changed file it is, or a function of it. */
  line: number | string | ((changed: string) => number);
  problem: RegExp;
  fix: RegExp;
}

const S = 'content/paper/one.mdx';
const G = 'content/glossary/binding.md';
const C = 'content/cases/opium-war.md';
const W = 'content/bibliography/works.json';
const F = 'content/bibliography/paper-facts.json';
const I = 'content/index-terms.yaml';

const works = (items: unknown[]) => `${JSON.stringify(items, null, 2)}\n`;

const MISTAKES: Mistake[] = [
  {
    name: 'section: a required frontmatter field is missing',
    file: S,
    change: (t) => t.replace('title: "One"\n', ''),
    line: 2,
    problem: /field `title` is missing/,
    fix: /Add `title`/,
  },
  {
    name: 'section: a frontmatter field is misspelt',
    file: S,
    change: (t) => t.replace('order: 1', 'ordr: 1'),
    line: 'ordr:',
    problem: /field `ordr` is not a known field/,
    fix: /Did you mean `order`\?/,
  },
  {
    name: 'section: a frontmatter field has the wrong type',
    file: S,
    change: (t) => t.replace('order: 1', 'order: "first"'),
    line: 'order:',
    problem: /field `order` should be a number, not a string/,
    fix: /bare number/,
  },
  {
    name: 'section: the file is empty',
    file: S,
    change: () => '',
    line: 1,
    problem: /section file is empty/,
    fix: /Start the file with ---/,
  },
  {
    name: 'section: invalid YAML in the frontmatter',
    file: S,
    change: (t) => t.replace('title: "One"', 'title: "One'),
    line: 'order:',
    problem: /Invalid YAML/,
    fix: /close quotes/,
  },
  {
    name: 'section: an editorial entry of an unknown kind',
    file: S,
    change: (t) => t.replace('order: 1\n', 'order: 1\neditorial:\n  - { kind: guess, note: 1 }\n'),
    line: 'kind: guess',
    problem: /field `editorial\[0\]/,
    fix: /src\/lib\/schemas\.ts/,
  },
  {
    name: 'section: a <Concept> is never closed',
    file: S,
    change: (t) => t.replace('binding</Concept>', 'binding'),
    line: '<Concept',
    problem: /<Concept> is opened but never closed/,
    fix: /Close it with <\/Concept>/,
  },
  {
    name: 'section: a stray "{" in a paragraph',
    file: S,
    change: (t) => t.replace(' held.[^1]', ' {held.[^1]'),
    line: '{held',
    problem: /stray "\{"/,
    fix: /\\\{/,
  },
  {
    name: 'section: a stray "<" in a paragraph',
    file: S,
    change: (t) => t.replace(' held.[^1]', ' <3 held.[^1]'),
    line: '<3 held',
    problem: /stray "<"/,
    fix: /&lt;/,
  },
  {
    name: 'section: loc written as an expression',
    file: S,
    change: (t) => t.replace('loc="p. 12"', 'loc={12}'),
    line: 'loc={12}',
    problem: /`loc` written as an expression/,
    fix: /loc="…"/,
  },
  {
    name: 'section: a note reference without its note',
    file: S,
    change: (t) => t.replace('held.[^1]', 'held.[^1] Then more.[^2]'),
    line: '[^2]',
    problem: /\[\^2\] has no definition/,
    fix: /Add the note's text/,
  },
  {
    name: 'section: a mark names no concept that exists',
    file: S,
    change: (t) => t.replace('<Concept id="binding">', '<Concept id="bindng">'),
    line: 'bindng',
    problem: /<Concept id="bindng"> names no concept/,
    fix: /content\/glossary/,
  },
  {
    name: 'section: a note links to a javascript: URL',
    file: S,
    change: (t) => t.replace(', p. 12.', ', p. 12, [x](javascript:alert(1)).'),
    line: 'javascript:',
    problem: /link to "javascript:alert\(1\)" is not allowed/,
    fix: /https:/,
  },
  {
    name: 'section: a note links to a data: URL',
    file: S,
    change: (t) => t.replace(', p. 12.', ', p. 12, [x](data:text/html,<script>alert(1)</script>).'),
    line: 'data:text',
    problem: /link to "data:text\/html/,
    fix: /https:/,
  },
  {
    name: 'section: raw HTML in a paragraph',
    file: S,
    change: (t) => t.replace(' held.[^1]', ' <b>held</b>.[^1]'),
    line: '<b>held',
    problem: /Unknown component <b>/,
    fix: /raw HTML is not allowed/,
  },
  {
    name: 'section: a byte that is not UTF-8',
    file: S,
    change: (t) => {
      const [before = '', after = ''] = t.split('Opium War</Case>');
      return Buffer.concat([
        Buffer.from(`${before}Opium War</Case>`),
        Buffer.from([0xe9]),
        Buffer.from(after),
      ]);
    },
    line: 'Opium War</Case>',
    problem: /not UTF-8/,
    fix: /Save the file as UTF-8/,
  },
  {
    name: 'glossary: invalid YAML',
    file: G,
    change: (t) => t.replace('related: []', 'related: [binding'),
    line: 'related:',
    problem: /Invalid YAML/,
    fix: /brackets/,
  },
  {
    name: 'glossary: a misspelt field',
    file: G,
    change: (t) => t.replace('related: []', 'relatd: []'),
    line: 'relatd',
    problem: /field `relatd` is not a known field/,
    fix: /Did you mean `related`\?/,
  },
  {
    name: 'glossary: raw HTML in the body',
    file: G,
    change: (t) => `${t}\n<script>alert(1)</script>\n`,
    line: '<script>',
    problem: /Raw HTML is not allowed/,
    fix: /Markdown/,
  },
  {
    name: 'glossary: an unknown related concept',
    file: G,
    change: (t) => t.replace('related: []', 'related: [bindingg]'),
    line: 'related:',
    problem: /`related` names "bindingg", which does not exist/,
    fix: /content\/glossary/,
  },
  {
    name: 'case: a list written as text',
    file: C,
    change: (t) => t.replace('places: ["Canton"]', 'places: "Canton"'),
    line: 'places:',
    problem: /field `places` should be a list, not a string/,
    fix: /as a list/,
  },
  {
    name: 'case: a required field is missing',
    file: C,
    change: (t) => t.replace(/summary: .*\n/, ''),
    line: 2,
    problem: /field `summary` is missing/,
    fix: /Add `summary`/,
  },
  {
    name: 'case: a body that nothing shows',
    file: C,
    change: (t) => `${t}\nA stray paragraph.\n`,
    line: 'A stray paragraph',
    problem: /A case has no body/,
    fix: /`summary`/,
  },
  {
    name: 'case: raw HTML that would run script',
    file: C,
    change: (t) => `${t}<img src=x onerror=alert(1)>\n`,
    line: '<img',
    problem: /A case has no body/,
    fix: /`summary`/,
  },
  {
    name: 'glossary: a javascript: link in the body',
    file: G,
    change: (t) => `${t}\nSee [this](javascript:alert(1)).\n`,
    line: 'javascript:',
    problem: /link to "javascript:alert\(1\)" is not allowed/,
    fix: /https:/,
  },
  {
    name: 'works.json: invalid JSON',
    file: W,
    change: (t) => t.replace('"book",', '"book",,'),
    line: '"book"',
    problem: /Invalid JSON/,
    fix: /trailing comma/,
  },
  {
    name: 'works.json: a duplicate id',
    file: W,
    change: () => works([WORK, { ...WORK, title: 'Another title' }]),
    line: (t) => lineOf(t, '"Another title"') - 2,
    problem: /Duplicate id "cronin-1999": the work at line 3/,
    fix: /own id/,
  },
  {
    name: 'works.json: a misspelt CSL field',
    file: W,
    change: () => works([{ ...WORK, container_title: 'A journal' }]),
    line: 'container_title',
    problem: /Work cronin-1999 field `container_title` is not a known field/,
    fix: /Did you mean `container-title`\?/,
  },
  {
    name: 'works.json: a work no note cites',
    file: W,
    change: () => works([WORK, { ...WORK, id: 'bender-1982', title: 'Community and Change' }]),
    line: '"bender-1982"',
    problem: /Work "bender-1982" is cited by no note/,
    fix: /<Cite id="bender-1982">/,
  },
  {
    name: 'paper-facts.json: invalid JSON',
    file: F,
    change: (t) => t.replace('"volume": "2"', '"volume": 2"'),
    line: '"volume"',
    problem: /Invalid JSON/,
    fix: /JSON syntax/,
  },
  {
    name: 'paper-facts.json: a record is missing',
    file: F,
    change: () => JSON.stringify({ article: FACTS.article }, null, 2),
    line: 1,
    problem: /field `workingPaper` is missing/,
    fix: /Add `workingPaper`/,
  },
  {
    name: 'index-terms.yaml: invalid YAML',
    file: I,
    change: (t) => t.replace('phrases: ["Cronin"]', 'phrases: ["Cronin"'),
    line: 'phrases',
    problem: /Invalid YAML/,
    fix: /brackets/,
  },
  {
    name: 'index-terms.yaml: an unknown kind',
    file: I,
    change: (t) => t.replace('kind: person', 'kind: place'),
    line: 'kind: place',
    problem: /field `\[0\]\.kind`/,
    fix: /src\/lib\/schemas\.ts/,
  },
  {
    name: 'a CSL style is missing',
    file: 'content/csl/apa.csl',
    change: () => null,
    line: 1,
    problem: /The file is missing/,
    fix: /Restore it/,
  },
  {
    name: 'a CSL style is cut off',
    file: 'content/csl/apa.csl',
    change: () =>
      '<?xml version="1.0"?>\n<style xmlns="http://purl.org/net/xbiblio/csl">\n  <info>\n',
    line: 3,
    problem: /cut off/,
    fix: /Restore the whole file/,
  },
];

describe('the valid fixture', () => {
  it('passes every check, so that each mistake below is the only one', () => {
    expect(checkContent(project()).map((p) => p.message)).toEqual([]);
  });
});

describe('every editor mistake names the file, the line and a fix', () => {
  it.each(MISTAKES)('$name', (mistake) => {
    const valid = VALID[mistake.file] ?? '';
    const changed = mistake.change(valid);
    const root = project({ [mistake.file]: changed });
    const problems = checkContent(root);
    const text = Buffer.from(changed ?? '').toString('latin1');
    const line =
      typeof mistake.line === 'number'
        ? mistake.line
        : typeof mistake.line === 'string'
          ? lineOf(text, mistake.line)
          : mistake.line(text);
    const answer = problems.find((p) => mistake.problem.test(p.problem));
    expect(answer, problems.map((p) => p.message).join('\n')).toBeDefined();
    expect({ file: answer?.file, line: answer?.line }).toEqual({ file: mistake.file, line });
    expect(answer?.fix).toMatch(mistake.fix);
  });

  it('covers at least 25 mistakes', () => {
    expect(MISTAKES.length).toBeGreaterThanOrEqual(25);
  });
});
