/**
 * The on-load part of the reader's annotations on /paper/, kept to a few hundred bytes: it shows
 * the "My notes" button and loads the layer itself (/annotations.js, see main.ts) only on the
 * first selection in the paper, when this browser holds annotations (store.ts's key), when the
 * address is a quotation link, or when the button is pressed. Without JavaScript none of it exists.
 */
type Layer = typeof import('./main.ts');

// A variable, so that Vite leaves the import to the browser; the file sits at the site's base.
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const CODE = `${BASE}annotations.js`;
let layer: Promise<Layer> | undefined;
const load = () =>
  (layer ??= (import(/* @vite-ignore */ CODE) as Promise<Layer>).then((m) => (m.start(BASE), m)));

const button = document.getElementById('my-notes');
if (button) {
  button.hidden = false;
  button.onclick = () => void load().then((m) => m.openPanel());
}
document.addEventListener('selectionchange', () => {
  const s = getSelection();
  if (!s?.isCollapsed && s?.anchorNode?.parentElement?.closest('article')) void load();
});
// store.ts removes its key when the last annotation goes, so any value means some are stored.
if (/[?&]quote=/.test(location.search)) void load();
else {
  try {
    if (localStorage.getItem('edition-annotations')) void load();
  } catch {
    // Storage turned off: nothing is stored, then.
  }
}
