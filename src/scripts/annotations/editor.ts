/**
 * `<note-editor>`: the modal dialog in which a reader writes a note, on new words (from the
 * selection toolbar) or on an annotation already made (from its card or from My notes). The page
 * has one, made on first use.
 */
import { shorten } from '../../lib/annotations/anchor.ts';
import { quotedWords } from '../../lib/annotations/quotation.ts';
import { announce } from '../announce.ts';
import { el, withAttributes } from '../dom.ts';
import { annotations, placeOf } from './state.ts';

export class NoteEditor extends HTMLElement {
  readonly #dialog = withAttributes(el('dialog', { className: 'an-dialog an-editor' }), {
    'aria-labelledby': 'an-editor-title',
  });
  readonly #title = el('h2', { id: 'an-editor-title' });
  readonly #quote = el('blockquote', { className: 'an-quote' });
  readonly #text = el('textarea', { id: 'an-editor-text', rows: 5 });

  connectedCallback(): void {
    if (this.#dialog.isConnected) return;
    this.dataset['anUi'] = '';
    this.#dialog.append(
      el(
        'form',
        { method: 'dialog' },
        this.#title,
        this.#quote,
        el('label', { htmlFor: 'an-editor-text' }, 'Note (kept in this browser only)'),
        this.#text,
        el(
          'p',
          { className: 'an-row' },
          el('button', { value: 'save' }, 'Save note'),
          el('button', { value: 'cancel', formNoValidate: true }, 'Cancel'),
        ),
      ),
    );
    this.append(this.#dialog);
  }

  /** Asks for a note; resolves with the text, or undefined when the reader cancels. */
  ask(title: string, quote: string, initial: string): Promise<string | undefined> {
    const dialog = this.#dialog;
    this.#title.textContent = title;
    this.#quote.textContent = `“${shorten(quote, 200)}”`;
    this.#text.value = initial;
    dialog.returnValue = '';
    dialog.showModal();
    this.#text.focus();
    return new Promise((resolve) => {
      dialog.addEventListener(
        'close',
        () => resolve(dialog.returnValue === 'save' ? this.#text.value.trim() : undefined),
        { once: true },
      );
    });
  }
}

customElements.define('note-editor', NoteEditor);

declare global {
  interface HTMLElementTagNameMap {
    'note-editor': NoteEditor;
  }
}

/** Asks for a note in the page's editor (made on first use). */
export function askForNote(
  title: string,
  quote: string,
  initial = '',
): Promise<string | undefined> {
  const editor =
    document.querySelector('note-editor') ?? document.body.appendChild(new NoteEditor());
  return editor.ask(title, quote, initial);
}

/** Edits the note of annotation `id` (or adds one to a highlight); focus then returns to `opener`. */
export async function editNote(id: string, opener: HTMLElement): Promise<void> {
  const a = annotations.find(id);
  if (!a) return;
  const note = await askForNote(`Your note on ${placeOf(a)}`, quotedWords(a.targets), a.note ?? '');
  opener.focus();
  if (note === undefined) return;
  const modified = new Date().toISOString();
  const next = annotations.all.map((x) =>
    x.id === id ? { ...x, note, motivation: 'commenting' as const, modified } : x,
  );
  if (annotations.save(next)) announce(`Note saved (${placeOf(a)}).`);
}
