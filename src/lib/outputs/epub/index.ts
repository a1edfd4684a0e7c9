/**
 * The edition as an EPUB 3 publication (`/edition.epub`): a title page, one XHTML document per
 * section with its notes as footnotes, the editors' reader's guide and commentary with the works
 * it relies on, the apparatus, the bibliography, the concepts and the
 * cases, a navigation document and a package document with accessibility metadata. Pure: the
 * same input gives the same bytes.
 */
import { DOCUMENTS, PACKAGE_DIR, sectionDocument } from './files.ts';
import type { EpubInput } from './input.ts';
import {
  apparatusXhtml,
  bibliographyXhtml,
  casesXhtml,
  conceptsXhtml,
  titleXhtml,
} from './matter.ts';
import { commentaryWorksXhtml, commentaryXhtml, guideXhtml } from './editors-layer.ts';
import { navXhtml } from './navigation.ts';
import { packageOpf } from './package-document.ts';
import { sectionXhtml } from './section.ts';
import { STYLESHEET_CSS } from './stylesheet.ts';
import { ocfZip } from './zip.ts';

export { type EpubInput, epubInput } from './input.ts';

const CONTAINER_XML = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="${PACKAGE_DIR}/${DOCUMENTS.package}" media-type="application/oebps-package+xml"/></rootfiles>
</container>
`;

/** Every file of the container but `mimetype`, in order: path → text. */
export function epubFiles(input: EpubInput): [path: string, text: string][] {
  const { edition, webUrl } = input;
  const documents: [string, string][] = [
    [DOCUMENTS.package, packageOpf(edition, input)],
    [DOCUMENTS.nav, navXhtml(edition)],
    [DOCUMENTS.stylesheet, STYLESHEET_CSS],
    [DOCUMENTS.title, titleXhtml(input)],
    ...edition.sections.map((s): [string, string] => [
      sectionDocument(s.id),
      sectionXhtml(s, webUrl, input.commentary.notes),
    ]),
    [DOCUMENTS.guide, guideXhtml(input)],
    [DOCUMENTS.commentary, commentaryXhtml(input)],
    [DOCUMENTS.commentaryWorks, commentaryWorksXhtml(input)],
    [DOCUMENTS.apparatus, apparatusXhtml(edition, webUrl)],
    [DOCUMENTS.bibliography, bibliographyXhtml(input)],
    [DOCUMENTS.concepts, conceptsXhtml(input)],
    [DOCUMENTS.cases, casesXhtml(input)],
  ];
  return [
    ['META-INF/container.xml', CONTAINER_XML],
    ...documents.map(([name, text]): [string, string] => [`${PACKAGE_DIR}/${name}`, text]),
  ];
}

/** The EPUB's bytes. */
export function writeEpub(input: EpubInput): Uint8Array<ArrayBuffer> {
  return ocfZip(epubFiles(input), input.date);
}
