/**
 * Reading content text with its line numbers: strict UTF-8, JSON and YAML that keep the position
 * of every value, and Zod validation whose every issue names the line of its field and a fix.
 * Pure functions over strings and bytes; the content layer (`src/content-layer/`) calls them.
 */
import type { z } from 'astro/zod';
import { isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { ContentError, ContentErrors } from './content-error.ts';
import { markupProblems } from './plain-text.ts';
import { nearest } from '../text/edit-distance.ts';

/** The line (from 1) of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * Decodes a file as UTF-8, refusing any byte that is not: a file saved in another encoding would
 * otherwise turn its accented letters into replacement characters without a word.
 */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const loose = new TextDecoder('utf-8').decode(bytes);
    const line = lineAt(loose, loose.indexOf('\uFFFD'));
    throw new ContentError(
      file,
      line,
      'The file has a byte that is not UTF-8 (it was saved in another encoding).',
      'Save the file as UTF-8 and retype the character on that line.',
    );
  }
}

/** A path into parsed data: keys of objects and indexes of arrays. */
export type DataPath = readonly (string | number)[];

/** Parsed YAML or JSON with the line of any value in it. */
export interface LocatedData {
  data: unknown;
  /** Line of the deepest part of `path` that exists (the key of a field, the start of an item). */
  lineOf(path: DataPath): number;
}

/** Parses YAML (or JSON, which YAML reads too) keeping positions; `firstLine` is where it starts. */
function locate(
  text: string,
  file: string,
  firstLine: number,
): LocatedData & { errors: ContentError[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // An unclosed [ or { is detected where the next line starts: point at the bracket instead.
  const unclosed = (at: number) => Math.max(text.lastIndexOf('[', at), text.lastIndexOf('{', at));
  const errors = doc.errors.map(
    (e) =>
      new ContentError(
        file,
        toLine(
          /flow (sequence|map|collection)|end with a [\]}]/i.test(e.message) &&
            unclosed(e.pos[0]) >= 0
            ? unclosed(e.pos[0])
            : e.pos[0],
        ),
        `Invalid YAML: ${e.message}.`,
        e.code === 'DUPLICATE_KEY'
          ? 'Keep one of the two fields with this name.'
          : 'Correct the syntax on this line: quote text that contains ": " or "#", close quotes and brackets, indent consistently.',
      ),
  );
  const lineOf = (path: DataPath): number => {
    let node: unknown = doc.contents;
    let line = toLine((doc.contents as Node | null)?.range?.[0] ?? 0);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
        if (!pair || !isScalar(pair.key)) break;
        line = toLine(pair.key.range?.[0] ?? 0);
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key] as Node | undefined;
        if (!item) break;
        line = toLine(item.range?.[0] ?? 0);
        node = item;
      } else break;
    }
    return line;
  };
  return { data: errors.length > 0 ? undefined : doc.toJS(), lineOf, errors };
}

/** Parses YAML (a file, or a frontmatter block starting at `firstLine`), keeping positions. */
export function parseYaml(text: string, file: string, firstLine = 1): LocatedData {
  const located = locate(text, file, firstLine);
  if (located.errors[0]) throw located.errors[0];
  return located;
}

/** Parses JSON strictly (no comments, no trailing commas), keeping positions. */
export function parseJson(text: string, file: string): LocatedData {
  try {
    JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const line = at ? lineAt(text, Number(at[1])) : Math.max(1, lineAt(text, text.length));
    throw new ContentError(
      file,
      line,
      `Invalid JSON: ${message.replace(/ in JSON at position.*$/, '')}.`,
      'Correct the JSON syntax there: a missing comma or quote, a trailing comma before } or ], or an unclosed bracket.',
    );
  }
  return parseYaml(text, file);
}

/** The keys a Zod object schema knows at a path of the data, for suggestions. */
function knownKeys(schema: z.ZodType, path: DataPath): string[] {
  let current: unknown = schema;
  for (const key of path) {
    const def = (current as { def?: Record<string, unknown> }).def;
    if (!def) return [];
    if (def['type'] === 'object') current = (def['shape'] as Record<string, unknown>)[key];
    else if (def['type'] === 'array') current = def['element'];
    else if (def['type'] === 'optional' || def['type'] === 'default') current = def['innerType'];
    else return [];
  }
  while ((current as { def?: Record<string, unknown> })?.def?.['innerType'])
    current = (current as { def: Record<string, unknown> }).def['innerType'];
  const def = (current as { def?: Record<string, unknown> })?.def;
  return def?.['type'] === 'object' ? Object.keys(def['shape'] as object) : [];
}

/** A field's path as an editor writes it: `editorial.0.note` → `editorial[0].note`. */
function fieldName(path: DataPath): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');
}

/**
 * Validates data against a schema; every issue becomes a ContentError at the line of its field,
 * with a fix that says what the field needs. `what` names the thing in messages ("Work cronin-1999").
 */
