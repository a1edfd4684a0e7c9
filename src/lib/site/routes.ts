/**
 * Every address of the site, in one place. Code names a place by its site path, written from the
 * site's root ("/paper/#p12"); `url()` turns that into the address a browser follows under Astro's
 * `base` ("/edition/paper/#p12" when the site is deployed at /edition/), and `absoluteUrl()` into
 * the public address that canonical links and citations print. With the default base `/`, a site
 * path and its URL are the same.
 */

/** The pages of the site. */
export const PAGES = {
  home: '/',
  paper: '/paper/',
  about: '/about/',
  cite: '/cite/',
  search: '/search/',
  sources: '/sources/',
  concepts: '/concepts/',
  cases: '/cases/',
  timeline: '/timeline/',
  index: '/index/',
  downloads: '/downloads/',
  /** The reader's guide to the argument (issue 21). */
  guide: '/guide/',
  /** The editor's commentary, every note under its ¶. */
  commentary: '/commentary/',
} as const;

/** Files the site publishes beside its pages. */
export const FILES = {
  edition: '/edition.json',
  /** The edition in TEI P5 (src/lib/outputs/tei.ts). */
  tei: '/edition.tei.xml',
  /** The edition as an EPUB 3 publication (src/lib/outputs/epub/). */
  epub: '/edition.epub',
  paperText: '/paper.txt',
  /** The edition typeset with Typst (src/lib/outputs/typst.ts). */
  pdf: '/edition.pdf',
  witness: '/witness.txt',
  previews: '/previews.json',
  cite: '/cite.json',
  /** The edition's words, for the search's "Did you mean …". */
  searchWords: '/search-words.json',
  /** The works the editor's commentary relies on, as CSL-JSON, apart from the paper's. */
  commentaryWorks: '/commentary-works.json',
  /** The editor's commentary as a W3C Web Annotation collection on /paper/. */
  commentaryAnnotations: '/commentary.annotations.jsonld',
  favicon: '/favicon.svg',
  /** The search interface, loaded on demand (src/integrations/lazy-code.ts). */
  searchUi: '/search-ui.js',
  /** The search's "Did you mean …" matcher, loaded when a query finds nothing relevant. */
  searchSuggestions: '/search-suggestions.js',
  /** The page's tools: previews, search launcher, Settings and My notes (page-tools.ts). */
  pageTools: '/page-tools.js',
  /** What a click on a note reference, gap mark or ¶ number does on /paper/ (notes-in-place.ts). */
  notesInPlace: '/notes-in-place.js',
  /** The reader's annotation layer on /paper/ (src/scripts/annotations/main.ts). */
  annotations: '/annotations.js',
  /** The reader settings' panel, loaded on the first press of its button. */
  readerSettings: '/reader-settings.js',
  /** The paper's contents rail, progress bar, resume offer and back-to-top control. */
  readingPosition: '/reading-position.js',
  /** Pagefind's bundle; it finds its index beside itself. */
  pagefind: '/pagefind/pagefind.js',
  pagefindDir: '/pagefind/',
} as const;

/** The kinds of entry page, by the folder they live in. */
export type EntryKind = 'sources' | 'concepts' | 'cases';

/** The page of a source, concept or case: `/concepts/binding/`. */
export function entryPath(kind: EntryKind, id: string): string {
  return `${PAGES[kind]}${id}/`;
}

/** The whole bibliography in one export format, by its extension: `/bibliography.ris`. */
export function bibliographyPath(ext: string): string {
  return `/bibliography.${ext}`;
}

/** One work's entry in one export format, by its extension: `/sources/cronin-1999.bib`. */
export function sourceFilePath(id: string, ext: string): string {
  return `${PAGES.sources}${id}.${ext}`;
}

/** A passage or other anchor on the paper page: `/paper/#p12`. */
export function paperPath(anchor: string): string {
  return `${PAGES.paper}#${anchor}`;
}

/** An anchor on the About page: `/about/#gap-1`. */
export function aboutPath(anchor: string): string {
  return `${PAGES.about}#${anchor}`;
}

/** A base as Astro's `base` option or `BASE_URL` gives it, with a slash at each end: `/edition/`. */
export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * The base as Vite wrote it in, `import.meta.env.BASE_URL`, always written out whole: Astro's env
 * plugin, on seeing the env object named alone in a module (optional chaining, or even in a
 * comment), inlines the object with every build-machine variable whose name the module's text
 * contains (`_`, the shell's last command, in any file) into the lazy client bundles. In Node
 * outside Vite it is undefined: the root.
 */
function builtBase(): string {
  try {
    return import.meta.env.BASE_URL;
  } catch {
    return '/';
  }
}

/**
 * The site's base as this module was built with it. Code that runs in Node outside Vite
 * (integrations) gets the base as an option and calls `withBase()`.
 */
// Pure: a bundle that imports only PAGES or FILES leaves the call out.
export const BASE = /* @__PURE__ */ normaliseBase(builtBase());

/** A site path under a base: `withBase('/paper/', '/edition/')` → `/edition/paper/`. */
export function withBase(sitePath: string, base: string): string {
  if (!sitePath.startsWith('/')) return sitePath;
  return `${normaliseBase(base)}${sitePath.slice(1)}`;
}

/** The URL of a site path under this build's base. */
export function url(sitePath: string): string {
  return withBase(sitePath, BASE);
}

/**
 * The public address of a site path, from the site's origin and base. `site` is Astro's
 * `Astro.site`, typed as optional but always set by astro.config.mjs: a missing one is a mistake
 * of the config, not a case to guess an address for.
 */
export function absoluteUrl(
  sitePath: string,
  site: URL | string | undefined,
  base: string = BASE,
): string {
  if (site === undefined)
    throw new Error('No `site` in astro.config.mjs: it gives public addresses.');
  return new URL(withBase(sitePath, base), site).href;
}

/** The site path of a URL under the base, or undefined when it lies outside the site. */
export function sitePathOf(urlPath: string, base: string = BASE): string | undefined {
  const b = normaliseBase(base);
  return urlPath.startsWith(b) ? `/${urlPath.slice(b.length)}` : undefined;
}

/** The entry a link leads to, from its href: `/edition/concepts/binding/` → concepts, binding. */
export function entryOf(
  href: string,
  base: string = BASE,
): { kind: EntryKind; id: string } | undefined {
  const [, kind, id] =
    /^\/(sources|concepts|cases)\/([^/#?]+)\/$/.exec(sitePathOf(href, base) ?? '') ?? [];
  return kind && id ? { kind: kind as EntryKind, id } : undefined;
}
