/**
 * Reads the phrasing content of one paragraph or note of a section file, as parsed from its MDX:
 * the plain text with the offsets of its note references and marks, and the same content as the
 * model's small tree (`Phrase`) that the outputs render. Every mistake joins the section's
 * problems at its line, and reading goes on, so that one pass reports them all.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { ContentError } from '../content/content-error.ts';
import { isSafeUrl, SAFE_URL_FIX } from '../content/safe-url.ts';
import { nearest } from '../text/edit-distance.ts';
import {
  GAP_TEXT,
  type Mark,
  MARKS,
  type MarkComponent,
  type Phrase,
  type Registry,
} from './model.ts';

/** The numbers a note is labelled with: the paper's own. */
export const NOTE_NUMBERS_FIX = 'Label notes with the paper’s own numbers: [^1] … [^32].';

/** What reading needs: the file, the ids that marks may name, and where problems go. */
export interface ReadContext {
  file: string;
  registry: Registry;
  problems: ContentError[];
}

/** A note reference as read. */
export interface NoteRefRead {
  /**
   * The note's number; undefined when the reference could not be read (its problem is reported),
   * in which case it still takes its place in the paper's numbering.
   */
  n: number | undefined;
  line: number;
  /** Where it stands in the plain text. */
  offset: number;
}

/** What an inline walk collects: the text and content, and the notes, gaps and marks met on the way. */
export interface Inline {
  text: string;
  content: Phrase[];
  refs: NoteRefRead[];
  gaps: { id: string; line: number }[];
  marks: Mark[];
  /** Line where the paragraph or note starts. */
  line: number;
}

type Node = PhrasingContent | RootContent;

function lineOf(node: Node): number {
  return node.position?.start.line ?? 1;
}

/**
 * A string attribute of a component: undefined when absent, null when written as an expression
 * (`loc={…}`), a mistake in this edition that is reported here.
 */
function attribute(
  node: MdxJsxTextElement,
  name: string,
  context: ReadContext,
): string | null | undefined {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (attr === undefined || attr.value === undefined || attr.value === null) return undefined;
  if (typeof attr.value === 'string') return attr.value;
  context.problems.push(
    new ContentError(
      context.file,
      lineOf(node),
      `<${node.name ?? ''}> has \`${name}\` written as an expression (${name}={…}).`,
      `Write it as text in quotes: ${name}="…".`,
    ),
  );
  return null;
}

function isMark(name: string | null): name is MarkComponent {
  return name !== null && Object.hasOwn(MARKS, name);
}

/** Reads a text node; GFM parses a reference without a definition as plain text, so look for it there. */
function readText(value: string, line: number, context: ReadContext, into: Inline): Phrase[] {
  for (const orphan of value.matchAll(/\[\^([^\]\s]+)\]/g)) {
    context.problems.push(
      new ContentError(
        context.file,
        line + (value.slice(0, orphan.index).match(/\n/g)?.length ?? 0),
        `Note reference [^${orphan[1]}] has no definition in this file.`,
        `Add the note's text as "[^${orphan[1]}]: …" below the paragraph, or remove the reference.`,
      ),
    );
    into.refs.push({ n: undefined, line, offset: into.text.length + orphan.index });
  }
  into.text += value;
  return [{ type: 'text', value }];
}

