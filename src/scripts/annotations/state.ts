/**
 * The reader's annotations while the layer runs: one list for the page, read from this browser
 * (store.ts) when the layer loads and written back on every change. Each change fires `change`,
 * on which the marks (marks.ts) and the open panel (panel.ts) draw themselves again.
 */
import { locatorOf, type Target } from '../../lib/annotations/selectors.ts';
import { newId, type ReaderAnnotation } from '../../lib/annotations/model.ts';
import { announce } from '../announce.ts';
import { loadAll, saveAll } from './store.ts';

/** The paper's canonical address: the `source` of every annotation and the base of permalinks. */
export const PAPER =
  document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ??
  location.href.replace(/[?#].*$/, '');

/** Where an annotation stands, as a reader cites it: "¶ 12", "n. 24", "¶¶ 12–13". */
export const placeOf = (a: ReaderAnnotation) =>
  locatorOf(a.targets.map((t) => t.root)) || 'the paper';

export const kindOf = (a: ReaderAnnotation) => (a.note === undefined ? 'highlight' : 'note');

class Annotations extends EventTarget {
  #all: readonly ReaderAnnotation[] = loadAll();

  get all(): readonly ReaderAnnotation[] {
    return this.#all;
  }

  find(id: string): ReaderAnnotation | undefined {
    return this.#all.find((a) => a.id === id);
  }

  /** Keeps `next` as the list; when this browser refuses it, says why and keeps the old one. */
  save(next: readonly ReaderAnnotation[]): boolean {
    try {
      saveAll(next);
    } catch (error) {
      announce(error instanceof Error ? error.message : 'Your notes could not be saved.', true);
      return false;
    }
    this.#all = next;
    this.dispatchEvent(new Event('change'));
    return true;
  }

  /** Adds a highlight, or a note when `note` is given; false when it could not be saved. */
  add(targets: Target[], note?: string): boolean {
    const now = new Date().toISOString();
    return this.save([
      ...this.#all,
      {
        id: newId(),
        motivation: note === undefined ? 'highlighting' : 'commenting',
        created: now,
        modified: now,
        targets,
        ...(note === undefined ? {} : { note }),
      },
    ]);
  }
}

/** The page's one list: every part of the layer reads and writes this one. */
export const annotations = new Annotations();
