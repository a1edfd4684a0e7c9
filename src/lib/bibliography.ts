/**
 * The bibliography of the notes in every form the site offers: references formatted by
 * citation-js with the CSL styles in `content/csl/`, BibTeX, RIS and CSL-JSON downloads, COinS
 * and Highwire metadata for reference managers and Google Scholar, search links, and the texts
 * for citing the paper and this edition. Pure functions; the only files read are the styles.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  Cite,
  plugins,
  type CitationCluster,
  type CiteItem,
  type CslData,
  type RisRecord,
} from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { TITLE } from './metadata.ts';
import type { CslName, Work } from './schemas.ts';

/** The citation styles the edition offers. */
export type CitationStyle = 'chicago' | 'apa' | 'mla';

/** The forms of a "cite this" text: the three styles and the two exchange formats. */
export type CitationFormat = CitationStyle | 'bibtex' | 'ris';

/** A CSL-JSON item read back by {@link parseBibliography}, with the fields the tests compare. */
export type ParsedWork = CslData & { title?: string; author?: CslName[]; editor?: CslName[] };

/** A paragraph or note of the edition, cited by number with its permalink. */
export interface Pinpoint {
  kind: 'paragraph' | 'note';
  n: number;
  url: string;
}

/** Where this edition is read: its address and the day the reader consulted it (ISO date). */
export interface EditionAddress {
  url: string;
  accessed: string;
}

/** A CSL item as handed to citation-js: a work without our `custom` notes, or this edition. */
type CslItem = Omit<Work, 'custom' | 'type'> & {
  type: Work['type'] | 'webpage';
  accessed?: { 'date-parts': [[number, number, number]] };
  note?: string;
};

/** A date as `[year, month?, day?]`. */
type DateParts = NonNullable<Work['issued']>['date-parts'][0];

/** A key and a value of a metadata string; pairs without a value are left out. */
type Pair = [key: string, value: string | undefined];

/** The file in `content/csl/` of each style. */
const STYLE_FILES: Record<CitationStyle, string> = {
  chicago: 'chicago-notes-bibliography',
  apa: 'apa',
  mla: 'modern-language-association',
};

/** The locale of every formatted text, so that output does not depend on the machine. */
const LOCALE = 'en-US';

/** The container of this edition in its citations. */
const EDITION_CONTAINER = 'Annotated digital edition';

// BibTeX keys are the work ids, and citation-js replaces any key with a hyphen (as "cronin-1999"
// has) by one of its own unless its label check is off. BibTeX itself accepts hyphens in keys.
plugins.config.get('@bibtex').format.checkLabel = false;

let stylesRegistered = false;

/**
 * The citation-js template name of a style, registering all styles from `content/csl/` on first
 * use. The names carry a prefix because citation-js ships its own, older "apa" and caches
 * citeproc engines by style name.
 */
function template(style: CitationStyle): string {
  if (!stylesRegistered) {
    const styles = plugins.config.get('@csl').styles;
    for (const file of Object.values(STYLE_FILES)) {
      styles.add(
        `edition-${file}`,
        readFileSync(join(process.cwd(), 'content', 'csl', `${file}.csl`), 'utf8'),
      );
    }
    stylesRegistered = true;
  }
  return `edition-${STYLE_FILES[style]}`;
}

/** The work as a plain CSL item: citation-js would carry `custom` into every export. */
function cslItem(work: Work): CslItem {
  const { custom: _custom, ...item } = work;
  return item;
}

/** The bibliography entry of one item, without citation-js's wrapping `<div>`s in HTML. */
function bibliographyEntry(item: CslItem, style: CitationStyle, format: 'html' | 'text'): string {
  const [entry] = new Cite(item).format('bibliography', {
    template: template(style),
    format,
    lang: LOCALE,
    asEntryArray: true,
  });
  if (!entry) throw new Error(`citation-js formatted no entry for "${item.id}"`);
  const [, body] = entry;
  return format === 'html' ? body.replace(/^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/, '$1') : body.trim();
}

/**
 * The bibliography entry of a work in a citation style.
 * @param format `html` keeps the style's markup (`<i>` for titles) inside no wrapper element;
 *   `text` is plain text for copying.
 */
export function formatReference(work: Work, style: CitationStyle, format: 'html' | 'text'): string {
  return bibliographyEntry(cslItem(work), style, format);
}

/** The title before its subtitle, which notes use as the short title. */
function shortTitle(title: string): string {
  return title.split(': ')[0] ?? title;
}

