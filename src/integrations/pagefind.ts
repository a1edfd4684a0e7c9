/**
 * Builds the search index after the site is built, with Pagefind's Node API: one record per
 * paragraph and per note (addressed to its anchor), one per editor's note (on /commentary/), and the HTML of the About page and of each
 * source, concept and case page (their `data-pagefind-body` part, as
 * src/lib/search/index-html.ts gives it). The index holds site paths (`/paper/#p12`); the
 * search interface gives Pagefind the site's base, which it puts in front.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { getContent } from '../content-layer/index.ts';
import { FILES } from '../lib/site/routes.ts';
import { forSearchIndex } from '../lib/search/index-html.ts';
import { commentaryRecords, indexedPageKind, paperRecords } from '../lib/search/records.ts';

function check<T extends { errors: string[] }>(result: T, what: string): T {
  if (result.errors.length > 0) throw new Error(`Pagefind (${what}): ${result.errors.join('; ')}`);
  return result;
}

/** The Astro integration. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'edition-search',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        let count = 0;
        // Pagefind runs a service process: close it whatever happens, or a failed check leaves
        // the build hanging on it.
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const { edition, commentary } = getContent();
          const records = [
            ...paperRecords(edition),
            ...commentaryRecords(commentary.notes, edition),
          ];
          for (const record of records) {
            check(await index.addCustomRecord(record), record.url);
            count++;
          }
          for (const { pathname } of pages) {
            const url = `/${pathname}`;
            if (!indexedPageKind(url)) continue;
            const content = forSearchIndex(
              readFileSync(path.join(site, pathname, 'index.html'), 'utf8'),
            );
            check(await index.addHTMLFile({ url, content }), url);
            count++;
          }
          const outputPath = path.join(site, FILES.pagefindDir);
          check(await index.writeFiles({ outputPath }), 'write');
        } finally {
          await pagefind.close();
        }
        logger.info(`Search: ${count} records indexed.`);
      },
    },
  };
}
