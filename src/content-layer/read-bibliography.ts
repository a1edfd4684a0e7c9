/**
 * Reads the bibliography (`works.json`) and the records of the paper itself (`paper-facts.json`):
 * strict JSON, each item validated against its schema, ids unique.
 */
import { ContentError, ContentErrors } from '../lib/content/content-error.ts';
import {
  type PaperFacts,
  paperFactsSchema,
  type Work,
  workSchema,
} from '../lib/content/schemas.ts';
import type { z } from 'astro/zod';
import { type DataPath, parseJson, validate } from '../lib/content/source-text.ts';
import { CONTENT_PATHS, readContentFile } from './files.ts';

/** The works with the line where each starts, for messages about them. */
export interface ReadWorks<W = Work> {
  file: string;
  works: W[];
  /** The id of every item that has one, valid or not: the ids a <Cite> may name. */
  ids: Set<string>;
  lineOf: (id: string) => number;
  /** The line of any field, by its path ([index, 'id']). */
  lineAt: (path: DataPath) => number;
}

/**
 * Reads and validates a list of CSL-JSON works (the bibliography, or the commentary's own),
 * collecting every problem; `noun` names an item in messages ("Work", "Commentary work").
 */
export function readWorkList<S extends z.ZodType<{ id: string }>>(
  root: string,
  path: string,
  schema: S,
  noun: string,
  problems: ContentError[],
): ReadWorks<z.infer<S>> {
  const { file, text } = readContentFile(root, path);
  const located = parseJson(text, file);
  if (!Array.isArray(located.data)) {
    throw new ContentError(
      file,
      1,
      'works.json is not a list.',
      'Make the file one JSON array [ … ] of CSL-JSON items.',
    );
  }
  const works: z.infer<S>[] = [];
  const ids = new Set<string>();
  const lines = new Map<string, number>();
  located.data.forEach((item: unknown, index) => {
    const id = (item as { id?: unknown } | null)?.id;
    if (typeof id === 'string') ids.add(id);
    const what = `${noun} ${typeof id === 'string' ? id : `#${index + 1}`}`;
    const result = validate(schema, located, file, what, [index]);
    problems.push(...result.problems);
    if (!result.data) return;
    const work: z.infer<S> = result.data;
    const line = located.lineOf([index, 'id']);
    const first = lines.get(work.id);
    if (first !== undefined) {
      problems.push(
        new ContentError(
          file,
          line,
          `Duplicate id "${work.id}": the work at line ${first} has it too.`,
          'Give each work its own id (add a keyword: "ikenberry-1998-restraint"), or merge the two entries.',
        ),
      );
      return;
    }
    lines.set(work.id, line);
    works.push(work);
  });
  return { file, works, ids, lineOf: (id) => lines.get(id) ?? 1, lineAt: located.lineOf };
}

/** Reads and validates works.json, collecting every problem. */
export function readWorks(root: string, problems: ContentError[]): ReadWorks {
  return readWorkList(root, CONTENT_PATHS.works(), workSchema, 'Work', problems);
}

/**
 * The ids a <Cite> may name. When works.json could not be read at all (it does not parse), every
 * id is accepted: the file's own error is the one to fix, not a false one at each <Cite>.
 */
export function citableIds(works: ReadWorks | undefined): ReadonlySet<string> {
  return works?.ids ?? Object.assign(new Set<string>(), { has: () => true });
}

/** Reads and validates paper-facts.json. */
export function readPaperFacts(root: string): PaperFacts {
  const { file, text } = readContentFile(root, CONTENT_PATHS.paperFacts());
  const result = validate(paperFactsSchema, parseJson(text, file), file, 'Paper facts');
  if (!result.data) throw new ContentErrors(result.problems);
  return result.data;
}