/** A citation as citeproc takes it, in the note numbered `noteIndex`. */
function cluster(citationItems: CiteItem[], noteIndex: number): CitationCluster {
  return { citationItems, properties: { noteIndex } };
}

/**
 * A short citation of a work as plain text: Chicago's short note ("Cronin, Community Under
 * Anarchy, 12."), APA's "(Cronin, 1999, p. 12)" or MLA's "(Cronin 12)".
 * @param locator page or page range cited, if any.
 */
export function formatCitation(work: Work, style: CitationStyle, locator?: string): string {
  const item = { ...cslItem(work), 'title-short': shortTitle(work.title) };
  const cited: CiteItem =
    locator === undefined ? { id: work.id } : { id: work.id, locator, label: 'page' };
  // citeproc gives the full note at a work's first citation; with one citation before it, the
  // short form follows.
  return new Cite(item).format('citation', {
    template: template(style),
    format: 'text',
    lang: LOCALE,
    citationsPre: [cluster([{ id: work.id }], 1)],
    entry: cluster([cited], 2),
  });
}

/** BibTeX entries for the works, keyed by their ids. */
export function toBibtex(works: Work[]): string {
  return bibtex(works.map(cslItem));
}

function bibtex(items: CslItem[]): string {
  return new Cite(items.map((item) => ({ ...item, 'citation-key': item.id }))).format('bibtex');
}

/** "Family, Given" for a person, as RIS and Highwire write names; an institution's name whole. */
function invertedName(name: CslName): string {
  if ('literal' in name) return name.literal;
  return name.given ? `${name.family}, ${name.given}` : name.family;
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
function droppedRisTags(item: CslItem): RisRecord {
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
 * One RIS record as lines. Written here rather than by citation-js, which breaks values every 70
 * characters: its own reader joins the pieces with a space, splitting words.
 */
function risText({ TY, ...tags }: RisRecord): string {
  const lines = Object.entries(tags).flatMap(([tag, value]) =>
    [value].flat().map((v) => `${tag}  - ${v}`),
  );
  return [`TY  - ${String(TY)}`, ...lines, 'ER  - '].join('\n');
}

/** An RIS file of the works, in their order. */
export function toRis(works: Work[]): string {
  return ris(works.map(cslItem));
}

function ris(items: CslItem[]): string {
  const records = new Cite(items).format('ris', { format: 'object' });
  return `${records.map((record, i) => risText({ ...record, ...droppedRisTags(items[i]!) })).join('\n\n')}\n`;
}

/** The works as a CSL-JSON array (pretty-printed), without our `custom` notes. */
export function toCslJson(works: Work[]): string {
  return `${JSON.stringify(works.map(cslItem), null, 2)}\n`;
}

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
 * The creators that citation-js's RIS reader misses in what {@link toRis} writes (see
 * `droppedRisTags`): it reads a newspaper article's AU lines as `reporter`, unparsed, and skips ED.
 */
function restoreRisCreators(item: ParsedWork, editors: CslName[] | undefined): ParsedWork {
  const { reporter, ...rest } = item;
  const restored: ParsedWork =
    item.type === 'article-newspaper' && !item.author && reporter !== undefined
      ? { ...rest, author: [reporter].flat().map((name) => nameFromRis(String(name))) }
      : item;
  return editors?.length && !restored.editor ? { ...restored, editor: editors } : restored;
}

/**
 * CSL-JSON items read from BibTeX, RIS or CSL-JSON text by citation-js, without its `_graph`
 * provenance: for checking that the exports read back.
 */
export function parseBibliography(text: string): ParsedWork[] {
  const editors = risEditors(text);
  return new Cite(text).data.map(({ _graph: _provenance, ...item }, i) =>
    restoreRisCreators(item as ParsedWork, editors[i]),
  );
}

/** The first and last page of a range "43-78". */
function pageRange(
  page: string | undefined,
): [first: string | undefined, last: string | undefined] {
  const [first, last] = page?.split('-') ?? [];
  return [first, last];
}

/** The date of publication as ISO 8601, as precise as known: "1998", "1998-11", "1997-01-20". */
function isoDate(work: Work): string | undefined {
  const parts = work.issued?.['date-parts'][0];
  return parts
    ?.filter((p) => p !== undefined)
    .map((p, i) => String(p).padStart(i === 0 ? 4 : 2, '0'))
    .join('-');
}

/** Journal, magazine and newspaper articles, which OpenURL and Highwire treat alike. */
function isArticle(work: Work): boolean {
  return work.type.startsWith('article-');
}

/** OpenURL author keys: the first person as aulast/aufirst, further persons as au, bodies as aucorp. */
function openUrlAuthors(names: CslName[] = []): Pair[] {
  return names.flatMap((name, i): Pair[] => {
    if ('literal' in name) return [['rft.aucorp', name.literal]];
    return i === 0
      ? [
          ['rft.aulast', name.family],
          ['rft.aufirst', name.given],
        ]
      : [['rft.au', invertedName(name)]];
  });
}

/** The OpenURL format and title keys of a work: the journal format for articles, else the book format. */
function openUrlWork(work: Work): Pair[] {
  const [spage, epage] = pageRange(work.page);
  const pages: Pair[] = [
    ['rft.spage', spage],
    ['rft.epage', epage],
    ['rft.pages', work.page],
  ];
  if (isArticle(work)) {
    return [
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft.genre', 'article'],
      ['rft.atitle', work.title],
      ['rft.jtitle', work['container-title']],
      ['rft.volume', work.volume],
      ['rft.issue', work.issue],
      ...pages,
    ];
  }
  const titles: Pair[] =
    work.type === 'chapter'
      ? [
          ['rft.genre', 'bookitem'],
          ['rft.atitle', work.title],
          ['rft.btitle', work['container-title']],
          ...pages,
        ]
      : [
          ['rft.genre', work.type === 'report' ? 'report' : 'book'],
          ['rft.btitle', work.title],
        ];
  return [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ...titles,
    ['rft.pub', work.publisher],
    ['rft.place', work['publisher-place']],
    ['rft.series', work['collection-title']],
    ['rft.isbn', work.ISBN],
  ];
}

/** Pairs with a value, in order. */
function present(pairs: Pair[]): [string, string][] {
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '');
}