/** Reads a mark (`<Concept>`, `<Case>`, `<Cite>`): its id must name an entry that exists. */
function readMark(
  node: MdxJsxTextElement,
  component: MarkComponent,
  context: ReadContext,
  into: Inline,
): Phrase[] {
  const { kind, home } = MARKS[component];
  const id = attribute(node, 'id', context);
  const known = context.registry[component];
  const valid = typeof id === 'string' && known.has(id);
  if (!valid && id !== null) {
    const guess = id ? nearest(id, known) : undefined;
    context.problems.push(
      new ContentError(
        context.file,
        lineOf(node),
        `<${component} id="${id ?? ''}"> names no ${kind} that exists.`,
        `${guess ? `Did you mean \`${guess}\`? ` : ''}Use the id of an entry in ${home}, or add the entry.`,
      ),
    );
  }
  const offset = into.text.length;
  const before = into.marks.length;
  const children = readPhrases(node.children, context, into);
  const locator = attribute(node, 'loc', context);
  if (!valid) return children;
  const mark: Mark = {
    kind,
    id,
    text: into.text.slice(offset),
    offset,
    ...(locator ? { locator } : {}),
  };
  into.marks.splice(before, 0, mark);
  return [{ type: 'mark', kind, id, children }];
}

function readElement(node: MdxJsxTextElement, context: ReadContext, into: Inline): Phrase[] {
  if (isMark(node.name)) return readMark(node, node.name, context, into);
  if (node.name !== 'Gap') {
    context.problems.push(
      new ContentError(
        context.file,
        lineOf(node),
        `Unknown component <${node.name ?? ''}>.`,
        `Use one of: Gap, ${Object.keys(MARKS).join(', ')}; raw HTML is not allowed in the text.`,
      ),
    );
    return readPhrases(node.children, context, into);
  }
  const id = attribute(node, 'id', context);
  into.text += GAP_TEXT;
  if (id) {
    into.gaps.push({ id, line: lineOf(node) });
    return [{ type: 'gap', id }];
  }
  if (id !== null)
    context.problems.push(
      new ContentError(
        context.file,
        lineOf(node),
        '<Gap /> has no id.',
        'Write <Gap id="gap-N" /> and describe it under `editorial` in the frontmatter.',
      ),
    );
  return [];
}

function readNode(node: Node, index: number, context: ReadContext, into: Inline): Phrase[] {
  switch (node.type) {
    case 'text':
      return readText(node.value, lineOf(node), context, into);
    case 'footnoteReference': {
      const n = /^\d+$/.test(node.identifier) ? Number(node.identifier) : undefined;
      if (n === undefined)
        context.problems.push(
          new ContentError(
            context.file,
            lineOf(node),
            `Note reference [^${node.label ?? node.identifier}] is not a note number.`,
            NOTE_NUMBERS_FIX,
          ),
        );
      into.refs.push({ n, line: lineOf(node), offset: into.text.length });
      return n === undefined ? [] : [{ type: 'noteRef', n }];
    }
    case 'mdxJsxTextElement':
      return readElement(node, context, into);
    case 'link': {
      if (!isSafeUrl(node.url)) {
        context.problems.push(
          new ContentError(
            context.file,
            lineOf(node),
            `A link to "${node.url}" is not allowed.`,
            SAFE_URL_FIX,
          ),
        );
        return readPhrases(node.children, context, into);
      }
      const children = readPhrases(node.children, context, into);
      return [
        { type: 'link', url: node.url, ...(node.title ? { title: node.title } : {}), children },
      ];
    }
    case 'emphasis':
    case 'strong':
      return [{ type: node.type, children: readPhrases(node.children, context, into) }];
    case 'paragraph': {
      // The paragraphs of a note read as one, a space apart.
      const space: Phrase[] = index > 0 ? readText(' ', lineOf(node), context, into) : [];
      return [...space, ...readPhrases(node.children, context, into)];
    }
    case 'break':
      into.text += ' ';
      return [{ type: 'break' }];
    default:
      context.problems.push(
        new ContentError(
          context.file,
          lineOf(node),
          `Unexpected ${node.type} in the text.`,
          'Keep the text to paragraphs, notes and the edition’s components.',
        ),
      );
      return [];
  }
}

function readPhrases(nodes: readonly Node[], context: ReadContext, into: Inline): Phrase[] {
  return nodes.flatMap((node, index) => readNode(node, index, context, into));
}

/** Reads the content of one paragraph or note that starts at `line`. */
export function readInline(nodes: readonly Node[], line: number, context: ReadContext): Inline {
  const into: Inline = { text: '', content: [], refs: [], gaps: [], marks: [], line };
  into.content = readPhrases(nodes, context, into);
  // The source has single spaces and no leading space, so offsets stay valid; check it.
  if (/\s{2}|^\s|\n/.test(into.text.trimEnd())) {
    context.problems.push(
      new ContentError(
        context.file,
        line,
        'A paragraph or note contains a line break or a double space.',
        'Keep each paragraph and each note on one line, with single spaces.',
      ),
    );
  }
  into.text = into.text.trimEnd();
  return into;
}
