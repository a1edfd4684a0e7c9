/**
 * What a click on the paper's note references, gap marks and ¶ numbers does, loaded by
 * `<edition-notes>` (edition-notes.ts) on the first such click:
 * - Narrow screens: a note reference (or a gap mark) opens its note in place, just below its
 *   line; a second activation or Esc closes it and returns focus to the reference.
 * - Wide screens: the note already stands in the margin; the reference highlights and focuses it.
 * - A ¶ number (a permalink, which the browser follows) also copies its address.
 */
import { announce } from './announce.ts';
import { el } from './dom.ts';
import { isWideScreen } from './wide-screen.ts';

let current: { ref: HTMLAnchorElement; note: HTMLElement } | undefined;

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
  const wide = isWideScreen();
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
  // On narrow screens the page moves only as far as the note needs to be seen whole (a reference
  // on the screen's last line), so that the reference stays on screen.
  note.focus({ preventScroll: !wide });
  if (!wide) note.scrollIntoView({ block: 'nearest' });
}

/**
 * Answers a click on `link`: a reference or gap mark, whose note (by id, its `aria-controls`)
 * opens or closes; or a ¶ number, whose address is copied.
 */
export function activate(link: HTMLAnchorElement, noteId: string | null): void {
  const note = noteId && document.getElementById(noteId);
  if (note) {
    if (current?.note === note) close(true);
    else show(link, note);
  } else if (link.matches('a.paragraph-number') && navigator.clipboard) {
    navigator.clipboard.writeText(link.href).then(
      () => announce(`Link to ${link.textContent ?? 'the paragraph'} copied`),
      () => undefined,
    );
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) {
    event.preventDefault();
    close(true);
  }
});