/**
 * The `title` of a COinS span (`<span class="Z3988" title="…">`): an OpenURL 1.0 ContextObject
 * from which Zotero and other reference managers import the work. Values are percent-encoded;
 * the markup must still escape `&` in the attribute, as Astro does.
 * OpenURL has no key for editors, so an edited volume travels without them.
 */
export function coins(work: Work): string {
  const pairs: Pair[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ...openUrlWork(work),
    ...openUrlAuthors(work.author),
    ['rft.date', isoDate(work)],
    ['rft_id', work.DOI && `info:doi/${work.DOI}`],
    ['rft_id', work.URL],
  ];
  return present(pairs)
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}

/** Name of the first author or, failing one, the first editor: family name or institution. */
function firstCreator(work: Work): string {
  const [first] = work.author ?? work.editor ?? [];
  if (!first) return '';
  return 'literal' in first ? first.literal : first.family;
}

/** A search URL with its query parameters encoded. */
function searchUrl(base: string, params: Record<string, string>): string {
  const url = new URL(base);
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
  return url.href;
}

/**
 * Links for finding a work elsewhere: its DOI when it has one, and searches by title and first
 * author (or editor) in WorldCat, Google Scholar and, for books, Open Library. Built, never fetched.
 */
export function outboundLinks(work: Work): { label: string; href: string }[] {
  const author = firstCreator(work);
  const query = `${work.title} ${author}`.trim();
  const links: { label: string; href: string }[] = [];
  if (work.DOI) {
    links.push({
      label: 'DOI',
      href: `https://doi.org/${work.DOI.split('/').map(encodeURIComponent).join('/')}`,
    });
  }
  links.push({
    label: 'WorldCat',
    href: searchUrl('https://search.worldcat.org/search', { q: query }),
  });
  // Scholar matches a quoted title as a phrase, which finds the work rather than its topic.
  links.push({
    label: 'Google Scholar',
    href: searchUrl('https://scholar.google.com/scholar', {
      q: `"${work.title}" ${author}`.trim(),
    }),
  });
  if (work.type === 'book')
    links.push({
      label: 'Open Library',
      href: searchUrl('https://openlibrary.org/search', { q: query }),
    });
  return links;
}

/**
 * The `content` of a `<meta name="citation_reference">` tag in the Highwire Press style that
 * Google Scholar reads: `citation_title=…; citation_author=…; citation_journal_title=…`.
 * Semicolons inside values become commas, since they separate the fields.
 */
