/**
 * `<annotation-marks>`: the reader's annotations drawn in the text. Each one's words are marked
 * (in the list of notes and in the margin copy of a note both), and a note stands as a card
 * beside its paragraph. The element itself holds what a screen reader says of each kind of
 * mark, and knows which annotations could not be placed in the text as it is now, and why.
 */
import { readingOrder, type ReaderAnnotation } from '../../lib/annotations/model.ts';
import { el, withAttributes } from '../dom.ts';
import { editNote } from './editor.ts';
import { elementsOf, place, unwrap, wrap } from './passages.ts';
import { annotations, kindOf, placeOf } from './state.ts';

/** The ids of the descriptions, by kind of mark: see `aria-describedby`. */
const DESCRIBED_BY = { highlight: 'an-d-hl', note: 'an-d-note' };

export class AnnotationMarks extends HTMLElement {
  /** Annotation id → why it could not be placed. */
  readonly #unplaced = new Map<string, string>();

  connectedCallback(): void {
    if (this.childElementCount > 0) return;
    this.dataset['anUi'] = '';
    const describe = (id: string, text: string) => el('span', { id, hidden: true }, text);
    this.append(
      describe(DESCRIBED_BY.highlight, 'highlighted'),
      describe(DESCRIBED_BY.note, 'your note'),
    );
    annotations.addEventListener('change', () => void this.draw());
    void this.draw();
  }

  /** Why annotation `id` could not be placed in the text, if it could not. */
  reasonNotPlaced(id: string): string | undefined {
    return this.#unplaced.get(id);
  }

  /** The drawing under way: a later one makes it stop. */
  #drawing: Promise<void> = Promise.resolve();
  #generation = 0;

  /** Resolves once the marks stand for the list as it is now. */
  settled(): Promise<void> {
    return this.#drawing;
  }

  /**
   * Takes every mark and card away, then draws them again from the list: after the page's first
   * paint, and in slices of a few milliseconds, so that many annotations, or costly ones, never
   * hold the page still.
   */
  draw(): Promise<void> {
    const generation = ++this.#generation;
    this.#drawing = this.#draw(() => generation !== this.#generation);
    return this.#drawing;
  }

  async #draw(stale: () => boolean): Promise<void> {
    await nextTask(true);
    if (stale()) return;
    unwrap(document.querySelectorAll('mark[data-an]'));
    document.querySelectorAll('[data-an-card]').forEach((c) => c.remove());
    this.#unplaced.clear();
    let slice = performance.now();
    for (const a of [...annotations.all].sort(readingOrder)) {
      if (performance.now() - slice > SLICE_MS) {
        await nextTask(false);
        if (stale()) return;
        slice = performance.now();
      }
      this.#drawOne(a);
    }
    // The sidenote columns are placed by height: let them make room for the cards.
    window.dispatchEvent(new Event('resize'));
  }

  #drawOne(a: ReaderAnnotation): void {
    let first: HTMLElement | undefined;
    for (const target of a.targets) {
      const { root, anchor } = place(target);
      if (!anchor.placed) {
        this.#unplaced.set(a.id, anchor.reason);
        continue;
      }
      for (const passage of elementsOf(root)) {
        wrap(passage, anchor.start, anchor.end, () =>
          withAttributes(el('mark'), {
            'data-an': a.id,
            'data-kind': kindOf(a),
            'aria-describedby': DESCRIBED_BY[kindOf(a)],
          }),
        );
        if (passage.id === root) first ??= passage;
      }
    }
    if (a.note !== undefined && first) addCard(a, first);
  }
}

/** How long one slice of drawing may hold the page. */
const SLICE_MS = 12;

/** Waits for the next task; `painted` first lets the page paint (a frame, then a task). */
function nextTask(painted: boolean): Promise<void> {
  return new Promise((done) =>
    // A hidden tab has no frames: it draws when it can.
    painted && document.visibilityState === 'visible'
      ? requestAnimationFrame(() => setTimeout(done))
      : setTimeout(done),
  );
}

customElements.define('annotation-marks', AnnotationMarks);

declare global {
  interface HTMLElementTagNameMap {
    'annotation-marks': AnnotationMarks;
  }
}

/** The note beside its paragraph (in the margin on wide screens, below it on narrow ones). */
function addCard(a: ReaderAnnotation, root: HTMLElement): void {
  const where = placeOf(a);
  const edit = withAttributes(el('button', { type: 'button', className: 'an-link' }, 'Edit'), {
    'aria-label': `Edit your note on ${where}`,
  });
  edit.addEventListener('click', () => void editNote(a.id, edit));
  const card = withAttributes(
    el(
      'div',
      { className: 'an-card' },
      el('p', { className: 'an-card-label' }, `Your note (${where})`),
      el('p', { className: 'an-card-text' }, a.note ?? ''),
      edit,
    ),
    { 'data-an-card': a.id, 'data-an-ui': '', role: 'note', 'aria-label': `Your note on ${where}` },
  );
  if (root.tagName === 'P') {
    // In the paragraph's margin column, which edition-notes.ts places beside the text with the
    // sidenotes (so that neither covers the other, nor stretches the row).
    let column = root.nextElementSibling;
    if (!column?.classList.contains('sidenotes'))
      root.after(
        (column = withAttributes(el('div', { className: 'sidenotes' }), { 'data-an-ui': '' })),
      );
    column.append(card);
  } else root.after(card);
}
