/**
 * Reads the glossary (`content/glossary/<id>.md`) and the cases (`content/cases/<id>.md`): YAML
 * frontmatter validated against its schema, a glossary entry's Markdown body rendered to HTML.
 */
import type { z } from 'astro/zod';
import { collect, ContentError } from '../lib/content/content-error.ts';
import { renderEntryMarkdown } from '../lib/content/entry-markdown.ts';
import { idOfFile } from '../lib/site/ids.ts';
import { type Case, caseSchema, type Concept, conceptSchema } from '../lib/content/schemas.ts';
import { type DataPath, readFrontmatter } from '../lib/content/source-text.ts';
import { CONTENT_PATHS, listContentFiles, readContentFile } from './files.ts';

/** One entry as read: its id (the file name), file, validated frontmatter and where each field is. */
export interface EntryFile<T> {
  id: string;
  file: string;
  data: T;
  /** The body as HTML (glossary entries; empty for cases, which have none). */
  html: string;
  /** The body as written (Markdown), and the line it starts on. */
  body: string;
  bodyLine: number;
  lineOf(path: DataPath): number;
}

function readEntry<S extends z.ZodType>(
  root: string,
  file: string,
  schema: S,
  body: 'markdown' | 'none',
): EntryFile<z.infer<S>> {
  const { text } = readContentFile(root, file);
  const { data, split, lineOf } = readFrontmatter(
    file,
    text,
    schema,
    'entry',
    'Start the file with a block of YAML fields between two --- lines (see a neighbouring entry).',
  );
  if (body === 'none' && split.body.trim() !== '') {
    throw new ContentError(
      file,
      split.bodyLine + (/^\s*/.exec(split.body)?.[0].split('\n').length ?? 1) - 1,
      'The case has text below its frontmatter, which no page shows: a case keeps its note in `summary` (what happened) and `role` (how the paper uses it).',
      'Move the text into `summary` or `role` in the frontmatter, and leave nothing after the closing ---.',
    );
  }
  return {
    id: idOfFile(file),
    file,
    data,
    html: body === 'markdown' ? renderEntryMarkdown(split.body, file, split.bodyLine) : '',
    body: split.body,
    bodyLine: split.bodyLine,
    lineOf,
  };
}

function readFolder<S extends z.ZodType>(
  root: string,
  dir: string,
  schema: S,
  body: 'markdown' | 'none',
  problems: ContentError[],
): EntryFile<z.infer<S>>[] {
  return listContentFiles(root, dir, '.md').flatMap((file) => {
    const entry = collect(problems, () => readEntry(root, file, schema, body));
    return entry ? [entry] : [];
  });
}

/** Reads every glossary entry, collecting problems. */
export function readConcepts(root: string, problems: ContentError[]): EntryFile<Concept>[] {
  return readFolder(root, CONTENT_PATHS.glossary(), conceptSchema, 'markdown', problems);
}

/** Reads every case, collecting problems. */
export function readCases(root: string, problems: ContentError[]): EntryFile<Case>[] {
  return readFolder(root, CONTENT_PATHS.cases(), caseSchema, 'none', problems);
}
