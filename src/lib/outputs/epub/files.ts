/**
 * The files of the EPUB package, in one place: their names inside `OEBPS/`, and the address of an
 * anchor in one of them. The anchors are the site's (src/lib/site/ids.ts).
 */
import type { MarkKind } from '../../edition/model.ts';

/** The folder of the package inside the container. */
export const PACKAGE_DIR = 'OEBPS';

/** The package's own documents, besides one per section. */
export const DOCUMENTS = {
  title: 'title.xhtml',
  nav: 'nav.xhtml',
  guide: 'guide.xhtml',
  commentary: 'commentary.xhtml',
  commentaryWorks: 'commentary-works.xhtml',
  apparatus: 'apparatus.xhtml',
  bibliography: 'bibliography.xhtml',
  concepts: 'concepts.xhtml',
  cases: 'cases.xhtml',
  stylesheet: 'style.css',
  package: 'package.opf',
} as const;

/** The document of a section of the paper: `introduction.xhtml`. */
export function sectionDocument(sectionId: string): string {
  return `${sectionId}.xhtml`;
}

/** The document that holds the entries of each kind of mark. */
export const MARK_DOCUMENTS: Record<MarkKind, string> = {
  concept: DOCUMENTS.concepts,
  case: DOCUMENTS.cases,
  work: DOCUMENTS.bibliography,
};

/** An anchor in a document of the package: `apparatus.xhtml#gap-1`. */
export function packageHref(document: string, anchor?: string): string {
  return anchor ? `${document}#${anchor}` : document;
}
