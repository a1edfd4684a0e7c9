/**
 * Checks every cross-reference between the paper, the glossary, the cases and the bibliography:
 * ids that must exist, a paper definition that must be the paper's words, entries the paper must
 * mention, works a note must cite, dates that must not end before they start. Astro's
 * `reference()` would only log a broken link; these problems fail the build with the file, the
 * line and the fix.
 */
import { ContentError } from './content-error.ts';
import { endsBeforeStart } from '../entries/dates.ts';
import type { Edition } from '../edition/build.ts';
import { definitionPlace } from '../entries/entries.ts';
import { citedWorks, markedIds } from '../entries/passages.ts';
import type { Case, Concept, Work } from './schemas.ts';
import { type DataPath } from './source-text.ts';
import { nearest } from '../text/edit-distance.ts';

/** A glossary entry or a case as the checks see it. */
interface CheckedEntry<T> {
  id: string;
  file: string;
  data: T;
  lineOf(path: DataPath): number;
}

/** What the checks read: the parts of the content layer's result that refer to one another. */
export interface CrossReferenced {
  edition: Edition;
  concepts: readonly CheckedEntry<Concept>[];
  cases: readonly CheckedEntry<Case>[];
  works: readonly Work[];
  worksSource: { file: string; lineOf(id: string): number };
}

/** Checks the cross-references of already-read content; returns the problems found. */
export function crossReferenceProblems(content: CrossReferenced): ContentError[] {
  const problems: ContentError[] = [];
  const report = (file: string, line: number, problem: string, fix: string) => {
    problems.push(new ContentError(file, line, problem, fix));
  };
  const conceptIds = new Set(content.concepts.map((c) => c.id));
  const workIds = new Set(content.works.map((w) => w.id));
  const unknownIds = (
    entry: CheckedEntry<unknown>,
    field: string,
    ids: readonly string[],
    known: Set<string>,
    home: string,
  ) => {
    ids.forEach((id, index) => {
      if (known.has(id)) return;
      const guess = nearest(id, [...known].sort());
      report(
        entry.file,
        entry.lineOf([field, index]),
        `\`${field}\` names "${id}", which does not exist.`,
        `${guess ? `Did you mean "${guess}"? ` : ''}Use an id from ${home}, or add the entry.`,
      );
    });
  };
  /** An entry that no passage marks would have a page that leads nowhere. */
  const unmarked = (
    entry: { id: string; file: string },
    marked: Set<string>,
    kind: string,
    component: string,
  ) => {
    if (marked.has(entry.id)) return;
    report(
      entry.file,
      1,
      `No passage of the paper marks the ${kind} "${entry.id}".`,
      `Mark its mentions in content/paper/*.mdx with <${component} id="${entry.id}">…</${component}>, or remove the entry.`,
    );
  };
  const markedConcepts = markedIds(content.edition, 'concept');
  const markedCases = markedIds(content.edition, 'case');
  for (const c of content.concepts) {
    unknownIds(c, 'related', c.data.related, conceptIds, 'content/glossary/');
    unknownIds(c, 'works', c.data.works, workIds, 'content/bibliography/works.json');
    const quote = c.data.paperDefinition;
    if (quote !== undefined && !definitionPlace(content.edition, quote)) {
      report(
        c.file,
        c.lineOf(['paperDefinition']),
        'The paper’s definition is not found word for word in any paragraph or note.',
        'Copy the words exactly from the paper (quotes and dashes as printed), from one paragraph or note.',
      );
    }
    unmarked(c, markedConcepts, 'concept', 'Concept');
  }
  for (const k of content.cases) {
    unknownIds(k, 'concepts', k.data.concepts, conceptIds, 'content/glossary/');
    unknownIds(k, 'works', k.data.works, workIds, 'content/bibliography/works.json');
    // The schema has checked each date (dates.ts parses it); the order needs both.
    if (k.data.end && endsBeforeStart(k.data.start, k.data.end)) {
      report(k.file, k.lineOf(['end']), '`end` comes before `start`.', 'Correct the dates.');
    }
    unmarked(k, markedCases, 'case', 'Case');
  }
  const cited = citedWorks(content.edition);
  for (const w of content.works) {
    if (cited.has(w.id)) continue;
    report(
      content.worksSource.file,
      content.worksSource.lineOf(w.id),
      `Work "${w.id}" is cited by no note.`,
      `Wrap the citing words of its note in <Cite id="${w.id}">…</Cite>, or remove the entry.`,
    );
  }
  return problems;
}
