/**
 * Texts for citing the paper: the published article and this edition, in every format, and the
 * templates from which the Cite page's script makes the citation of one paragraph or note.
 */
import { TITLE } from '../metadata.ts';
import type { Work } from '../schemas.ts';
import { bibliographyEntry, type CslInput } from './format.ts';
import { bibtex, type ExportItem, ris } from './exports.ts';
import type { CitationFormat, CitationStyle } from './styles.ts';
import { cslItem } from './work-fields.ts';

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

/** The container of this edition in its citations. */
const EDITION_CONTAINER = 'Annotated digital edition';

/** Stands for the paragraph or note number in the passage templates. */
export const PLACEHOLDER = '9999';

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
function editionItem(article: Work, edition: EditionAddress, pinpoint: Pinpoint | undefined) {
  return {
    id: 'ikenberry-tsuchiyama-edition',
    type: 'webpage',
    title: TITLE,
    ...(article.author && { author: article.author }),
    'container-title': EDITION_CONTAINER,
    URL: pinpoint?.url ?? edition.url,
    accessed: cslDay(edition.accessed),
    ...(pinpoint && { note: `${pinpointLabel(pinpoint)}, accessed ${edition.accessed}` }),
  } satisfies ExportItem;
}

/**
 * The texts of one item in every citation format. A pinpoint follows the edition's name in the
 * styled texts: CSL styles print no locator in a bibliography entry, and in citations they
 * write "para." where the edition numbers paragraphs with "¶".
 */
function citationTexts(item: ExportItem, pinpoint?: string): Record<CitationFormat, string> {
  const styled = (style: CitationStyle) => {
    const text = bibliographyEntry(item as CslInput, style, 'text');
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
    published: citationTexts(cslItem(article) as ExportItem),
    edition: citationTexts(
      editionItem(article, edition, pinpoint),
      pinpoint && pinpointLabel(pinpoint),
    ),
  };
}

/**
 * Templates of a paragraph's and a note's citation of this edition; the page's script replaces
 * PLACEHOLDER by the number.
 * @param permalink the address of a paragraph or note, from its anchor.
 */
export function passageTemplates(
  article: Work,
  edition: EditionAddress,
  permalink: (anchor: string) => string,
): Record<'paragraph' | 'note', Record<CitationFormat, string>> {
  const at = (kind: 'paragraph' | 'note') =>
    paperCitations(article, edition, {
      kind,
      n: Number(PLACEHOLDER),
      url: permalink(`${kind === 'paragraph' ? 'p' : 'n'}${PLACEHOLDER}`),
    }).edition;
  return { paragraph: at('paragraph'), note: at('note') };
}

/** The day of the build, as the access date of citations of the edition (ISO). */
export function buildDate(): string {
  return new Date().toISOString().slice(0, 10);
}
