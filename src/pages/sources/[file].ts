/** One work's entry as a file: `/sources/<id>.bib`, `.ris` or `.json` (CSL-JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getContent } from '../../content-layer/index.ts';
import { EXPORT_FORMATS } from '../../lib/citation/exports.ts';
import { mediaTypeOf } from '../../lib/media-types.ts';
import type { Work } from '../../lib/schemas.ts';

type Extension = keyof typeof EXPORT_FORMATS;

export const getStaticPaths = (() =>
  getContent().works.flatMap((work) =>
    (Object.keys(EXPORT_FORMATS) as Extension[]).map((ext) => ({
      params: { file: `${work.id}.${ext}` },
      props: { work, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { work, ext } = props as { work: Work; ext: Extension };
  return new Response(EXPORT_FORMATS[ext].write([work]), {
    headers: { 'Content-Type': mediaTypeOf(`.${ext}`) },
  });
};
