/**
 * `<edition-notes cite="/cite/">`: reading enhancements for the paper's sections and its list of
 * notes on /paper/, which the element wraps. Without this script every note reference is a plain
 * link to the list of notes, and every ¶ number a plain permalink.
 * - Each note is copied from the list into the margin beside its paragraph (the page carries each
 *   note's text once; the copies are the sidenotes).
 * - Narrow screens: a note reference (or a gap mark) opens its note in place, after the
 *   paragraph; a second activation or Esc closes it and returns focus to the reference.
 * - Wide screens: the note already stands in the margin; activating the reference highlights it.
 * - A ¶ number also copies the paragraph's permalink; each ¶ and note gets a "cite" link to the
 *   Cite page, whose address the element's `cite` attribute gives.
 * The page's on-load budget is tight: plain functions, which the minifier shortens, do the work.
 */
import { editorialId, noteId, noteOfHash, sidenoteId } from '../lib/site/ids.ts';
import { announce } from './announce.ts';
import { el } from './dom.ts';
import { isWideScreen } from './wide-screen.ts';

/** What opens a note in place: a note reference, a gap, an inferred paragraph break. */
const TRIGGERS = 'a[role=doc-noteref],a.gap,a.inferred-break';

let wide = false;
let root: HTMLElement;
let current: { ref: HTMLAnchorElement; note: HTMLElement } | undefined;

/** Copies each note from the list of notes into the sidenote column beside its paragraph. */
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
    const note = el(
      'div',
      { className: 'sidenote', id: sidenoteId(n) },
      el('span', { className: 'sidenote-number' }, `${n}. `),
      ...[...source.childNodes]
        .filter((c) => !(c instanceof Element && c.getAttribute('role') === 'doc-backlink'))
        .map((c) => c.cloneNode(true)),
    );
    column.insertBefore(note, column.querySelector('.editorial'));
  }
}

/**
 * On wide screens the sidenotes hang beside their paragraphs without stretching the rows (which
 * would open gaps in the text); each note is moved to the line of its reference, or just below
 * the note above when that one reaches further down. All positions are read before any is set.
 * Everything in a margin column is placed, not only the notes: the reader's own note cards
 * (src/scripts/annotations/main.ts) stand there too, and must not lie under a note.
 */
function placeSidenotes(): void {
  wide = isWideScreen();
  const notes = [...root.querySelectorAll<HTMLElement>('.sidenotes>*')];
  for (const note of notes) note.style.translate = '';
  if (!wide) return;
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

/** "cite" links beside each ¶ number and at the end of each note, to the Cite page. */
function addCiteLinks(): void {
  const link = (hash: string, label: string) =>
    el('a', {
      className: 'passage-cite',
      href: `${root.getAttribute('cite') ?? ''}#${hash}`,
      textContent: 'cite',
      ariaLabel: label,
    });
  for (const pn of root.querySelectorAll<HTMLAnchorElement>('a.paragraph-number'))
    pn.after(link(pn.hash.slice(1), `Cite ${pn.textContent ?? ''}`));
  for (const note of root.querySelectorAll('[role=doc-footnote]'))
    note.append(' ', link(note.id, `Cite note ${note.id.slice(1)}`));
}

function close(restoreFocus: boolean): void {
  if (!current) return;
  current.note.classList.remove('open');
  current.ref.ariaExpanded = 'false';
  if (restoreFocus) current.ref.focus();
  current = undefined;
}

/** A close button for touch readers, added to a note the first time it opens. */
function addCloseButton(note: HTMLElement): void {
  if (!note.querySelector('.close-note'))
    note.prepend(
      el('button', {
        className: 'close-note',
        type: 'button',
        textContent: '×',
        ariaLabel: 'Close note',
        onclick: () => close(true),
      }),
    );
}

function show(ref: HTMLAnchorElement, note: HTMLElement): void {
  close(false);
  if (!wide) addCloseButton(note);
  note.classList.add('open');
  note.tabIndex = -1;
  ref.ariaExpanded = 'true';
  current = { ref, note };
  if (!wide) {
    // Just below the line that holds the reference: the bottom of the text before it.
    const range = document.createRange();
    range.selectNode(ref.previousSibling ?? ref);
    const line = [...range.getClientRects()].pop() ?? ref.getBoundingClientRect();
    // From where the note stands unmoved: the top of its column.
    note.style.top = '';
    note.style.top = `${line.bottom + 8 - note.getBoundingClientRect().top}px`;
  }
  // On narrow screens the page stays put, so that the reference stays on screen.
  note.focus({ preventScroll: !wide });
}

/** The sidenote a reference or gap mark opens: `#n18` → `sn18`, a gap → its editorial note. */
function sidenoteOf(ref: HTMLAnchorElement): HTMLElement | null {
  if (ref.matches('.gap,.inferred-break'))
    return document.getElementById(editorialId(ref.hash.slice(1)));
  const n = noteOfHash(ref.getAttribute('href') ?? '');
  return n ? document.getElementById(sidenoteId(n)) : null;
}

function onClick(event: MouseEvent): void {
  const target = event.target instanceof Element ? event.target : null;
  const ref = target?.closest<HTMLAnchorElement>(TRIGGERS);
  const note = ref ? sidenoteOf(ref) : null;
  if (ref && note) {
    event.preventDefault();
    if (current?.note === note) close(true);
    else show(ref, note);
    return;
  }
  const permalink = target?.closest<HTMLAnchorElement>('a.paragraph-number');
  if (permalink && navigator.clipboard) {
    navigator.clipboard.writeText(permalink.href).then(
      () => announce(`Link to ${permalink.textContent ?? 'the paragraph'} copied`),
      () => undefined,
    );
  }
}

/** Enhances the paper's sections and notes inside `element`. */
function enhance(element: HTMLElement): void {
  root = element;
  buildSidenotes();
  for (const ref of root.querySelectorAll<HTMLAnchorElement>(TRIGGERS)) {
    const note = sidenoteOf(ref);
    if (note) {
      ref.setAttribute('aria-controls', note.id);
      ref.ariaExpanded = 'false';
    }
  }
  addCiteLinks();
  // Beside their references, once those are known; also tells whether the wide layout is on.
  placeSidenotes();
  addEventListener('resize', placeSidenotes);
  root.addEventListener('click', onClick);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && current) {
      event.preventDefault();
      close(true);
    }
  });
}

customElements.define(
  'edition-notes',
  class extends HTMLElement {
    connectedCallback(): void {
      enhance(this);
    }
  },
);
