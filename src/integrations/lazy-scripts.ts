/**
 * Scripts that a page loads only when a reader needs them (search, previews), bundled by esbuild
 * to stable addresses (`/search-ui.js`, `/previews.js`, under the site's base), each with the
 * stylesheet it imports (`/search-ui.css`, `/previews.css`), which the script links when it runs. A page's element
 * gets the address from its markup and imports it, so the on-load script carries no bundler
 * loader code and Astro inlines it into the page. Vite's own dynamic `import()` was measured as
 * the alternative: Astro never inlines a script that has one, and Vite adds its preload helper;
 * /paper/ then loads about 1.4 KB more (gzip), 1.68 × the size of its text (the budget is 1.6 ×).
 * `astro dev` serves them from memory; `astro build` writes them next to the pages.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { FILES, sitePathOf } from '../lib/routes.ts';

/** Site path of each script → its source file under src/scripts/, and the site path of its CSS. */
export const LAZY_SCRIPTS: Record<string, { source: string; css: string }> = {
  [FILES.searchUi]: { source: 'search-ui.ts', css: FILES.searchUiCss },
  [FILES.previewsCode]: { source: 'previews.ts', css: FILES.previewsCss },
  [FILES.readingPosition]: { source: 'reading-position.ts', css: FILES.readingPositionCss },
};

/** Bundles one lazy script for a site under `base`: its code and the CSS it imports. */
async function bundle(source: string, base: string): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(`../scripts/${source}`, import.meta.url))],
    // What Vite does for the scripts it bundles: src/lib/routes.ts reads the base from it.
    define: { 'import.meta.env.BASE_URL': JSON.stringify(base) },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    // Needed for esbuild to write the imported CSS as a file of its own; nothing is written here.
    outdir: 'lazy',
    write: false,
    logLevel: 'warning',
  });
  const text = (ext: string) => result.outputFiles.find((f) => f.path.endsWith(ext))?.text ?? '';
  return { js: text('.js'), css: text('.css') };
}

/** Each file the lazy scripts make: site path → how to make it. */
function outputs(): [address: string, make: (base: string) => Promise<string>][] {
  return Object.entries(LAZY_SCRIPTS).flatMap(([address, { source, css }]) => [
    [address, async (base: string) => (await bundle(source, base)).js] as const,
    [css, async (base: string) => (await bundle(source, base)).css] as const,
  ]);
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
        const made = new Map(outputs());
        server.middlewares.use((req, res, next) => {
          // Vite may have taken the base off the address already: accept it with or without.
          const address = req.url?.split('?')[0] ?? '';
          const make = made.get(sitePathOf(address, base) ?? address);
          if (!make) return next();
          const type = address.endsWith('.css') ? 'text/css' : 'text/javascript';
          make(base).then(
            (code) => res.writeHead(200, { 'Content-Type': type }).end(code),
            (error: unknown) => next(error),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        for (const [address, { source, css }] of Object.entries(LAZY_SCRIPTS)) {
          const bundled = await bundle(source, base);
          writeFileSync(path.join(fileURLToPath(dir), address), bundled.js);
          writeFileSync(path.join(fileURLToPath(dir), css), bundled.css);
        }
        logger.info(`Bundled ${Object.keys(LAZY_SCRIPTS).join(', ')} and their stylesheets.`);
      },
    },
  };
}
