/**
 * The back-of-book index: concepts, cases, people and institutions, each with the paragraphs and
 * notes of the paper where it occurs. `locate` finds the places from phrases as printed,
 * `buildIndex` sorts and groups the entries A–Z for the index page.
 */
import type { Note, Paragraph } from '../edition/build.ts';
import type { IndexTerm } from '../content/schemas.ts';
import { passageLabel } from '../site/ids.ts';
import { paperPath } from '../site/routes.ts';

/** What an index entry names. */
export type IndexKind = 'concept' | 'case' | 'person' | 'institution';

/** One place in the paper: a paragraph ("¶ 12") or a note ("n. 3"). */
export interface Locator {
  /** What the reader sees: "¶ 12" or "n. 3". */
  label: string;
  /** Anchor on the paper page: "/paper/#p12" or "/paper/#n3". */
  href: string;
  /** The paragraph's or the note's number. */
  n: number;
  isNote: boolean;
  /**
   * For a note, the number of the paragraph that cites it, so the note sorts after that
   * paragraph; without it, notes follow all paragraphs.
   */
  paragraph?: number;
}

/** An entry as collected, before sorting and grouping. */
export interface IndexEntryInput {
  heading: string;
  kind: IndexKind;
  /** The entry's own page (a case or a glossary term), if it has one. */
  href?: string | undefined;
  locators: Locator[];
  /**
   * For a cross-reference, the heading the reader is sent to ("Cantori, Luise" see "Cantori, Louis
   * J."); such an entry has no locators of its own.
   */
  see?: string | undefined;
}

/** An entry as printed: its locators in reading order, each once. */
export interface IndexEntry {
  heading: string;
  kind: IndexKind;
  href?: string;
  locators: Locator[];
  /** For a cross-reference, the heading of the entry that holds the places. */
  see?: string;
}

/** The entries under one letter; `#` collects headings that start with a digit or a symbol. */
export interface IndexGroup {
  letter: string;
  entries: IndexEntry[];
}

/**
 * The part of the edition model (the content layer's `edition`) that the index reads: only what it needs, so
 * that tests can pass a small paper and new fields of the model do not concern the index.
 */
export interface IndexSource {
  paragraphs: readonly Pick<Paragraph, 'id' | 'n' | 'text'>[];
  notes: readonly Pick<Note, 'id' | 'n' | 'text' | 'paragraph'>[];
}

/** The alphabetizing form of a heading: a leading "The " is ignored ("The Hague" files under H). */
export function sortKey(heading: string): string {
  return heading.replace(/^the\s+/i, '').trim();
}

