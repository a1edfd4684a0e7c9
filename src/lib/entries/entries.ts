/**
 * What the concept, case, timeline and index pages derive from the content: the two-way relation
 * between concepts, the cases of a concept, the place of a paper's definition, and the index
 * entries of concepts and cases. Pure functions over already-loaded content, so that the pages
 * stay templates and the unit tests need no build.
 */
import type { IndexEntryInput, Locator } from './book-index.ts';
import { compareCases } from './dates.ts';
import type { Edition, Mark } from '../edition/build.ts';
import { mentionsOf, type Passage } from './passages.ts';
import type { Case, Concept, Work } from '../content/schemas.ts';
import { noteLabel, paragraphLabel } from '../site/ids.ts';
import { entryPath, paperPath } from '../site/routes.ts';

/** A concept or case as the pages need it: its id and its frontmatter. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** A place in the paper that a reader can follow: "¶ 12" → "/paper/#p12". */
export interface Place {
  label: string;
  href: string;
}

// Base sensitivity: "anarchy" and "Anarchy" file together, as in a printed glossary.
const terms = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Orders concepts A–Z by term. */
export function compareTerms(
  a: Entry<Pick<Concept, 'term'>>,
  b: Entry<Pick<Concept, 'term'>>,
): number {
  return terms.compare(a.data.term, b.data.term) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The concepts related to one concept, both ways: those it lists in `related` and those that list
 * it, each once, A–Z by term. The relation is entered on one side only, so a reader following it
 * from either end must still find the other.
 */
export function relatedBothWays<T extends Pick<Concept, 'term' | 'related'>>(
  concepts: readonly Entry<T>[],
  id: string,
): Entry<T>[] {
  const self = concepts.find((c) => c.id === id);
  const ids = new Set([
    ...(self?.data.related ?? []),
    ...concepts.filter((c) => c.data.related.includes(id)).map((c) => c.id),
  ]);
  ids.delete(id);
  return concepts.filter((c) => ids.has(c.id)).sort(compareTerms);
}

/** The cases that illustrate a concept (their `concepts` name it), in date order. */
export function casesOfConcept<T extends Pick<Case, 'title' | 'start' | 'end' | 'concepts'>>(
  cases: readonly Entry<T>[],
  conceptId: string,
): Entry<T>[] {
  return cases
    .filter((k) => k.data.concepts.includes(conceptId))
    .sort((a, b) => compareCases(a.data, b.data));
}

/**
 * Other cases that share at least one concept with a case, with the shared concepts: those that
 * share most first, then in date order, at most `limit` (a concept as common as the balance of
 * power would otherwise make every case related to every other).
 */
export function relatedCases<T extends Pick<Case, 'title' | 'start' | 'end' | 'concepts'>>(
  cases: readonly Entry<T>[],
  id: string,
  limit = Infinity,
): { entry: Entry<T>; shared: string[] }[] {
  const own = cases.find((k) => k.id === id)?.data.concepts ?? [];
  return cases
    .filter((k) => k.id !== id)
    .map((entry) => ({ entry, shared: entry.data.concepts.filter((c) => own.includes(c)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || compareCases(a.entry.data, b.entry.data))
    .slice(0, limit);
}

/**
 * Where the paper's own definition of a term stands: the first paragraph, or failing that the
 * first note, whose text contains the quotation word for word.
 */
export function definitionPlace(
  edition: Pick<Edition, 'paragraphs' | 'notes'>,
  quotation: string,
): Place | undefined {
  const p = edition.paragraphs.find((x) => x.text.includes(quotation));
  if (p) return { label: paragraphLabel(p.n), href: paperPath(p.id) };
  const note = edition.notes.find((x) => x.text.includes(quotation));
  return note ? { label: noteLabel(note.n), href: paperPath(note.id) } : undefined;
}

/** Turns passages into index locators; a note sorts right after the paragraph that cites it. */
export function passageLocators(
  edition: Pick<Edition, 'paragraphs' | 'notes'>,
  passages: readonly Passage[],
): Locator[] {
  const paragraphOf = new Map(
    edition.notes.map((n) => [n.n, edition.paragraphs.find((p) => p.id === n.paragraph)?.n]),
  );
  return passages.map((p): Locator => {
    const isNote = p.kind === 'note';
    const paragraph = isNote ? paragraphOf.get(p.n) : undefined;
    return {
      label: p.label,
      href: p.href,
      n: p.n,
      isNote,
      ...(paragraph === undefined ? {} : { paragraph }),
    };
  });
}

/** An index entry for a concept or a case: its heading, its page and the passages that mark it. */
export function markedEntry(
  edition: Edition,
  kind: Extract<Mark['kind'], 'concept' | 'case'>,
  id: string,
  heading: string,
): IndexEntryInput {
  return {
    heading,
    kind,
    href: entryPath(kind === 'concept' ? 'concepts' : 'cases', id),
    locators: passageLocators(edition, mentionsOf(edition, kind, id)),
  };
}

/** A heading without a trailing abbreviation in brackets: "World Trade Organization (WTO)" → "World Trade Organization". */
function withoutAbbreviation(heading: string): string {
  return heading.replace(/\s+\([A-Z]{2,}\)$/, '');
}

/**
 * Folds index terms (people and institutions) into the concept or case entry of the same name, so
 * that "ASEAN Regional Forum (ARF)" is one entry, not an institution beside a case: a term whose
 * heading, with or without a trailing abbreviation, is an entry's heading takes that entry's
 * heading, kind and page, and `buildIndex` merges the locators of both.
 */
export function foldTerms(
  terms: readonly IndexEntryInput[],
  entries: readonly IndexEntryInput[],
): IndexEntryInput[] {
  return terms.map((t) => {
    const same = entries.find(
      (e) =>
        e.heading === t.heading ||
        e.heading === withoutAbbreviation(t.heading) ||
        withoutAbbreviation(e.heading) === t.heading,
    );
    return same ? { ...t, heading: same.heading, kind: same.kind, href: same.href } : t;
  });
}

/** "1 passage", "12 passages". */
/**
 * What the glossary's lede says of the paper's own definitions: that every entry quotes one only
 * when every entry does (the paper defines only some of its terms).
 */
export function paperDefinitionsLine(total: number, quoted: number): string {
  if (quoted === total) return 'Each entry also quotes the paper’s own definition of its term.';
  if (quoted === 0) return 'The paper defines none of them in so many words.';
  return `${quoted === 1 ? 'One entry quotes' : `${quoted} entries quote`} the paper’s own definition of the term; for the other ${total - quoted} the paper gives none in so many words.`;
}

export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/**
 * Whether a work's title is set in quotation marks (an article or chapter, part of a larger work)
 * rather than in italics (a book or report), as a bibliography would set it.
 */
export function isPartTitle(work: Pick<Work, 'type'>): boolean {
  return work.type !== 'book' && work.type !== 'report';
}
