/**
 * The on-load part of the paper's reading position (src/scripts/reading-position.ts): one classic
 * inline line that imports the code only once it has work to do, so that a first visit which
 * stays at the top of the page loads none of it (the page is at its byte budget).
 * - A place is stored: at once, to offer to resume there.
 * - The page is scrolled when it has loaded (an address with a #passage, a reload): then.
 * - Otherwise on the reader's first scroll: the contents' mark, the progress bar, the back-to-top
 *   button and the stored place all follow scrolling. That scroll came before the code's own
 *   listener, so the code is told of it again.
 * The Content Security Policy admits the line by its hash (src/integrations/security-headers.ts).
 */

/** Where the passage the reader last stopped at is kept, in localStorage. */
export const STORAGE_KEY = 'edition:reading-position';

/** The loader of the code at `src` (its URL under the site's base). */
export function readingPositionLoader(src: string): string {
  const load = `import(${JSON.stringify(src)})`;
  return (
    `{let s;try{s=localStorage[${JSON.stringify(STORAGE_KEY)}]}catch(e){}` +
    `s?${load}:addEventListener("load",()=>scrollY?${load}:addEventListener("scroll",()=>` +
    `${load}.then(()=>dispatchEvent(new Event("scroll"))),{once:!0}))}`
  );
}
