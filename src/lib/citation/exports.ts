/**
 * The bibliography as files for reference managers: BibTeX, RIS and CSL-JSON. citation-js writes
 * BibTeX; RIS is written here from citation-js's records (see `risText`).
 */
import { Cite, plugins, type RisRecord } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Work } from '../content/schemas.ts';
import { type CslInput } from './format.ts';
import { FORMAT_LABELS } from './styles.ts';
import { cslItem, invertedName, issuedDate } from './work-fields.ts';

// BibTeX keys are the work ids, and citation-js replaces any key with a hyphen (as "cronin-1999"
// has) by one of its own unless its label check is off. BibTeX itself accepts hyphens in keys.
plugins.config.get('@bibtex').format.checkLabel = false;

/** A CSL item that an export writes: a work of the bibliography or a record made for citing. */
export type ExportItem = CslInput & {
  issue?: string;
  issued?: Work['issued'];
  author?: Work['author'];
  editor?: Work['editor'];
  accessed?: Work['issued'];
};

/** A date as `[year, month?, day?]`. */
type DateParts = NonNullable<Work['issued']>['date-parts'][0];

/** biblatex's `entrysubtype` of an article, which keeps a magazine or newspaper piece apart. */
const ENTRY_SUBTYPE: Partial<Record<string, string>> = {
  'article-magazine': 'magazine',
  'article-newspaper': 'newspaper',
};

/**
 * BibTeX entries of CSL items, keyed by their ids. citation-js writes magazine and newspaper
 * pieces as plain `@article`; biblatex's `entrysubtype` keeps their kind (BibTeX ignores it). It
 * writes an access date as a note ("[Online; accessed …]"), which Zotero saves as a note of its
 * own and which a pinpoint's note replaces: biblatex's `urldate` holds it instead, and Zotero
 * reads that as the access date.
 */
export function bibtex(items: readonly ExportItem[]): string {
  return items
    .map((item) => {
      const entry = new Cite({ ...item, 'citation-key': item.id })
        .format('bibtex')
        .replace(/^\tnote = \{\[Online; accessed [^\]]*\]\},\n/m, '');
      const subtype = ENTRY_SUBTYPE[item.type ?? ''];
      const accessed = item.accessed && issuedDate({ issued: item.accessed });
      const added = [
        ...(subtype ? [`\tentrysubtype = {${subtype}},`] : []),
        ...(accessed ? [`\turldate = {${accessed}},`] : []),
      ];
      return added.length ? entry.replace(/\n\}\s*$/, `\n${added.join('\n')}\n}\n`) : entry;
    })
    .join('');
}

/** A CSL date as RIS writes it: "1999/12/29/", "1998/11//". */
function risDate([year, month, day]: DateParts): string {
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${pad(month)}/${pad(day)}/`;
}

/**
 * Tags that citation-js's RIS mapping leaves out. For a newspaper article it writes no AU (its
 * mapping ties NEWS authors to CSL `reporter`, and writes neither) and only the year of the date;
 * for a report it has no tag for the editors, so they go to ED, the editor tag Zotero reads.
 */
function droppedRisTags(item: ExportItem): RisRecord {
  if (item.type === 'article-newspaper') {
    const date = item.issued?.['date-parts'][0];
    return {
      ...(item.author && { AU: item.author.map(invertedName) }),
      ...(date && { DA: risDate(date) }),
    };
  }
  return item.type === 'report' && item.editor ? { ED: item.editor.map(invertedName) } : {};
}

/**
 * One RIS record as lines, the authors first: reference managers keep the creators in the order
 * they read them, and citation-js writes a chapter's editors (A2) before its author. Written here
 * rather than by citation-js, which breaks values every 70 characters: its own reader joins the
 * pieces with a space, splitting words.
 */
function risText({ TY, AU, ...tags }: RisRecord): string {
  const entries = Object.entries(AU === undefined ? tags : { AU, ...tags });
  const lines = entries.flatMap(([tag, value]) => [value].flat().map((v) => `${tag}  - ${v}`));
  return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
}

/**
 * Tags that citation-js writes where reference managers do not read them: an article's issue in
 * M1 (Zotero reads IS), and an institution's name with a comma in it, which Zotero splits into a
 * family and a given name ("Department of Defense, Office of …"): the parts are joined with a
 * full stop, as library catalogues write a body and its office.
 */
function readableRisTags(record: RisRecord, item: ExportItem): RisRecord {
  const fixed: RisRecord = { ...record };
  if (item.issue !== undefined && fixed['M1'] === item.issue) {
    delete fixed['M1'];
    fixed['IS'] = item.issue;
  }
  for (const tag of ['AU', 'A2', 'ED'] as const) {
    const names = fixed[tag];
    if (names === undefined) continue;
    const literals = new Set(
      [...(item.author ?? []), ...(item.editor ?? [])].flatMap((n) =>
        'literal' in n ? [n.literal] : [],
      ),
    );
    fixed[tag] = [names].flat().map((n) => (literals.has(n) ? n.replaceAll(', ', '. ') : n));
  }
  return fixed;
}

/** An RIS file of CSL items, in their order. */
export function ris(items: readonly ExportItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' });
  const text = records.map((record, i) => {
    const item = items[i]!;
    // ID is the item's id whole: citation-js cuts "ikenberry-tsuchiyama-edition" at its last hyphen.
    const tags = { ...record, ID: item.id, ...droppedRisTags(item) };
    return risText(readableRisTags(tags, item));
  });
  return `${text.join('\n\n')}\n`;
}

/** BibTeX entries for the works, keyed by their ids. */
export function toBibtex(works: readonly Work[]): string {
  return bibtex(works.map((w) => cslItem(w) as ExportItem));
}

/** An RIS file of the works, in their order. */
export function toRis(works: readonly Work[]): string {
  return ris(works.map((w) => cslItem(w) as ExportItem));
}

/** The works as a CSL-JSON array (pretty-printed), without our `custom` notes. */
export function toCslJson(works: readonly Work[]): string {
  return `${JSON.stringify(works.map(cslItem), null, 2)}\n`;
}

/**
 * Each export format, by the extension of its files (their media type: src/lib/site/media-types.ts):
 * its id among the citation formats, its label and its writer.
 */
export const EXPORT_FORMATS = {
  bib: { id: 'bibtex', label: FORMAT_LABELS.bibtex, write: toBibtex },
  ris: { id: 'ris', label: FORMAT_LABELS.ris, write: toRis },
  json: { id: 'csl', label: FORMAT_LABELS.csl, write: toCslJson },
} as const;

/** The extension of an export format's files. */
export type ExportExtension = keyof typeof EXPORT_FORMATS;

/** The export formats' extensions, in the order a work's page shows them. */
export const EXPORT_EXTENSIONS = Object.keys(EXPORT_FORMATS) as ExportExtension[];
