/**
 * The editor's layer in the PDF (issue 21): the reader's guide and the commentary as sections of
 * their own after the paper, headed as the editors' (with their own running head), each step and
 * note linked to its paragraph in the PDF, each note dated, its sources linked to their entries in
 * the list of the works the commentary cites. Every text a string literal (typst-markup.ts).
 */
import type {
  CitationKey,
  CommentaryNote,
  CommentaryParagraph,
  Guide,
} from '../commentary/model.ts';
import { paragraphLabel } from '../site/ids.ts';
import { entryPath } from '../site/routes.ts';
import { asOfText, LAYER_NOTICES, LAYER_TITLES, type LayerNames } from './editors-layer.ts';
import { type CitedWork, keyLabel } from './layer-citations.ts';
import { typstFromEntryHtml, typstLink, typstString, typstText } from './typst-markup.ts';

/** What the layer's sections are written from. */
export interface TypstLayerInput {
  /** The notes in the paper's order, and the guide. */
  commentary: { notes: readonly CommentaryNote[]; guide: Guide };
  /** The works the layer relies on, in listing order, as Chicago entries (citation-js's HTML). */
  commentaryReferences: readonly { id: string; html: string }[];
  /** A cited work by id, and the list that holds it. */
  findWork: (id: string) => CitedWork;
  /** Titles of the sections, and names of the cases and concepts, by id. */
  names: LayerNames;
  /** The public address of a site path. */
  permalink: (sitePath: string) => string;
}

/** The labels the layer's links point to: a paragraph, a work of either list, a note. */
const LABEL = /^[a-z0-9][a-z0-9-]*$/;

/** A Typst label of one of the edition's ids, attached in markup: `<p41>`. */
export function typstLabel(id: string): string {
  if (!LABEL.test(id)) throw new Error(`Not an id the PDF can label: "${id}"`);
  return `<${id}>`;
}

/** A link inside the PDF to a labelled place. */
export function typstInternalLink(id: string, body: string): string {
  typstLabel(id);
  return `#link(label(${typstString(id)}))[${body}]`;
}

/** The label of a work in its list: the paper's bibliography (`work-…`) or the commentary's. */
export function workLabelId({ work, list }: CitedWork): string {
  return list === 'commentary' ? `commentary-work-${work.id}` : `work-${work.id}`;
}

/** The label of an editor's note. */
export function noteLabelId(id: string): string {
  return `commentary-note-${id}`;
}

/**
 * After a paragraph the editors comment on, outside its words: a line in the editors' register
 * that names the notes on it and links to them, as the EPUB's mark does.
 */
export function typstCommentaryMark(
  notes: readonly Pick<CommentaryNote, 'id' | 'title'>[],
): string {
  const links = notes.map((n) => typstInternalLink(noteLabelId(n.id), typstText(n.title)));
  return `#block(above: 0.5em, inset: (left: 1.2em), stroke: (left: 0.5pt + luma(110)))[#set text(size: 8.5pt)\n#emph[${typstText(`${LAYER_TITLES.commentary}:`)}] ${links.join(typstText('; '))}]`;
}

/** Marks where the layer begins and ends, for its running head (typst.ts, `layerhead`). */
export const LAYER_START = 'editors-layer-start';
export const LAYER_END = 'editors-layer-end';

function passageLinks(passages: readonly string[]): string {
  const links = passages.map((p) =>
    typstInternalLink(p, typstText(paragraphLabel(p.replace(/^p/, '')))),
  );
  return `${typstText('(')}${links.join(typstText(', '))}${typstText(')')}`;
}

/** A citation: each work linked to its entry, the place in it after a comma. */
export function typstCitation(
  keys: readonly CitationKey[],
  find: TypstLayerInput['findWork'],
): string {
  const parts = keys.map((key) => {
    const cited = find(key.id);
    return typstInternalLink(workLabelId(cited), typstText(keyLabel(key, cited)));
  });
  return `${typstText('(')}${parts.join(typstText('; '))}${typstText(')')}`;
}

function body(paragraph: CommentaryParagraph, find: TypstLayerInput['findWork']): string {
  const inner = paragraph
    .map((piece) => {
      if (piece.kind === 'text') return typstText(piece.text);
      if (piece.kind === 'emphasis') return `#emph[${typstText(piece.text)}]`;
      return typstCitation(piece.keys, find);
    })
    .join('');
  return `#par[${inner}]`;
}

