/**
 * The editor's layer in the TEI edition (issue 21), as back matter that leaves the authors' text
 * untouched: the reader's guide (`div type="guide"`), the commentary (`note type="commentary"`,
 * each pointing with `target` to the paragraph it comments on and quoting the words it comments
 * on) and the works it cites (`listBibl type="commentary"`). Everything here is the
 * responsibility of the `respStmt` COMMENTARY_RESP_ID of the header, never of the authors.
 */
import type { CitationKey, Commentary, CommentaryNote, Guide } from '../commentary/model.ts';
import type { CommentaryWork } from '../content/commentary-schemas.ts';
import { formatPartialDate } from '../entries/dates.ts';
import { paragraphLabel } from '../site/ids.ts';
import { LAYER_NOTICES, LAYER_TITLES, type LayerNames } from './editors-layer.ts';
import { type CitedWork, keyLabel, type LayerWork } from './layer-citations.ts';
import { biblStruct } from './tei-bibl.ts';
import { entryXmlId } from './tei-text.ts';
import { block, element, textElement, xmlText } from './xml.ts';

/** The `xml:id` of the `respStmt` for the guide and the commentary, which they point to with `resp`. */
export const COMMENTARY_RESP_ID = 'commentary-editors';

/** The `xml:id` of a commentary note: `commentary-note-arf-after-2000`. */
export function commentaryNoteXmlId(id: string): string {
  return `commentary-note-${id}`;
}

/** The `xml:id` of a work the commentary relies on: `commentary-work-arf-2009-vision`. */
export function commentaryWorkXmlId(id: string): string {
  return `commentary-work-${id}`;
}

/** What the layer's elements point to, besides the paper's ids. */
export interface TeiLayerContext {
  /** A cited work by id, and the list that holds it. */
  find: (id: string) => CitedWork;
  /** The title of a section, a case or a concept, by id. */
  names: LayerNames;
}

const RESP = `#${COMMENTARY_RESP_ID}`;

function workPointer({ work, list }: CitedWork): string {
  return `#${list === 'commentary' ? commentaryWorkXmlId(work.id) : entryXmlId('work', work.id)}`;
}

/** One key: the work linked, the place in it as `citedRange`. */
function citedKey(key: CitationKey, context: TeiLayerContext): string {
  const cited = context.find(key.id);
  const label = keyLabel({ id: key.id }, cited);
  const range = key.locator === undefined ? '' : `, ${textElement('citedRange', {}, key.locator)}`;
  return element(
    'bibl',
    {},
    `${textElement('ref', { target: workPointer(cited) }, label)}${range}`,
  );
}

/** A citation in parentheses: `(Cronin 1999, p. 12; ASEAN 2005)`. */
export function teiCitation(keys: readonly CitationKey[], context: TeiLayerContext): string {
  return `(${keys.map((k) => citedKey(k, context)).join('; ')})`;
}

/** A link to a paragraph of the paper: `<ref target="#p41">¶ 41</ref>`. */
function passageRef(passage: string): string {
  return textElement('ref', { target: `#${passage}` }, paragraphLabel(passage.replace(/^p/, '')));
}

function passageRefs(passages: readonly string[]): string {
  return `(${passages.map(passageRef).join(', ')})`;
}

/** The paper's words, with the paragraph they stand in (a `cit` holds elements only). */
function paperQuote(words: string, passage: string): string {
  return element(
    'cit',
    {},
    `${textElement('quote', { source: `#${passage}` }, words)} ${passageRef(passage)}`,
  );
}

function noteBody(note: CommentaryNote, context: TeiLayerContext): string[] {
  return note.body.map((paragraph) =>
    element(
      'p',
      {},
      paragraph
        .map((piece) => {
          if (piece.kind === 'text') return xmlText(piece.text);
          // The format keeps emphasis for the titles of books and journals.
          if (piece.kind === 'emphasis') return textElement('title', {}, piece.text);
          return teiCitation(piece.keys, context);
        })
        .join(''),
    ),
  );
}

/**
 * One editor's note. Its `target` is the paragraph: the words it comments on are quoted in it
 * (`quote source`), since a pointer into the paragraph's characters would count the text of the
 * authors' notes that the TEI places inside it, and would break with any change of encoding.
 */
export function commentaryNote(note: CommentaryNote, context: TeiLayerContext): string {
  const about = [
    ...note.cases.map((id) => `#${entryXmlId('case', id)}`),
    ...note.concepts.map((id) => `#${entryXmlId('concept', id)}`),
  ];
  const on = note.quote
    ? `On ${passageRef(note.passage)}: ${textElement('quote', { source: `#${note.passage}` }, note.quote)}`
    : `On ${passageRef(note.passage)}`;
  return block(
    'note',
    {
      type: 'commentary',
      'xml:id': commentaryNoteXmlId(note.id),
      resp: RESP,
      target: `#${note.passage}`,
      corresp: about.length > 0 ? about.join(' ') : undefined,
    },
    [
      textElement('label', {}, note.title),
      element('p', {}, on),
      element(
        'p',
        {},
        `As of ${textElement('date', { when: note.asOf }, formatPartialDate(note.asOf))}`,
      ),
      ...noteBody(note, context),
    ],
  );
}

