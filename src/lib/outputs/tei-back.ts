/**
 * The back matter of the TEI edition: the works the notes cite as a `listBibl`, the concepts as a
 * glossary (`list type="gloss"`) and the historical cases as a `listEvent`, each entry with the
 * `xml:id` that the marks in the text point to (`bibl corresp`, `term ref`, `rs ref`).
 */
import type { Case, Concept, Work } from '../content/schemas.ts';
import { biblStruct } from './tei-bibl.ts';
import { entryXmlId } from './tei-text.ts';
import { block, element, textElement } from './xml.ts';

/** An entry of the glossary or of the cases: its id (file name) and its fields. */
export interface Entry<T> {
  /** The file name without extension: `binding`. */
  id: string;
  /** Its validated frontmatter. */
  data: T;
}

/** What the back matter lists. */
export interface BackMatter {
  /** Every work the notes cite (works.json), in its order. */
  works: readonly Work[];
  /** The glossary's concepts. */
  concepts: readonly Entry<Concept>[];
  /** The historical cases. */
  cases: readonly Entry<Case>[];
}

function bibliography(works: readonly Work[]): string {
  return block('div', { type: 'bibliography', 'xml:id': 'sources' }, [
    textElement('head', {}, 'Works cited in the notes'),
    block(
      'listBibl',
      {},
      works.map((w) => biblStruct(w, { 'xml:id': entryXmlId('work', w.id) })),
    ),
  ]);
}

function glossary(concepts: readonly Entry<Concept>[]): string {
  return block('div', { type: 'glossary', 'xml:id': 'concepts' }, [
    textElement('head', {}, 'Concepts'),
    block(
      'list',
      { type: 'gloss' },
      concepts.flatMap((c) => [
        textElement('label', {}, c.data.term),
        textElement('item', { 'xml:id': entryXmlId('concept', c.id) }, c.data.definition),
      ]),
    ),
  ]);
}

/** A case's dates: one day (`when`) or a span (`from`, `to`). */
function dates(c: Case): Record<string, string> {
  return c.end === undefined ? { when: c.start } : { from: c.start, to: c.end };
}

function events(cases: readonly Entry<Case>[]): string {
  return block('div', { type: 'cases', 'xml:id': 'cases' }, [
    textElement('head', {}, 'Historical cases'),
    block(
      'listEvent',
      {},
      cases.map((c) =>
        element(
          'event',
          { 'xml:id': entryXmlId('case', c.id), ...dates(c.data) },
          textElement('head', {}, c.data.title) + textElement('p', {}, c.data.summary),
        ),
      ),
    ),
  ]);
}

/** The `back` of the TEI text: the editor's layer (`layer`, tei-commentary.ts) first, if any. */
export function backMatter(
  { works, concepts, cases }: BackMatter,
  layer: readonly string[] = [],
): string {
  return block('back', {}, [...layer, bibliography(works), glossary(concepts), events(cases)]);
}
