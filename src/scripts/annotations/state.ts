/**
 * The reader's annotations while the layer runs: one list for the page, read from this browser
 * (store.ts) when the layer loads, and again whenever another tab changes it (the `storage`
 * event). A change is applied to the list as stored at that moment, never by writing this tab's
 * copy over it. Each change fires `change`, on which the marks (marks.ts) and the open panel
 * (panel.ts) draw themselves again.
 */
import { locatorOf, type Target } from '../../lib/annotations/selectors.ts';
import { newId, type ReaderAnnotation } from '../../lib/annotations/model.ts';
import type { SetAside } from '../../lib/annotations/stored.ts';
import { announce } from '../announce.ts';
import { change, DELETED, KEY, load, SaveRefused } from './store.ts';

/** The paper's canonical address: the `source` of every annotation and the base of permalinks. */
export const PAPER =
  document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ??
  location.href.replace(/[?#].*$/, '');

/** Where an annotation stands, as a reader cites it: "¶ 12", "n. 24", "¶¶ 12–13". */
export const placeOf = (a: ReaderAnnotation) =>
  locatorOf(a.targets.map((t) => t.root)) || 'the paper';

export const kindOf = (a: ReaderAnnotation) => (a.note === undefined ? 'highlight' : 'note');

class Annotations extends EventTarget {
  #all: readonly ReaderAnnotation[] = [];
  /** What this page's reads of the store set aside. */
  readonly setAside: SetAside[] = [];
  /** The stored list could not be read nor copied aside: nothing is written over it. */
  locked = false;

  constructor() {
    super();
    this.#read();
    window.addEventListener('storage', (e) => {
      if (e.key === KEY || e.key === DELETED || e.key === null) {
        this.#read();
        this.dispatchEvent(new Event('change'));
      }
    });
  }

  #read(): void {
    const loaded = load();
    this.#all = loaded.annotations;
    this.locked = loaded.locked;
    if (loaded.setAside.length === 0) return;
    this.setAside.push(...loaded.setAside);
    const n = loaded.setAside.length;
    announce(
      `${n} stored ${n === 1 ? 'item' : 'items'} of your notes could not be read: kept aside, not deleted. My notes offers ${n === 1 ? 'it' : 'them'} for export.`,
      true,
    );
  }

  get all(): readonly ReaderAnnotation[] {
    return this.#all;
  }

  find(id: string): ReaderAnnotation | undefined {
    return this.#all.find((a) => a.id === id);
  }

  /**
   * Adds or replaces `put` and deletes `deleted` in the stored list; returns why this browser
   * refused, or undefined once it is saved (and read back).
   */
  change(put: readonly ReaderAnnotation[], deleted: readonly string[] = []): string | undefined {
    try {
      this.#all = change(put, deleted).annotations;
    } catch (error) {
      if (!(error instanceof SaveRefused)) throw error;
      return error.message;
    }
    this.dispatchEvent(new Event('change'));
    return undefined;
  }

  /** Adds a highlight, or a note when `note` is given; returns why it was not saved, if not. */
  add(targets: Target[], note?: string): string | undefined {
    const now = new Date().toISOString();
    return this.change([
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
