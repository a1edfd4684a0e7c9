/**
 * The reader's annotations as the browser keeps them, and as W3C Web Annotations
 * (https://www.w3.org/TR/annotation-model/) for export and import: an AnnotationCollection whose
 * first page holds the Annotations. Each target is the edition's paper (`source`, its canonical
 * /paper/ address) with a FragmentSelector naming the paragraph or note, refined by a
 * TextQuoteSelector, with a second FragmentSelector refined by a TextPositionSelector as an
 * equivalent alternative. A note is a TextualBody.
 */
import { PAGES } from '../site/routes.ts';
import { LIMITS, overLimits } from './limits.ts';
import { compareRoots, ROOT_ID, type Target, type TextQuoteSelector } from './selectors.ts';

export type Motivation = 'highlighting' | 'commenting';

/** One annotation as stored: words in one or more paragraphs or notes, maybe with a note. */
export interface ReaderAnnotation {
  id: string;
  motivation: Motivation;
  created: string;
  modified: string;
  /** The reader's note (commenting); absent for a highlight. */
  note?: string;
  targets: Target[];
}

export const W3C_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const RFC3986 = 'http://tools.ietf.org/rfc/rfc3986';

/** A new id: a urn:uuid, as the model recommends for resources without an address. */
export function newId(random: () => string = () => crypto.randomUUID()): string {
  return `urn:uuid:${random()}`;
}

/** Reading order: by the first target's root, then by its position. */
export function readingOrder(a: ReaderAnnotation, b: ReaderAnnotation): number {
  const ta = a.targets[0];
  const tb = b.targets[0];
  if (!ta || !tb) return 0;
  return compareRoots(ta.root, tb.root) || (ta.position?.start ?? 0) - (tb.position?.start ?? 0);
}

/** One annotation in the W3C model. */
export function toW3C(a: ReaderAnnotation, source: string): Record<string, unknown> {
  const targets = a.targets.map((t) => {
    const selectors: object[] = [];
    if (t.root) {
      selectors.push({
        type: 'FragmentSelector',
        conformsTo: RFC3986,
        value: t.root,
        refinedBy: t.quote,
      });
      if (t.position)
        selectors.push({
          type: 'FragmentSelector',
          conformsTo: RFC3986,
          value: t.root,
          refinedBy: t.position,
        });
    } else selectors.push(t.quote);
    return { source, selector: selectors.length === 1 ? selectors[0] : selectors };
  });
  return {
    id: a.id,
    type: 'Annotation',
    motivation: a.motivation,
    created: a.created,
    modified: a.modified,
    ...(a.note !== undefined
      ? {
          body: { type: 'TextualBody', value: a.note, format: 'text/plain', purpose: 'commenting' },
        }
      : {}),
    target: targets.length === 1 ? targets[0] : targets,
  };
}

