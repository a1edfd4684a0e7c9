/**
 * The package document (`package.opf`) under EPUB 3.2's rules (EPUBCheck 4.2.6 refuses 3.3-only
 * metadata): title, authors, language, dates, the source, and schema.org accessibility metadata
 * that states what the publication is: text only, with headings, a table of contents, a reading
 * order and, when the model has them, the working paper's page starts.
 */
import type { Edition } from '../../edition/model.ts';
import { AUTHORS, TITLE } from '../../site/metadata.ts';
import { DOCUMENTS } from './files.ts';
import { contents, pageList } from './navigation.ts';
import { attributes, escapeXml } from './xhtml.ts';

/** The claim of conformance, in the words EPUB Accessibility 1.1 asks for. */
export const CONFORMS_TO = 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA';

/** Who evaluated the publication against that claim (EPUB Accessibility 1.1 asks for a name). */
export const CERTIFIED_BY = 'The editors of the annotated digital edition (self-evaluation)';

/** What the accessibility metadata says, true of this publication. */
export function accessibilityFeatures(hasPages: boolean): string[] {
  return [
    'structuralNavigation',
    'tableOfContents',
    'readingOrder',
    'displayTransformability',
    ...(hasPages ? ['pageBreakMarkers', 'pageNavigation'] : []),
  ];
}

/** The summary a reader is shown before opening the book. */
export function accessibilitySummary(hasPages: boolean): string {
  return [
    'This publication is text only, with no images, audio or video, and meets WCAG 2.1 Level AA.',
    'Each section of the paper is a chapter with headings; notes are footnotes linked both ways;',
    'editorial interventions are marked in the text and listed in an apparatus;',
    'the editors’ reader’s guide and commentary are documents of their own, linked to the paragraphs they concern.',
    'Evaluated by the editors, with EPUBCheck and Ace by DAISY finding no error.',
    hasPages
      ? 'The page starts of the May 2000 working paper are marked and listed in a page list.'
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function meta(property: string, value: string, extra: Record<string, string> = {}): string {
  return `<meta${attributes({ property, ...extra })}>${escapeXml(value)}</meta>`;
}

/** The item of one file in the manifest. */
interface ManifestItem {
  id: string;
  href: string;
  type: string;
  properties?: string;
}

/** `package.opf`. */
export function packageOpf(
  edition: Edition,
  { identifier, date, source }: { identifier: string; date: string; source: string },
): string {
  const hasPages = pageList(edition).length > 0;
  const items: ManifestItem[] = [
    { id: 'nav', href: DOCUMENTS.nav, type: 'application/xhtml+xml', properties: 'nav' },
    { id: 'style', href: DOCUMENTS.stylesheet, type: 'text/css' },
    ...contents(edition).map(([href], i) => ({
      id: `doc-${i + 1}`,
      href,
      type: 'application/xhtml+xml',
    })),
  ];
  const spine = contents(edition).map((_, i) => `<itemref idref="doc-${i + 1}"/>`);
  // The table of contents is read after the title page.
  spine.splice(1, 0, '<itemref idref="nav"/>');
  const creators = AUTHORS.flatMap((a, i) => [
    `<dc:creator id="author-${i + 1}">${escapeXml(`${a.given} ${a.family}`)}</dc:creator>`,
    meta('role', 'aut', { refines: `#author-${i + 1}`, scheme: 'marc:relators' }),
    meta('file-as', `${a.family}, ${a.given}`, { refines: `#author-${i + 1}` }),
  ]);
  const metadata = [
    `<dc:identifier id="pub-id">${escapeXml(identifier)}</dc:identifier>`,
    `<dc:title>${escapeXml(TITLE)}</dc:title>`,
    '<dc:language>en</dc:language>',
    ...creators,
    `<dc:date>${date}</dc:date>`,
    `<dc:source id="source">${escapeXml(source)}</dc:source>`,
    // EPUB 3.2's way of naming the source of the page list (3.3's `pageBreakSource` is refused).
    ...(hasPages ? [meta('source-of', 'pagination', { refines: '#source' })] : []),
    meta('dcterms:modified', `${date}T00:00:00Z`),
    meta('schema:accessMode', 'textual'),
    meta('schema:accessModeSufficient', 'textual'),
    ...accessibilityFeatures(hasPages).map((f) => meta('schema:accessibilityFeature', f)),
    meta('schema:accessibilityHazard', 'none'),
    meta('schema:accessibilitySummary', accessibilitySummary(hasPages)),
    meta('dcterms:conformsTo', CONFORMS_TO),
    meta('a11y:certifiedBy', CERTIFIED_BY),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="pub-id" xml:lang="en">',
    `<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n${metadata.join('\n')}\n</metadata>`,
    `<manifest>\n${items.map((i) => `<item${attributes({ id: i.id, href: i.href, 'media-type': i.type, properties: i.properties })}/>`).join('\n')}\n</manifest>`,
    `<spine>\n${spine.join('\n')}\n</spine>`,
    '</package>',
    '',
  ].join('\n');
}
