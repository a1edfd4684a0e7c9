/**
 * `<edition-notes cite="/cite/" code="/notes-in-place.js">`: reading enhancements for the paper's
 * sections and its list of notes on /paper/, which the element wraps. Without this script every
 * note reference is a plain link to the list of notes, and every ¶ number a plain permalink.
 * - Each note is copied from the list into the margin beside its paragraph (the page carries each
 *   note's text once; the copies are the sidenotes), and placed there on wide screens.
 * - Each note gets a "cite" link to the Cite page, whose address `cite` gives.
 * - A note reference, a gap mark, a ¶ number, a note's "cite" or a mark of the editor's commentary
 *   (the margin column's one direct link), once clicked, loads what answers it (notes-in-place.ts,
 *   at the address in `code`): the note opens in the flow or is highlighted in the margin; the
 *   passage's citation opens beside its ¶ number or "cite"; the commentary opens in place. A page
 *   that is only read loads none of it.
 * The page's on-load budget is tight: plain functions, which the minifier shortens, do the work.
 */
import { editorialId, noteId, noteOfHash, PARAGRAPH_NUMBER, sidenoteId } from '../lib/site/ids.ts';
import { el } from './dom.ts';
import { isWideScreen } from './wide-screen.ts';

/** What opens a note in place: a note reference, a gap, an inferred paragraph break. */
const TRIGGERS = 'a[role=doc-noteref],a.gap,a.inferred-break';
/** What opens a passage's citation: a ¶ number, a note's "cite"; or the editor's commentary. */
const CITE_CONTROLS = `${PARAGRAPH_NUMBER},a.passage-cite,.sidenotes>a`;

type NotesInPlace = typeof import('./notes-in-place.ts');

let root: HTMLElement;
let inPlace: Promise<NotesInPlace> | undefined;

/** Makes `link` the control that opens `note` in place. */
function controls(link: Element, note: Element): void {
  link.setAttribute('aria-controls', note.id);
  link.ariaExpanded = 'false';
}

/**
 * Copies each note from the list of notes into the sidenote column beside its paragraph, and makes
 * each note reference, gap mark and inferred break the control of its sidenote.
 */
function buildSidenotes(): void {
  for (const ref of root.querySelectorAll<HTMLAnchorElement>('[role=doc-noteref]')) {
    const n = noteOfHash(ref.hash);
    const source = n && document.getElementById(noteId(n));
    const para = ref.closest('p');
    if (!n || !source || !para) continue;
    let column = para.nextElementSibling;
    if (!column?.classList.contains('sidenotes'))
      para.after((column = el('div', { className: 'sidenotes' })));
    // Everything but the backlink, which points back to where the sidenote already stands.
    const copy = source.cloneNode(true) as Element;
    copy.querySelector('[role=doc-backlink]')?.remove();
    const note = el(
      'div',
      { className: 'sidenote', id: sidenoteId(n) },
      el('span', { className: 'sidenote-number' }, `${n}. `),
      ...copy.childNodes,
    );
    column.insertBefore(note, column.querySelector('.editorial'));
    controls(ref, note);
  }
  for (const mark of root.querySelectorAll<HTMLAnchorElement>('a.gap,a.inferred-break')) {
    const note = document.getElementById(editorialId(mark.hash.slice(1)));
    if (note) controls(mark, note);
  }
}

/**
 * On wide screens the sidenotes hang beside their paragraphs without stretching the rows (which
 * would open gaps in the text); each note is moved to the line of its reference, or just below
 * the note above when that one reaches further down. All positions are read before any is set.
 * Everything in a margin column is placed, not only the notes: the reader's own note cards
 * (src/scripts/annotations/) stand there too, and must not lie under a note.
 */
function placeSidenotes(): void {
  const notes = [...root.querySelectorAll<HTMLElement>('.sidenotes>*')];
  for (const note of notes) note.style.translate = '';
  if (!isWideScreen()) return;
  let bottom = -Infinity;
  const at = notes.map(
    (note) =>
      [
        note,
        note.getBoundingClientRect(),
        root.querySelector(`[aria-controls="${note.id}"]`)?.getBoundingClientRect().top,
      ] as const,
  );
  for (const [note, box, ref = box.top] of at) {
    const top = Math.max(ref - 2, bottom + 16);
    note.style.translate = `0 ${top - box.top}px`;
    bottom = top + box.height;
  }
}

/**
 * The ¶ numbers open the passage's citation: say so. Each note in the list gets a "cite" link to
 * the Cite page (whose address `cite` gives), which opens the same citation here.
 */
function addCiteControls(): void {
  for (const pn of root.querySelectorAll(PARAGRAPH_NUMBER)) pn.ariaHasPopup = 'dialog';
  for (const note of root.querySelectorAll('[role=doc-footnote]'))
    note.append(
      ' ',
      el('a', {
        className: 'passage-cite',
        href: `${root.getAttribute('cite') ?? ''}#${note.id}`,
        textContent: 'cite',
        ariaLabel: `Cite note ${note.id.slice(1)}`,
        ariaHasPopup: 'dialog',
      }),
    );
}

/**
 * A click on a note reference, a gap mark, a ¶ number or a note's "cite": the code that answers
 * it loads on the first one (the link's own action is stopped at once).
 */
function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const link = target?.closest<HTMLAnchorElement>(`${TRIGGERS},${CITE_CONTROLS}`);
  if (!link) return;
  const note = link.getAttribute('aria-controls');
  if (note || !link.matches(TRIGGERS)) event.preventDefault();
  inPlace ??= import(/* @vite-ignore */ root.getAttribute('code') ?? '') as Promise<NotesInPlace>;
  void inPlace.then((m) => m.activate(link, note));
}

/** Enhances the paper's sections and notes inside `element`. */
function enhance(element: HTMLElement): void {
  root = element;
  buildSidenotes();
  addCiteControls();
  // Beside their references, once those are known.
  placeSidenotes();
  addEventListener('resize', placeSidenotes);
  root.addEventListener('click', onClick);
}

customElements.define(
  'edition-notes',
  class extends HTMLElement {
    connectedCallback(): void {
      enhance(this);
    }
  },
);
