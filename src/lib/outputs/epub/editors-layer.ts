/**
 * The editor's layer in the EPUB (issue 21): the reader's guide, the commentary and the works it
 * relies on, each its own document, headed as the editors' and never the authors'. Each note links
 * to the paragraph it comments on, and the paragraph to the note (`commentaryMarks`, placed by
 * section.ts after the paragraph, outside the authors' words).
 */
import type { CitationKey, CommentaryNote, CommentaryParagraph } from '../../commentary/model.ts';
import { commentaryName } from '../../commentary/render.ts';
import type { Edition } from '../../edition/model.ts';
import { paragraphLabel } from '../../site/ids.ts';
import { asOfText, LAYER_NOTICES, LAYER_TITLES, layerNames } from '../editors-layer.ts';
import { type CitedWork, keyLabel } from '../layer-citations.ts';
import { DOCUMENTS, MARK_DOCUMENTS, packageHref, sectionDocument } from './files.ts';
import type { EpubInput } from './input.ts';
import { element, escapeXml, htmlAsXhtml, xhtmlDocument } from './xhtml.ts';

/** The anchor, in a section's document, of the mark that links a paragraph to a note. */
export function commentaryMarkId(noteId: string): string {
  return `commentary-on-${noteId}`;
}

/** A paragraph's document, by the paragraph's id. */
function paragraphDocuments(edition: Edition): (passage: string) => string {
  const documents = new Map(
    edition.sections.flatMap((s) => s.paragraphs.map((p) => [p.id, sectionDocument(s.id)])),
  );
  return (passage) => documents.get(passage) ?? DOCUMENTS.title;
}

function passageLink(passage: string, documentOf: (passage: string) => string): string {
  return element(
    'a',
    { href: packageHref(documentOf(passage), passage) },
    escapeXml(paragraphLabel(passage.replace(/^p/, ''))),
  );
}

function passageLinks(passages: readonly string[], documentOf: (p: string) => string): string {
  return `(${passages.map((p) => passageLink(p, documentOf)).join(', ')})`;
}

function workHref({ work, list }: CitedWork): string {
  return packageHref(
    list === 'commentary' ? DOCUMENTS.commentaryWorks : DOCUMENTS.bibliography,
    work.id,
  );
}

/** A citation: each work linked to its entry, the place in it after a comma. */
export function citationXhtml(keys: readonly CitationKey[], find: EpubInput['findWork']): string {
  const parts = keys.map((key) => {
    const cited = find(key.id);
    return element('a', { href: workHref(cited) }, escapeXml(keyLabel(key, cited)));
  });
  return `(${parts.join('; ')})`;
}

function bodyXhtml(paragraph: CommentaryParagraph, find: EpubInput['findWork']): string {
  const inner = paragraph
    .map((piece) => {
      if (piece.kind === 'text') return escapeXml(piece.text);
      if (piece.kind === 'emphasis') return element('i', {}, escapeXml(piece.text));
      return citationXhtml(piece.keys, find);
    })
    .join('');
  return `<p>${inner}</p>`;
}

/** The document's one region, an appendix of the editors', with its heading and notice. */
function layerRegion(heading: string, notice: string, inner: string): string {
  return element(
    'section',
    {
      'epub:type': 'appendix',
      role: 'doc-appendix',
      'aria-labelledby': 'heading',
      class: 'editors-layer',
    },
    `<h1 id="heading">${escapeXml(heading)}</h1><p class="layer-notice">${escapeXml(notice)}</p>${inner}`,
  );
}

function quoteXhtml(words: string, passage: string, documentOf: (p: string) => string): string {
  return `<blockquote><p>${escapeXml(words)} <span class="quote-source">${passageLinks([passage], documentOf)}</span></p></blockquote>`;
}

function entryLinks(label: string, links: string[]): string {
  return links.length === 0
    ? ''
    : `<p class="concerns">${escapeXml(label)} ${links.join(', ')}.</p>`;
}

/** The reader's guide: the argument section by section, the types of order, where the paper stands. */
export function guideXhtml(input: EpubInput): string {
  const { guide } = input.commentary;
  const documentOf = paragraphDocuments(input.edition);
  const names = layerNames(input.edition, input.cases, input.concepts);
  const entry = (kind: 'case' | 'concept', id: string, name: string) =>
    element('a', { href: packageHref(MARK_DOCUMENTS[kind], id) }, escapeXml(name));
  const argument = guide.argument.map((part) => {
    const steps = part.steps.map(
      (step) =>
        `<li><p>${escapeXml(step.text)} ${passageLinks(step.passages, documentOf)}</p>${
          step.quote ? quoteXhtml(step.quote.words, step.quote.passage, documentOf) : ''
        }</li>`,
    );
    return element(
      'section',
      { 'aria-labelledby': `guide-${part.section}` },
      `<h3 id="guide-${escapeXml(part.section)}">${escapeXml(names.section(part.section))}</h3><ol>${steps.join('')}</ol>`,
    );
  });
  const orders = guide.orders.map(
    (order) =>
      `<dt>${escapeXml(order.name)}</dt>` +
      element(
        'dd',
        {},
        `<p>${escapeXml(order.summary)} ${passageLinks(order.passages, documentOf)}</p>` +
          (order.quote ? quoteXhtml(order.quote.words, order.quote.passage, documentOf) : '') +
          entryLinks(
            'Cases:',
            order.cases.map((id) => entry('case', id, names.case(id))),
          ) +
          entryLinks(
            'Concepts:',
            order.concepts.map((id) => entry('concept', id, names.concept(id))),
          ),
      ),
  );
  const standing = guide.standing.map(
    (fact) =>
      `<li>${escapeXml(fact.text)} ${citationXhtml(
        fact.sources.map((id) => ({ id })),
        input.findWork,
      )}</li>`,
  );
  const inner = [
    `<p>${escapeXml(guide.intro)}</p>`,
    `<section aria-labelledby="guide-argument"><h2 id="guide-argument">${escapeXml(LAYER_TITLES.argument)}</h2>${argument.join('')}</section>`,
    `<section aria-labelledby="guide-orders"><h2 id="guide-orders">${escapeXml(LAYER_TITLES.orders)}</h2><dl>${orders.join('')}</dl></section>`,
    standing.length === 0
      ? ''
      : `<section aria-labelledby="guide-standing"><h2 id="guide-standing">${escapeXml(LAYER_TITLES.standing)}</h2><ul>${standing.join('')}</ul></section>`,
  ].join('');
  return xhtmlDocument(
    LAYER_TITLES.guide,
    layerRegion(LAYER_TITLES.guide, LAYER_NOTICES.guide, inner),
  );
}

