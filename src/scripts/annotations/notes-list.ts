/**
 * The list in My notes (panel.ts): each annotation in reading order with its words, its note and
 * its buttons, and apart from them those that could not be placed in the text as it is now.
 * Buttons carry `data-do`, which the panel acts on.
 */
import { shorten } from '../../lib/annotations/anchor.ts';
import { readingOrder, type ReaderAnnotation } from '../../lib/annotations/model.ts';
import { quotedWords } from '../../lib/annotations/quotation.ts';
import { el, withAttributes } from '../dom.ts';
import { SHORTCUT } from './actions.ts';
import { kindOf, placeOf } from './state.ts';
import { setAsideItems } from './store.ts';

/** Why an annotation could not be placed, when it could not. */
type NotPlaced = (id: string) => string | undefined;

/** The list's parts for `all`: what to say when it is empty, the list, the list of those lost. */
export function notesList(all: readonly ReaderAnnotation[], notPlaced: NotPlaced): Node[] {
  const sorted = [...all].sort(readingOrder);
  const placed = sorted.filter((a) => !notPlaced(a.id));
  const lost = sorted.filter((a) => notPlaced(a.id));
  const parts: Node[] = [];
  if (sorted.length === 0) {
    parts.push(
      el(
        'p',
        {},
        `Nothing yet. Select words in the paper, then choose Highlight or Add note in the toolbar that appears below them (or press ${SHORTCUT} to reach it).`,
      ),
    );
  }
  const item = (a: ReaderAnnotation) => listItem(a, notPlaced(a.id));
  if (placed.length) parts.push(el('ol', { className: 'an-list' }, ...placed.map(item)));
  if (lost.length) {
    parts.push(
      el('h3', {}, 'Could not be placed'),
      el('p', {}, 'Kept, in case the words return: the text they were made on has changed.'),
      el('ul', { className: 'an-list' }, ...lost.map(item)),
    );
  }
  return parts;
}

/** A button of the panel: `doing` names what it does (see panel.ts), `label` what it says. */
export function panelButton(doing: string, text: string, label?: string): HTMLButtonElement {
  const b = withAttributes(el('button', { type: 'button' }, text), { 'data-do': doing });
  if (label) b.setAttribute('aria-label', label);
  return b;
}

function listItem(a: ReaderAnnotation, reason: string | undefined): HTMLLIElement {
  const where = placeOf(a);
  const kind = kindOf(a);
  const root = a.targets[0]?.root ?? '';
  const jump = withAttributes(el('a', { href: `#${root}` }, where), {
    'data-do': 'jump',
    'aria-label': `Go to your ${kind} on ${where}`,
  });
  const li = withAttributes(
    el(
      'li',
      {},
      el('p', { className: 'an-row' }, jump, ` · ${kind}`),
      el('blockquote', { className: 'an-quote' }, `“${shorten(quotedWords(a.targets), 300)}”`),
    ),
    { 'data-id': a.id },
  );
  if (a.note) li.append(el('p', { className: 'an-card-text' }, a.note));
  if (reason) li.append(el('p', { className: 'an-warn' }, `Could not be placed: ${reason}.`));
  const edit = a.note === undefined ? 'Add note' : 'Edit note';
  li.append(
    el(
      'p',
      { className: 'an-row' },
      panelButton('edit', edit, `${edit} on ${where}`),
      panelButton('delete', 'Delete', `Delete your ${kind} on ${where}`),
    ),
  );
  return li;
}

/**
 * What could not be read from this browser's storage, when anything: how many, why, and the
 * button that exports it as it was stored. `locked`: the damaged list is still in place.
 */
export function setAsideList(locked: boolean): Node[] {
  const items = setAsideItems();
  if (items.length === 0 && !locked) return [];
  const why = [...new Set(items.map((s) => s.reason))];
  return [
    el('h3', {}, 'Set aside'),
    ...(items.length > 0
      ? [
          el(
            'p',
            {},
            `${items.length} stored ${items.length === 1 ? 'item' : 'items'} could not be read (${why.join('; ')}). Kept in this browser as found, not deleted; your other notes are here.`,
          ),
        ]
      : []),
    ...(locked
      ? [
          el(
            'p',
            { className: 'an-warn' },
            'Your stored notes could not be copied aside (storage full?), so nothing is saved over them until there is room.',
          ),
        ]
      : []),
    el('p', { className: 'an-row' }, panelButton('export-set-aside', 'Export what was set aside')),
  ];
}
