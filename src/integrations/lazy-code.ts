/**
 * Code that a page loads only when a reader needs it (search, previews, annotations, the reader
 * settings' panel, the reading position), built by Astro's own Vite to fixed addresses
 * (`/search-ui.js`, … under the site's base), with the CSS each imports as `?inline` and the base
 * in `import.meta.env.BASE_URL`, as for every other script. A page's element gets the address
 * from its markup (src/lib/site/routes.ts) and imports it, so that the on-load script carries no
 * bundler code and Astro still inlines it into the page.
 *
 * Why not `import('./search-ui.ts')` in the on-load scripts, Vite's own way: measured on /paper/
 * with Astro 7.3.5 and Vite 8, Astro never inlines a script that has a dynamic import, Vite wraps
 * each one in its preload helper (a chunk of its own, `build.modulePreload: false` or not), and
 * the code the two sides share becomes chunks that the on-load scripts import, so that none of
 * them is inlined either: the page then loads four scripts and the helper instead of none.
 *
 * So the lazy code is a Vite environment of its own, `lazy`, which Astro's build builds after its
 * own (the `buildApp` hook): its entries keep their exported API and fixed names, and the code
 * they share goes to `_astro/` beside Astro's. `astro dev` serves each address from its source.
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { FILES } from '../lib/site/routes.ts';

/** Site path of each script → its source file under src/scripts/. */
const LAZY_CODE: Record<string, string> = {
  [FILES.searchUi]: 'search-ui.ts',
  [FILES.searchSuggestions]: 'search-suggestions.ts',
  [FILES.pageTools]: 'page-tools.ts',
  [FILES.notesInPlace]: 'notes-in-place.ts',
  [FILES.annotations]: 'annotations/main.ts',
  [FILES.readerSettings]: 'reader-settings.ts',
  [FILES.readingPosition]: 'reading-position.ts',
};

const ENVIRONMENT = 'lazy';

const sourceOf = (file: string) => fileURLToPath(new URL(`../scripts/${file}`, import.meta.url));

/** The Vite plugin. */
export default function lazyCode(): Plugin {
  return {
    name: 'edition-lazy-code',
    // Before Vite's own resolver, which would look for the address in public/.
    enforce: 'pre',
    config(config, { command }) {
      if (command !== 'build') return;
      // Astro's client output (its --outDir), which the environments share.
      const outDir = config.environments?.['client']?.build?.outDir;
      if (!outDir) throw new Error('edition-lazy-code: Astro set no client outDir to build into.');
      return {
        environments: {
          [ENVIRONMENT]: {
            consumer: 'client',
            build: {
              outDir,
              // What Astro's shared build settings say for its server side, undone.
              ssr: false,
              minify: true,
              rolldownOptions: {
                // Each entry keeps the functions its loader calls (openDialog, start, toggle…).
                preserveEntrySignatures: 'exports-only',
                input: Object.fromEntries(
                  Object.entries(LAZY_CODE).map(([address, file]) => [
                    address.slice(1).replace(/\.js$/, ''),
                    sourceOf(file),
                  ]),
                ),
                output: {
                  entryFileNames: '[name].js',
                  chunkFileNames: '_astro/[name].[hash].js',
                },
              },
            },
          },
        },
      };
    },
    buildApp: {
      order: 'post',
      async handler(builder) {
        const environment = builder.environments[ENVIRONMENT];
        if (environment) await builder.build(environment);
      },
    },
    // `astro dev`: the address is the source, which Vite serves as it serves every script.
    resolveId(id) {
      const file = LAZY_CODE[id.split('?')[0] ?? ''];
      return file && this.environment.mode === 'dev' ? sourceOf(file) : undefined;
    },
  };
}
