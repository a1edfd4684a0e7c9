/**
 * `<selection-toolbar>`: the four actions on words selected in the paper, in a toolbar (one tab
 * stop, arrow keys between buttons). It follows the selection and stands below it, where the
 * system's own selection menu on touch screens does not (that one opens above). Pressing a
 * button does not take the selection away: the pointer press is cancelled before it can
 * collapse it. What the buttons do is in actions.ts.
 */
import { announce } from '../announce.ts';
import { el } from '../dom.ts';
import { placeBelow } from '../place-below.ts';
import { type Action, ACTIONS, act, SHORTCUT } from './actions.ts';
import { rootOf, targetsOf } from './passages.ts';

export class SelectionToolbar extends HTMLElement {
  /** The selection the toolbar stands for (the page's own may have moved into the toolbar). */
  #range: Range | undefined;
  /** The selection the reader dismissed the toolbar for (Esc): it stays hidden until that changes. */
  #dismissed: Range | undefined;
  /** Where focus was before Alt+Shift+A took it into the toolbar. */
  #returnTo: HTMLElement | null = null;
  /** While a pointer drags out a selection, the toolbar waits for it to end. */
  #pointerDown = false;
  /** The keyboard hint is said once. */
  #hinted = false;

  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    this.setAttribute('role', 'toolbar');
    this.setAttribute('aria-label', 'Selection');
    this.setAttribute('aria-keyshortcuts', SHORTCUT);
    this.dataset['anUi'] = '';
    this.hidden = true;
    // Out of the flow even before the layer's stylesheet has arrived.
    this.style.position = 'absolute';
    for (const [action, label] of ACTIONS) {
      const b = el('button', { type: 'button', tabIndex: action === 'highlight' ? 0 : -1 }, label);
      b.dataset['action'] = action;
      this.append(b);
    }
    this.addEventListener('pointerdown', (e) => e.preventDefault());
    this.addEventListener('click', (e) => {
      const b = e.target instanceof Element ? e.target.closest('button') : null;
      const action = ACTIONS.find(([name]) => name === b?.dataset['action']);
      if (action) void this.#act(action[0]);
    });
    this.addEventListener('keydown', (e) => this.#keydown(e));
    this.#followSelection();
    this.#update();
  }

  #followSelection(): void {
    let frame = 0;
    document.addEventListener('selectionchange', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => this.#update());
    });
    document.addEventListener('pointerdown', (e) => {
      if (!this.contains(e.target as Node)) this.#pointerDown = true;
    });
    document.addEventListener('pointerup', () => {
      this.#pointerDown = false;
      requestAnimationFrame(() => this.#update());
    });
    document.addEventListener('keydown', (e) => {
      if (e.altKey && e.shiftKey && e.code === 'KeyA') {
        this.#update();
        if (this.hidden) return;
        e.preventDefault();
        this.#returnTo =
          document.activeElement instanceof HTMLElement ? document.activeElement : null;
        this.#focusButton(0);
      } else if (e.key === 'Escape' && !this.hidden && !document.querySelector('dialog[open]')) {
        this.hidden = true;
        this.#dismissed = this.#range;
      }
    });
    window.addEventListener('resize', () => {
      if (!this.hidden && this.#range) this.#showBelow(this.#range.getBoundingClientRect());
    });
  }

  /** The selection, when it holds words of the paper (and is not in the toolbar itself). */
  #selectedRange(): Range | undefined {
    const sel = document.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
    const range = sel.getRangeAt(0);
    if (this.contains(range.commonAncestorContainer)) return undefined;
    if (!rootOf(range.startContainer) && !rootOf(range.endContainer)) return undefined;
    return targetsOf(range).length > 0 ? range : undefined;
  }

  /** Shows the toolbar below the selection, or hides it when there is none to act on. */
  #update(): void {
    if (this.#pointerDown) return;
    const range = this.#selectedRange();
    if (!range) {
      if (!this.contains(document.activeElement)) this.hidden = true;
      return;
    }
    if (this.#dismissed && sameRange(range, this.#dismissed)) return;
    this.#dismissed = undefined;
    this.#range = range.cloneRange();
    const first = this.hidden && !this.#hinted;
    this.#showBelow(range.getBoundingClientRect());
    // Say once how keyboard and screen reader users reach the tools.
    if (first) {
      this.#hinted = true;
      announce(`Tools for the selected words are below them; ${SHORTCUT} moves focus there.`);
    }
  }

  /** Hides the toolbar; with `restore`, gives the selection and focus back to where they were. */
  #dismiss(restore: boolean): void {
    this.hidden = true;
    if (!restore) return;
    const saved = this.#range;
    this.#dismissed = saved;
    // Back to the control that had focus; from the page itself (body, main), to the paragraph.
    const root = rootOf(saved?.startContainer ?? null)?.el;
    const back = this.#returnTo && root && !this.#returnTo.contains(root) ? this.#returnTo : root;
    if (back) {
      if (!back.matches('a, button, input, textarea, select, [tabindex]')) back.tabIndex = -1;
      back.focus({ preventScroll: true });
    }
    if (saved) {
      const sel = document.getSelection();
      sel?.removeAllRanges();
      sel?.addRange(saved);
    }
  }

  async #act(action: Action): Promise<void> {
    const targets = this.#range ? targetsOf(this.#range) : [];
    if (targets.length === 0) return;
    // From the keyboard, focus and the selection come back where they were once it is done.
    const fromKeyboard = this.contains(document.activeElement);
    await act(action, targets, () => this.#dismiss(fromKeyboard));
  }

  #keydown(e: KeyboardEvent): void {
    const all = [...this.querySelectorAll('button')];
    const i = all.findIndex((b) => b === document.activeElement);
    const to =
      e.key === 'ArrowRight' || e.key === 'ArrowDown'
        ? (i + 1) % all.length
        : e.key === 'ArrowLeft' || e.key === 'ArrowUp'
          ? (i - 1 + all.length) % all.length
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? all.length - 1
              : -1;
    if (to >= 0) {
      e.preventDefault();
      this.#focusButton(to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.#dismiss(true);
    }
  }

  /** Makes button `i` the toolbar's tab stop and focuses it. */
  #focusButton(i: number): void {
    const all = [...this.querySelectorAll('button')];
    all.forEach((b, j) => (b.tabIndex = j === i ? 0 : -1));
    all[i]?.focus();
  }

  /** Shows the toolbar below a rectangle of the page (viewport coordinates). */
  #showBelow(rect: DOMRect): void {
    this.hidden = false;
    placeBelow(this, rect, 10);
  }
}

function sameRange(a: Range, b: Range): boolean {
  return (
    a.startContainer === b.startContainer &&
    a.startOffset === b.startOffset &&
    a.endContainer === b.endContainer &&
    a.endOffset === b.endOffset
  );
}

customElements.define('selection-toolbar', SelectionToolbar);