export function validate<S extends z.ZodType>(
  schema: S,
  located: LocatedData,
  file: string,
  what: string,
  basePath: DataPath = [],
): { data: z.infer<S>; problems: [] } | { data: undefined; problems: ContentError[] } {
  const value = basePath.reduce<unknown>(
    (data, key) => (data as Record<string | number, unknown> | undefined)?.[key],
    located.data,
  );
  const parsed = schema.safeParse(value);
  // Every field is plain text, whatever the schema: markup in any is refused alike.
  const markup = markupProblems(value, file, what, (path) => located.lineOf([...basePath, ...path]));
  if (parsed.success) {
    return markup.length === 0
      ? { data: parsed.data, problems: [] }
      : { data: undefined, problems: markup };
  }
  const pathOf = (issue: z.core.$ZodIssue) =>
    issue.path.filter((k): k is string | number => typeof k !== 'symbol');
  // A misspelt field is also a missing one: report the misspelling alone, with its suggestion.
  const meant = new Set(
    parsed.error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.flatMap((key) => {
            const guess = nearest(key, knownKeys(schema, pathOf(issue)));
            return guess ? [fieldName([...pathOf(issue), guess])] : [];
          })
        : [],
    ),
  );
  const problems = parsed.error.issues.flatMap((issue) => {
    const path = pathOf(issue);
    const actual = path.reduce<unknown>(
      (data, key) => (data as Record<string | number, unknown> | undefined)?.[key],
      value,
    );
    if (issue.code === 'invalid_type' && actual === undefined && meant.has(fieldName(path))) {
      return [];
    }
    const line = located.lineOf([...basePath, ...path]);
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const guess = nearest(key, knownKeys(schema, path));
        return new ContentError(
          file,
          located.lineOf([...basePath, ...path, key]),
          `${what} field \`${fieldName([...path, key])}\` is not a known field.`,
          guess
            ? `Did you mean \`${guess}\`? Rename the field (the fields are described in src/lib/content/schemas.ts).`
            : 'Remove the field, or add it to the schema in src/lib/content/schemas.ts.',
        );
      });
    }
    if (issue.code === 'invalid_type' && actual === undefined) {
      return new ContentError(
        file,
        line,
        `${what} field \`${fieldName(path)}\` is missing (it is required).`,
        `Add \`${String(path.at(-1) ?? '')}\` (${issue.expected}); see its description in src/lib/content/schemas.ts.`,
      );
    }
    if (issue.code === 'invalid_type') {
      const input = Array.isArray(actual) ? 'list' : typeof actual;
      return new ContentError(
        file,
        line,
        `${what} field \`${fieldName(path)}\` should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}, not a ${input}.`,
        issue.expected === 'string'
          ? `Write the value in double quotes: ${String(path.at(-1) ?? 'field')}: "…".`
          : issue.expected === 'number'
            ? `Write the value as a bare number, without quotes.`
            : issue.expected === 'array'
              ? 'Write the value as a list: [a, b] or one "- item" per line.'
              : `Give a ${issue.expected} (see src/lib/content/schemas.ts).`,
      );
    }
    // A refinement may carry its own fix (`params: { fix }` in schemas.ts).
    const fix = issue.code === 'custom' ? (issue.params?.['fix'] as string | undefined) : undefined;
    return new ContentError(
      file,
      line,
      `${what} field \`${fieldName(path) || '(the whole entry)'}\`: ${issue.message}.`,
      fix ?? 'Correct the value to match its description in src/lib/content/schemas.ts.',
    );
  });
  // In the order of the file, as an editor reads it.
  return { data: undefined, problems: [...problems, ...markup].sort((a, b) => a.line - b.line) };
}

/** The frontmatter of a Markdown or MDX file: its YAML and where the YAML and the body start. */
export interface Frontmatter {
  yaml: string;
  /** Line of the first YAML line (2 when the file opens with `---`). */
  yamlLine: number;
  body: string;
  /** Line where the body starts. */
  bodyLine: number;
}

/** Splits a file into its `---` frontmatter and its body; undefined when it has none. */
export function splitFrontmatter(source: string): Frontmatter | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(source);
  if (!match) return undefined;
  return {
    yaml: match[1] ?? '',
    yamlLine: 2,
    body: source.slice(match[0].length),
    bodyLine: lineAt(source, match[0].length),
  };
}

/**
 * The frontmatter of a content file, validated against `schema`, with the line of each field and
 * the body after it. `kind` names the file in messages ("section", "entry"); `fix` says how such
 * a file starts. Throws the project's errors: no frontmatter, invalid YAML, invalid fields.
 */
export function readFrontmatter<S extends z.ZodType>(
  file: string,
  source: string,
  schema: S,
  kind: string,
  fix: string,
): { data: z.infer<S>; split: Frontmatter; lineOf(path: DataPath): number } {
  const split = splitFrontmatter(source);
  if (!split) {
    const problem =
      source.trim() === '' ? `The ${kind} file is empty.` : `The ${kind} has no frontmatter.`;
    throw new ContentError(file, 1, problem, fix);
  }
  const located = parseYaml(split.yaml, file, split.yamlLine);
  const result = validate(schema, located, file, 'Frontmatter');
  if (!result.data) throw new ContentErrors(result.problems);
  return { data: result.data, split, lineOf: located.lineOf };
}
