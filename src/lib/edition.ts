/**
 * The edition model: the paper's sections, paragraphs, notes and editorial interventions, read
 * from the MDX sources in `content/paper/`. Pages, endpoints, the remark plugin and the tests all
 * read the paper through this one model, so that a paragraph's number or a note's place is the
 * same everywhere. Bad content throws an `EditionError` naming the file, the line and the fix.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { MARKS, type MarkComponent, type Registry, readRegistry } from './registry.ts';
import { type Certainty, issueField, sectionSchema } from './schemas.ts';

/**
 * Where the paper's sections live, relative to the project root. Tests set EDITION_PAPER_DIR to
 * a fixture to check that bad content fails the build.
 */
export function paperDir(): string {
  return process.env['EDITION_PAPER_DIR'] ?? 'content/paper';
}

/** What stands for lost text in the plain text of the edition. */
export const GAP_TEXT = '[…]';

/** A content error: the file, the line, what is wrong and how to fix it. */
export class EditionError extends Error {
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** Line of the file where the problem is. */
  readonly line: number;
  /** What to do about it. */
  readonly fix: string;
  constructor(file: string, line: number, problem: string, fix: string) {
    super(`${file}:${line} ${problem}\n  Fix: ${fix}`);
    this.name = 'EditionError';
    this.file = file;
    this.line = line;
    this.fix = fix;
  }
}

/** A marked mention in the text: a concept, a case, or the words of a note that cite a work. */
export interface Mark {
  kind: (typeof MARKS)[MarkComponent]['kind'];
  /** Id of the glossary entry, case or work. */
  id: string;
  /** The marked words, as printed. */
  text: string;
  /** Where the words start in the plain text of their paragraph or note. */
  offset: number;
  /** The pinpoint of a citation as printed ("p. 12"), if any. */
  locator?: string;
}

/** One paragraph of the paper. */
export interface Paragraph {
  /** Stable anchor on /paper/, `p` and the paragraph's number. */
  id: string;
  /** Number through the whole paper, from 1. */
  n: number;
  /** Id of the section it belongs to. */
  section: string;
  /** Plain text as a reader sees it, without note or paragraph numbers; a gap is `[…]`. */
  text: string;
  /** Numbers of the notes referenced in it, in order. */
  notes: number[];
  /** Where each note reference stands in `text` (note number → offset). */
  noteOffsets: Record<number, number>;
  /** Ids of the gaps in it. */
  gaps: string[];
  /** Concepts and cases marked in it. */
  marks: Mark[];
  /** Line of the source file where it starts. */
  line: number;
}

/** One of the paper's notes. */
export interface Note {
  /** The paper's own note number. */
  n: number;
  /** Anchor of the note in the list of notes on /paper/. */
  id: string;
  /** Anchor of the note reference in the text. */
  refId: string;
  /** Plain text of the note, exactly as printed. */
  text: string;
  /** Id of the paragraph in which its reference stands. */
  paragraph: string;
  /** Id of the section. */
  section: string;
  /** Works cited, concepts and cases marked in it. */
  marks: Mark[];
  /** Line of the definition in the source file. */
  line: number;
}

/** An editorial intervention, placed in the text. */
export interface PlacedIntervention {
  kind: 'gap' | 'marker' | 'paragraph';
  /** Anchor of the intervention's place on /paper/. */
  anchor: string;
  /** Short name for lists, e.g. "Restored marker of note 18". */
  label: string;
  /** Id of the paragraph it touches. */
  paragraph: string;
  section: string;
  certainty?: Certainty;
  explanation: string;
  /** For a restored marker, the note. */
  note?: number;
}

/** One section of the paper. */
export interface Section {
  /** The file name without extension; also the heading's anchor. */
  id: string;
  title: string;
  order: number;
  /** Path of the source file relative to the project root. */
  file: string;
  paragraphs: Paragraph[];
  notes: Note[];
  interventions: PlacedIntervention[];
}

/** The whole paper. */
export interface Edition {
  sections: Section[];
  paragraphs: Paragraph[];
  notes: Note[];
  interventions: PlacedIntervention[];
}

/** Options of `loadEdition`. */
export interface LoadOptions {
  /** Folder of the section files; defaults to `paperDir()`. */
  dir?: string;
  /** Ids that marks may point to; defaults to what `content/` holds. */
  registry?: Registry;
}

/** A registry that knows no ids: marks are then refused. */
export const EMPTY_REGISTRY: Registry = { Concept: new Set(), Case: new Set(), Cite: new Set() };

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx).use(remarkGfm);

