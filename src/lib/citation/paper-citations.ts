/**
 * The three things a reader can cite from this site, in every format: the working paper as read
 * here (with a paragraph or note as pinpoint), the published article, and this edition as a work
 * of its own. The Cite page shows them; its script fills in a passage from the templates.
 */
import { EDITION_PUBLISHER, EDITION_TITLE } from '../site/metadata.ts';
import type { PaperFacts, Work } from '../content/schemas.ts';
import { type ExportItem, bibtex, ris } from './exports.ts';
import type { CitationFormatter, CslInput } from './format.ts';
import type { CitationFormat, CitationStyle } from './styles.ts';
import { cslItem } from './work-fields.ts';
import { type PassageKind, type PassageRef, passageId, passageLabel } from '../site/ids.ts';
import { absoluteUrl, PAGES } from '../site/routes.ts';
import { pagedLocator } from '../edition/page-of.ts';

/** What can be cited: the working paper read here, the published article, this edition. */
export type Citable = 'workingPaper' | 'article' | 'edition';

/** A paragraph or note of the edition, cited by number with its permalink. */
export interface Pinpoint extends PassageRef {
  url: string;
  /** The working paper's pages it stands on ("p. 12", "pp. 12–13"), cited before it when known. */
  pages?: string;
}

/** How a pinpoint is cited: "p. 12, ¶ 24"; "¶ 24" where its page is not known. */
const pinpointLabel = (p: Pinpoint) => pagedLocator(p.pages ?? '', passageLabel(p.kind, p.n));

/** Where this edition lives and the date of its content (ISO), its version and access date. */
export interface EditionAddress {
  /** The address of the site's home page. */
  home: string;
  /** The address of the paper's page. */
  paper: string;
  /** The date of the content: "2026-11-30". */
  date: string;
}

/** The address of this edition at `site` (Astro's), with the date of its content. */
export function editionAddress(site: URL | undefined, date: string): EditionAddress {
  return { home: absoluteUrl(PAGES.home, site), paper: absoluteUrl(PAGES.paper, site), date };
}

/** Stands for the paragraph or note number in the passage templates. */
export const PLACEHOLDER = '9999';
/** Stands for the pages of the passage in the templates ("p. 12"; with ", " removed if none). */
export const PAGE_PLACEHOLDER = 'p. 9998';

/** Every format of a citation: the three styles, BibTeX, RIS and CSL-JSON. */
export type CitationTexts = Record<CitationFormat | 'csl', string>;

/** A CSL date from an ISO date "2026-05-01". */
function cslDay(iso: string): { 'date-parts': [[number, number, number]] } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`"${iso}" is not an ISO date (YYYY-MM-DD)`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return { 'date-parts': [[year, month, day]] };
}

/**
 * The working paper as read here: its record, at the address of the paper page (or of the
 * passage), accessed on the date of the content; the pinpoint goes into the note of BibTeX/RIS.
 */
function workingPaperItem(paper: Work, address: EditionAddress, pinpoint?: Pinpoint): ExportItem {
  return {
    ...(cslItem(paper) as ExportItem),
    URL: pinpoint?.url ?? address.paper,
    accessed: cslDay(address.date),
    ...(pinpoint && { note: pinpointLabel(pinpoint) }),
  };
}

/**
 * This edition as a work of its own: a book (the type CSL-JSON, BibTeX and RIS share, and the one
 * Zotero saves from each of them with a publisher and an edition), with its title, the body that
 * the edition names as responsible for it (`EDITION_PUBLISHER`), its version as the edition, its
 * date and address. No author: the paper's authors wrote the working paper it presents, cited
 * apart as `workingPaperItem`, not the edition.
 */
function editionItem(address: EditionAddress): ExportItem {
  return {
    id: 'ikenberry-tsuchiyama-edition',
    type: 'book',
    title: EDITION_TITLE,
    publisher: EDITION_PUBLISHER,
    // Dots, not hyphens: citeproc reads "2026-11-30" as a range and prints "Versions".
    edition: `Version ${address.date.replaceAll('-', '.')}`,
    issued: cslDay(address.date),
    URL: address.home,
    accessed: cslDay(address.date),
  };
}

/**
 * The texts of one item in every format. A pinpoint follows the title in the styled texts (CSL
 * styles print no locator in a bibliography entry, and write "para." where the edition has "¶");
 * BibTeX and RIS carry it as a note.
 */
function citationTexts(
  formatter: CitationFormatter,
  item: ExportItem,
  pinpoint?: string,
): CitationTexts {
  const styled = (style: CitationStyle) => {
    const text = formatter.entry(item as CslInput, style, 'text');
    if (pinpoint === undefined) return text;
    // After the title, as a reader looks for it; at the end if a style changed the title's case.
    const title = String(item['title']);
    return text.includes(title)
      ? text.replace(title, `${title}, ${pinpoint}`)
      : `${text.replace(/\.$/, '')}, ${pinpoint}.`;
  };
  const { note: _note, ...csl } = item;
  return {
    chicago: styled('chicago'),
    apa: styled('apa'),
    mla: styled('mla'),
    bibtex: bibtex([item]),
    ris: ris([item]),
    csl: `${JSON.stringify([pinpoint ? item : csl], null, 2)}\n`,
  };
}

/**
 * The citations of the three citable things, formatted by `formatter` (the content's).
 * @param pinpoint a paragraph or note: the working paper's texts then cite it at its permalink.
 *   The article's and the edition's texts stay as they are: the edition's numbering locates
 *   nothing in the printed article.
 */
export function paperCitations(
  formatter: CitationFormatter,
  facts: PaperFacts,
  address: EditionAddress,
  pinpoint?: Pinpoint,
): Record<Citable, CitationTexts> {
  return {
    workingPaper: citationTexts(
      formatter,
      workingPaperItem(facts.workingPaper, address, pinpoint),
      pinpoint && pinpointLabel(pinpoint),
    ),
    article: citationTexts(formatter, cslItem(facts.article) as ExportItem),
    edition: citationTexts(formatter, editionItem(address)),
  };
}

/**
 * Templates of a paragraph's and a note's citation of the working paper as read here; the Cite
 * page's script replaces PLACEHOLDER by the number and PAGE_PLACEHOLDER by the pages.
 * @param permalink the address of a paragraph or note, from its anchor.
 */
export function passageTemplates(
  formatter: CitationFormatter,
  facts: PaperFacts,
  address: EditionAddress,
  permalink: (anchor: string) => string,
): Record<PassageKind, CitationTexts> {
  const at = (kind: PassageKind) =>
    paperCitations(formatter, facts, address, {
      kind,
      n: Number(PLACEHOLDER),
      url: permalink(passageId(kind, PLACEHOLDER)),
      pages: PAGE_PLACEHOLDER,
    }).workingPaper;
  return { paragraph: at('paragraph'), note: at('note') };
}
