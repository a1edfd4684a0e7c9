/**
 * The EPUB navigation document: the table of contents (the paper's sections and the documents
 * around them) and, when the model places the working paper's page starts, a page list.
 */
import type { Edition } from '../../edition/model.ts';
import { pageBreakId } from '../../site/ids.ts';
import { LAYER_TITLES } from '../editors-layer.ts';
import { DOCUMENTS, packageHref, sectionDocument } from './files.ts';
import { pageBreaks } from './phrases.ts';
import { element, escapeXml, xhtmlDocument } from './xhtml.ts';

/** The table of contents, in reading order: [document, title]. */
export function contents(edition: Edition): [document: string, title: string][] {
  return [
    [DOCUMENTS.title, 'Title page'],
    ...edition.sections.map((s): [string, string] => [sectionDocument(s.id), s.title]),
    // The editors' own layer, after the authors' text and before the apparatus of it.
    [DOCUMENTS.guide, LAYER_TITLES.guide],
    [DOCUMENTS.commentary, LAYER_TITLES.commentary],
    [DOCUMENTS.commentaryWorks, LAYER_TITLES.works],
    [DOCUMENTS.apparatus, 'Editorial interventions'],
    [DOCUMENTS.bibliography, 'Bibliography'],
    [DOCUMENTS.concepts, 'Concepts'],
    [DOCUMENTS.cases, 'Historical cases'],
  ];
}

/** Each page start of the working paper in reading order: the page and its document. */
export function pageList(edition: Edition): { n: number; document: string }[] {
  return edition.sections.flatMap((s) => {
    // Notes sit after the text in the section's document, so the text's breaks come first.
    const blocks = [...s.paragraphs.map((p) => p.content), ...s.notes.map((n) => n.content)];
    return blocks.flatMap((b) =>
      pageBreaks(b).map((n) => ({ n, document: sectionDocument(s.id) })),
    );
  });
}

function list(items: string[]): string {
  return `<ol>${items.join('')}</ol>`;
}

/** `nav.xhtml`. */
export function navXhtml(edition: Edition): string {
  const toc = contents(edition).map(([doc, title]) =>
    element('li', {}, element('a', { href: doc }, escapeXml(title))),
  );
  const pages = pageList(edition).map(({ n, document }) =>
    element('li', {}, element('a', { href: packageHref(document, pageBreakId(n)) }, String(n))),
  );
  const body =
    element(
      'nav',
      { 'epub:type': 'toc', role: 'doc-toc', id: 'toc', 'aria-labelledby': 'toc-heading' },
      `<h1 id="toc-heading">Contents</h1>${list(toc)}`,
    ) +
    (pages.length > 0
      ? element(
          'nav',
          {
            'epub:type': 'page-list',
            role: 'doc-pagelist',
            id: 'page-list',
            'aria-labelledby': 'page-list-heading',
          },
          `<h2 id="page-list-heading">Pages of the working paper</h2>${list(pages)}`,
        )
      : '');
  return xhtmlDocument('Contents', body);
}
