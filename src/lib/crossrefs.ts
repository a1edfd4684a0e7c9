/**
 * Checks every cross-reference between the paper, the glossary, the cases and the bibliography,
 * and fails with the file, the line and the fix. Astro's `reference()` would only log a broken
 * link; these checks run before every build (`src/integrations/content-check.ts`) and in the tests.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { parsePartialDate } from './dates.ts';
import { type Edition, EditionError, loadEdition } from './edition.ts';
import { citedWorks, mentionsOf } from './passages.ts';
import {
  type Case,
  type Concept,
  caseSchema,
  conceptSchema,
  issueField,
  type Work,
  workSchema,
} from './schemas.ts';

/** One content file: its id, path, source, validated frontmatter and body. */
export interface EntryFile<T> {
  id: string;
  file: string;
  source: string;
  data: T;
  body: string;
}

/** Everything the site is built from, read and checked. */
export interface Content {
  edition: Edition;
  concepts: EntryFile<Concept>[];
  cases: EntryFile<Case>[];
  works: Work[];
}

/** Line of the first line of `source` that contains `needle` (1 when absent). */
function lineOf(source: string, needle: string): number {
  const index = source.split('\n').findIndex((l) => l.includes(needle));
  return index < 0 ? 1 : index + 1;
}

/** Reads the Markdown entries of a folder and validates their frontmatter. */
export function readEntries<S extends z.ZodType>(dir: string, schema: S): EntryFile<z.infer<S>>[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => {
      const file = path.relative(process.cwd(), path.join(dir, name));
      const source = readFileSync(path.join(dir, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(source);
      if (!match)
        throw new EditionError(
          file,
          1,
          'The entry has no frontmatter.',
          'Start the file with a --- block of YAML fields.',
        );
      const parsed = schema.safeParse(parseYaml(match[1] ?? ''));
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const field = issueField(issue);
        throw new EditionError(
          file,
          lineOf(source, `${field.split('.')[0]}:`),
          `Field \`${field}\`: ${issue?.message ?? 'invalid'}.`,
          'Correct the field to match its schema in src/lib/schemas.ts.',
        );
      }
      return {
        id: name.slice(0, -3),
        file,
        source,
        data: parsed.data as z.infer<S>,
        body: match[2] ?? '',
      };
    });
}

/** Reads and validates the bibliography. */
export function readWorks(file = 'content/bibliography/works.json'): Work[] {
  const source = readFileSync(file, 'utf8');
  return (JSON.parse(source) as unknown[]).map((item, i) => {
    const parsed = workSchema.safeParse(item);
    if (!parsed.success) {
      const id = (item as { id?: string }).id ?? `item ${i + 1}`;
      const issue = parsed.error.issues[0];
      throw new EditionError(
        file,
        lineOf(source, `"${id}"`),
        `Work ${id}, field \`${issueField(issue)}\`: ${issue?.message ?? 'invalid'}.`,
        'Correct the entry to match workSchema in src/lib/schemas.ts.',
      );
    }
    return parsed.data;
  });
}

/** All problems at once: an editor fixes them in one pass. */
export class ContentErrors extends Error {
  readonly problems: EditionError[];
  constructor(problems: EditionError[]) {
    super(
      `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.map((p) => p.message).join('\n')}`,
    );
    this.name = 'ContentErrors';
    this.problems = problems;
  }
}

/** Checks the cross-references of already-read content; returns the problems found. */
export function crossReferenceProblems(content: Content): EditionError[] {
  const problems: EditionError[] = [];
  const conceptIds = new Set(content.concepts.map((c) => c.id));
  const workIds = new Set(content.works.map((w) => w.id));
  const unknown = (
    entry: EntryFile<unknown>,
    field: string,
    id: string,
    known: Set<string>,
    home: string,
  ) => {
    if (!known.has(id))
      problems.push(
        new EditionError(
          entry.file,
          lineOf(entry.source, id),
          `\`${field}\` names "${id}", which does not exist.`,
          `Use an id from ${home}, or add the entry.`,
        ),
      );
  };
  const texts = [
    ...content.edition.paragraphs.map((p) => p.text),
    ...content.edition.notes.map((n) => n.text),
  ];
  for (const c of content.concepts) {
    for (const id of c.data.related) unknown(c, 'related', id, conceptIds, 'content/glossary/');
    for (const id of c.data.works)
      unknown(c, 'works', id, workIds, 'content/bibliography/works.json');
    if (c.data.paperDefinition && !texts.some((t) => t.includes(c.data.paperDefinition ?? ''))) {
      problems.push(
        new EditionError(
          c.file,
          lineOf(c.source, 'paperDefinition:'),
          'The paper’s definition is not found word for word in any paragraph or note.',
          'Copy the words exactly from the paper (quotes and dashes as printed), from one paragraph or note.',
        ),
      );
    }
    if (mentionsOf(content.edition, 'concept', c.id).length === 0) {
      problems.push(
        new EditionError(
          c.file,
          1,
          `No passage of the paper marks the concept "${c.id}".`,
          `Mark its mentions in content/paper/*.mdx with <Concept id="${c.id}">…</Concept>, or remove the entry.`,
        ),
      );
    }
  }
  for (const k of content.cases) {
    for (const id of k.data.concepts) unknown(k, 'concepts', id, conceptIds, 'content/glossary/');
    for (const id of k.data.works)
      unknown(k, 'works', id, workIds, 'content/bibliography/works.json');
    for (const field of ['start', 'end'] as const) {
      const value = k.data[field];
      try {
        if (value) parsePartialDate(value);
      } catch (error) {
        problems.push(
          new EditionError(
            k.file,
            lineOf(k.source, `${field}:`),
            `\`${field}\`: ${(error as Error).message}.`,
            'Give a real date, as precise as verified: "1895", "1895-04" or "1895-04-23".',
          ),
        );
      }
    }
    if (k.data.end && k.data.end < k.data.start)
      problems.push(
        new EditionError(
          k.file,
          lineOf(k.source, 'end:'),
          '`end` comes before `start`.',
          'Correct the dates.',
        ),
      );
    if (mentionsOf(content.edition, 'case', k.id).length === 0) {
      problems.push(
        new EditionError(
          k.file,
          1,
          `No passage of the paper marks the case "${k.id}".`,
          `Mark its mentions in content/paper/*.mdx with <Case id="${k.id}">…</Case>, or remove the entry.`,
        ),
      );
    }
  }
  const cited = citedWorks(content.edition);
  const worksFile = 'content/bibliography/works.json';
  const worksSource = readFileSync(worksFile, 'utf8');
  for (const w of content.works) {
    if (!cited.has(w.id))
      problems.push(
        new EditionError(
          worksFile,
          lineOf(worksSource, `"${w.id}"`),
          `Work "${w.id}" is cited by no note.`,
          `Wrap the citing words of its note in <Cite id="${w.id}">…</Cite>, or remove the entry.`,
        ),
      );
  }
  return problems;
}

/** Reads all content from the project folder and checks it; throws every problem at once. */
export function loadContent(): Content {
  const content: Content = {
    edition: loadEdition(),
    concepts: readEntries('content/glossary', conceptSchema),
    cases: readEntries('content/cases', caseSchema),
    works: readWorks(),
  };
  const problems = crossReferenceProblems(content);
  if (problems.length > 0) throw new ContentErrors(problems);
  return content;
}
