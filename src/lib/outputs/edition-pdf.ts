/**
 * `/edition.pdf` from the checked content: the Typst document's input (title, byline, what the
 * source is, the Chicago bibliography in listing order), set and compiled. The endpoint and the
 * build test both call it, so that a fresh compile can be compared with the built file.
 */
import type { Content } from '../../content-layer/index.ts';
import type { Edition, Phrase } from '../edition/model.ts';
import { sources } from '../citation/sources.ts';
import { AUTHORS, SHORT_TITLE, TITLE } from '../site/metadata.ts';
import { layerNames } from './editors-layer.ts';
import { commentaryReferences, workFinder } from './layer-citations.ts';
import { compilePdf } from './pdf.ts';
import { editionTypst, type TypstEditionInput } from './typst.ts';

/** Whether the model places any page start of the working paper (src/lib/edition/pages.ts). */
function hasPageStarts(nodes: readonly Phrase[]): boolean {
  return nodes.some(
    (n) => n.type === 'pageBreak' || ('children' in n && hasPageStarts(n.children)),
  );
}

/** What the title page says under the byline; the margin's page numbers only where there are. */
function description(edition: Edition): string[] {
  const pages = [...edition.paragraphs, ...edition.notes].some((p) => hasPageStarts(p.content))
    ? ' The working paper’s page numbers stand in the margin where its pages begin.'
    : '';
  return [
    'Working paper, May 2000; apparently of the James A. Baker III Institute for Public Policy, Rice University (the source text has no cover page).',
    `This annotated digital edition is edited from a text extraction of the working paper. The words are the authors’; every editorial intervention is marked in the text and listed in the apparatus.${pages} Each ¶ number links to its paragraph in the web edition.`,
  ];
}

/** The Typst document's input from the content; `permalink` gives a site path's public address. */
export function editionPdfInput(
  content: Content,
  permalink: (sitePath: string) => string,
): TypstEditionInput {
  const { edition, works, formatter, date, commentary, cases, concepts } = content;
  return {
    edition,
    title: TITLE,
    authors: AUTHORS.map((a) => `${a.given} ${a.family}`),
    shortTitle: SHORT_TITLE,
    description: description(edition),
    date,
    permalink,
    bibliography: sources(works, edition).map(({ work }) => ({
      id: work.id,
      html: formatter.reference(work, 'chicago', 'html'),
    })),
    commentary: { notes: commentary.notes, guide: commentary.guide },
    commentaryReferences: commentaryReferences(commentary.works, formatter),
    findWork: workFinder(commentary.works, works),
    names: layerNames(edition, cases, concepts),
  };
}

/** The bytes of /edition.pdf. */
export function editionPdf(
  content: Content,
  permalink: (sitePath: string) => string,
): Uint8Array<ArrayBuffer> {
  return compilePdf(editionTypst(editionPdfInput(content, permalink)), content.root);
}