/** Parses one MDX section file into its syntax tree (frontmatter, paragraphs, note definitions). */
export function parseSection(source: string): Root {
  return parser.parse(source);
}

function lineOf(node: Nodes): number {
  return node.position?.start.line ?? 1;
}

function attribute(node: MdxJsxTextElement, name: string): string | undefined {
  const attr = node.attributes.find(
    (a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === name,
  );
  return typeof attr?.value === 'string' ? attr.value : undefined;
}

/** What an inline walk collects: the text, and the notes and gaps met on the way. */
interface Inline {
  text: string;
  refs: { n: number; line: number; offset: number }[];
  gaps: { id: string; line: number }[];
  marks: Mark[];
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
          throw new EditionError(
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
          throw new EditionError(
            file,
            lineOf(node),
            `Note reference [^${node.label ?? node.identifier}] is not a note number.`,
            'Label notes with the paper’s own numbers: [^1] … [^32].',
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
          const id = attribute(node, 'id');
          if (!id)
            throw new EditionError(
              file,
              lineOf(node),
              '<Gap /> has no id.',
              'Write <Gap id="gap-N" /> and describe it under `editorial` in the frontmatter.',
            );
          into.gaps.push({ id, line: lineOf(node) });
          into.text += GAP_TEXT;
        } else if (isMark(node.name)) {
          const id = attribute(node, 'id') ?? '';
          if (!registry[node.name].has(id)) {
            throw new EditionError(
              file,
              lineOf(node),
              `<${node.name} id="${id}"> names no ${MARKS[node.name].kind} that exists.`,
              `Use the id of an entry in ${MARKS[node.name].home}, or add the entry.`,
            );
          }
          const offset = into.text.length;
          const before = into.marks.length;
          readInline(node.children, file, registry, into);
          const locator = attribute(node, 'loc');
          const mark: Mark = {
            kind: MARKS[node.name].kind,
            id,
            text: into.text.slice(offset),
            offset,
            ...(locator ? { locator } : {}),
          };
          into.marks.splice(before, 0, mark);
        } else {
          throw new EditionError(
            file,
            lineOf(node),
            `Unknown component <${node.name ?? ''}>.`,
            `Use one of: Gap, ${Object.keys(MARKS).join(', ')}.`,
          );
        }
        break;
      }
      case 'emphasis':
      case 'strong':
      case 'link':
      case 'paragraph':
        readInline(node.children, file, registry, into);
        break;
      case 'break':
        into.text += ' ';
        break;
      default:
        throw new EditionError(
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
  file: string,
  registry: Registry,
): Inline {
  const into: Inline = { text: '', refs: [], gaps: [], marks: [] };
  readInline(nodes, file, registry, into);
  // The source has single spaces and no leading space, so offsets stay valid; check it.
  if (/\s{2}|^\s|\n/.test(into.text.trimEnd())) {
    const line = lineOf(nodes[0] as Nodes);
    throw new EditionError(
      file,
      line,
      'A paragraph or note contains a line break or a double space.',
      'Keep each paragraph and each note on one line, with single spaces.',
    );
  }
  into.text = into.text.trimEnd();
  return into;
}

/** A section as read from its file, before the paper-wide numbering. */
interface RawSection {
  id: string;
  file: string;
  source: string;
  title: string;
  order: number;
  editorial: ReturnType<typeof sectionSchema.parse>['editorial'];
  paragraphs: (Inline & { line: number })[];
  definitions: Map<number, Inline & { line: number }>;
}

function keyLine(source: string, key: string): number {
  const index = source.split('\n').findIndex((l) => l.startsWith(`${key}:`));
  return index < 0 ? 1 : index + 1;
}

function readSection(file: string, source: string, registry: Registry): RawSection {
  const tree = parseSection(source);
  const yaml = tree.children.find((n) => n.type === 'yaml');
  if (!yaml || yaml.type !== 'yaml') {
    throw new EditionError(
      file,
      1,
      'The section has no frontmatter.',
      'Start the file with ---, title: "…", order: N, ---.',
    );
  }
  const parsed = sectionSchema.safeParse(parseYaml(yaml.value));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issueField(issue);
    throw new EditionError(
      file,
      keyLine(source, field.split('.')[0] ?? ''),
      `Frontmatter field \`${field}\`: ${issue?.message ?? 'invalid'}.`,
      'Correct the field to match the section schema in src/lib/schemas.ts.',
    );
  }
  const paragraphs: RawSection['paragraphs'] = [];
  const definitions: RawSection['definitions'] = new Map();
  for (const node of tree.children) {
    if (node.type === 'yaml') continue;
    if (node.type === 'paragraph') {
      paragraphs.push({ ...inline(node.children, file, registry), line: lineOf(node) });
    } else if (node.type === 'footnoteDefinition') {
      const n = Number(node.identifier);
      if (!/^\d+$/.test(node.identifier)) {
        throw new EditionError(
          file,
          lineOf(node),
          `Note definition [^${node.identifier}] is not a note number.`,
          'Label notes with the paper’s own numbers: [^1] … [^32].',
        );
      }
      if (definitions.has(n)) {
        throw new EditionError(
          file,
          lineOf(node),
          `Duplicate note number: [^${n}] is defined twice in this file.`,
          `Keep one definition of note ${n}; renumber or delete the other.`,
        );
      }
      const note = inline(node.children, file, registry);
      if (note.refs.length > 0)
        throw new EditionError(
          file,
          lineOf(node),
          `Note ${n} contains a note reference.`,
          'Notes cannot carry notes; remove the reference.',
        );
      definitions.set(n, { ...note, line: lineOf(node) });
    } else {
      throw new EditionError(
        file,
        lineOf(node),
        `A ${node.type} stands in the section body.`,
        'A section holds only paragraphs and note definitions; its heading comes from the frontmatter `title`.',
      );
    }
  }
  const { title, order, editorial } = parsed.data;
  return {
    id: path.basename(file, '.mdx'),
    file,
    source,
    title,
    order,
    editorial,
    paragraphs,
    definitions,
  };
}

function checkOrder(sections: RawSection[]): void {
  const seen = new Map<number, RawSection>();
  for (const s of sections) {
    const other = seen.get(s.order);
    if (other) {
      throw new EditionError(
        s.file,
        keyLine(s.source, 'order'),
        `Section order ${s.order} is also used by ${other.file}.`,
        `Give each section its own place: number the files 1 to ${sections.length} in reading order.`,
      );
    }
    seen.set(s.order, s);
  }
  for (const s of sections) {
    if (s.order > sections.length) {
      throw new EditionError(
        s.file,
        keyLine(s.source, 'order'),
        `Section order ${s.order} is outside the sequence 1–${sections.length}.`,
        `Number the ${sections.length} section files 1 to ${sections.length} in reading order, without gaps.`,
      );
    }
  }
}

function checkNotes(sections: RawSection[]): void {
  const definedIn = new Map<number, RawSection>();
  let expected = 1;
  for (const s of sections) {
    for (const [n, def] of s.definitions) {
      const other = definedIn.get(n);
      if (other) {
        throw new EditionError(
          s.file,
          def.line,
          `Duplicate note number: note ${n} is also defined in ${other.file}.`,
          `Each note number is used once in the paper; renumber or delete this definition.`,
        );
      }
      definedIn.set(n, s);
    }
    const referenced = new Set<number>();
    for (const p of s.paragraphs) {
      for (const ref of p.refs) {
        if (referenced.has(ref.n)) {
          throw new EditionError(
            s.file,
            ref.line,
            `Duplicate note number: note ${ref.n} is referenced twice.`,
            `Each note has one reference in the text; remove the second [^${ref.n}].`,
          );
        }
        if (ref.n !== expected) {
          throw new EditionError(
            s.file,
            ref.line,
            `Note ${ref.n} stands where note ${expected} is expected.`,
            'Notes are numbered 1…N in reading order; renumber the reference and its definition.',
          );
        }
        referenced.add(ref.n);
        expected++;
      }
    }
    for (const [n, def] of s.definitions) {
      if (!referenced.has(n)) {
        throw new EditionError(
          s.file,
          def.line,
          `Note ${n} is defined but never referenced.`,
          `Place [^${n}] in the text where the note belongs (if the marker is restored, say so under \`editorial\`), or delete the definition.`,
        );
      }
    }
  }
}

function placeInterventions(s: RawSection, paragraphs: Paragraph[]): PlacedIntervention[] {
  const editorialLine = keyLine(s.source, 'editorial');
  const byGap = new Map(paragraphs.flatMap((p) => p.gaps.map((g) => [g, p] as const)));
  const byNote = new Map(paragraphs.flatMap((p) => p.notes.map((n) => [n, p] as const)));
  const placed = s.editorial.map((item): PlacedIntervention => {
    if (item.kind === 'gap') {
      const p = byGap.get(item.id);
      if (!p)
        throw new EditionError(
          s.file,
          editorialLine,
          `Editorial gap "${item.id}" has no <Gap id="${item.id}" /> in the text.`,
          `Put <Gap id="${item.id}" /> where the text is lost, or remove the entry.`,
        );
      return {
        kind: 'gap',
        anchor: item.id,
        label: `Gap ${item.id.replace('gap-', '')}: text lost between pages`,
        paragraph: p.id,
        section: s.id,
        explanation: item.explanation,
      };
    }
    if (item.kind === 'marker') {
      const p = byNote.get(item.note);
      if (!p)
        throw new EditionError(
          s.file,
          editorialLine,
          `Restored marker of note ${item.note}: the note is not referenced in this section.`,
          `Place [^${item.note}] in this section's text, or move the entry to the section that holds it.`,
        );
      return {
        kind: 'marker',
        anchor: `nref${item.note}`,
        label: `Note ${item.note}: marker restored`,
        paragraph: p.id,
        section: s.id,
        certainty: item.certainty,
        explanation: item.explanation,
        note: item.note,
      };
    }
    const p = paragraphs.find((q) => q.text.startsWith(item.opening));
    if (!p)
      throw new EditionError(
        s.file,
        editorialLine,
        `Inferred paragraph break: no paragraph opens with "${item.opening}".`,
        'Copy the first words of the paragraph exactly into `opening`.',
      );
    return {
      kind: 'paragraph',
      anchor: p.id,
      label: `¶ ${p.n}: paragraph break inferred`,
      paragraph: p.id,
      section: s.id,
      certainty: item.certainty,
      explanation: item.explanation,
    };
  });
  for (const p of paragraphs) {
    for (const g of p.gaps) {
      if (!s.editorial.some((e) => e.kind === 'gap' && e.id === g)) {
        throw new EditionError(
          s.file,
          p.line,
          `<Gap id="${g}" /> is not explained.`,
          `Add an entry { kind: gap, id: ${g}, explanation: "…" } under \`editorial\` in the frontmatter.`,
        );
      }
    }
  }
  return placed;
}

/** Builds the edition from already-read files (path relative to the project root → source). */
export function buildEdition(
  files: ReadonlyMap<string, string>,
  registry: Registry = EMPTY_REGISTRY,
): Edition {
  const raw = [...files].map(([file, source]) => readSection(file, source, registry));
  checkOrder(raw);
  raw.sort((a, b) => a.order - b.order);
  checkNotes(raw);
  let n = 0;
  const sections = raw.map((s): Section => {
    const paragraphs = s.paragraphs.map((p): Paragraph => {
      n++;
      return {
        id: `p${n}`,
        n,
        section: s.id,
        text: p.text,
        notes: p.refs.map((r) => r.n),
        noteOffsets: Object.fromEntries(p.refs.map((r) => [r.n, r.offset])),
        gaps: p.gaps.map((g) => g.id),
        marks: p.marks,
        line: p.line,
      };
    });
    const notes = paragraphs.flatMap((p) =>
      p.notes.map((k): Note => {
        const def = s.definitions.get(k);
        return {
          n: k,
          id: `n${k}`,
          refId: `nref${k}`,
          text: def?.text ?? '',
          paragraph: p.id,
          section: s.id,
          marks: def?.marks ?? [],
          line: def?.line ?? 1,
        };
      }),
    );
    return {
      id: s.id,
      title: s.title,
      order: s.order,
      file: s.file,
      paragraphs,
      notes,
      interventions: placeInterventions(s, paragraphs),
    };
  });
  return {
    sections,
    paragraphs: sections.flatMap((s) => s.paragraphs),
    notes: sections.flatMap((s) => s.notes),
    interventions: sections.flatMap((s) => s.interventions),
  };
}

/** Reads every `*.mdx` file of a folder. */
export function readSectionFiles(dir: string): Map<string, string> {
  const root = process.cwd();
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => {
        const full = path.join(dir, f);
        return [path.relative(root, full) || full, readFileSync(full, 'utf8')] as const;
      }),
  );
}

let cache: { key: string; edition: Edition } | undefined;

/** Loads the edition from disk; re-reads the files each call, re-parses only when they changed. */
export function loadEdition(options: LoadOptions = {}): Edition {
  const dir = path.resolve(options.dir ?? paperDir());
  const files = readSectionFiles(dir);
  const registry = options.registry ?? readRegistry();
  const key = JSON.stringify([
    ...files,
    ...Object.values(registry).map((ids: ReadonlySet<string>) => [...ids]),
  ]);
  if (cache?.key !== key) cache = { key, edition: buildEdition(files, registry) };
  return cache.edition;
}
