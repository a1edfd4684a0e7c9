/**
 * `<search-page code="/search-ui.js">`: the /search/ page's form, facets and results, run by the
 * search interface (the script the header's `<search-launcher>` loads, at the same address, so
 * the browser loads it once). Without JavaScript the form still submits to the page, and the page
 * says what search needs.
 */
type SearchUi = typeof import('./search-ui.ts');

class SearchPage extends HTMLElement {
  connectedCallback(): void {
    const code = this.getAttribute('code') ?? '';
    void (import(/* @vite-ignore */ code) as Promise<SearchUi>).then((m) =>
      m.mountSearchPage(this),
    );
  }
}

customElements.define('search-page', SearchPage);
