/**
 * How the editor's layer cites in the edition's files (issue 21): as the site does, by author and
 * year (`shortReference`, src/lib/commentary/render.ts), never by a number like the authors' notes;
 * its works listed in the site's style and order. Each citation points to its work in one of two
 * lists: the commentary's own works, or the paper's bibliography (which the guide may cite for the
 * authors' related work).
 */
import type { CitationFormatter, CslInput } from '../citation/format.ts';
import { sortKey } from '../citation/listing.ts';
import { cslItem } from '../citation/work-fields.ts';
import type { CitationKey } from '../commentary/model.ts';
import { COMMENTARY_STYLE, shortReference } from '../commentary/render.ts';
import type { CommentaryWork } from '../content/commentary-schemas.ts';
import type { Work } from '../content/schemas.ts';

/** Either kind of work a citation of the layer may name. */
export type LayerWork = Work | CommentaryWork;

/** Where a cited work is listed: with the commentary's works, or in the paper's bibliography. */
export type WorkList = 'commentary' | 'bibliography';

/** A cited work and the list that holds it. */
export interface CitedWork {
  work: LayerWork;
  list: WorkList;
}

/** Finds a cited work by id, in the commentary's works or the paper's bibliography. */
export function workFinder(
  commentaryWorks: readonly CommentaryWork[],
  bibliography: readonly Work[],
): (id: string) => CitedWork {
  const found = new Map<string, CitedWork>([
    ...bibliography.map((work): [string, CitedWork] => [work.id, { work, list: 'bibliography' }]),
    ...commentaryWorks.map((work): [string, CitedWork] => [work.id, { work, list: 'commentary' }]),
  ]);
  return (id) => {
    const cited = found.get(id);
    // The content layer refuses a key that names no work; reaching this is a fault of the code.
    if (!cited) throw new Error(`The editor’s layer cites "${id}", which no list of works holds.`);
    return cited;
  };
}

/** One key of a citation as it reads, as on the site: "Cronin 1999, p. 12". */
export function keyLabel(key: CitationKey, cited: CitedWork): string {
  // Only the names, the title and the date are read, which both kinds of work have alike.
  return shortReference(key, cited.work as CommentaryWork);
}

/**
 * The works the layer relies on as entries in the style of /commentary/'s list (HTML: `<i>` for
 * titles), in its order: by author, year and title.
 */
export function commentaryReferences(
  works: readonly CommentaryWork[],
  formatter: CitationFormatter,
): { id: string; html: string }[] {
  return [...works]
    .sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : sortKey(a) > sortKey(b) ? 1 : 0))
    .map((work) => ({
      id: work.id,
      html: formatter.entry(cslItem(work) as CslInput, COMMENTARY_STYLE, 'html'),
    }));
}
