/**
 * The ids that marks in the paper may point to: glossary concepts, historical cases and works of
 * the bibliography. The edition model checks every `<Concept>`, `<Case>` and `<Cite>` against them.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Valid ids by the name of the MDX component that marks them. */
export interface Registry {
  Concept: ReadonlySet<string>;
  Case: ReadonlySet<string>;
  Cite: ReadonlySet<string>;
}

/** The mark components and where their entries live, for messages. */
export const MARKS = {
  Concept: { kind: 'concept', home: 'content/glossary/<id>.md', route: 'concepts' },
  Case: { kind: 'case', home: 'content/cases/<id>.md', route: 'cases' },
  Cite: { kind: 'work', home: 'content/bibliography/works.json', route: 'sources' },
} as const;

/** The name of a mark component. */
export type MarkComponent = keyof typeof MARKS;

function fileIds(dir: string): Set<string> {
  if (!existsSync(dir)) return new Set();
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3)),
  );
}

/** Reads the ids from the content folders under `root`. */
export function readRegistry(root = process.cwd()): Registry {
  const works = path.join(root, 'content/bibliography/works.json');
  const ids = existsSync(works)
    ? (JSON.parse(readFileSync(works, 'utf8')) as { id: string }[]).map((w) => w.id)
    : [];
  return {
    Concept: fileIds(path.join(root, 'content/glossary')),
    Case: fileIds(path.join(root, 'content/cases')),
    Cite: new Set(ids),
  };
}
