import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/content/content-error.ts';
import { crossReferenceProblems } from '../../src/lib/content/crossrefs.ts';
import { buildEdition, type Registry } from '../../src/lib/edition/build.ts';
import type { Case, Concept } from '../../src/lib/content/schemas.ts';
import { parseYaml, splitFrontmatter } from '../../src/lib/content/source-text.ts';

/** An entry as the content layer hands it on, from the text of its file. */
function entryFile<T>(id: string, file: string, source: string, data: T) {
  const split = splitFrontmatter(source);
  const { lineOf } = parseYaml(split?.yaml ?? '', file, split?.yamlLine);
  return { id, file, data, lineOf };
}
const worksSource = { file: 'content/bibliography/works.json', lineOf: () => 2 };

const registry: Registry = {
  Concept: new Set(['binding']),
  Case: new Set(['opium-war']),
  Cite: new Set(['cronin-1999']),
};
const edition = buildEdition(
  new Map([
    [
      'a.mdx',
      '---\ntitle: "A"\norder: 1\n---\n\nAfter the <Case id="opium-war">Opium War</Case>, <Concept id="binding">binding</Concept> ties states together.[^1]\n\n[^1]: <Cite id="cronin-1999">Cronin</Cite>.\n',
    ],
  ]),
  registry,
);

function concept(data: Partial<Concept>) {
  const full: Concept = {
    term: 'Binding',
    aliases: [],
    definition: 'Tying rivals into shared institutions.',
    related: [],
    works: [],
    verified: [],
    ...data,
  };
  return entryFile(
    'binding',
    'content/glossary/binding.md',
    `---\nterm: Binding\nrelated: [${full.related.join(', ')}]\npaperDefinition: x\n---\n`,
    full,
  );
}

const opiumWar = entryFile<Case>(
  'opium-war',
  'content/cases/opium-war.md',
  '---\ntitle: Opium War\nstart: "1839"\n---\n',
  {
    title: 'Opium War',
    start: '1839',
    places: [],
    actors: [],
    summary: 'A war between Britain and Qing China.',
    role: 'The paper dates China’s weakness from it.',
    concepts: [],
    works: [],
    verified: ['dates'],
  },
);
const works = [{ id: 'cronin-1999', type: 'book' as const, title: 'Community under Anarchy' }];

describe('cross-references', () => {
  it('accepts content whose ids all exist and whose entries are all mentioned', () => {
    expect(
      crossReferenceProblems({
        edition,
        concepts: [concept({})],
        cases: [opiumWar],
        works,
        worksSource,
      }),
    ).toEqual([]);
  });

  it('names the file and line of an unknown related concept', () => {
    const [problem] = crossReferenceProblems({
      edition,
      concepts: [concept({ related: ['bindingg'] })],
      cases: [opiumWar],
      works,
      worksSource,
    });
    expect(problem).toBeInstanceOf(ContentError);
    expect(problem?.message).toContain(
      'content/glossary/binding.md:3 `related` names "bindingg", which does not exist.',
    );
  });

  it('rejects a paper definition that the paper does not contain word for word', () => {
    const [problem] = crossReferenceProblems({
      edition,
      concepts: [concept({ paperDefinition: 'binding ties the states together' })],
      cases: [opiumWar],
      works,
      worksSource,
    });
    expect(problem?.message).toContain('binding.md:4 The paper’s definition is not found');
  });

  it('rejects an entry that no passage mentions and a work that no note cites', () => {
    const unmentioned = { ...opiumWar, id: 'boxer-rising', file: 'content/cases/boxer-rising.md' };
    const problems = crossReferenceProblems({
      edition,
      concepts: [concept({})],
      cases: [opiumWar, unmentioned],
      works: [...works, { id: 'bender-1982', type: 'book', title: 'Community and Social Change' }],
      worksSource,
    });
    expect(problems.map((p) => p.message.split('\n')[0])).toEqual([
      'content/cases/boxer-rising.md:1 No passage of the paper marks the case "boxer-rising".',
      expect.stringMatching(
        /^content\/bibliography\/works\.json:\d+ Work "bender-1982" is cited by no note\.$/,
      ),
    ]);
  });
});
