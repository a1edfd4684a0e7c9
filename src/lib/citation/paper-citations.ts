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
import { escapeHtml } from '../text/html.ts';
import { citationHtml } from './citation-html.ts';
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

/** The three styles' citations as each sets them, in safe HTML (citation-html.ts): `<i>` titles. */
export type CitationHtml = Record<CitationStyle, string>;

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
 * One style's entry of an item, with a pinpoint after the title (CSL styles print no locator in a
 * bibliography entry, and write "para." where the edition has "¶"); at the end if a style changed
 * the title's case. In HTML the pinpoint follows the title's italics, in roman.
 */
function styledEntry(
  formatter: CitationFormatter,
  item: ExportItem,
  style: CitationStyle,
  format: 'html' | 'text',
  pinpoint?: string,
): string {
  const formatted = formatter.entry(item as CslInput, style, format);
  const text = format === 'html' ? citationHtml(formatted) : formatted;
  if (pinpoint === undefined) return text;
  const title = format === 'html' ? escapeHtml(String(item['title'])) : String(item['title']);
  const at = text.indexOf(title);
  if (at < 0) return `${text.replace(/\.$/, '')}, ${pinpoint}.`;
  const end = at + title.length + (text.startsWith('</i>', at + title.length) ? 4 : 0);
  return `${text.slice(0, end)}, ${pinpoint}${text.slice(end)}`;
}

/** The texts of one item in every format; BibTeX and RIS carry the pinpoint as a note. */
function citationTexts(
  formatter: CitationFormatter,
  item: ExportItem,
  pinpoint?: string,
): CitationTexts {
  const styled = (style: CitationStyle) => styledEntry(formatter, item, style, 'text', pinpoint);
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

/** The three styles' citations of one item in HTML. */
function citationHtmls(formatter: CitationFormatter, item: ExportItem, pinpoint?: string) {
  const styled = (style: CitationStyle) => styledEntry(formatter, item, style, 'html', pinpoint);
  return { chicago: styled('chicago'), apa: styled('apa'), mla: styled('mla') };
}

/** The items of the three citable things, each with the pinpoint its styled texts carry. */
function citableItems(
  facts: PaperFacts,
  address: EditionAddress,
  pinpoint?: Pinpoint,
): Record<Citable, { item: ExportItem; pinpoint?: string }> {
  return {
    workingPaper: {
      item: workingPaperItem(facts.workingPaper, address, pinpoint),
      ...(pinpoint && { pinpoint: pinpointLabel(pinpoint) }),
    },
    article: { item: cslItem(facts.article) as ExportItem },
    edition: { item: editionItem(address) },
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
  const items = citableItems(facts, address, pinpoint);
  const texts = (c: Citable) => citationTexts(formatter, items[c].item, items[c].pinpoint);
  return {
    workingPaper: texts('workingPaper'),
    article: texts('article'),
    edition: texts('edition'),
  };
}

/** The same citations in the three styles as HTML, for the page to show as each style sets them. */
export function paperCitationsHtml(
  formatter: CitationFormatter,
  facts: PaperFacts,
  address: EditionAddress,
  pinpoint?: Pinpoint,
): Record<Citable, CitationHtml> {
  const items = citableItems(facts, address, pinpoint);
  const html = (c: Citable) => citationHtmls(formatter, items[c].item, items[c].pinpoint);
  return { workingPaper: html('workingPaper'), article: html('article'), edition: html('edition') };
}

/** A passage's citation templates: every format as text, and the three styles as HTML. */
export interface PassageTemplates {
  text: CitationTexts;
  html: CitationHtml;
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
): Record<PassageKind, PassageTemplates> {
  const at = (kind: PassageKind): PassageTemplates => {
    const pinpoint: Pinpoint = {
      kind,
      n: Number(PLACEHOLDER),
      url: permalink(passageId(kind, PLACEHOLDER)),
      pages: PAGE_PLACEHOLDER,
    };
    return {
      text: paperCitations(formatter, facts, address, pinpoint).workingPaper,
      html: paperCitationsHtml(formatter, facts, address, pinpoint).workingPaper,
    };
  };
  return { paragraph: at('paragraph'), note: at('note') };
}