export function highwireReference(work: Work): string {
  const [firstpage, lastpage] = pageRange(work.page);
  const year = yearOf(work);
  const pairs: Pair[] = [
    ['citation_title', work.title],
    ...(work.author ?? []).map((name): Pair => ['citation_author', invertedName(name)]),
    [isArticle(work) ? 'citation_journal_title' : 'citation_inbook_title', work['container-title']],
    ['citation_volume', work.volume],
    ['citation_issue', work.issue],
    ['citation_firstpage', firstpage],
    ['citation_lastpage', lastpage],
    ['citation_publication_date', year === undefined ? undefined : String(year)],
    [
      work.type === 'report' ? 'citation_technical_report_institution' : 'citation_publisher',
      work.publisher,
    ],
    ['citation_doi', work.DOI],
    ['citation_isbn', work.ISBN],
  ];
  return present(pairs)
    .map(([key, value]) => `${key}=${value.replaceAll(';', ',')}`)
    .join('; ');
}

/**
 * The authors (or, failing them, the editors) for a list: "Cronin", "Adler and Barnett",
 * "Carter et al.", institutions by their full name; empty when the work names nobody.
 */
export function authorsLabel(work: Work): string {
  const names = (work.author ?? work.editor ?? []).map((name) =>
    'literal' in name ? name.literal : name.family,
  );
  if (names.length > 2) return `${names[0]} et al.`;
  return names.join(' and ');
}

/** The year of publication, if the work has a date. */
export function yearOf(work: Work): number | undefined {
  return work.issued?.['date-parts'][0][0];
}

/** Lower case without accents, so that "Ó" sorts with "O". */
function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * A key that orders works as a bibliography does: by the first author's (or editor's) family
 * name, then year, then title. Compare keys by code unit (`a < b`, or `sort()` without a
 * comparator); the fields are joined by a tab, which sorts before any letter.
 */
export function sortKey(work: Work): string {
  const year = yearOf(work);
  return [firstCreator(work), year === undefined ? '' : String(year).padStart(4, '0'), work.title]
    .map(foldCase)
    .join('\t');
}

/** "¶ 12" for a paragraph, "n. 3" for a note. */
function pinpointLabel(pinpoint: Pinpoint): string {
  return pinpoint.kind === 'paragraph' ? `¶ ${pinpoint.n}` : `n. ${pinpoint.n}`;
}

/** A CSL date from an ISO date "2026-05-01". */
function cslDay(iso: string): { 'date-parts': [[number, number, number]] } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * This edition as a CSL web page. With a pinpoint its URL is the permalink of the passage, and
 * the BibTeX and RIS note names the passage (that note replaces citation-js's BibTeX note of the
 * access date, so the note repeats the date).
 */
function editionItem(
  article: Work,
  edition: EditionAddress,
  pinpoint: Pinpoint | undefined,
): CslItem {
  return {
    id: 'ikenberry-tsuchiyama-edition',
    type: 'webpage',
    title: TITLE,
    ...(article.author && { author: article.author }),
    'container-title': EDITION_CONTAINER,
    URL: pinpoint?.url ?? edition.url,
    accessed: cslDay(edition.accessed),
    ...(pinpoint && { note: `${pinpointLabel(pinpoint)}, accessed ${edition.accessed}` }),
  };
}

/**
 * The texts of one item in every citation format. A pinpoint follows the edition's name in the
 * styled texts: CSL styles print no locator in a bibliography entry, and in citations they
 * write "para." where the edition numbers paragraphs with "¶".
 */
function citationTexts(item: CslItem, pinpoint?: string): Record<CitationFormat, string> {
  const styled = (style: CitationStyle) => {
    const text = bibliographyEntry(item, style, 'text');
    return pinpoint === undefined
      ? text
      : text.replace(new RegExp(EDITION_CONTAINER, 'i'), `$&, ${pinpoint}`);
  };
  return {
    chicago: styled('chicago'),
    apa: styled('apa'),
    mla: styled('mla'),
    bibtex: bibtex([item]),
    ris: ris([item]),
  };
}

/**
 * Plain-text citations of the published article and of this edition, for copy buttons.
 * @param article the published article (`paper-facts.json`, `article`).
 * @param edition this edition's URL and the reader's access date.
 * @param pinpoint a paragraph or note of the edition: the edition's texts then cite it ("¶ 12",
 *   "n. 3") at its permalink. The published texts stay as they are, since the edition's numbering
 *   locates nothing in the printed article.
 */
export function paperCitations(
  article: Work,
  edition: EditionAddress,
  pinpoint?: Pinpoint,
): { published: Record<CitationFormat, string>; edition: Record<CitationFormat, string> } {
  return {
    published: citationTexts(cslItem(article)),
    edition: citationTexts(
      editionItem(article, edition, pinpoint),
      pinpoint && pinpointLabel(pinpoint),
    ),
  };
}
