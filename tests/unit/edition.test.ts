import { describe, expect, it } from 'vitest';
import { ContentError, ContentErrors } from '../../src/lib/content/content-error.ts';
import { buildEdition } from '../../src/lib/edition/build.ts';
import type { Registry } from '../../src/lib/edition/model.ts';

const registry: Registry = {
  Concept: new Set(['binding']),
  Case: new Set(['opium-war']),
  Cite: new Set(['cronin-1999']),
};

/** A small section file: frontmatter, then the body. */
function section(order: number, body: string, frontmatter = ''): string {
  return `---\ntitle: "Section ${order}"\norder: ${order}\n${frontmatter}---\n\n${body}\n`;
}

/** Builds an edition from fixture files and returns the error it throws. */
function failure(files: Record<string, string>): ContentError {
  try {
    buildEdition(new Map(Object.entries(files)), registry);
  } catch (error) {
    if (error instanceof ContentError) return error;
    if (error instanceof ContentErrors && error.problems[0]) return error.problems[0];
    throw error;
  }
  throw new Error('the edition was accepted');
}

/** Builds an edition from fixture files and returns every problem, as `file:line problem`. */
function problems(files: Record<string, string>): string[] {
  try {
    buildEdition(new Map(Object.entries(files)), registry);
  } catch (error) {
    if (error instanceof ContentErrors)
      return error.problems.map((p) => `${p.file}:${p.line} ${p.problem}`);
    throw error;
  }
  return [];
}

