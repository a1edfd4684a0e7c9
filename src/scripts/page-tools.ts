/**
 * The page's tools, loaded by `<page-tools>` (page-tools-wake.ts) on the first event that
 * concerns them: the previews (previews.ts), and the elements of the header's Search link
 * (search-launcher.ts), the Settings button (reader-settings-launcher.ts) and the My notes button
 * on /paper/ (reader-notes-launcher.ts), each of which loads its own code on first use. Each is
 * handed, in order, the events that came while this loaded.
 */
import { start as startPreviews } from './previews.ts';
import { replay as replayNotes } from './reader-notes-launcher.ts';
import { replay as replaySettings } from './reader-settings-launcher.ts';
import { replay as replaySearch } from './search-launcher.ts';

/**
 * Takes over the page's events: `host` is the `<page-tools>` element (it holds the previews'
 * tooltip), `links` the links that have a preview, `pointer` the kind of the last press, `early`
 * the events so far.
 */
export function start(
  host: HTMLElement,
  links: string,
  pointer: string,
  early: readonly Event[],
): void {
  startPreviews(host, links, pointer, early);
  for (const event of early) {
    replaySearch(event);
    replaySettings(event);
    replayNotes(event);
  }
}
