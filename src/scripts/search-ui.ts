/**
 * The search interface, loaded only when a reader opens search (or arrives from a result): a
 * search dialog on every page (combobox and listbox, keyboard-complete, Esc closes), the
 * /search/ page with facets and a shareable address, and the marking of the matched words on
 * the page a result leads to. Results come from Pagefind's index in /pagefind/.
 */
import css from '../styles/search.css?inline';
import { adoptStylesheet } from './stylesheet.ts';

// The interface brings its own styles, so that pages that never search pay nothing for them.
adoptStylesheet(css);

export { openDialog } from './search/dialog.ts';
export { search, type Hit } from './search/engine.ts';
export { highlight } from './search/highlight.ts';
export { mountSearchPage } from './search/page.ts';
