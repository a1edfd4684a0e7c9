/**
 * `<cite-passage>`: the Cite page's passage form. The page renders the blocks filled for ¶ 1 (so
 * that they read without JavaScript) and the chooser disabled; this script enables it and,
 * for the paragraph or note picked (or named by #p12 or #n3 in the address), writes its citation
 * in every format into the copy blocks (src/components/CopyBlock.astro, `passage-<format>`):
 * the styles as HTML, as each sets them, the rest as text; the access date is today. Each option
 * carries its number (`data-n`), the working paper's pages it stands on (`data-pages`, "p. 12")
 * and its group the kind of passage (`data-kind`), so that this script needs no knowledge of the
 * id scheme.
 */
import { FILES, url } from '../lib/site/routes.ts';
import { type CitationTemplates, fillCitation } from './passage-citation.ts';

class CitePassage extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    const out = this.querySelector<HTMLElement>('[aria-live]');
    if (!select || !out) return;
    const wanted = location.hash.slice(1);
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
    const render = (templates: CitationTemplates) => {
      const option = select.selectedOptions[0];
      const kind = option?.parentElement?.dataset['kind'];
      const n = option?.dataset['n'];
      const pages = option?.dataset['pages'];
      if (!n || (kind !== 'paragraph' && kind !== 'note')) return;
      const { text, html } = templates[kind];
      for (const [format, template] of Object.entries(text)) {
        const block = out.querySelector(`#passage-${format}`);
        if (!block) continue;
        const styled = html[format];
        // The styles' HTML is our build's, reduced to <i>, <b>, <sup>, <sub> (citation-html.ts).
        if (styled !== undefined) block.innerHTML = fillCitation(templates, styled, n, pages);
        else block.textContent = fillCitation(templates, template, n, pages);
      }
    };
    void fetch(url(FILES.cite))
      .then((r) => r.json() as Promise<CitationTemplates>)
      .then((templates) => {
        select.addEventListener('change', () => {
          history.replaceState(null, '', `#${select.value}`);
          render(templates);
        });
        render(templates);
        // The chooser works once the blocks follow it; the words on the default go.
        select.disabled = false;
        for (const part of this.querySelectorAll<HTMLElement>('[data-without-script]'))
          part.hidden = true;
        // Arrived with #p13: the browser found no such id to scroll to; show the rendered passage.
        if (select.value === wanted) this.scrollIntoView();
      });
  }
}

customElements.define('cite-passage', CitePassage);
