/**
 * `<cite-passage>`: the Cite page's passage form. Pick a paragraph or note (or arrive with #p12
 * or #n3 in the address) and get its citation in every format, written into the copy blocks the
 * page renders empty inside the form (src/components/CopyBlock.astro, `passage-<format>`). Each
 * option carries its number (`data-n`), the working paper's pages it stands on (`data-pages`,
 * "p. 12") and its group the kind of passage (`data-kind`), so that this script needs no
 * knowledge of the id scheme.
 */
import { FILES, url } from '../lib/site/routes.ts';
import { type CitationTemplates, fillCitation } from './passage-citation.ts';

class CitePassage extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    const out = this.querySelector<HTMLElement>('output, [aria-live]');
    if (!select || !out) return;
    const wanted = location.hash.slice(1);
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
    const render = (templates: CitationTemplates) => {
      const option = select.selectedOptions[0];
      const kind = option?.parentElement?.dataset['kind'];
      const n = option?.dataset['n'];
      const pages = option?.dataset['pages'];
      if (!n || (kind !== 'paragraph' && kind !== 'note')) return;
      for (const [format, text] of Object.entries(templates[kind])) {
        const pre = out.querySelector(`#passage-${format}`);
        if (pre) pre.textContent = fillCitation(templates, text, n, pages);
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
        // Shown once filled: never a form with empty copy blocks.
        this.hidden = false;
        // Arrived with #p13: the browser found no such id to scroll to; show the rendered passage.
        if (select.value === wanted) this.scrollIntoView();
      });
  }
}

customElements.define('cite-passage', CitePassage);
