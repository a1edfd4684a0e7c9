// Over 300 lines: one interface (toolbar, marks, editor, panel) sharing the reader's annotations.
/**
 * The reader's own layer on /paper/: highlights, private notes and quotation links, kept in this
 * browser (store.ts) and exchanged as W3C Web Annotations. Bundled at /annotations.js
 * (src/integrations/lazy-scripts.ts) with its stylesheet (src/styles/annotations.css), and loaded by
 * boot.ts only on the first selection in the paper, when annotations are stored, when a quotation
 * link is opened, or from "My notes".
 */
import { shorten } from '../../lib/annotations/anchor.ts';
import css from '../../styles/annotations.css?inline';
import { announce } from '../announce.ts';
// Aliased: `el` names many a paragraph element in this file.
import { el as element } from '../dom.ts';
import { adoptStylesheet } from '../stylesheet.ts';
import {
  mergeById,
  newId,
  parseCollection,
  readingOrder,
  type ReaderAnnotation,
  toCollection,
} from '../../lib/annotations/model.ts';
import {
  quotation,
  quotedWords,
  quoteLink,
  readQuoteLink,
  toMarkdown,
} from '../../lib/annotations/quotation.ts';
import { describe, locatorOf, type Target } from '../../lib/annotations/selectors.ts';
import { elementsOf, place, rootOf, roots, targetsOf, textOf, unwrap, wrap } from './dom.ts';
import { loadAll, MAX_CHARS, saveAll } from './store.ts';
import { type Action, SelectionToolbar, SHORTCUT } from './toolbar.ts';

