/** The whole bibliography as one file per export format (`/bibliography.bib`…), in listing order. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../content-layer/index.ts';
import { EXPORT_EXTENSIONS } from '../lib/citation/exports.ts';
import { editionFile } from '../lib/outputs/edition-files.ts';
import { mediaTypeOf } from '../lib/site/media-types.ts';
import { bibliographyPath } from '../lib/site/routes.ts';

export const getStaticPaths = (() =>
  EXPORT_EXTENSIONS.map((ext) => ({ params: { ext } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const path = bibliographyPath(params['ext'] ?? '');
  return new Response(editionFile(getContent(), path, site), {
    headers: { 'Content-Type': mediaTypeOf(path) },
  });
};
