/**
 * What a click on the paper's note references, gap marks, ¶ numbers and notes' "cite" links does,
 * loaded by `<edition-notes>` (edition-notes.ts) on the first such click:
 * - Narrow screens: a note reference (or a gap mark) opens its note in the flow, below its
 *   paragraph, moving the text after it down (nothing is covered); a second activation, the
 *   note's × or Esc closes it and returns focus to the reference.
 * - Wide screens: the note already stands in the margin; the reference highlights and focuses it.
 * - A ¶ number or a note's "cite" opens the passage's citation beside it (cite-popover.ts).
 * - A mark of the editor's commentary, pressed the first time, builds its panel
 *   (commentary-in-place.ts), which then opens and closes as a note does.
 */
import { PARAGRAPH_NUMBER } from '../lib/site/ids.ts';
import { toggleCitation } from './cite-popover.ts';
import { commentaryPanel } from './commentary-in-place.ts';
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
  // On narrow screens the page moves only as far as the note needs to be seen whole (below a
  // long paragraph); closing it brings the reader back to the reference.
  note.focus({ preventScroll: !wide });
  if (!wide) note.scrollIntoView({ block: 'nearest' });
}

/**
 * Answers a click on `link`: a reference or gap mark, whose note (by id, its `aria-controls`)
 * opens or closes; or a ¶ number or note's "cite", whose passage (the link's #p12, #n3) is cited.
 */
export function activate(link: HTMLAnchorElement, noteId: string | null): void {
  const note = noteId && document.getElementById(noteId);
  if (note) {
    if (current?.note === note) close(true);
    else show(link, note);
  } else if (link.matches(`${PARAGRAPH_NUMBER}, a.passage-cite`)) {
    toggleCitation(link, link.hash.slice(1));
  } else if (link.parentElement?.classList.contains('sidenotes')) {
    void commentaryPanel(link).then((panel) =>
      panel ? show(link, panel) : location.assign(link.href),
    );
  }
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && current) {
    event.preventDefault();
    close(true);
  }
});