/** The paper's words, as a block quotation with the paragraph they stand in. */
function paperQuote(words: string, passage: string): string {
  return `#quote(block: true)[${typstText(words)} #text(style: "normal")[${passageLinks([passage])}]]`;
}

/** Whose words follow: the notice at the head of a part of the layer. */
function notice(text: string): string {
  return `#block(stroke: 0.5pt + luma(110), inset: 7pt, width: 100%)[#set text(size: 9.5pt)\n${typstText(text)}]`;
}

function entries(label: string, links: readonly string[]): string {
  return links.length === 0
    ? ''
    : ` ${typstText(label)} ${links.join(typstText(', '))}${typstText('.')}`;
}

function guide(input: TypstLayerInput): string[] {
  const { guide: g } = input.commentary;
  const { names, permalink } = input;
  const argument = g.argument.flatMap((part) => [
    `=== ${typstText(names.section(part.section))}`,
    `#enum(${part.steps
      .map(
        (step) =>
          `[${typstText(step.text)} ${passageLinks(step.passages)}${
            step.quote ? `\n${paperQuote(step.quote.words, step.quote.passage)}` : ''
          }]`,
      )
      .join(', ')})`,
  ]);
  const orders = g.orders.map((order) => {
    const cases = order.cases.map((id) =>
      typstLink(permalink(entryPath('cases', id)), typstText(names.case(id))),
    );
    const concepts = order.concepts.map((id) =>
      typstLink(permalink(entryPath('concepts', id)), typstText(names.concept(id))),
    );
    return [
      `#par[#strong[${typstText(order.name)}]${typstText('. ')}${typstText(order.summary)} ${passageLinks(order.passages)}${entries('Cases:', cases)}${entries('Concepts:', concepts)}]`,
      order.quote ? paperQuote(order.quote.words, order.quote.passage) : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  const standing = g.standing.map(
    (fact) =>
      `#par[${typstText(fact.text)} ${typstCitation(
        fact.sources.map((id) => ({ id })),
        input.findWork,
      )}]`,
  );
  return [
    `= ${typstText(LAYER_TITLES.guide)}`,
    notice(LAYER_NOTICES.guide),
    `#par[${typstText(g.intro)}]`,
    `== ${typstText(LAYER_TITLES.argument)}`,
    ...argument,
    `== ${typstText(LAYER_TITLES.orders)}`,
    ...orders,
    ...(standing.length === 0 ? [] : [`== ${typstText(LAYER_TITLES.standing)}`, ...standing]),
  ];
}

function note(n: CommentaryNote, find: TypstLayerInput['findWork']): string[] {
  const on = `${typstText(`On `)}${typstInternalLink(n.passage, typstText(paragraphLabel(n.passage.replace(/^p/, ''))))}`;
  return [
    `== ${typstText(n.title)} ${typstLabel(noteLabelId(n.id))}`,
    `#par[#emph[${typstText(asOfText(n))}]${typstText('. ')}${on}${n.quote ? typstText(':') : typstText('.')}]`,
    n.quote ? `#quote(block: true)[${typstText(n.quote)}]` : '',
    ...n.body.map((p) => body(p, find)),
  ].filter(Boolean);
}

function commentaryWorks(input: TypstLayerInput): string[] {
  const items = input.commentaryReferences.map(
    ({ id, html }) =>
      `#par(hanging-indent: 1.5em)[${typstFromEntryHtml(html)}] ${typstLabel(`commentary-work-${id}`)}`,
  );
  return [
    `== ${typstText(LAYER_TITLES.works)}`,
    `#par[${typstText(LAYER_NOTICES.works)}]`,
    '#set text(size: 10pt)',
    ...items,
    '#set text(size: 11pt)',
  ];
}

/** The layer's sections, each on a new page, between the marks of its running head. */
export function editorsLayerTypst(input: TypstLayerInput): string {
  return [
    '#pagebreak()',
    `#metadata(none) ${typstLabel(LAYER_START)}`,
    ...guide(input),
    '#pagebreak()',
    `= ${typstText(LAYER_TITLES.commentary)}`,
    notice(LAYER_NOTICES.commentary),
    ...input.commentary.notes.flatMap((n) => note(n, input.findWork)),
    ...commentaryWorks(input),
    `#metadata(none) ${typstLabel(LAYER_END)}`,
  ].join('\n\n');
}
