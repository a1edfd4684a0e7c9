/** One work's entry as a file: `/sources/<id>.bib`, `.ris` or `.json` (CSL-JSON). */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Work } from '../../lib/schemas.ts';
import { FORMATS, sources } from '../../lib/sources.ts';

export const getStaticPaths = (() =>
  sources().flatMap(({ work }) =>
    (Object.keys(FORMATS) as (keyof typeof FORMATS)[]).map((ext) => ({
      params: { file: `${work.id}.${ext}` },
      props: { work, ext },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { work, ext } = props as { work: Work; ext: keyof typeof FORMATS };
  return new Response(FORMATS[ext].write([work]), {
    headers: { 'Content-Type': FORMATS[ext].type },
  });
};