/** The letter a heading files under: A–Z (accents dropped, so "Élysée" files under E), else "#". */
export function letterOf(heading: string): string {
  const first = sortKey(heading).normalize('NFD').charAt(0).toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

// Base sensitivity sorts case- and accent-insensitively; numeric puts "1907" after "195".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders headings by their sort keys; equal keys fall back to the exact text, so order is stable. */
export function compareHeadings(a: string, b: string): number {
  return collator.compare(sortKey(a), sortKey(b)) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Where a locator stands in the reading order: a note right after the paragraph that cites it. */
function position(l: Locator): [number, number, number] {
  if (!l.isNote) return [l.n, 0, 0];
  return [l.paragraph ?? Number.MAX_SAFE_INTEGER, 1, l.n];
}

/**
 * Sorts locators in reading order, numerically (¶ 9 before ¶ 12), and keeps one of each place.
 * Labels are rewritten from the numbers so every entry shows places the same way.
 */
export function sortLocators(locators: readonly Locator[]): Locator[] {
  const seen = new Set<string>();
  const unique = locators.filter((l) => {
    const key = `${l.isNote ? 'n' : 'p'}${l.n}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return unique
    .map((l) => ({ ...l, label: passageLabel(l.isNote ? 'note' : 'paragraph', l.n) }))
    .sort((a, b) => {
      const [pa, ka, na] = position(a);
      const [pb, kb, nb] = position(b);
      return pa - pb || ka - kb || na - nb;
    });
}

/**
 * Sorts entries and groups them by letter: "#" first, then A–Z. Entries with the same heading and
 * kind are merged, so two sources of locators for one name make one entry.
 */
export function buildIndex(entries: readonly IndexEntryInput[]): IndexGroup[] {
  const merged = new Map<string, IndexEntryInput>();
  for (const e of entries) {
    const key = `${e.kind}\u0000${e.heading}`;
    const prior = merged.get(key);
    merged.set(
      key,
      prior
        ? {
            ...prior,
            href: prior.href ?? e.href,
            see: prior.see ?? e.see,
            locators: [...prior.locators, ...e.locators],
          }
        : e,
    );
  }
  const sorted = [...merged.values()]
    .map((e): IndexEntry => ({
      heading: e.heading,
      kind: e.kind,
      ...(e.href === undefined ? {} : { href: e.href }),
      locators: sortLocators(e.locators),
      ...(e.see === undefined ? {} : { see: e.see }),
    }))
    .sort(
      (a, b) =>
        compareHeadings(a.heading, b.heading) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0),
    );
  const groups = new Map<string, IndexEntry[]>();
  for (const e of sorted) {
    const letter = letterOf(e.heading);
    groups.set(letter, [...(groups.get(letter) ?? []), e]);
  }
  return [...groups]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : a < b ? -1 : a > b ? 1 : 0))
    .map(([letter, list]) => ({ letter, entries: list }));
}

const WORD = /[\p{L}\p{N}_]/u;

/** The character before `index` and the one at `index`, read as whole code points. */
function charBefore(text: string, index: number): string {
  return index <= 0 ? '' : (Array.from(text.slice(Math.max(0, index - 2), index)).at(-1) ?? '');
}

function charAt(text: string, index: number): string {
  const cp = text.codePointAt(index);
  return cp === undefined ? '' : String.fromCodePoint(cp);
}

/**
 * Start offsets of every whole-word, case-sensitive occurrence of `phrase` in `text`. A phrase
 * that begins (ends) with a letter or digit must not be preceded (followed) by one, so "Wilson"
 * is not found in "Wilsonian" and "UN" not in "UNESCO"; a possessive "Japan’s" still holds "Japan".
 */
export function findPhrase(text: string, phrase: string): number[] {
  if (phrase.trim() === '') throw new Error('An index phrase is empty; it would match everywhere.');
  const startsWord = WORD.test(charAt(phrase, 0));
  const endsWord = WORD.test(Array.from(phrase).at(-1) ?? '');
  const found: number[] = [];
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) {
    const before = charBefore(text, i);
    const after = charAt(text, i + phrase.length);
    if ((startsWord && WORD.test(before)) || (endsWord && WORD.test(after))) continue;
    found.push(i);
  }
  return found;
}

/** True when `text` holds a phrase as a whole word, outside every occurrence of an excepted phrase. */
function mentions(text: string, phrases: readonly string[], except: readonly string[]): boolean {
  const excluded = except.flatMap((x) =>
    findPhrase(text, x).map((start) => [start, start + x.length] as const),
  );
  return phrases.some((p) =>
    findPhrase(text, p).some(
      (start) => !excluded.some(([from, to]) => start >= from && start + p.length <= to),
    ),
  );
}

/**
 * Locators of every paragraph and note whose text contains any of the phrases, as a whole word and
 * with the same capitals, in reading order. Matches inside an `except` phrase do not count.
 */
export function locate(
  phrases: readonly string[],
  edition: IndexSource,
  options: { except?: readonly string[] } = {},
): Locator[] {
  const except = options.except ?? [];
  const paragraphNumber = new Map(edition.paragraphs.map((p) => [p.id, p.n]));
  const inParagraphs = edition.paragraphs
    .filter((p) => mentions(p.text, phrases, except))
    .map((p): Locator => ({
      label: passageLabel('paragraph', p.n),
      href: paperPath(p.id),
      n: p.n,
      isNote: false,
    }));
  const inNotes = edition.notes
    .filter((note) => mentions(note.text, phrases, except))
    .map((note): Locator => {
      const paragraph = paragraphNumber.get(note.paragraph);
      return {
        label: passageLabel('note', note.n),
        href: paperPath(note.id),
        n: note.n,
        isNote: true,
        ...(paragraph === undefined ? {} : { paragraph }),
      };
    });
  return sortLocators([...inParagraphs, ...inNotes]);
}

/**
 * The anchor of an entry on the index page, from its kind and heading: "ix-person-cantori-louis-j".
 * A cross-reference links to the anchor of the entry it names.
 */
export function entryId(kind: IndexKind, heading: string): string {
  const slug = heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `ix-${kind}-${slug}`;
}

/**
 * The cross-references of the terms: for each heading in a term's `seeFrom`, an entry without
 * places that sends the reader to the term's own heading.
 */
export function seeReferences(terms: readonly IndexTerm[]): IndexEntryInput[] {
  return terms.flatMap((t) =>
    (t.seeFrom ?? []).map((from): IndexEntryInput => ({
      heading: from,
      kind: t.kind,
      locators: [],
      see: t.heading,
    })),
  );
}

/** Turns a term of index-terms.yaml into an index entry with its places in the paper. */
export function termEntry(term: IndexTerm, edition: IndexSource): IndexEntryInput {
  return {
    heading: term.heading,
    kind: term.kind,
    locators: locate(term.phrases, edition, { except: term.except ?? [] }),
  };
}
