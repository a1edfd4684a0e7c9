/**
 * Scripts that a page loads only when a reader needs them (search, previews), bundled by esbuild
 * to stable addresses (`/search-ui.js`, `/previews.js`, `/annotations.js`, under the site's
 * base), each carrying the CSS it imports with `?inline` (adopted by src/scripts/stylesheet.ts). A page's element
 * gets the address from its markup and imports it, so the on-load script carries no bundler
 * loader code and Astro inlines it into the page. Vite's own dynamic `import()` was measured as
 * the alternative: Astro never inlines a script that has one, and Vite adds its preload helper;
 * /paper/ then loads about 1.4 KB more (gzip), 1.68 × the size of its text (the budget is 1.6 ×).
 * `astro dev` serves them from memory; `astro build` writes them next to the pages.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build, type Plugin, transform } from 'esbuild';
import { FILES, sitePathOf } from '../lib/site/routes.ts';

/** Site path of each script → its source file under src/scripts/. */
export const LAZY_SCRIPTS: Record<string, string> = {
  [FILES.searchUi]: 'search-ui.ts',
  [FILES.searchSuggestions]: 'search-suggestions.ts',
  [FILES.previewsCode]: 'previews.ts',
  [FILES.annotations]: 'annotations/main.ts',
  [FILES.readerSettings]: 'reader-settings.ts',
  [FILES.readingPosition]: 'reading-position.ts',
};

/** Resolves `x.css?inline` as Vite does, minified: the stylesheet's text as a string. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(b) {
    b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
      path: path.join(args.resolveDir, args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    b.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: (await transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true }))
        .code,
      loader: 'text',
    }));
  },
};

/** Bundles one lazy script, with the stylesheets it imports, for a site under `base`. */
async function bundle(source: string, base: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../scripts/${source}`, import.meta.url))],
    plugins: [inlineCss],
    // What Vite does for the scripts it bundles: src/lib/site/routes.ts reads the base from it.
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The Astro integration. */
export default function lazyScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'edition-lazy-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          // Vite may have taken the base off the address already: accept it with or without.
          const address = req.url?.split('?')[0] ?? '';
          const source = LAZY_SCRIPTS[sitePathOf(address, base) ?? address];
          if (!source) return next();
          bundle(source, base).then(
            (code) => res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(code),
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [address, source] of Object.entries(LAZY_SCRIPTS)) {
          writeFileSync(path.join(fileURLToPath(dir), address), await bundle(source, base));
        }
        logger.info(`Bundled ${Object.keys(LAZY_SCRIPTS).join(', ')}.`);
      },
    },
  };
}
