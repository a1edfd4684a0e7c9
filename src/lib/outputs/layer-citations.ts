/**
 * How the editor's layer cites (issue 21), in every medium: by author and year, "(Cronin 1999,
 * p. 12)", never by a number like the authors' notes; a work without an author by its newspaper
 * or site, or its short title; "2009a", "2009b" where two works would read alike. Each citation
 * points to its work in one of two lists: the commentary's own works, or the paper's bibliography
 * (which the guide may cite for the authors' related work).
 */
import type { CitationFormatter, CslInput } from '../citation/format.ts';
import { authorsLabel } from '../citation/listing.ts';
import { cslItem, yearOf } from '../citation/work-fields.ts';
import type { CitationKey } from '../commentary/model.ts';
import type { CommentaryWork } from '../content/commentary-schemas.ts';
import type { Work } from '../content/schemas.ts';

/** Either kind of work a citation of the layer may name. */
export type LayerWork = Work | CommentaryWork;

/** Where a cited work is listed: with the commentary's works, or in the paper's bibliography. */
export type WorkList = 'commentary' | 'bibliography';

/** A cited work, the list that holds it, and how a citation names it. */
export interface CitedWork {
  work: LayerWork;
  list: WorkList;
  /** "Cronin 1999", "The Japan Times 2015", "IISS n.d.-a". */
  label: string;
}

/** At most the first four words of a title before its subtitle, as Chicago shortens one. */
function shortTitle(title: string): string {
  const words = (title.split(/:\s/)[0] ?? title).split(/\s+/);
  return `“${words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : words.join(' ')}”`;
}

/** Who a citation names: the authors, else the periodical or site that holds it, else its title. */
function citedName(work: LayerWork): string {
  return authorsLabel(work as Work) || work['container-title'] || shortTitle(work.title);
}

/** The labels of all the works, made distinct with letters where two would read alike. */
function labels(works: readonly LayerWork[]): Map<string, string> {
  const groups = new Map<string, LayerWork[]>();
  for (const work of works) {
    const year = yearOf(work);
    const base = `${citedName(work)} ${year ?? 'n.d.'}`;
    groups.set(base, [...(groups.get(base) ?? []), work]);
  }
  const out = new Map<string, string>();
  for (const [base, group] of groups) {
    const byTitle = [...group].sort((a, b) => a.title.localeCompare(b.title, 'en'));
    byTitle.forEach((work, i) => {
      const letter = group.length > 1 ? String.fromCharCode(97 + i) : '';
      // Chicago: "2009a", but "n.d.-a".
      out.set(work.id, letter && base.endsWith('n.d.') ? `${base}-${letter}` : `${base}${letter}`);
    });
  }
  return out;
}

/** Finds a cited work by id, in the commentary's works or the paper's bibliography. */
export function workFinder(
  commentaryWorks: readonly CommentaryWork[],
  bibliography: readonly Work[],
): (id: string) => CitedWork {
  const named = labels([...commentaryWorks, ...bibliography]);
  const entry = (work: LayerWork, list: WorkList): [string, CitedWork] => [
    work.id,
    { work, list, label: named.get(work.id) ?? work.id },
  ];
  const found = new Map<string, CitedWork>([
    ...bibliography.map((work) => entry(work, 'bibliography')),
    ...commentaryWorks.map((work) => entry(work, 'commentary')),
  ]);
  return (id) => {
    const cited = found.get(id);
    // The content layer refuses a key that names no work; reaching this is a fault of the code.
    if (!cited) throw new Error(`The editor’s layer cites "${id}", which no list of works holds.`);
    return cited;
  };
}

/** One key of a citation as it reads: "Cronin 1999, p. 12". */
export function keyLabel(key: CitationKey, cited: CitedWork): string {
  return key.locator === undefined ? cited.label : `${cited.label}, ${key.locator}`;
}

/**
 * The works the layer relies on as Chicago entries (HTML: `<i>` for titles), in the order of
 * their entries' text, as a reader scans the list: many have no author and open with their
 * newspaper or title.
 */
export function commentaryReferences(
  works: readonly CommentaryWork[],
  formatter: CitationFormatter,
): { id: string; html: string }[] {
  const fold = (text: string) =>
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/^[^\p{L}\p{N}]+|^the\s+/iu, '')
      .toLowerCase();
  return works
    .map((work) => {
      const item = cslItem(work) as CslInput;
      return {
        id: work.id,
        html: formatter.entry(item, 'chicago', 'html'),
        key: fold(formatter.entry(item, 'chicago', 'text')),
      };
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ id, html }) => ({ id, html }));
}
