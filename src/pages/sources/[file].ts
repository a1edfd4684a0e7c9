/** One work's entry as a file: `/sources/<id>.bib`, `.ris` or `.json` (CSL-JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../content-layer/index.ts';
import {
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  type ExportExtension,
} from '../../lib/citation/exports.ts';
import { mediaTypeOf } from '../../lib/site/media-types.ts';
import { PAGES, sourceFilePath } from '../../lib/site/routes.ts';
import type { Work } from '../../lib/content/schemas.ts';

export const getStaticPaths = (() =>
  getContent().works.flatMap((work) =>
    EXPORT_EXTENSIONS.map((ext) => ({
      // The file's name within this folder, so that it is the address sourceFilePath() gives.
      params: { file: sourceFilePath(work.id, ext).slice(PAGES.sources.length) },
      props: { work, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { work, ext } = props as { work: Work; ext: ExportExtension };
  return new Response(EXPORT_FORMATS[ext].write([work]), {
    headers: { 'Content-Type': mediaTypeOf(sourceFilePath(work.id, ext)) },
  });
};