/** The paper's canonical address: the `source` of every annotation and the base of permalinks. */
const paper =
  document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ??
  location.href.replace(/[?#].*$/, '');

let list: ReaderAnnotation[] = [];
/** Annotations that could not be placed in the text as it is now, with the reason. */
const unplaced = new Map<string, string>();

let toolbar: SelectionToolbar;
let saved: Range | undefined;
let returnTo: HTMLElement | null = null;
let pointerDown = false;
let hinted = false;
/** The selection the reader dismissed the toolbar for. */
let dismissed: Range | undefined;

/** An element of the layer's interface, marked so that its words are never the paper's. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = element(tag, props, ...children);
  node.setAttribute('data-an-ui', '');
  return node;
}

const label = (a: ReaderAnnotation) => locatorOf(a.targets.map((t) => t.root)) || 'the paper';
const kind = (a: ReaderAnnotation) => (a.note === undefined ? 'highlight' : 'note');

function persist(next: ReaderAnnotation[]): boolean {
  try {
    saveAll(next);
    list = next;
    return true;
  } catch (error) {
    announce(error instanceof Error ? error.message : 'Your notes could not be saved.', true);
    return false;
  }
}

/* ---------- marks and note cards ---------- */

function render(): void {
  unwrap(document.querySelectorAll('mark[data-an]'));
  document.querySelectorAll('[data-an-card]').forEach((c) => c.remove());
  unplaced.clear();
  for (const a of [...list].sort(readingOrder)) {
    let first: HTMLElement | undefined;
    for (const target of a.targets) {
      const { root, anchor } = place(target);
      if (!anchor.placed) {
        unplaced.set(a.id, anchor.reason);
        continue;
      }
      for (const el of elementsOf(root)) {
        const marks = wrap(el, anchor.start, anchor.end, () => document.createElement('mark'));
        for (const m of marks) {
          m.dataset['an'] = a.id;
          m.dataset['kind'] = kind(a);
          m.setAttribute('aria-describedby', kind(a) === 'note' ? 'an-d-note' : 'an-d-hl');
        }
        if (el.id === root) first ??= document.getElementById(root) ?? undefined;
      }
    }
    if (a.note !== undefined && first) addCard(a, first);
  }
  // The sidenote columns are placed by height: let them make room for the cards.
  window.dispatchEvent(new Event('resize'));
}

/** The note beside its paragraph (in the margin on wide screens, below it on narrow ones). */
function addCard(a: ReaderAnnotation, root: HTMLElement): void {
  const card = make(
    'div',
    { className: 'an-card' },
    make('p', { className: 'an-card-label' }, `Your note (${label(a)})`),
    make('p', { className: 'an-card-text' }, a.note ?? ''),
  );
  card.dataset['anCard'] = a.id;
  card.setAttribute('role', 'note');
  card.setAttribute('aria-label', `Your note on ${label(a)}`);
  const edit = make('button', { type: 'button', className: 'an-link', textContent: 'Edit' });
  edit.setAttribute('aria-label', `Edit your note on ${label(a)}`);
  edit.addEventListener('click', () => void editExisting(a.id, edit));
  card.append(edit);
  if (root.tagName === 'P') {
    // In the paragraph's margin column, which edition-notes.ts places beside the text with the
    // sidenotes (so that neither covers the other, nor stretches the row).
    let column = root.nextElementSibling;
    if (!column?.classList.contains('sidenotes'))
      root.after((column = make('div', { className: 'sidenotes' })));
    column.append(card);
  } else root.after(card);
}

/* ---------- the toolbar ---------- */

function selectedRange(): Range | undefined {
  const sel = document.getSelection();
  if (!sel || sel.isCollapsed || sel.rangeCount === 0) return undefined;
  const range = sel.getRangeAt(0);
  if (toolbar.contains(range.commonAncestorContainer)) return undefined;
  if (!rootOf(range.startContainer) && !rootOf(range.endContainer)) return undefined;
  return targetsOf(range).length > 0 ? range : undefined;
}

function update(): void {
  if (pointerDown) return;
  const range = selectedRange();
  if (!range) {
    if (!toolbar.contains(document.activeElement)) toolbar.hidden = true;
    return;
  }
  // Dismissed for this very selection (Esc gives it back): stay hidden until it changes.
  if (dismissed && sameRange(range, dismissed)) return;
  dismissed = undefined;
  saved = range.cloneRange();
  const first = toolbar.hidden && !hinted;
  toolbar.showBelow(range.getBoundingClientRect());
  // Say once how keyboard and screen reader users reach the tools.
  if (first) {
    hinted = true;
    announce(`Tools for the selected words are below them; ${SHORTCUT} moves focus there.`);
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

/** Hides the toolbar; gives the selection and focus back to where they were. */
function dismiss(restore: boolean): void {
  toolbar.hidden = true;
  if (!restore) return;
  dismissed = saved;
  // Back to the control that had focus; from the page itself (body, main), to the paragraph.
  const root = rootOf(saved?.startContainer ?? null)?.el;
  const back = returnTo && root && !returnTo.contains(root) ? returnTo : root;
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

function create(targets: Target[], note?: string): ReaderAnnotation | undefined {
  const now = new Date().toISOString();
  const a: ReaderAnnotation = {
    id: newId(),
    motivation: note === undefined ? 'highlighting' : 'commenting',
    created: now,
    modified: now,
    targets,
    ...(note === undefined ? {} : { note }),
  };
  if (!persist([...list, a])) return undefined;
  render();
  return a;
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Copying was refused by the browser.');
  }
}

async function act(action: Action): Promise<void> {
  const range = saved;
  const targets = range ? targetsOf(range) : [];
  if (targets.length === 0) return;
  const where = locatorOf(targets.map((t) => t.root));
  const fromKeyboard = toolbar.contains(document.activeElement);
  if (action === 'quote') return copy(quotation(targets, paper), `Quotation copied (${where}).`);
  if (action === 'link')
    return copy(quoteLink(targets, paper), `Link to these words copied (${where}).`);
  if (action === 'highlight') {
    dismiss(fromKeyboard);
    document.getSelection()?.removeAllRanges();
    if (create(targets)) announce(`Highlighted (${where}). See My notes.`);
    return;
  }
  const note = await editNote(`Your note on ${where}`, quotedWords(targets), '');
  dismiss(fromKeyboard);
  if (note === undefined) return;
  document.getSelection()?.removeAllRanges();
  if (create(targets, note)) announce(`Note saved (${where}).`);
}

/* ---------- the note editor ---------- */

let editor: HTMLDialogElement | undefined;

/** Asks for a note in a modal dialog; resolves with the text, or undefined when cancelled. */
function editNote(title: string, quote: string, initial: string): Promise<string | undefined> {
  if (!editor) {
    editor = make('dialog', { className: 'an-dialog an-editor' });
    editor.setAttribute('aria-labelledby', 'an-editor-title');
    const form = make('form', { method: 'dialog' });
    form.append(
      make('h2', { id: 'an-editor-title' }),
      make('blockquote', { className: 'an-quote' }),
      make('label', { htmlFor: 'an-editor-text', textContent: 'Note (kept in this browser only)' }),
      make('textarea', { id: 'an-editor-text', rows: 5 }),
      make(
        'p',
        { className: 'an-row' },
        make('button', { value: 'save', textContent: 'Save note' }),
        make('button', { value: 'cancel', textContent: 'Cancel', formNoValidate: true }),
      ),
    );
    editor.append(form);
    document.body.append(editor);
  }
  const dialog = editor;
  const text = dialog.querySelector('textarea') as HTMLTextAreaElement;
  (dialog.querySelector('h2') as HTMLElement).textContent = title;
  (dialog.querySelector('blockquote') as HTMLElement).textContent = `“${shorten(quote, 200)}”`;
  text.value = initial;
  dialog.returnValue = '';
  dialog.showModal();
  text.focus();
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => resolve(dialog.returnValue === 'save' ? text.value.trim() : undefined),
      { once: true },
    );
  });
}

async function editExisting(id: string, opener: HTMLElement): Promise<void> {
  const a = list.find((x) => x.id === id);
  if (!a) return;
  const note = await editNote(`Your note on ${label(a)}`, quotedWords(a.targets), a.note ?? '');
  opener.focus();
  if (note === undefined) return;
  const next = list.map((x) =>
    x.id === id
      ? { ...x, note, motivation: 'commenting' as const, modified: new Date().toISOString() }
      : x,
  );
  if (persist(next)) {
    render();
    if (panel?.open) fillPanel();
    announce(`Note saved (${label(a)}).`);
  }
}

/* ---------- My notes ---------- */

let panel: HTMLDialogElement | undefined;
let lastDeleted: { a: ReaderAnnotation; index: number } | undefined;

function panelMessage(text: string, undo = false): void {
  const box = panel?.querySelector('.an-panel-status');
  if (!box) return;
  box.replaceChildren(text);
  if (undo) {
    const b = make('button', { type: 'button', className: 'an-link', textContent: 'Undo' });
    b.dataset['do'] = 'undo';
    box.append(' ', b);
  }
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = make('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function item(a: ReaderAnnotation): HTMLLIElement {
  const where = label(a);
  const root = a.targets[0]?.root ?? '';
  const jump = make('a', { href: `#${root}`, textContent: where });
  jump.dataset['do'] = 'jump';
  jump.setAttribute('aria-label', `Go to your ${kind(a)} on ${where}`);
  const li = make(
    'li',
    {},
    make('p', { className: 'an-row' }, jump, ` · ${kind(a) === 'note' ? 'note' : 'highlight'}`),
    make('blockquote', { className: 'an-quote' }, `“${shorten(quotedWords(a.targets), 300)}”`),
  );
  li.dataset['id'] = a.id;
  if (a.note) li.append(make('p', { className: 'an-card-text' }, a.note));
  const reason = unplaced.get(a.id);
  if (reason) li.append(make('p', { className: 'an-warn' }, `Could not be placed: ${reason}.`));
  const edit = make('button', {
    type: 'button',
    textContent: a.note === undefined ? 'Add note' : 'Edit note',
  });
  edit.dataset['do'] = 'edit';
  edit.setAttribute('aria-label', `${edit.textContent} on ${where}`);
  const del = make('button', { type: 'button', textContent: 'Delete' });
  del.dataset['do'] = 'delete';
  del.setAttribute('aria-label', `Delete your ${kind(a)} on ${where}`);
  li.append(make('p', { className: 'an-row' }, edit, del));
  return li;
}

function fillPanel(): void {
  if (!panel) return;
  const body = panel.querySelector('.an-items') as HTMLElement;
  const sorted = [...list].sort(readingOrder);
  const placed = sorted.filter((a) => !unplaced.has(a.id));
  const lost = sorted.filter((a) => unplaced.has(a.id));
  const parts: Node[] = [];
  if (sorted.length === 0) {
    parts.push(
      make(
        'p',
        {},
        'Nothing yet. Select words in the paper, then choose Highlight or Add note in the toolbar that appears below them (or press ' +
          SHORTCUT +
          ' to reach it).',
      ),
    );
  }
  if (placed.length) parts.push(make('ol', { className: 'an-list' }, ...placed.map(item)));
  if (lost.length) {
    parts.push(
      make('h3', { textContent: 'Could not be placed' }),
      make('p', {}, 'Kept, in case the words return: the text they were made on has changed.'),
      make('ul', { className: 'an-list' }, ...lost.map(item)),
    );
  }
  body.replaceChildren(...parts);
  const count = panel.querySelector('.an-count') as HTMLElement;
  count.textContent = `${list.length} ${list.length === 1 ? 'item' : 'items'}`;
  (panel.querySelector('[data-do=clear]') as HTMLButtonElement).disabled = list.length === 0;
  (panel.querySelector('[data-do=export]') as HTMLButtonElement).disabled = list.length === 0;
  (panel.querySelector('[data-do=markdown]') as HTMLButtonElement).disabled = list.length === 0;
}

function buildPanel(): HTMLDialogElement {
  const p = make('dialog', { className: 'an-dialog an-panel', id: 'an-panel' });
  p.setAttribute('aria-labelledby', 'an-panel-title');
  const button = (doing: string, text: string) => {
    const b = make('button', { type: 'button', textContent: text });
    b.dataset['do'] = doing;
    return b;
  };
  const close = button('close', '×');
  close.className = 'an-close';
  close.setAttribute('aria-label', 'Close My notes');
  const file = make('input', {
    type: 'file',
    id: 'an-import',
    accept: '.json,.jsonld,application/json,application/ld+json',
  });
  const confirm = make(
    'p',
    { className: 'an-row an-confirm', hidden: true },
    make('span', { className: 'an-confirm-text' }),
    ' ',
    button('clear-yes', 'Delete all'),
    button('clear-no', 'Keep them'),
  );
  p.append(
    make(
      'div',
      { className: 'an-head' },
      make('h2', { id: 'an-panel-title', textContent: 'My notes' }),
      close,
    ),
    make(
      'p',
      { className: 'an-privacy' },
      make('span', { className: 'an-count' }),
      '. Kept in this browser only: nothing you mark or write leaves it, and no one else sees it. Export a file to keep a copy or to move your notes to another browser.',
    ),
    make('p', { className: 'an-panel-status' }),
    make('div', { className: 'an-errors' }),
    make('div', { className: 'an-items' }),
    make(
      'div',
      { className: 'an-tools' },
      make('h3', { textContent: 'Files' }),
      make(
        'p',
        { className: 'an-row' },
        button('export', 'Export (W3C Web Annotations)'),
        button('markdown', 'Export as Markdown'),
      ),
      make(
        'p',
        { className: 'an-row' },
        make('label', { htmlFor: 'an-import', textContent: 'Import W3C Web Annotations (.json)' }),
        file,
      ),
      make('p', { className: 'an-row' }, button('clear', 'Delete all…')),
      confirm,
    ),
  );
  // Attributes, not properties: not every browser reflects `role`.
  p.querySelector('.an-panel-status')?.setAttribute('role', 'status');
  p.querySelector('.an-errors')?.setAttribute('role', 'alert');
  p.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-do]') : null;
    if (el) void panelAction(el.dataset['do'] ?? '', el, e);
  });
  p.addEventListener('click', (e) => {
    if (e.target === p) p.close(); // a click on the backdrop
  });
  file.addEventListener('change', () => void importFile(file));
  document.body.append(p);
  return p;
}

