/** The whole bibliography as one file per export format (`/bibliography.bib`…), in listing order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../content-layer/index.ts';
import {
  EXPORT_EXTENSIONS,
  EXPORT_FORMATS,
  type ExportExtension,
} from '../lib/citation/exports.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { bibliographyPath } from '../lib/site/routes.ts';
import { sources } from '../lib/citation/sources.ts';

export const getStaticPaths = (() =>
  EXPORT_EXTENSIONS.map((ext) => ({ params: { ext } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const ext = params['ext'] as ExportExtension;
  const { works, edition } = getContent();
  return new Response(EXPORT_FORMATS[ext].write(sources(works, edition).map((s) => s.work)), {
    headers: { 'Content-Type': mediaTypeOf(bibliographyPath(ext)) },
  });
};
