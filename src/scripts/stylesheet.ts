/**
 * Loads a stylesheet of the site once, for code that is itself loaded on demand (search,
 * previews): pages that never use it pay nothing, and the Content Security Policy admits it as a
 * file of the site, with no hash of injected CSS to keep in step.
 */
const loading = new Map<string, Promise<void>>();

/** Adds `<link rel="stylesheet">` for `href` (once) and resolves when it has loaded. */
export function loadStylesheet(href: string): Promise<void> {
  let done = loading.get(href);
  if (!done) {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    done = new Promise<void>((resolve) => {
      // A stylesheet that fails to load leaves the interface usable, only plainer.
      link.addEventListener('load', () => resolve(), { once: true });
      link.addEventListener('error', () => resolve(), { once: true });
    });
    document.head.append(link);
    loading.set(href, done);
  }
  return done;
}
