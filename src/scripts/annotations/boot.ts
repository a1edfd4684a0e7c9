/**
 * The on-load part of the reader's annotations on /paper/, kept as small as it can be (the page
 * is at its byte budget): it shows the "My notes" button and loads the layer itself
 * (/annotations.js, see main.ts) only on the first selection on the page, when this browser holds
 * annotations (store.ts removes its key when the last one goes), when the address is a quotation
 * link (`?quote=`), or when the button is pressed. Without JavaScript none of it exists.
 */
import { KEY } from './store.ts';

type Layer = typeof import('./main.ts');

const button = document.getElementById('my-notes') as HTMLElement;
let layer: Promise<Layer> | undefined;
// The address comes from the markup (src/lib/site/routes.ts), in a variable: Vite then leaves the
// import to the browser and Astro inlines this script (Vite's own would cost /paper/ a kilobyte).
const load = () =>
  (layer ??= (import(/* @vite-ignore */ button.dataset['code'] ?? '') as Promise<Layer>).then(
    (m) => (m.start(), m),
  ));

button.hidden = false;
button.onclick = () => void load().then((m) => m.openPanel());
document.addEventListener('selectionchange', () => getSelection()?.isCollapsed === false && load());
try {
  if (localStorage[KEY] || /[?&]quote=/.test(location.search)) void load();
} catch {
  // Storage turned off (it throws then): nothing stored.
}
