/**
 * The reader's own layer on /paper/: highlights, private notes and quotation links, kept in this
 * browser (state.ts, store.ts) and exchanged as W3C Web Annotations. Bundled at /annotations.js
 * (src/integrations/lazy-code.ts) with its stylesheet (src/styles/annotations.css), and loaded
 * by `<reader-notes>` (src/components/ReaderNotes.astro) only on the first selection in the
 * paper, when annotations are stored, when a quotation link is opened, or from "My notes".
 *
 * Each part is an element that owns its markup: the marks and note cards (marks.ts), the words
 * of a quotation link (quotation-link.ts), the selection toolbar (toolbar.ts), the note editor
 * (editor.ts) and My notes (panel.ts).
 */
import panelCss from '../../styles/floating-panel.css?inline';
import css from '../../styles/annotations.css?inline';
import { adoptStylesheet } from '../stylesheet.ts';
import { AnnotationMarks } from './marks.ts';
import { NotesPanel } from './panel.ts';
import { textOf } from './passages.ts';
import { QuotationLink } from './quotation-link.ts';
import { SelectionToolbar } from './toolbar.ts';

/** Starts the layer (once): its styles, the marks, a quotation link's words, the toolbar. */
export function start(): void {
  if (document.querySelector('annotation-marks')) return;
  adoptStylesheet(panelCss);
  adoptStylesheet(css);
  // In this order: the toolbar takes the selection as it stands once the marks are in the text.
  document.body.append(new AnnotationMarks(), new QuotationLink(), new SelectionToolbar());
}

/** Opens My notes (made on first use). */
export function openPanel(): void {
  (document.querySelector('notes-panel') ?? document.body.appendChild(new NotesPanel())).open();
}

/** The plain text of a paragraph or note as annotations measure it (for tests and tools). */
export function plainText(id: string): string | undefined {
  const passage = document.getElementById(id);
  return passage ? textOf(passage).plain.text : undefined;
}
