/**
 * Reads BibTeX, RIS or CSL-JSON text back into CSL-JSON items with citation-js, as a reference
 * manager would, so that tests can check what the exports carry. Test-only: the site never reads
 * these formats.
 */
import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslName } from '../../src/lib/content/schemas.ts';

/** A CSL-JSON item read back, with the fields the tests compare. */
export type ParsedWork = CslData & { title?: string; author?: CslName[]; editor?: CslName[] };

/** A name written "Family, Given" in RIS, or an institution's name without a comma. */
function nameFromRis(text: string): CslName {
  const comma = text.indexOf(',');
  if (comma < 0) return { literal: text.trim() };
  const given = text.slice(comma + 1).trim();
  return given
    ? { family: text.slice(0, comma).trim(), given }
    : { family: text.slice(0, comma).trim() };
}

/** The ED (editor) names of each record of an RIS file, which citation-js's reader skips. */
function risEditors(text: string): CslName[][] {
  if (!/^TY {2}- /m.test(text)) return [];
  const records = text.split(/^ER {2}-.*$/m).slice(0, -1);
  return records.map((record) =>
    [...record.matchAll(/^ED {2}- (.+)$/gm)].map(([, name = '']) => nameFromRis(name)),
  );
}

/**
 * The creators that citation-js's RIS reader misses in what the site writes: it reads a
 * newspaper article's AU lines as `reporter`, unparsed, and skips ED.
 */
function restoreRisCreators(item: ParsedWork, editors: CslName[] | undefined): ParsedWork {
  const { reporter, ...rest } = item;
  const restored: ParsedWork =
    item.type === 'article-newspaper' && !item.author && reporter !== undefined
      ? { ...rest, author: [reporter].flat().map((name) => nameFromRis(String(name))) }
      : item;
  return editors?.length && !restored.editor ? { ...restored, editor: editors } : restored;
}

/** CSL-JSON items read from BibTeX, RIS or CSL-JSON text, without citation-js's `_graph`. */
export function parseBibliography(text: string): ParsedWork[] {
  const editors = risEditors(text);
  return new Cite(text).data.map(({ _graph: _provenance, ...item }, i) =>
    restoreRisCreators(item as ParsedWork, editors[i]),
  );
}
