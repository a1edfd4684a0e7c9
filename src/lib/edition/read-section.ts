/**
 * Reads one section file of the paper (`content/paper/*.mdx`), parsing it once: its frontmatter,
 * its paragraphs and its note definitions, each as plain text with offsets and as the content
 * that the outputs render (`read-inline.ts`). A broken frontmatter or MDX syntax throws a
 * ContentError; mistakes in the body are collected, so that each is reported at its own line.
 * `buildEdition` numbers the result.
 */
import type { Nodes, Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from '../content/content-error.ts';
import { mdxSyntaxError } from '../content/mdx-syntax-error.ts';
import { type SectionFrontmatter, sectionSchema } from '../content/schemas.ts';
import { type DataPath, readFrontmatter } from '../content/source-text.ts';
import type { Registry } from './model.ts';
import { type Inline, NOTE_NUMBERS_FIX, type ReadContext, readInline } from './read-inline.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** A section as read from its file, before the paper-wide numbering. */
export interface RawSection {
  id: string;
  file: string;
  frontmatter: SectionFrontmatter;
  /** Line of a frontmatter field (`['editorial', 2, 'id']`), for messages about it. */
  lineOf(path: DataPath): number;
  paragraphs: Inline[];
  definitions: Map<number, Inline>;
  /** Mistakes found in the body; the section is read as far as it could be despite them. */
  problems: ContentError[];
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** Parses one MDX section file into its syntax tree, or a ContentError at the faulty line. */
function parseSection(source: string, file = 'section.mdx'): Root {
  try {
    return parser.parse(source);
  } catch (error) {
    throw mdxSyntaxError(error, file, source);
  }
}

/** Reads one section file; `id` is its file name without `.mdx`. */
export function readSection(
  id: string,
  file: string,
  source: string,
  registry: Registry,
): RawSection {
  const frontmatter = readFrontmatter(
    file,
    source,
    sectionSchema,
    'section',
    'Start the file with ---, title: "…", order: N, ---, then the paragraphs and notes.',
  );
  const tree = parseSection(source, file);
  const context: ReadContext = { file, registry, problems: [] };
  const problem = (node: Nodes, what: string, fix: string) =>
    context.problems.push(new ContentError(file, lineOf(node), what, fix));
  const paragraphs: RawSection['paragraphs'] = [];
  const definitions: RawSection['definitions'] = new Map();
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'paragraph') {
      paragraphs.push(readInline(node.children, lineOf(node), context));
    } else if (node.type === 'footnoteDefinition') {
      const n = Number(node.identifier);
      const note = readInline(node.children, lineOf(node), context);
      if (!/^\d+$/.test(node.identifier)) {
        problem(
          node,
          `Note definition [^${node.identifier}] is not a note number.`,
          NOTE_NUMBERS_FIX,
        );
      } else if (definitions.has(n)) {
        problem(
          node,
          `Duplicate note number: [^${n}] is defined twice in this file.`,
          `Keep one definition of note ${n}; renumber or delete the other.`,
        );
      } else {
        definitions.set(n, note);
      }
      if (note.refs.some((ref) => ref.n !== undefined))
        problem(
          node,
          `Note ${node.identifier} contains a note reference.`,
          'Notes cannot carry notes; remove the reference.',
        );
    } else {
      problem(
        node,
        `A ${node.type === 'mdxjsEsm' ? 'import or export' : node.type} stands in the section body.`,
        'A section holds only paragraphs and note definitions; its heading comes from the frontmatter `title`.',
      );
    }
  }
  return {
    id,
    file,
    frontmatter: frontmatter.data,
    lineOf: frontmatter.lineOf,
    paragraphs,
    definitions,
    problems: context.problems,
  };
}
