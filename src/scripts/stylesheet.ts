/**
 * Styles for code that is itself loaded on demand (search, previews, annotations): its CSS comes
 * bundled in its script and is adopted as a constructed stylesheet. Pages that never use the code
 * pay nothing; it costs no request of its own; and the Content Security Policy needs no hash for
 * it, since it governs `<style>` elements and style attributes, not stylesheets built with CSSOM.
 */
const adopted = new Set<string>();

/** Adds the CSS to the document's stylesheets (once). */
export function adoptStylesheet(css: string): void {
  if (adopted.has(css)) return;
  adopted.add(css);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
