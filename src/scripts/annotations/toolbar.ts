/**
 * `<selection-toolbar>`: the four actions on a selection in the paper, in a toolbar (one tab
 * stop, arrow keys between buttons). It stands below the selection, where the system's own
 * selection menu on touch screens does not (that one opens above). Pressing a button does not
 * take the selection away: the pointer press is cancelled before it can collapse it.
 */
import { placeBelow } from '../place-below.ts';

export const ACTIONS = [
  ['highlight', 'Highlight'],
  ['note', 'Add note'],
  ['quote', 'Copy quotation'],
  ['link', 'Copy link'],
] as const;

export type Action = (typeof ACTIONS)[number][0];

/** The keyboard shortcut that moves focus into the toolbar. */
export const SHORTCUT = 'Alt+Shift+A';

export class SelectionToolbar extends HTMLElement {
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
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = label;
      b.dataset['action'] = action;
      b.tabIndex = action === 'highlight' ? 0 : -1;
      this.append(b);
    }
    this.addEventListener('pointerdown', (e) => e.preventDefault());
    this.addEventListener('click', (e) => {
      const b = e.target instanceof Element ? e.target.closest('button') : null;
      const action = b?.dataset['action'];
      if (action) this.dispatchEvent(new CustomEvent('action', { detail: action }));
    });
    this.addEventListener('keydown', (e) => this.keydown(e));
  }

  private buttons(): HTMLButtonElement[] {
    return [...this.querySelectorAll('button')];
  }

  private keydown(e: KeyboardEvent): void {
    const all = this.buttons();
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
      this.focusButton(to);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      this.dispatchEvent(new CustomEvent('dismiss'));
    }
  }

  /** Makes button `i` the toolbar's tab stop and focuses it. */
  focusButton(i = 0): void {
    this.buttons().forEach((b, j) => (b.tabIndex = j === i ? 0 : -1));
    this.buttons()[i]?.focus();
  }

  /** Shows the toolbar below a rectangle of the page (viewport coordinates). */
  showBelow(rect: DOMRect): void {
    this.hidden = false;
    placeBelow(this, rect, 10);
  }
}

if (!customElements.get('selection-toolbar')) {
  customElements.define('selection-toolbar', SelectionToolbar);
}
