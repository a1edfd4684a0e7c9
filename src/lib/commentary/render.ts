/**
 * The editor's notes as HTML, for /commentary/ (which /paper/ opens in place, fetching that page's
 * markup) and the entry pages: each note under its heading, dated, keyed to its ¶ and to the words
 * it comments on, its citations short author-date references linked to the commentary's own list
 * of works. Pure: addresses come through `toUrl`, so that the markup honours the site's base.
 */
import type { CommentaryWork } from '../content/commentary-schemas.ts';
import { authorsLabel } from '../citation/listing.ts';
import type { CitationStyle } from '../citation/styles.ts';
import { yearOf } from '../citation/work-fields.ts';
import { formatPartialDate } from '../entries/dates.ts';
import { commentaryWorkId, paragraphLabel } from '../site/ids.ts';
import { PAGES, paperPath } from '../site/routes.ts';
import { escapeHtml } from '../text/html.ts';
import type { CitationKey, CommentaryNote, CommentaryParagraph } from './model.ts';

/**
 * The style of the commentary's list of works: author–date (APA), as its citations are
 * ("ASEAN Regional Forum 2009"), and one that sets every CSL type the list uses.
 */
export const COMMENTARY_STYLE = 'apa' satisfies CitationStyle;

/** What rendering needs: the way to a URL under the base, and the works by id. */
export interface CommentaryRender {
  toUrl: (sitePath: string) => string;
  works: ReadonlyMap<string, CommentaryWork>;
}

/** The accessible name of a note's mark on /paper/, and of its place in the other media. */
export function commentaryName(titles: readonly string[]): string {
  return `Editor’s commentary: ${titles.join('; ')}`;
}

/**
 * The name of each commented ¶'s mark on /paper/, by ¶ id: "Editor’s commentary", beside the ¶ it
 * is about. Its notes' titles head the panel the mark opens; /paper/, at its byte budget, does
 * not repeat them.
 */
export function commentaryMarks(notes: readonly CommentaryNote[]): Map<string, string> {
  return new Map(notes.map((n) => [n.passage, COMMENTARY_MARK_NAME]));
}

/** The name of the mark of the editor's commentary beside a ¶ on /paper/. */
export const COMMENTARY_MARK_NAME = 'Editor’s commentary';

/** A short reference to a work as the notes give it: "ASEAN 2009, para. 2". */
export function shortReference(key: CitationKey, work: CommentaryWork | undefined): string {
  const who = (work && authorsLabel(work)) || work?.title || key.id;
  const year = work && yearOf(work);
  return `${who}${year ? ` ${year}` : ''}${key.locator ? `, ${key.locator}` : ''}`;
}

/** One paragraph of a note: text, <i> for titles, each citation in parentheses linked to its work. */
export function paragraphHtml(paragraph: CommentaryParagraph, options: CommentaryRender): string {
  const pieces = paragraph.map((piece) => {
    if (piece.kind === 'text') return escapeHtml(piece.text);
    if (piece.kind === 'emphasis') return `<i>${escapeHtml(piece.text)}</i>`;
    const refs = piece.keys.map(
      (key) =>
        `<a role="doc-biblioref" href="${escapeHtml(options.toUrl(`${PAGES.commentary}#${commentaryWorkId(key.id)}`))}">${escapeHtml(shortReference(key, options.works.get(key.id)))}</a>`,
    );
    return `(${refs.join('; ')})`;
  });
  return `<p>${pieces.join('')}</p>`;
}

/** Where a note stands: its ¶ and the words it comments on, and the day it speaks as of. */
export function noteContextHtml(note: CommentaryNote, toUrl: (sitePath: string) => string): string {
  const passage = `<a href="${escapeHtml(toUrl(paperPath(note.passage)))}">${paragraphLabel(note.passage.slice(1))}</a>`;
  const words = note.quote === undefined ? '' : `, on the words “${escapeHtml(note.quote)}”`;
  const asOf = `<time datetime="${note.asOf}">${formatPartialDate(note.asOf)}</time>`;
  return `<p class="commentary-context">On ${passage}${words}. As of ${asOf}.</p>`;
}

/**
 * One note as an <article> with its heading at `level`: the heading, where it stands, its
 * paragraphs. Its id is the note's id, so that links and the in-place view find it.
 */
export function noteHtml(note: CommentaryNote, options: CommentaryRender, level = 3): string {
  const heading = `<h${level} id="${note.id}-title">${escapeHtml(note.title)}</h${level}>`;
  const body = note.body.map((p) => paragraphHtml(p, options)).join('');
  return `<article class="commentary-note" id="${note.id}" aria-labelledby="${note.id}-title">${heading}${noteContextHtml(note, options.toUrl)}${body}</article>`;
}
