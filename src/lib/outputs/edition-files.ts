/**
 * The bytes of every file in DOWNLOADS (downloads.ts), written from the checked content: the one
 * place that knows which writer makes which file. The endpoints serve them, and the Downloads
 * page states their sizes; each is made once per build (kept with the content it came from).
 */
import type { Content } from '../../content-layer/index.ts';
import { EXPORT_FORMATS, type ExportExtension } from '../citation/exports.ts';
import { sources } from '../citation/sources.ts';
import { editionJson, plainText } from '../edition/outputs.ts';
import { absoluteUrl, bibliographyPath, FILES, PAGES } from '../site/routes.ts';
import { DOWNLOADS } from './downloads.ts';
import { annotationText, commentaryCollection } from '../commentary/annotations.ts';
import { shortReference } from '../commentary/render.ts';
import { editionPdf } from './edition-pdf.ts';
import { epubInput, writeEpub } from './epub/index.ts';
import { teiDocument } from './tei.ts';

type Writer = (content: Content, site: URL | undefined) => string | Uint8Array<ArrayBuffer>;

const bibliography =
  (ext: ExportExtension): Writer =>
  ({ works, edition }) =>
    EXPORT_FORMATS[ext].write(sources(works, edition).map((s) => s.work));

/** Site path → what writes it. */
const WRITERS: Record<string, Writer> = {
  [FILES.pdf]: (content, site) => editionPdf(content, (sitePath) => absoluteUrl(sitePath, site)),
  [FILES.epub]: (content, site) =>
    writeEpub(
      epubInput(content, (sitePath) => absoluteUrl(sitePath, site), absoluteUrl(FILES.epub, site)),
    ),
  [FILES.tei]: ({ edition, paperFacts, works, concepts, cases, date, commentary }, site) =>
    teiDocument({
      edition,
      commentary,
      paperFacts,
      works,
      concepts,
      cases,
      date,
      urls: {
        tei: absoluteUrl(FILES.tei, site),
        paper: absoluteUrl(PAGES.paper, site),
        witness: absoluteUrl(FILES.witness, site),
      },
    }),
  [FILES.edition]: (content, site) => {
    const downloads = DOWNLOADS.map(({ path, format, contents, validated }) => ({
      url: absoluteUrl(path, site),
      format,
      contents,
      ...(path === FILES.edition ? {} : { bytes: editionFile(content, path, site).byteLength }),
      ...(validated ? { validated } : {}),
    }));
    const json = editionJson(
      content.edition,
      content.paperFacts,
      absoluteUrl(PAGES.paper, site),
      downloads,
    );
    return JSON.stringify(json, null, 2);
  },
  [FILES.paperText]: ({ edition }) => plainText(edition),
  [FILES.witness]: ({ witness }) => witness,
  // The commentary's works with their verification records, apart from the paper's works.
  [FILES.commentaryWorks]: ({ commentary }) => `${JSON.stringify(commentary.works, null, 2)}\n`,
  [FILES.commentaryAnnotations]: ({ commentary, edition }, site) => {
    const works = new Map(commentary.works.map((w) => [w.id, w]));
    const cite = (id: string, locator?: string) =>
      shortReference(locator === undefined ? { id } : { id, locator }, works.get(id));
    const collection = commentaryCollection(
      commentary.notes,
      edition.paragraphs,
      (note) => annotationText(note, cite),
      {
        paper: absoluteUrl(PAGES.paper, site),
        note: (id) => absoluteUrl(`${PAGES.commentary}#${id}`, site),
      },
    );
    return `${JSON.stringify(collection, null, 2)}\n`;
  },
  [bibliographyPath('bib')]: bibliography('bib'),
  [bibliographyPath('ris')]: bibliography('ris'),
  [bibliographyPath('json')]: bibliography('json'),
};

const made = new WeakMap<Content, Map<string, Uint8Array<ArrayBuffer>>>();

/**
 * The bytes of the edition file at `path` (a site path of DOWNLOADS). `site` is the build's
 * (Astro's `site`), the same for every call of a build.
 */
export function editionFile(
  content: Content,
  path: string,
  site: URL | undefined,
): Uint8Array<ArrayBuffer> {
  let files = made.get(content);
  if (!files) made.set(content, (files = new Map()));
  let bytes = files.get(path);
  if (!bytes) {
    const write = WRITERS[path];
    if (!write) throw new Error(`No writer for ${path}: add it to WRITERS in edition-files.ts.`);
    const out = write(content, site);
    bytes = typeof out === 'string' ? new TextEncoder().encode(out) : out;
    files.set(path, bytes);
  }
  return bytes;
}