describe('the edition model', () => {
  it('numbers paragraphs through the whole paper and ties each note to its paragraph', () => {
    const edition = buildEdition(
      new Map([
        ['b.mdx', section(2, 'Third paragraph.[^2]\n\n[^2]: Second note.')],
        ['a.mdx', section(1, 'First.[^1]\n\n[^1]: First note.\n\nSecond.')],
      ]),
    );
    expect(edition.sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect(edition.paragraphs.map((p) => [p.id, p.text])).toEqual([
      ['p1', 'First.'],
      ['p2', 'Second.'],
      ['p3', 'Third paragraph.'],
    ]);
    expect(edition.notes.map((n) => [n.n, n.paragraph, n.text])).toEqual([
      [1, 'p1', 'First note.'],
      [2, 'p3', 'Second note.'],
    ]);
  });

  it('reads a gap as […] and places every intervention', () => {
    const edition = buildEdition(
      new Map([
        [
          'a.mdx',
          section(
            1,
            'Lost <Gap id="gap-1" />[^1] here.\n\n[^1]: A note.\n\nA new thought begins.',
            'editorial:\n  - { kind: gap, id: gap-1, explanation: "Words lost between two pages." }\n  - { kind: marker, note: 1, certainty: low, explanation: "The marker stood in the lost words." }\n  - { kind: paragraph, opening: "A new thought", certainty: medium, explanation: "The line before is full." }\n',
          ),
        ],
      ]),
    );
    expect(edition.paragraphs[0]?.text).toBe('Lost […] here.');
    expect(edition.interventions.map((i) => [i.kind, i.anchor, i.paragraph])).toEqual([
      ['gap', 'gap-1', 'p1'],
      ['marker', 'nref1', 'p1'],
      ['paragraph', 'p2', 'p2'],
    ]);
  });

  it('lists the supplied title block as an intervention at the head of the paper, touching no paragraph', () => {
    const edition = buildEdition(
      new Map([
        [
          'a.mdx',
          section(
            1,
            'Text.',
            'editorial:\n  - { kind: title, certainty: high, explanation: "The witness has no title at its head." }\n',
          ),
        ],
      ]),
    );
    expect(edition.interventions).toEqual([
      expect.objectContaining({ kind: 'title', anchor: 'title-block', certainty: 'high' }),
    ]);
    expect(edition.interventions[0]?.paragraph).toBeUndefined();
  });
});

describe('marks', () => {
  it('records concepts, cases and citations with their words, offsets and pinpoints', () => {
    const edition = buildEdition(
      new Map([
        [
          'a.mdx',
          section(
            1,
            'Since the <Case id="opium-war">Opium War</Case>, <Concept id="binding">binding</Concept>.[^1]\n\n[^1]: See <Cite id="cronin-1999" loc="p. 12">Cronin</Cite>, p. 12.',
          ),
        ],
      ]),
      registry,
    );
    expect(edition.paragraphs[0]?.marks).toEqual([
      { kind: 'case', id: 'opium-war', text: 'Opium War', offset: 10 },
      { kind: 'concept', id: 'binding', text: 'binding', offset: 21 },
    ]);
    expect(edition.paragraphs[0]?.noteOffsets).toEqual({ 1: 29 });
    expect(edition.notes[0]?.marks).toEqual([
      { kind: 'work', id: 'cronin-1999', text: 'Cronin', offset: 4, locator: 'p. 12' },
    ]);
  });

  it('keeps the content of each paragraph and note as a tree for the renderer', () => {
    const edition = buildEdition(
      new Map([
        [
          'a.mdx',
          section(
            1,
            'Since the <Case id="opium-war">*Opium* War</Case>, lost <Gap id="gap-1" />.[^1]\n\n[^1]: See <Cite id="cronin-1999" loc="p. 12">Cronin</Cite>.',
            'editorial:\n  - { kind: gap, id: gap-1, explanation: "Words lost between two pages." }\n',
          ),
        ],
      ]),
      registry,
    );
    expect(edition.paragraphs[0]?.content).toEqual([
      { type: 'text', value: 'Since the ' },
      {
        type: 'mark',
        kind: 'case',
        id: 'opium-war',
        children: [
          { type: 'emphasis', children: [{ type: 'text', value: 'Opium' }] },
          { type: 'text', value: ' War' },
        ],
      },
      { type: 'text', value: ', lost ' },
      { type: 'gap', id: 'gap-1' },
      { type: 'text', value: '.' },
      { type: 'noteRef', n: 1 },
    ]);
    expect(edition.notes[0]?.content).toEqual([
      { type: 'text', value: 'See ' },
      {
        type: 'mark',
        kind: 'work',
        id: 'cronin-1999',
        children: [{ type: 'text', value: 'Cronin' }],
      },
      { type: 'text', value: '.' },
    ]);
  });
});

describe('bad content fails with the file, the line and the fix', () => {
  it('rejects an unknown concept, case or source id', () => {
    const concept = failure({
      'a.mdx': section(1, 'One.\n\nA <Concept id="bindingg">binding</Concept> mark.'),
    });
    expect(concept.message).toContain('a.mdx:8 <Concept id="bindingg"> names no concept');
    expect(concept.fix).toContain('content/glossary/<id>.md');
    expect(failure({ 'a.mdx': section(1, 'The <Case id="opium">war</Case>.') }).message).toContain(
      '<Case id="opium"> names no case',
    );
    const work = failure({
      'a.mdx': section(1, 'Text.[^1]\n\n[^1]: <Cite id="cronin-2000">Cronin</Cite>.'),
    });
    expect(work.message).toContain('a.mdx:8 <Cite id="cronin-2000"> names no work');
  });

  it('rejects a note reference without a definition', () => {
    const error = failure({ 'content/paper/a.mdx': section(1, 'One.\n\nTwo[^1] words.') });
    expect(error.message).toContain('content/paper/a.mdx:8');
    expect(error.message).toContain('[^1] has no definition');
    expect(error.fix).toMatch(/Add the note's text/);
  });

  it('rejects a definition that is never referenced', () => {
    const error = failure({ 'a.mdx': section(1, 'Text.\n\n[^1]: An orphan note.') });
    expect(error.message).toContain('a.mdx:8');
    expect(error.message).toContain('never referenced');
  });

  it('rejects a duplicate note number within a file', () => {
    const error = failure({ 'a.mdx': section(1, 'Text.[^1]\n\n[^1]: One.\n\n[^1]: Again.') });
    expect(error.message).toContain('a.mdx:10');
    expect(error.message).toContain('Duplicate note number');
  });

  it('rejects a duplicate note number across files', () => {
    const error = failure({
      'a.mdx': section(1, 'Text.[^1]\n\n[^1]: One.'),
      'b.mdx': section(2, 'More.[^1]\n\n[^1]: Again.'),
    });
    expect(error.file).toBe('b.mdx');
    expect(error.message).toContain('Duplicate note number');
  });

  it('rejects a section file outside the order', () => {
    const error = failure({ 'a.mdx': section(1, 'One.'), 'b.mdx': section(3, 'Three.') });
    expect(error.message).toContain('b.mdx:3');
    expect(error.message).toContain('outside the sequence 1–2');
  });

  it('rejects two sections in the same place', () => {
    const error = failure({ 'a.mdx': section(1, 'One.'), 'b.mdx': section(1, 'Also one.') });
    expect(error.message).toContain('b.mdx:3');
    expect(error.message).toContain('also used by a.mdx');
  });

  it('rejects notes out of reading order', () => {
    const error = failure({ 'a.mdx': section(1, 'A.[^2] B.[^1]\n\n[^1]: One.\n\n[^2]: Two.') });
    expect(error.message).toContain('Note 2 stands where note 1 is expected');
  });

  it('names the frontmatter field that breaks the schema, with its line', () => {
    const error = failure({ 'a.mdx': '---\ntitle: "A"\norder: first\n---\n\nText.\n' });
    expect(error.message).toContain('a.mdx:3');
    expect(error.message).toContain('`order`');
  });

  it('names a misspelt frontmatter field and its line', () => {
    const error = failure({ 'a.mdx': '---\ntitle: "A"\norder: 1\neditorail: []\n---\n\nText.\n' });
    expect(error.message).toContain('a.mdx:4 Frontmatter field `editorail`');
  });

  it('rejects a gap that is not explained and an unknown component', () => {
    expect(failure({ 'a.mdx': section(1, 'Lost <Gap id="gap-1" /> words.') }).message).toContain(
      'is not explained',
    );
    expect(failure({ 'a.mdx': section(1, 'A <Foo>mark</Foo>.') }).message).toContain(
      'Unknown component <Foo>',
    );
  });
});

describe('one mistake, one message', () => {
  it('reports a renamed note reference and the definition it leaves orphaned, and nothing else', () => {
    const body = 'A.[^1] B.[^2] C.[^3]\n\n[^1]: One.\n\n[^2]: Two.\n\n[^3]: Three.';
    expect(problems({ 'a.mdx': section(1, body) })).toEqual([]);
    expect(problems({ 'a.mdx': section(1, body.replace('B.[^2]', 'B.[^99]')) })).toEqual([
      'a.mdx:6 Note reference [^99] has no definition in this file.',
      'a.mdx:10 Note 2 is defined but never referenced.',
    ]);
  });

  it('reports each mistake in a section at its own line', () => {
    expect(
      problems({
        'a.mdx': section(
          1,
          'A <Concept id="bindng">mark</Concept>.\n\nA <Case id="opium">war</Case> and <Foo>this</Foo>.',
        ),
      }),
    ).toEqual([
      'a.mdx:6 <Concept id="bindng"> names no concept that exists.',
      'a.mdx:8 <Case id="opium"> names no case that exists.',
      'a.mdx:8 Unknown component <Foo>.',
    ]);
  });

  it('does not blame the other sections for one that cannot be read', () => {
    expect(
      problems({
        'a.mdx': section(1, 'A.[^1]\n\n[^1]: One.'),
        'b.mdx': '---\ntitle: "B\norder: 2\n---\n\nB.[^2]\n\n[^2]: Two.\n',
        'c.mdx': section(3, 'C.[^3]\n\n[^3]: Three.'),
      }),
    ).toEqual([expect.stringMatching(/^b\.mdx:\d+ Invalid YAML/)]);
  });

  it('does not report an unexplained gap again as a missing <Gap>', () => {
    expect(
      problems({
        'a.mdx': section(
          1,
          'Lost <Gap /> words.',
          'editorial:\n  - { kind: gap, id: gap-1, explanation: "Words lost between two pages." }\n',
        ),
      }),
    ).toEqual(['a.mdx:8 <Gap /> has no id.']);
  });
});

describe('a misspelt id', () => {
  it('gets the id it was probably meant to be, and a far-off one none', () => {
    expect(failure({ 'a.mdx': section(1, 'A <Concept id="bindng">mark</Concept>.') }).fix).toBe(
      'Did you mean `binding`? Use the id of an entry in content/glossary/<id>.md, or add the entry.',
    );
    expect(failure({ 'a.mdx': section(1, 'The <Case id="opium-wars">war</Case>.') }).fix).toContain(
      'Did you mean `opium-war`?',
    );
    expect(
      failure({ 'a.mdx': section(1, 'Text.[^1]\n\n[^1]: <Cite id="cronin-1990">Cronin</Cite>.') })
        .fix,
    ).toContain('Did you mean `cronin-1999`?');
    expect(failure({ 'a.mdx': section(1, 'A <Concept id="realism">mark</Concept>.') }).fix).toBe(
      'Use the id of an entry in content/glossary/<id>.md, or add the entry.',
    );
  });
});
