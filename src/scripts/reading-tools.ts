/**
 * "My notes" and "Back to top" within reach anywhere in the long paper, over no line of text
 * (started by reading-position.ts), once the reader is a screen down. Where the contents are a
 * rail beside the text (wide screens: src/styles/wide-screen.css makes it sticky, and the one
 * breakpoint stays there), they stand in the rail under the contents; where the margin right of
 * the text is wide enough for them, at its foot. On a phone there is no such margin: they rise
 * at the foot of the screen only while the reader scrolls up, and go as soon as the reader reads
 * on or is back near the top. "My notes" here presses the page's own button (ReaderNotes.astro),
 * which is above the contents and far behind by then.
 */
import { el } from './dom.ts';

/** How far (px) the reader scrolls before it counts: up, to raise the tools; on, to end an offer. */
export const SCROLLED = 40;

/** Where the tools stand (their `data-place`, which reading-position.css draws). */
type Place = 'rail' | 'margin' | 'rise';

/** Where the tools fit over no text: the rail, the margin right of the text, or neither. */
function placeFor(tools: HTMLElement, toc: HTMLElement | null): Place {
  if (toc && getComputedStyle(toc).position === 'sticky') return 'rail';
  const text = document.querySelector('.paper-section > p')?.getBoundingClientRect().right;
  tools.dataset['place'] = 'margin';
  const { left } = tools.getBoundingClientRect();
  // Hidden, it has no box to measure: it is shown for this measure, within the same frame.
  return text !== undefined && left >= text + 8 ? 'margin' : 'rise';
}

/**
 * Adds the tools to the contents; returns what shows and places them, to run after every
 * scroll, and after a resize with `resized` (which may move them).
 */
export function readingTools(toTop: () => void): (resized?: boolean) => void {
  const toc = document.querySelector<HTMLElement>('.paper > .toc');
  const mine = document.getElementById('my-notes');
  const tools = el('div', { className: 'reading-tools' });
  // Without the page's own button (hidden: its tools are off) there is no second one.
  if (mine && !mine.hidden) {
    const notes = el('button', { type: 'button', onclick: () => mine.click() }, 'My notes');
    notes.setAttribute('aria-haspopup', 'dialog');
    tools.append(notes);
  }
  tools.append(el('button', { type: 'button', onclick: toTop }, 'Back to top'));
  toc?.append(tools);
  let place: Place | undefined;
  let last = scrollY;
  let turned = scrollY;
  let raised = false;
  return (resized = false) => {
    if (resized || !place) {
      tools.hidden = false;
      tools.dataset['place'] = place = placeFor(tools, toc);
    }
    const y = scrollY;
    if (y > last) [turned, raised] = [y, false];
    else if (turned - y > SCROLLED) raised = true;
    last = y;
    // A tool that has the focus stays until the focus leaves it.
    tools.hidden =
      !tools.contains(document.activeElement) && (y < innerHeight || (place === 'rise' && !raised));
  };
}