/** The whole set as one AnnotationCollection, in reading order. */
export function toCollection(
  annotations: readonly ReaderAnnotation[],
  source: string,
  label: string,
): Record<string, unknown> {
  const items = [...annotations].sort(readingOrder).map((a) => toW3C(a, source));
  return {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

/**
 * What an import found: the annotations it can use and why each other one was refused (each
 * naming its place), or why the file as a whole was refused.
 */
export type ImportResult =
  | { ok: true; annotations: ReaderAnnotation[]; refused: string[]; total: number }
  | { ok: false; errors: string[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const asArray = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

const typeIs = (v: Record<string, unknown>, t: string) => asArray(v['type']).includes(t);

/** An address without host and fragment, to compare sources across hosts and bases. */
function pathnameOf(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** Reads one W3C target into ours, or says what is wrong with it. */
function readTarget(
  raw: unknown,
  where: string,
  paper: string,
  errors: string[],
): Target | undefined {
  if (!isObject(raw)) {
    errors.push(`${where}: the target is not an object with a source and a selector.`);
    return undefined;
  }
  const source = raw['source'];
  if (typeof source !== 'string') {
    errors.push(`${where}: the target has no "source" (the paper's address).`);
    return undefined;
  }
  const path = pathnameOf(source);
  if (path !== pathnameOf(paper) && !path?.endsWith(PAGES.paper)) {
    errors.push(`${where}: the target's source ${source} is not this edition's paper (${paper}).`);
    return undefined;
  }
  let root = '';
  let quote: TextQuoteSelector | undefined;
  let position: Target['position'];
  let seen = 0;
  const visit = (sel: unknown): void => {
    // Bounded: a file may nest refinements without end.
    if (!isObject(sel) || ++seen > LIMITS.selectors) return;
    if (typeIs(sel, 'FragmentSelector') && typeof sel['value'] === 'string') {
      const id = sel['value'].replace(/^#/, '');
      if (ROOT_ID.test(id)) root ||= id;
    }
    if (typeIs(sel, 'TextQuoteSelector') && typeof sel['exact'] === 'string') {
      quote ??= {
        type: 'TextQuoteSelector',
        exact: sel['exact'],
        ...(typeof sel['prefix'] === 'string' ? { prefix: sel['prefix'] } : {}),
        ...(typeof sel['suffix'] === 'string' ? { suffix: sel['suffix'] } : {}),
      };
    }
    if (
      typeIs(sel, 'TextPositionSelector') &&
      Number.isInteger(sel['start']) &&
      Number.isInteger(sel['end'])
    ) {
      position ??= {
        type: 'TextPositionSelector',
        start: sel['start'] as number,
        end: sel['end'] as number,
      };
    }
    asArray(sel['refinedBy']).forEach(visit);
  };
  asArray(raw['selector']).forEach(visit);
  if (seen > LIMITS.selectors) {
    errors.push(`${where}: the target has more than ${LIMITS.selectors} selectors.`);
    return undefined;
  }
  if (!quote) {
    errors.push(
      `${where}: the target has no TextQuoteSelector with "exact" words, so it cannot be placed.`,
    );
    return undefined;
  }
  return { root, quote, ...(root && position ? { position } : {}) };
}

/** Reads one W3C Annotation, or adds what is wrong with it to `errors`. */
function readAnnotation(
  raw: unknown,
  index: number,
  paper: string,
  now: string,
  errors: string[],
): ReaderAnnotation | undefined {
  const at = `Annotation ${index + 1}`;
  if (!isObject(raw)) {
    errors.push(`${at}: not an object.`);
    return undefined;
  }
  const id = raw['id'];
  const where = typeof id === 'string' ? `${at} (${id})` : at;
  const missing = [
    typeof id === 'string' && id ? '' : '"id"',
    typeIs(raw, 'Annotation') ? '' : '"type": "Annotation"',
    raw['target'] === undefined ? '"target"' : '',
  ].filter(Boolean);
  if (missing.length > 0) {
    errors.push(`${where}: missing required ${missing.join(', ')}.`);
    return undefined;
  }
  const before = errors.length;
  if (asArray(raw['target']).length > LIMITS.targets) {
    errors.push(`${where}: it has more than ${LIMITS.targets} targets.`);
    return undefined;
  }
  const targets = asArray(raw['target']).map((t, i, all) =>
    readTarget(t, all.length > 1 ? `${where}, target ${i + 1}` : where, paper, errors),
  );
  if (errors.length > before) return undefined;
  const bodies = asArray(raw['body']).filter(isObject);
  const text = bodies.find((b) => typeIs(b, 'TextualBody') && typeof b['value'] === 'string');
  const note = text ? String(text['value']) : undefined;
  const motivation: Motivation =
    raw['motivation'] === 'highlighting' ||
    (note === undefined && raw['motivation'] !== 'commenting')
      ? 'highlighting'
      : 'commenting';
  const created = typeof raw['created'] === 'string' ? raw['created'] : now;
  const annotation: ReaderAnnotation = {
    id: id as string,
    motivation,
    created,
    modified: typeof raw['modified'] === 'string' ? raw['modified'] : created,
    ...(note !== undefined ? { note } : {}),
    targets: targets.filter((t): t is Target => t !== undefined),
  };
  const over = overLimits(annotation);
  if (over) errors.push(`${where}: ${over}.`);
  return over ? undefined : annotation;
}

/**
 * Validates a file's text: JSON, an AnnotationCollection (its first page's items, or items
 * given directly), each item an Annotation on this edition's paper within LIMITS. An item that
 * is not is refused alone, with its reason; the others are used.
 */
export function parseCollection(text: string, paper: string, now: string): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [`The file is not JSON (${error instanceof Error ? error.message : 'unreadable'}).`],
    };
  }
  if (!isObject(json) || !typeIs(json, 'AnnotationCollection')) {
    const what =
      isObject(json) && json['type']
        ? `"type": ${JSON.stringify(json['type'])}`
        : 'no "type": "AnnotationCollection"';
    return {
      ok: false,
      errors: [
        `The file is not a W3C AnnotationCollection (it has ${what}). Export from “My notes” makes one.`,
      ],
    };
  }
  const first = json['first'];
  const items = isObject(first) ? first['items'] : json['items'];
  if (!Array.isArray(items)) {
    return {
      ok: false,
      errors: ['The collection has no annotations: expected "first": { "items": [ … ] }.'],
    };
  }
  const errors: string[] = [];
  const annotations = items
    .map((raw, i) => readAnnotation(raw, i, paper, now, errors))
    .filter((a): a is ReaderAnnotation => a !== undefined);
  return { ok: true, annotations, refused: errors, total: items.length };
}