function commentaryDiv(notes: readonly CommentaryNote[], context: TeiLayerContext): string {
  return block('div', { type: 'commentary', 'xml:id': 'commentary', resp: RESP }, [
    textElement('head', {}, LAYER_TITLES.commentary),
    textElement('p', {}, LAYER_NOTICES.commentary),
    ...notes.map((n) => commentaryNote(n, context)),
  ]);
}

/** The works the layer relies on, apart from the works the paper cites. */
function worksDiv(works: readonly CommentaryWork[]): string {
  return block('div', { type: 'bibliography', 'xml:id': 'commentary-works', resp: RESP }, [
    textElement('head', {}, LAYER_TITLES.works),
    textElement('p', {}, LAYER_NOTICES.works),
    block(
      'listBibl',
      { type: 'commentary' },
      works.map((w) =>
        biblStruct(w as LayerWork, { 'xml:id': commentaryWorkXmlId(w.id) }, [
          ...(w.genre === undefined ? [] : [textElement('note', { type: 'genre' }, w.genre)]),
        ]),
      ),
    ),
  ]);
}

function guideArgument(guide: Guide, context: TeiLayerContext): string {
  return block('div', { type: 'argument', 'xml:id': 'guide-argument' }, [
    textElement('head', {}, LAYER_TITLES.argument),
    ...guide.argument.map((part) =>
      block('div', { type: 'section', corresp: `#${part.section}` }, [
        textElement('head', {}, context.names.section(part.section)),
        block(
          'list',
          { rend: 'numbered' },
          part.steps.map((step) =>
            element(
              'item',
              {},
              [
                `${xmlText(step.text)} ${passageRefs(step.passages)}`,
                step.quote ? paperQuote(step.quote.words, step.quote.passage) : '',
              ]
                .filter(Boolean)
                .join(' '),
            ),
          ),
        ),
      ]),
    ),
  ]);
}

function entryRefs(
  label: string,
  ids: readonly string[],
  pointer: (id: string) => string[],
): string {
  if (ids.length === 0) return '';
  const refs = ids.map((id) => {
    const [target, name] = pointer(id);
    return textElement('ref', { target }, name ?? id);
  });
  return ` ${xmlText(label)} ${refs.join(', ')}.`;
}

function guideOrders(guide: Guide, context: TeiLayerContext): string {
  return block('div', { type: 'orders', 'xml:id': 'guide-orders' }, [
    textElement('head', {}, LAYER_TITLES.orders),
    block(
      'list',
      { type: 'gloss' },
      guide.orders.flatMap((order) => [
        textElement('label', {}, order.name),
        element(
          'item',
          {},
          [
            `${xmlText(order.summary)} ${passageRefs(order.passages)}`,
            order.quote ? ` ${paperQuote(order.quote.words, order.quote.passage)}` : '',
            entryRefs('Cases:', order.cases, (id) => [
              `#${entryXmlId('case', id)}`,
              context.names.case(id),
            ]),
            entryRefs('Concepts:', order.concepts, (id) => [
              `#${entryXmlId('concept', id)}`,
              context.names.concept(id),
            ]),
          ].join(''),
        ),
      ]),
    ),
  ]);
}

function guideStanding(guide: Guide, context: TeiLayerContext): string {
  if (guide.standing.length === 0) return '';
  return block('div', { type: 'standing', 'xml:id': 'guide-standing' }, [
    textElement('head', {}, LAYER_TITLES.standing),
    ...guide.standing.map((fact) =>
      element(
        'p',
        {},
        `${xmlText(fact.text)} ${teiCitation(
          fact.sources.map((id) => ({ id })),
          context,
        )}`,
      ),
    ),
  ]);
}

function guideDiv(guide: Guide, context: TeiLayerContext): string {
  return block('div', { type: 'guide', 'xml:id': 'guide', resp: RESP }, [
    textElement('head', {}, LAYER_TITLES.guide),
    textElement('p', {}, LAYER_NOTICES.guide),
    textElement('p', {}, guide.intro),
    guideArgument(guide, context),
    guideOrders(guide, context),
    guideStanding(guide, context),
  ]);
}

/** The layer's divisions of the `back`: the guide, the commentary, the works they cite. */
export function editorsLayer(commentary: Commentary, context: TeiLayerContext): string[] {
  return [
    guideDiv(commentary.guide, context),
    commentaryDiv(commentary.notes, context),
    worksDiv(commentary.works),
  ];
}