async function panelAction(doing: string, el: HTMLElement, event: Event): Promise<void> {
  if (!panel) return;
  const id = el.closest<HTMLElement>('li')?.dataset['id'] ?? '';
  const confirm = panel.querySelector('.an-confirm') as HTMLElement;
  if (doing === 'close') panel.close();
  if (doing === 'jump') {
    event.preventDefault();
    panel.close();
    const mark = document.querySelector<HTMLElement>(`mark[data-an="${CSS.escape(id)}"]`);
    const to = mark ?? document.getElementById(el.getAttribute('href')?.slice(1) ?? '');
    if (to) {
      to.tabIndex = -1;
      to.scrollIntoView({ block: 'center' });
      to.focus({ preventScroll: true });
    }
  }
  if (doing === 'edit') await editExisting(id, el);
  if (doing === 'delete') {
    const index = list.findIndex((a) => a.id === id);
    const a = list[index];
    if (!a || !persist(list.filter((x) => x.id !== id))) return;
    lastDeleted = { a, index };
    render();
    fillPanel();
    panelMessage(`Deleted your ${kind(a)} on ${label(a)}.`, true);
    (panel.querySelector('[data-do=undo]') as HTMLElement | null)?.focus();
  }
  if (doing === 'undo' && lastDeleted) {
    const { a, index } = lastDeleted;
    const next = [...list];
    next.splice(index, 0, a);
    if (!persist(next)) return;
    lastDeleted = undefined;
    render();
    fillPanel();
    panelMessage(`Restored your ${kind(a)} on ${label(a)}.`);
    panel.querySelector<HTMLElement>(`li[data-id="${CSS.escape(a.id)}"] a`)?.focus();
  }
  if (doing === 'clear') {
    (confirm.querySelector('.an-confirm-text') as HTMLElement).textContent =
      `Delete all ${list.length} of your highlights and notes from this browser? This cannot be undone.`;
    confirm.hidden = false;
    (confirm.querySelector('[data-do=clear-no]') as HTMLElement).focus();
  }
  if (doing === 'clear-no') {
    confirm.hidden = true;
    (panel.querySelector('[data-do=clear]') as HTMLElement).focus();
  }
  if (doing === 'clear-yes') {
    const n = list.length;
    if (!persist([])) return;
    confirm.hidden = true;
    lastDeleted = undefined;
    render();
    fillPanel();
    panelMessage(`Deleted all ${n} items.`);
    (panel.querySelector('.an-close') as HTMLElement).focus();
  }
  if (doing === 'export') {
    const file = toCollection(
      list,
      paper,
      'My notes on Ikenberry and Tsuchiyama, “Between Balance of Power and Community”',
    );
    download(
      'ikenberry-tsuchiyama-notes.json',
      'application/ld+json',
      `${JSON.stringify(file, null, 2)}\n`,
    );
    panelMessage(`Exported ${list.length} items as W3C Web Annotations.`);
  }
  if (doing === 'markdown') {
    const md = toMarkdown(
      [...list].sort(readingOrder),
      paper,
      new Date().toISOString().slice(0, 10),
    );
    download('ikenberry-tsuchiyama-notes.md', 'text/markdown', md);
    panelMessage(`Exported ${list.length} items as Markdown.`);
  }
}

