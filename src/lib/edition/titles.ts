/**
 * The titles in the notes' citations, found in the words as printed: a typographic restoration,
 * since the extraction lost the printed paper's italics. Each `<Cite>`'s words are searched for
 * the work's own title and, for an article or chapter, the journal or book that holds it, word for
 * word (case, punctuation and a leading "The" aside); a note may print a short title (the part
 * before the colon), or words that differ more (`printedTitle`, `printedContainerTitle` in the
 * work's `custom`). What is found becomes a `TitlePhrase` over the same characters, so the text
 * does not change. A title cut short (a subtitle printed but not matched) and a printed form
 * found nowhere fail the build; a citation without a title is listed (`untitledCitations`).
 */
import { ContentError } from '../content/content-error.ts';
import type { Work } from '../content/schemas.ts';
import { noteLabel } from '../site/ids.ts';
import {
  type Edition,
  GAP_TEXT,
  type Note,
  type Phrase,
  type TitleLevel,
  type UntitledCitation,
} from './model.ts';

/** Where works.json is and the line of each work, for messages. */
export interface WorksSource {
  file: string;
  lineOf(id: string): number;
}

/** Characters [start, end) of a mark's plain text. */
interface Span {
  start: number;
  end: number;
}

const CONTAINED: ReadonlySet<Work['type']> = new Set([
  'chapter',
  'article-journal',
  'article-magazine',
  'article-newspaper',
]);

const OPENING_QUOTES = /["“”‘']\s*$/u;

function words(text: string): { word: string; start: number; end: number }[] {
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    word: m[0].toLowerCase(),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** The forms of a title a note may print: as given, without a leading "The", before its colon. */
function forms(title: string | undefined): string[] {
  if (title === undefined) return [];
  const main = title.split(':')[0] ?? title;
  const all = [title, main].flatMap((t) => [t, t.replace(/^the\s+/i, '')]);
  return [...new Set(all)];
}

/** Where `title` stands in `text`, word for word, from character `from` on. */
export function findTitle(text: string, title: string, from = 0): Span | undefined {
  const wanted = words(title).map((w) => w.word);
  const have = words(text).filter((w) => w.start >= from);
  if (wanted.length === 0) return undefined;
  for (let i = 0; i + wanted.length <= have.length; i++) {
    if (!wanted.every((w, k) => have[i + k]?.word === w)) continue;
    const start = have[i]?.start ?? 0;
    let end = have[i + wanted.length - 1]?.end ?? 0;
    // A title's own closing mark ("Superpower?") belongs to it.
    const last = title.trimEnd().at(-1);
    if (last && /[?!]/.test(last) && text[end] === last) end++;
    return { start, end };
  }
  return undefined;
}

/** The plain text of phrases, as read-inline.ts builds it. */
function plainText(nodes: readonly Phrase[]): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'break') return ' ';
      if (node.type === 'gap') return GAP_TEXT;
      return 'children' in node ? plainText(node.children) : '';
    })
    .join('');
}

/** The phrases with the characters of `span` wrapped in a title, text split where need be. */
function wrap(nodes: readonly Phrase[], span: Span, level: TitleLevel): Phrase[] | undefined {
  const before: Phrase[] = [];
  const inside: Phrase[] = [];
  const after: Phrase[] = [];
  let at = 0;
  for (const node of nodes) {
    const length = plainText([node]).length;
    const [from, to] = [at, at + length];
    at = to;
    if (to <= span.start) before.push(node);
    else if (from >= span.end) after.push(node);
    else if (from >= span.start && to <= span.end) inside.push(node);
    else if (node.type === 'text') {
      const cut = (i: number) => Math.min(Math.max(i - from, 0), length);
      const [a, b] = [cut(span.start), cut(span.end)];
      if (a > 0) before.push({ type: 'text', value: node.value.slice(0, a) });
      inside.push({ type: 'text', value: node.value.slice(a, b) });
      if (b < length) after.push({ type: 'text', value: node.value.slice(b) });
    } else return undefined;
  }
  return [...before, { type: 'title', level, children: inside }, ...after];
}

/** What a search for one of a work's titles found in a citation's words. */
interface Found {
  span?: Span;
  /** The matched form stops where the note goes on with a subtitle. */
  cut?: string;
}

function search(text: string, candidates: (string | undefined)[], from = 0): Found {
  for (const form of candidates.flatMap((c, i) => (i === 0 ? (c ? [c] : []) : forms(c)))) {
    const span = findTitle(text, form, from);
    if (!span) continue;
    return /^\s*:/.test(text.slice(span.end)) ? { span, cut: form } : { span };
  }
  return {};
}

interface NoteResult {
  content: Phrase[];
  problems: ContentError[];
  untitled: UntitledCitation[];
  /** Printed forms found, as "id title" or "id container". */
  used: Set<string>;
}

