/**
 * Builds the Pagefind search index over the finished site, with Pagefind's Node API, so that
 * `astro build` alone yields a site whose search works.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The Astro integration. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'edition-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        await index.writeFiles({ outputPath: `${site}pagefind` });
        await pagefind.close();
        logger.info(`Pagefind indexed ${added.page_count} pages.`);
      },
    },
  };
}
