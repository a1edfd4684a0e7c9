/**
 * `<notes-panel>`: My notes, a modal dialog at the side of the page. It lists the reader's
 * annotations (notes-list.ts), jumps to them, edits and deletes them (with undo, and a
 * confirmation before deleting all), and exchanges them as files (files.ts). It draws itself
 * again on every change of the list while it is open.
 */
import type { ReaderAnnotation } from '../../lib/annotations/model.ts';
import { el, withAttributes } from '../dom.ts';
import { editNote } from './editor.ts';
import { exportMarkdown, exportSetAside, exportW3C, importFile } from './files.ts';
import { notesList, panelButton, setAsideList } from './notes-list.ts';
import { annotations, kindOf, placeOf } from './state.ts';

export class NotesPanel extends HTMLElement {
  readonly #dialog = withAttributes(
    el('dialog', { className: 'an-dialog an-panel', id: 'an-panel' }),
    {
      'aria-labelledby': 'an-panel-title',
    },
  );
  readonly #count = el('span', { className: 'an-count' });
  // Attributes, not properties: not every browser reflects `role`.
  readonly #status = withAttributes(el('p', { className: 'an-panel-status' }), { role: 'status' });
  readonly #errors = withAttributes(el('div', { className: 'an-errors' }), { role: 'alert' });
  readonly #items = el('div', { className: 'an-items' });
  /** What could not be read from storage, kept aside (notes-list.ts). */
  readonly #setAside = el('div', { className: 'an-set-aside' });
  readonly #close = panelButton('close', '×', 'Close My notes');
  readonly #export = panelButton('export', 'Export (W3C Web Annotations)');
  readonly #markdown = panelButton('markdown', 'Export as Markdown');
  readonly #clear = panelButton('clear', 'Delete all…');
  readonly #confirmText = el('span', { className: 'an-confirm-text' });
  readonly #keep = panelButton('clear-no', 'Keep them');
  /** Asks before deleting all (`hidden` until Delete all… is pressed). */
  readonly #confirm = el(
    'p',
    { className: 'an-row an-confirm', hidden: true },
    this.#confirmText,
    ' ',
    panelButton('clear-yes', 'Delete all'),
    this.#keep,
  );
  /** The last one deleted, for Undo. */
  #lastDeleted: { a: ReaderAnnotation } | undefined;

  connectedCallback(): void {
    if (this.#dialog.isConnected) return;
    this.dataset['anUi'] = '';
    this.#close.className = 'an-close';
    const file = el('input', {
      type: 'file',
      id: 'an-import',
      accept: '.json,.jsonld,application/json,application/ld+json',
    });
    this.#dialog.append(
      el(
        'div',
        { className: 'an-head' },
        el('h2', { id: 'an-panel-title' }, 'My notes'),
        this.#close,
      ),
      el(
        'p',
        { className: 'an-privacy' },
        this.#count,
        '. Kept in this browser only: nothing you mark or write leaves it, and no one else sees it. Export a file to keep a copy or to move your notes to another browser.',
      ),
      this.#status,
      this.#errors,
      this.#setAside,
      this.#items,
      el(
        'div',
        { className: 'an-tools' },
        el('h3', {}, 'Files'),
        el('p', { className: 'an-row' }, this.#export, this.#markdown),
        el(
          'p',
          { className: 'an-row' },
          el('label', { htmlFor: 'an-import' }, 'Import W3C Web Annotations (.json)'),
          file,
        ),
        el('p', { className: 'an-row' }, this.#clear),
        this.#confirm,
      ),
    );
    this.#dialog.addEventListener('click', (e) => {
      if (e.target === this.#dialog) return this.#dialog.close(); // a click on the backdrop
      const button =
        e.target instanceof Element ? e.target.closest<HTMLElement>('[data-do]') : null;
      if (button) void this.#act(button.dataset['do'] ?? '', button, e);
    });
    file.addEventListener('change', () => void this.#import(file));
    annotations.addEventListener('change', () => {
      if (this.#dialog.open) this.#fill();
    });
    this.append(this.#dialog);
  }

  /** Why annotation `id` could not be placed in the text: the marks know, having drawn it. */
  #reasonNotPlaced(id: string): string | undefined {
    return document.querySelector('annotation-marks')?.reasonNotPlaced(id);
  }

  /** Opens the panel, its list up to date and its last message gone. */
  open(): void {
    this.#fill();
    this.#say('');
    this.#confirm.hidden = true;
    this.#dialog.showModal();
    this.#close.focus();
    // Opened while the marks are still being drawn (the layer just loaded): which annotations
    // could not be placed is known once they are; list them again then.
    void document
      .querySelector('annotation-marks')
      ?.settled()
      .then(() => this.#dialog.open && this.#fill());
  }

  #fill(): void {
    const all = annotations.all;
    this.#items.replaceChildren(...notesList(all, (id) => this.#reasonNotPlaced(id)));
    this.#setAside.replaceChildren(...setAsideList(annotations.locked));
    this.#count.textContent = `${all.length} ${all.length === 1 ? 'item' : 'items'}`;
    // Nothing to export or delete in an empty list.
    for (const b of [this.#export, this.#markdown, this.#clear]) b.disabled = all.length === 0;
  }

  /** Says what was done, in the panel's live region; `undo` offers to take it back. */
  #say(text: string, undo = false): HTMLButtonElement | undefined {
    this.#status.replaceChildren(text);
    if (!undo) return undefined;
    const b = panelButton('undo', 'Undo');
    b.className = 'an-link';
    this.#status.append(' ', b);
    return b;
  }

  async #act(doing: string, button: HTMLElement, event: Event): Promise<void> {
    const id = button.closest<HTMLElement>('li')?.dataset['id'] ?? '';
    const all = annotations.all;
    if (doing === 'close') this.#dialog.close();
    if (doing === 'jump') {
      event.preventDefault();
      this.#dialog.close();
      const mark = document.querySelector<HTMLElement>(`mark[data-an="${CSS.escape(id)}"]`);
      const to = mark ?? document.getElementById(button.getAttribute('href')?.slice(1) ?? '');
      if (to) {
        to.tabIndex = -1;
        to.scrollIntoView({ block: 'center' });
        to.focus({ preventScroll: true });
      }
    }
    if (doing === 'edit') await editNote(id, button);
    if (doing === 'delete') {
      const a = all.find((x) => x.id === id);
      if (!a || this.#refused(annotations.change([], [id]))) return;
      this.#lastDeleted = { a };
      this.#say(`Deleted your ${kindOf(a)} on ${placeOf(a)}.`, true)?.focus();
    }
    if (doing === 'undo' && this.#lastDeleted) {
      const { a } = this.#lastDeleted;
      // Newer than its deletion, in every tab.
      if (this.#refused(annotations.change([{ ...a, modified: new Date().toISOString() }]))) return;
      this.#lastDeleted = undefined;
      this.#say(`Restored your ${kindOf(a)} on ${placeOf(a)}.`);
      this.querySelector<HTMLElement>(`li[data-id="${CSS.escape(a.id)}"] a`)?.focus();
    }
    if (doing === 'clear') {
      this.#confirmText.textContent = `Delete all ${all.length} of your highlights and notes from this browser? This cannot be undone.`;
      this.#confirm.hidden = false;
      this.#keep.focus();
    }
    if (doing === 'clear-no') {
      this.#confirm.hidden = true;
      this.#clear.focus();
    }
    if (doing === 'clear-yes') {
      if (
        this.#refused(
          annotations.change(
            [],
            all.map((a) => a.id),
          ),
        )
      )
        return;
      this.#confirm.hidden = true;
      this.#lastDeleted = undefined;
      this.#say(`Deleted all ${all.length} items.`);
      this.#close.focus();
    }
    if (doing === 'export') {
      exportW3C();
      this.#say(`Exported ${all.length} items as W3C Web Annotations.`);
    }
    if (doing === 'export-set-aside') {
      exportSetAside();
      this.#say('Exported what was set aside, as it was stored.');
    }
    if (doing === 'markdown') {
      exportMarkdown();
      this.#say(`Exported ${all.length} items as Markdown.`);
    }
  }

  /** Says in the panel why a change was refused, when it was; true then. */
  #refused(why: string | undefined): boolean {
    this.#errors.replaceChildren(...(why ? [el('p', {}, why)] : []));
    return why !== undefined;
  }

  async #import(input: HTMLInputElement): Promise<void> {
    const file = input.files?.[0];
    if (!file) return;
    this.#say(`Importing ${file.name}…`);
    const report = await importFile(file);
    input.value = '';
    this.#errors.replaceChildren(...report.errors);
    this.#say(report.status);
  }
}

customElements.define('notes-panel', NotesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'notes-panel': NotesPanel;
  }
}
