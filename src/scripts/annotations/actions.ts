/**
 * What the selection toolbar (toolbar.ts) offers for the selected words, and what each does:
 * keep them as a highlight or with a note, or copy them as a quotation or a link to them.
 */
import { quotation, quotedWords, quoteLink } from '../../lib/annotations/quotation.ts';
import { locatorOf, type Target } from '../../lib/annotations/selectors.ts';
import { announce } from '../announce.ts';
import { citedLocator } from './pages.ts';
import { askForNote } from './editor.ts';
import { annotations, PAPER } from './state.ts';

/** The toolbar's buttons, in order: action and label. */
export const ACTIONS = [
  ['highlight', 'Highlight'],
  ['note', 'Add note'],
  ['quote', 'Copy quotation'],
  ['link', 'Copy link'],
] as const;

export type Action = (typeof ACTIONS)[number][0];

/** The keyboard shortcut that moves focus into the toolbar. */
export const SHORTCUT = 'Alt+Shift+A';

/** Does `action` on the words of `targets`; `dismiss` hides the toolbar once they are kept. */
export async function act(action: Action, targets: Target[], dismiss: () => void): Promise<void> {
  const where = locatorOf(targets.map((t) => t.root));
  if (action === 'quote') {
    const cited = citedLocator(targets);
    return copy(quotation(targets, PAPER, cited), `Quotation copied (${cited}).`);
  }
  if (action === 'link')
    return copy(quoteLink(targets, PAPER), `Link to these words copied (${where}).`);
  if (action === 'highlight') {
    dismiss();
    document.getSelection()?.removeAllRanges();
    const refused = annotations.add(targets);
    announce(refused ?? `Highlighted (${where}). See My notes.`, refused !== undefined);
    return;
  }
  const note = await askForNote(`Your note on ${where}`, quotedWords(targets), '', (text) =>
    annotations.add(targets, text),
  );
  dismiss();
  if (note === undefined) return;
  document.getSelection()?.removeAllRanges();
  announce(`Note saved (${where}).`);
}

async function copy(text: string, done: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(done);
  } catch {
    announce('Copying was refused by the browser.');
  }
}