function noteXhtml(
  note: CommentaryNote,
  input: EpubInput,
  documentOf: (p: string) => string,
): string {
  const on = element(
    'a',
    { href: packageHref(documentOf(note.passage), note.passage) },
    escapeXml(`On ${paragraphLabel(note.passage.replace(/^p/, ''))}`),
  );
  // A block quotation: the paper's words keep their own quotation marks, unnested in ours.
  const quoted = note.quote ? `<blockquote><p>${escapeXml(note.quote)}</p></blockquote>` : '';
  const names = layerNames(input.edition, input.cases, input.concepts);
  const about = [
    ...note.cases.map((id) =>
      element('a', { href: packageHref(DOCUMENTS.cases, id) }, escapeXml(names.case(id))),
    ),
    ...note.concepts.map((id) =>
      element('a', { href: packageHref(DOCUMENTS.concepts, id) }, escapeXml(names.concept(id))),
    ),
  ];
  return element(
    'section',
    { id: note.id, class: 'commentary-note', 'aria-labelledby': `${note.id}-title` },
    [
      `<h2 id="${escapeXml(note.id)}-title">${escapeXml(note.title)}</h2>`,
      `<p class="note-anchor"><span class="as-of">${escapeXml(asOfText(note))}</span>. ${on}${note.quote ? ':' : '.'}</p>${quoted}`,
      ...note.body.map((p) => bodyXhtml(p, input.findWork)),
      entryLinks('Concerns:', about),
    ].join(''),
  );
}

/** The commentary, in the order of the paper, each note dated and linked to its paragraph. */
export function commentaryXhtml(input: EpubInput): string {
  const documentOf = paragraphDocuments(input.edition);
  const notes = input.commentary.notes.map((n) => noteXhtml(n, input, documentOf));
  return xhtmlDocument(
    LAYER_TITLES.commentary,
    layerRegion(LAYER_TITLES.commentary, LAYER_NOTICES.commentary, notes.join('')),
  );
}

/** The works the layer relies on, in Chicago style, each with the notes that cite it. */
export function commentaryWorksXhtml(input: EpubInput): string {
  const items = input.commentaryReferences.map((r) => {
    const citing = input.commentary.notes
      .filter((n) => n.sources.includes(r.id))
      .map((n) =>
        element('a', { href: packageHref(DOCUMENTS.commentary, n.id) }, escapeXml(n.title)),
      );
    const cited =
      citing.length === 0 ? '' : ` <span class="cited-in">Cited in: ${citing.join('; ')}.</span>`;
    return element('li', { id: r.id }, `${htmlAsXhtml(r.html)}${cited}`);
  });
  return xhtmlDocument(
    LAYER_TITLES.works,
    element(
      'section',
      {
        'epub:type': 'bibliography',
        role: 'doc-bibliography',
        'aria-labelledby': 'heading',
        class: 'editors-layer',
      },
      `<h1 id="heading">${escapeXml(LAYER_TITLES.works)}</h1><p class="layer-notice">${escapeXml(LAYER_NOTICES.works)}</p><ul class="references">${items.join('')}</ul>`,
    ),
  );
}

/**
 * The marks after a paragraph that link it to the notes on it: a sign that is not a number, and
 * the note's title, in the editors' register.
 */
export function commentaryMarkXhtml(
  notes: readonly Pick<CommentaryNote, 'id' | 'title'>[],
): string {
  if (notes.length === 0) return '';
  const links = notes.map((n) =>
    element(
      'a',
      { id: commentaryMarkId(n.id), href: packageHref(DOCUMENTS.commentary, n.id) },
      escapeXml(n.title),
    ),
  );
  return element(
    'div',
    {
      class: 'commentary-mark',
      role: 'note',
      'aria-label': commentaryName(notes.map((n) => n.title)),
    },
    `<p><b>${escapeXml(`${LAYER_TITLES.commentary}:`)}</b> ${links.join('; ')}</p>`,
  );
}
