/**
 * Reads one section file of the paper (`content/paper/*.mdx`): its frontmatter, its paragraphs
 * and its note definitions, with the marks, note references and gaps in each, as plain text with
 * offsets. Every mistake throws a ContentError at its line. `buildEdition` numbers the result.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ContentError } from '../content/content-error.ts';
import { GAP_TEXT, type Mark, MARKS, type MarkComponent, type Registry } from './model.ts';
import { isSafeUrl, SAFE_URL_FIX } from '../content/safe-url.ts';
import { type SectionFrontmatter, sectionSchema } from '../content/schemas.ts';
import { mdxSyntaxError } from '../content/mdx-syntax-error.ts';
import { type DataPath, readFrontmatter } from '../content/source-text.ts';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** The numbers a note is labelled with: the paper's own. */
const NOTE_NUMBERS_FIX = 'Label notes with the paper’s own numbers: [^1] … [^32].';

/** What an inline walk collects: the text, and the notes, gaps and marks met on the way. */
export interface Inline {
  text: string;
  refs: { n: number; line: number; offset: number }[];
  gaps: { id: string; line: number }[];
  marks: Mark[];
  /** Line where the paragraph or note starts. */
  line: number;
}

/** A section as read from its file, before the paper-wide numbering. */
export interface RawSection {
  id: string;
  file: string;
  frontmatter: SectionFrontmatter;
  /** Line of a frontmatter field (`['editorial', 2, 'id']`), for messages about it. */
  lineOf(path: DataPath): number;
  paragraphs: Inline[];
  definitions: Map<number, Inline>;
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

/** A string attribute of a component; an expression (`loc={…}`) is a mistake in this edition. */
function attribute(node: MdxJsxTextElement, name: string, file: string): string | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attr === undefined || attr.value === undefined || attr.value === null) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  throw new ContentError(
    file,
    lineOf(node),
    `<${node.name ?? ''}> has \`${name}\` written as an expression (${name}={…}).`,
    `Write it as text in quotes: ${name}="…".`,
  );
}

function isMark(name: string | null): name is MarkComponent {
  return name !== null && Object.hasOwn(MARKS, name);
}

function readInline(
  nodes: readonly (PhrasingContent | RootContent)[],
  file: string,
  registry: Registry,
  into: Inline,
): void {
  for (const node of nodes) {
    switch (node.type) {
      case 'text': {
        // GFM parses a reference without a definition as plain text, so look for it there.
        const orphan = /\[\^([^\]\s]+)\]/.exec(node.value);
        if (orphan) {
          const line = lineOf(node) + (node.value.slice(0, orphan.index).match(/\n/g)?.length ?? 0);
          throw new ContentError(
            file,
            line,
            `Note reference [^${orphan[1]}] has no definition in this file.`,
            `Add the note's text as "[^${orphan[1]}]: …" below the paragraph, or remove the reference.`,
          );
        }
        into.text += node.value;
        break;
      }
      case 'footnoteReference': {
        if (!/^\d+$/.test(node.identifier)) {
          throw new ContentError(
            file,
            lineOf(node),
            `Note reference [^${node.label ?? node.identifier}] is not a note number.`,
            NOTE_NUMBERS_FIX,
          );
        }
        into.refs.push({
          n: Number(node.identifier),
          line: lineOf(node),
          offset: into.text.length,
        });
        break;
      }
      case 'mdxJsxTextElement': {
        if (node.name === 'Gap') {
          const id = attribute(node, 'id', file);
          if (!id)
            throw new ContentError(
              file,
              lineOf(node),
              '<Gap /> has no id.',
              'Write <Gap id="gap-N" /> and describe it under `editorial` in the frontmatter.',
            );
          into.gaps.push({ id, line: lineOf(node) });
          into.text += GAP_TEXT;
        } else if (isMark(node.name)) {
          const id = attribute(node, 'id', file) ?? '';
          if (!registry[node.name].has(id)) {
            throw new ContentError(
              file,
              lineOf(node),
              `<${node.name} id="${id}"> names no ${MARKS[node.name].kind} that exists.`,
              `Use the id of an entry in ${MARKS[node.name].home}, or add the entry.`,
            );
          }
          const offset = into.text.length;
          const before = into.marks.length;
          readInline(node.children, file, registry, into);
          const locator = attribute(node, 'loc', file);
          const mark: Mark = {
            kind: MARKS[node.name].kind,
            id,
            text: into.text.slice(offset),
            offset,
            ...(locator ? { locator } : {}),
          };
          into.marks.splice(before, 0, mark);
        } else {
          throw new ContentError(
            file,
            lineOf(node),
            `Unknown component <${node.name ?? ''}>.`,
            `Use one of: Gap, ${Object.keys(MARKS).join(', ')}; raw HTML is not allowed in the text.`,
          );
        }
        break;
      }
      case 'link':
        if (!isSafeUrl(node.url)) {
          throw new ContentError(
            file,
            lineOf(node),
            `A link to "${node.url}" is not allowed.`,
            SAFE_URL_FIX,
          );
        }
        readInline(node.children, file, registry, into);
        break;
      case 'emphasis':
      case 'strong':
      case 'paragraph':
        readInline(node.children, file, registry, into);
        break;
      case 'break':
        into.text += ' ';
        break;
      default:
        throw new ContentError(
          file,
          lineOf(node),
          `Unexpected ${node.type} in the text.`,
          'Keep the text to paragraphs, notes and the edition’s components.',
        );
    }
  }
}

function inline(
  nodes: readonly (PhrasingContent | RootContent)[],
  line: number,
  file: string,
  registry: Registry,
): Inline {
  const into: Inline = { text: '', refs: [], gaps: [], marks: [], line };
  readInline(nodes, file, registry, into);
  // The source has single spaces and no leading space, so offsets stay valid; check it.
  if (/\s{2}|^\s|\n/.test(into.text.trimEnd())) {
    throw new ContentError(
      file,
      line,
      'A paragraph or note contains a line break or a double space.',
      'Keep each paragraph and each note on one line, with single spaces.',
    );
  }
  into.text = into.text.trimEnd();
  return into;
}

/** Parses one MDX section file into its syntax tree, or a ContentError at the faulty line. */
export function parseSection(source: string, file = 'section.mdx'): Root {
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
  const paragraphs: RawSection['paragraphs'] = [];
  const definitions: RawSection['definitions'] = new Map();
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'paragraph') {
      paragraphs.push(inline(node.children, lineOf(node), file, registry));
    } else if (node.type === 'footnoteDefinition') {
      const n = Number(node.identifier);
      if (!/^\d+$/.test(node.identifier)) {
        throw new ContentError(
          file,
          lineOf(node),
          `Note definition [^${node.identifier}] is not a note number.`,
          NOTE_NUMBERS_FIX,
        );
      }
      if (definitions.has(n)) {
        throw new ContentError(
          file,
          lineOf(node),
          `Duplicate note number: [^${n}] is defined twice in this file.`,
          `Keep one definition of note ${n}; renumber or delete the other.`,
        );
      }
      const note = inline(node.children, lineOf(node), file, registry);
      if (note.refs.length > 0)
        throw new ContentError(
          file,
          lineOf(node),
          `Note ${n} contains a note reference.`,
          'Notes cannot carry notes; remove the reference.',
        );
      definitions.set(n, note);
    } else {
      throw new ContentError(
        file,
        lineOf(node),
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
  };
}