function titleNote(note: Note, file: string, works: ReadonlyMap<string, Work>): NoteResult {
  const result: NoteResult = { content: [], problems: [], untitled: [], used: new Set() };
  const cutShort = (work: Work, form: string, field: string) =>
    new ContentError(
      file,
      note.line,
      `<Cite id="${work.id}"> in ${noteLabel(note.n)} prints a longer title than the "${form}" that matched.`,
      `Add "${field}": "…" under \`custom\` of ${work.id} in works.json, with the title exactly as the note prints it.`,
    );
  result.content = note.content.map((node): Phrase => {
    const work = node.type === 'mark' && node.kind === 'work' ? works.get(node.id) : undefined;
    if (node.type !== 'mark' || !work) return node;
    const text = plainText(node.children);
    const contained = CONTAINED.has(work.type);
    const own = search(text, [work.custom?.printedTitle, work.title]);
    const container = contained
      ? search(text, [work.custom?.printedContainerTitle, work['container-title']], own.span?.end)
      : {};
    if (own.cut) result.problems.push(cutShort(work, own.cut, 'printedTitle'));
    if (container.cut) result.problems.push(cutShort(work, container.cut, 'printedContainerTitle'));
    const printed = {
      title: work.custom?.printedTitle,
      container: work.custom?.printedContainerTitle,
    };
    for (const [key, form] of Object.entries(printed))
      if (form && findTitle(text, form)) result.used.add(`${work.id} ${key}`);
    if (!own.span) result.untitled.push({ note: note.n, work: work.id, missing: 'title' });
    if (contained && !container.span)
      result.untitled.push({ note: note.n, work: work.id, missing: 'container-title' });
    // A book's title printed in quotation marks is set as the note sets it, in roman.
    const quoted = own.span && OPENING_QUOTES.test(text.slice(0, own.span.start));
    const ownLevel: TitleLevel = contained || quoted ? 'a' : 'm';
    let children: Phrase[] = node.children;
    // The later span first, so that the earlier one's offsets still hold.
    const spans = [
      ...(own.span ? [{ span: own.span, level: ownLevel }] : []),
      ...(container.span
        ? [{ span: container.span, level: work.type === 'chapter' ? 'm' : ('j' as TitleLevel) }]
        : []),
    ].sort((a, b) => b.span.start - a.span.start);
    for (const { span, level } of spans) {
      const wrapped = wrap(children, span, level);
      if (wrapped) children = wrapped;
      else
        result.problems.push(
          new ContentError(
            file,
            note.line,
            `A title in <Cite id="${work.id}"> of ${noteLabel(note.n)} crosses a mark or a note reference.`,
            'Keep marks and note references out of a cited title, or close the title before them.',
          ),
        );
    }
    return { ...node, children };
  });
  return result;
}

/** The edition with the titles of its notes' citations set, and what could not be found. */
export function withTitles(
  edition: Edition,
  works: readonly Work[],
  source: WorksSource,
): { edition: Edition; problems: ContentError[] } {
  const byId = new Map(works.map((w) => [w.id, w]));
  const problems: ContentError[] = [];
  const untitled: UntitledCitation[] = [];
  const used = new Set<string>();
  const sections = edition.sections.map((section) => ({
    ...section,
    notes: section.notes.map((note) => {
      const result = titleNote(note, section.file, byId);
      problems.push(...result.problems);
      untitled.push(...result.untitled);
      for (const u of result.used) used.add(u);
      return { ...note, content: result.content };
    }),
  }));
  for (const work of works) {
    for (const [field, key] of [
      ['printedTitle', 'title'],
      ['printedContainerTitle', 'container'],
    ] as const) {
      const printed = work.custom?.[field];
      if (printed === undefined || used.has(`${work.id} ${key}`)) continue;
      problems.push(
        new ContentError(
          source.file,
          source.lineOf(work.id),
          `The ${field} "${printed}" of ${work.id} is in the words of no <Cite id="${work.id}">.`,
          'Copy the title exactly as a note prints it, or remove the field if the note prints the title of works.json.',
        ),
      );
    }
  }
  return {
    edition: {
      ...edition,
      sections,
      notes: sections.flatMap((s) => s.notes),
      untitledCitations: untitled,
    },
    problems,
  };
}

/** The titles set in italics in the notes (books, journals): the count /about/ declares. */
export function italicTitleCount(edition: Edition): number {
  const count = (nodes: readonly Phrase[]): number =>
    nodes.reduce(
      (sum, node) =>
        sum +
        (node.type === 'title' && node.level !== 'a' ? 1 : 0) +
        ('children' in node ? count(node.children) : 0),
      0,
    );
  return edition.notes.reduce((sum, note) => sum + count(note.content), 0);
}

/**
 * Which of a citation's phrases names the cited work itself, for the link to its entry: the
 * article's or chapter's own title (`a`) if found, else the book's; -1 when the words show none.
 */
export function citedTitleIndex(nodes: readonly Phrase[]): number {
  const own = nodes.findIndex((n) => n.type === 'title' && n.level === 'a');
  return own >= 0 ? own : nodes.findIndex((n) => n.type === 'title');
}
