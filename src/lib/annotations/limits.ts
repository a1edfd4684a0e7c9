/**
 * What one annotation may hold, stored or imported: enough for any words of the paper and any
 * note a reader writes, and small enough that placing it in the text stays quick. The paper's
 * longest paragraph has under 3,000 characters; a selection over the whole paper has about 180
 * targets. Checked on every item read from storage (an item over them is set aside) and on every
 * annotation imported (it is refused, with the reason).
 */
import type { ReaderAnnotation } from './model.ts';
import { ROOT_ID } from './selectors.ts';

export const LIMITS = {
  /** Characters of the exact words of one target. */
  quote: 10_000,
  /** Characters of a quote's prefix or suffix (the edition keeps 32). */
  context: 500,
  /** Characters of the reader's note. */
  note: 20_000,
  /** Targets (paragraphs or notes) of one annotation. */
  targets: 250,
  /** Selectors read in one target, refinements included. */
  selectors: 16,
  /** Characters of an id. */
  id: 500,
} as const;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const n = (x: number) => x.toLocaleString('en-US');

/** Why an annotation is over the limits, or undefined when it is within them. */
export function overLimits(a: ReaderAnnotation): string | undefined {
  if (a.id.length > LIMITS.id) return `its id is longer than ${n(LIMITS.id)} characters`;
  if (a.note !== undefined && a.note.length > LIMITS.note)
    return `its note has ${n(a.note.length)} characters, more than ${n(LIMITS.note)}`;
  if (a.targets.length === 0) return 'it has no target';
  if (a.targets.length > LIMITS.targets)
    return `it has ${n(a.targets.length)} targets, more than ${n(LIMITS.targets)}`;
  for (const t of a.targets) {
    const { exact, prefix = '', suffix = '' } = t.quote;
    if (exact.length > LIMITS.quote)
      return `its quote has ${n(exact.length)} characters, more than ${n(LIMITS.quote)}`;
    if (prefix.length > LIMITS.context || suffix.length > LIMITS.context)
      return `its quote’s prefix or suffix is longer than ${n(LIMITS.context)} characters`;
  }
  return undefined;
}

/** Whether a stored item has the shape of a ReaderAnnotation (store.ts wrote it, or nearly). */
export function isReaderAnnotation(v: unknown): v is ReaderAnnotation {
  if (!isObject(v)) return false;
  const { id, motivation, created, modified, note, targets } = v;
  return (
    typeof id === 'string' &&
    id.length > 0 &&
    (motivation === 'highlighting' || motivation === 'commenting') &&
    typeof created === 'string' &&
    typeof modified === 'string' &&
    (note === undefined || typeof note === 'string') &&
    Array.isArray(targets) &&
    targets.every(isTarget)
  );
}

function isTarget(t: unknown): boolean {
  if (!isObject(t) || typeof t['root'] !== 'string') return false;
  if (t['root'] && !ROOT_ID.test(t['root'])) return false;
  const q = t['quote'];
  if (!isObject(q) || typeof q['exact'] !== 'string' || !q['exact']) return false;
  if (q['prefix'] !== undefined && typeof q['prefix'] !== 'string') return false;
  if (q['suffix'] !== undefined && typeof q['suffix'] !== 'string') return false;
  const p = t['position'];
  return (
    p === undefined || (isObject(p) && Number.isInteger(p['start']) && Number.isInteger(p['end']))
  );
}
