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

/** Where a note being written waits (this tab only) until it is saved. */
const DRAFT = 'edition-annotations-draft';

/** Saves a note; returns why it could not be, or undefined once saved. */
export type Commit = (note: string) => string | undefined;

export class NoteEditor extends HTMLElement {
  readonly #dialog = withAttributes(el('dialog', { className: 'an-dialog an-editor' }), {
    'aria-labelledby': 'an-editor-title',
  });
  readonly #title = el('h2', { id: 'an-editor-title' });
  readonly #quote = el('blockquote', { className: 'an-quote' });
  readonly #text = el('textarea', { id: 'an-editor-text', rows: 5 });
  readonly #error = withAttributes(el('p', { className: 'an-warn' }), { role: 'alert' });
  #commit: Commit = () => undefined;
  /** What the draft belongs to: the dialog's title and words. */
  #draftOf = '';

  connectedCallback(): void {
    if (this.#dialog.isConnected) return;
    this.dataset['anUi'] = '';
    const form = el(
      'form',
      { method: 'dialog' },
      this.#title,
      this.#quote,
      el('label', { htmlFor: 'an-editor-text' }, 'Note (kept in this browser only)'),
      this.#text,
      this.#error,
      el(
        'p',
        { className: 'an-row' },
        el('button', { value: 'save' }, 'Save note'),
        el('button', { value: 'cancel', formNoValidate: true }, 'Cancel'),
      ),
    );
    // Saved before the dialog closes: a note this browser refuses stays in the editor.
    form.addEventListener('submit', (e) => {
      if (e.submitter?.getAttribute('value') !== 'save') return;
      e.preventDefault();
      const refused = this.#commit(this.#text.value.trim());
      this.#error.textContent = refused
        ? `${refused} Your note is still here (and kept in this tab): copy it, or export your notes and try again.`
        : '';
      if (refused) return this.#text.focus();
      sessionStorage.removeItem(DRAFT);
      this.#dialog.close('save');
    });
    this.#text.addEventListener('input', () => {
      try {
        sessionStorage.setItem(
          DRAFT,
          JSON.stringify({ of: this.#draftOf, text: this.#text.value }),
        );
      } catch {
        // Session storage full or turned off: the editor still holds the words.
      }
    });
    this.#dialog.append(form);
    this.append(this.#dialog);
  }

  /** A note typed on the same words and never saved, from this tab's session storage. */
  #draft(): string | undefined {
    try {
      const d = JSON.parse(sessionStorage.getItem(DRAFT) ?? 'null') as {
        of?: string;
        text?: string;
      } | null;
      return d?.of === this.#draftOf && d.text ? d.text : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Asks for a note and saves it with `commit` while the editor is open; resolves with the note
   * once saved, or undefined when the reader cancels.
   */
  ask(title: string, quote: string, initial: string, commit: Commit): Promise<string | undefined> {
    const dialog = this.#dialog;
    this.#commit = commit;
    this.#draftOf = `${title}\n${quote}`;
    this.#title.textContent = title;
    this.#quote.textContent = `“${shorten(quote, 200)}”`;
    const draft = this.#draft();
    this.#text.value = draft ?? initial;
    this.#error.textContent = draft ? 'Your note as you left it, not yet saved.' : '';
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

/** Asks for a note in the page's editor (made on first use), saved with `commit`. */
export function askForNote(
  title: string,
  quote: string,
  initial: string,
  commit: Commit,
): Promise<string | undefined> {
  const editor =
    document.querySelector('note-editor') ?? document.body.appendChild(new NoteEditor());
  return editor.ask(title, quote, initial, commit);
}

/** Edits the note of annotation `id` (or adds one to a highlight); focus then returns to `opener`. */
export async function editNote(id: string, opener: HTMLElement): Promise<void> {
  const a = annotations.find(id);
  if (!a) return;
  const note = await askForNote(
    `Your note on ${placeOf(a)}`,
    quotedWords(a.targets),
    a.note ?? '',
    (text) => {
      const now = annotations.find(id) ?? a;
      const modified = new Date().toISOString();
      return annotations.change([{ ...now, note: text, motivation: 'commenting', modified }]);
    },
  );
  opener.focus();
  if (note !== undefined) announce(`Note saved (${placeOf(a)}).`);
}