/**
 * Gives a target that named no paragraph (a quote on the paper as a whole, from another tool)
 * the paragraph or note where it stands now, with a position, so that it is found there later.
 */
function resolveRoots(a: ReaderAnnotation): ReaderAnnotation {
  const targets = a.targets.map((t) => {
    if (t.root) return t;
    const { root, anchor } = place(t);
    const el = document.getElementById(root);
    if (!anchor.placed || !el) return t;
    return describe(root, textOf(el).plain.text, anchor.start, anchor.end);
  });
  return { ...a, targets };
}

/** The plain text of a paragraph or note as annotations measure it (for tests and tools). */
export function plainText(id: string): string | undefined {
  const el = document.getElementById(id);
  return el ? textOf(el).plain.text : undefined;
}

async function importFile(input: HTMLInputElement): Promise<void> {
  const errors = panel?.querySelector('.an-errors') as HTMLElement;
  const file = input.files?.[0];
  if (!file) return;
  if (file.size > MAX_CHARS) {
    input.value = '';
    errors.replaceChildren(
      make('p', {}, `${file.name} is larger than 2 MB: too large for notes kept in a browser.`),
    );
    return;
  }
  const text = await file.text();
  input.value = '';
  const result = parseCollection(text, paper, new Date().toISOString());
  if (!result.ok) {
    errors.replaceChildren(
      make('p', {}, `Nothing was imported from ${file.name}; your notes are unchanged.`),
      make('ul', {}, ...result.errors.map((e) => make('li', {}, e))),
    );
    return;
  }
  errors.replaceChildren();
  const { merged, added, skipped } = mergeById(list, result.annotations.map(resolveRoots));
  if (!persist(merged)) return;
  render();
  fillPanel();
  const lost = result.annotations.filter((a) => unplaced.has(a.id)).length;
  panelMessage(
    [
      `Imported ${added} of ${result.annotations.length} from ${file.name}.`,
      skipped ? `${skipped} already here (same id), skipped.` : '',
      lost ? `${lost} could not be placed in the text; they are kept and listed below.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Opens the My notes panel. */
export function openPanel(): void {
  panel ??= buildPanel();
  fillPanel();
  panelMessage('');
  (panel.querySelector('.an-confirm') as HTMLElement).hidden = true;
  panel.showModal();
  (panel.querySelector('.an-close') as HTMLElement).focus();
}

/* ---------- quotation links ---------- */

/** Marks the words a quotation link asks for, or lands on the paragraph and says so. */
function openQuoteLink(): void {
  const asked = readQuoteLink(location.search, location.hash);
  if (!asked) return;
  const all = roots();
  const from = all.findIndex((el) => el.id === asked.root);
  if (from < 0) return;
  const marks: HTMLElement[] = [];
  asked.quotes.forEach((quote, i) => {
    const el = all[from + i];
    if (!el) return;
    const { anchor } = place({ root: el.id, quote: { type: 'TextQuoteSelector', exact: quote } });
    if (!anchor.placed || anchor.method === 'approximate') return;
    marks.push(
      ...wrap(el, anchor.start, anchor.end, () => {
        const m = document.createElement('mark');
        m.dataset['anLink'] = '';
        m.setAttribute('aria-describedby', 'an-d-link');
        return m;
      }),
    );
  });
  const target = marks[0] ?? all[from];
  if (!target) return;
  target.tabIndex = -1;
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
  const where = locatorOf([asked.root]);
  if (marks.length === 0) {
    announce(
      `The quoted words were not found in ${where}; this is the paragraph the link points to.`,
      true,
    );
  } else announce(`The linked words are marked (${where}).`);
}

/* ---------- start ---------- */

let started = false;

/** Starts the layer: styles, stored annotations, the toolbar and its keys. */
export function start(): void {
  if (started) return;
  started = true;
  adoptStylesheet(css);
  const desc = (id: string, text: string) => make('span', { id, hidden: true, textContent: text });
  document.body.append(
    desc('an-d-hl', 'highlighted'),
    desc('an-d-note', 'your note'),
    desc('an-d-link', 'linked quotation'),
  );
  toolbar = new SelectionToolbar();
  document.body.append(toolbar);
  toolbar.addEventListener('action', (e) => void act((e as CustomEvent<Action>).detail));
  toolbar.addEventListener('dismiss', () => dismiss(true));

  list = loadAll();
  render();
  openQuoteLink();

  let frame = 0;
  document.addEventListener('selectionchange', () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(update);
  });
  document.addEventListener('pointerdown', (e) => {
    if (!toolbar.contains(e.target as Node)) pointerDown = true;
  });
  document.addEventListener('pointerup', () => {
    pointerDown = false;
    requestAnimationFrame(update);
  });
  document.addEventListener('keydown', (e) => {
    if (e.altKey && e.shiftKey && e.code === 'KeyA') {
      update();
      if (toolbar.hidden) return;
      e.preventDefault();
      returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      toolbar.focusButton(0);
    } else if (e.key === 'Escape' && !toolbar.hidden && !document.querySelector('dialog[open]')) {
      toolbar.hidden = true;
      dismissed = saved;
    }
  });
  window.addEventListener('resize', () => {
    if (!toolbar.hidden && saved) toolbar.showBelow(saved.getBoundingClientRect());
  });
  update();
}
