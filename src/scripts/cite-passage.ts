/**
 * `<cite-passage>`: the Cite page's passage form. Pick a paragraph or note (or arrive with #p12
 * or #n3 in the address) and get its citation in every format, each in a copy block like those
 * the page renders (src/components/CopyBlock.astro), with its `<copy-button>`, which those blocks
 * define on the page. Each option carries its number (`data-n`) and its group the kind of
 * passage (`data-kind`), so that this script needs no knowledge of the id scheme.
 */
import { FILES, url } from '../lib/routes.ts';

/** What /cite.json holds: each format's citation of a paragraph and of a note, by placeholder. */
interface Templates {
  placeholder: string;
  /** The label of each format: "Chicago", "CSL-JSON". */
  labels: Record<string, string>;
  paragraph: Record<string, string>;
  note: Record<string, string>;
}

/** A copy block: the disclosure, the text, and its copy button. */
function copyBlock(id: string, label: string, text: string): HTMLElement {
  const details = document.createElement('details');
  details.className = 'copy';
  details.open = true;
  const summary = document.createElement('summary');
  summary.textContent = label;
  const pre = document.createElement('pre');
  pre.id = id;
  pre.textContent = text;
  const copy = document.createElement('copy-button');
  copy.setAttribute('for', id);
  const button = document.createElement('button');
  button.type = 'button';
  button.hidden = true;
  button.textContent = `Copy ${label}`;
  copy.append(button);
  const actions = document.createElement('p');
  actions.className = 'actions';
  actions.append(copy);
  details.append(summary, pre, actions);
  return details;
}

class CitePassage extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    const out = this.querySelector<HTMLElement>('output, [aria-live]');
    if (!select || !out) return;
    const wanted = location.hash.slice(1);
    if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
    this.hidden = false;
    const render = (templates: Templates) => {
      const option = select.selectedOptions[0];
      const kind = option?.parentElement?.dataset['kind'];
      const n = option?.dataset['n'];
      if (!n || (kind !== 'paragraph' && kind !== 'note')) return;
      const set = templates[kind];
      out.replaceChildren(
        ...Object.entries(set).map(([format, text]) =>
          copyBlock(
            `passage-${format}`,
            templates.labels[format] ?? format,
            text.replaceAll(templates.placeholder, n),
          ),
        ),
      );
    };
    void fetch(url(FILES.cite))
      .then((r) => r.json() as Promise<Templates>)
      .then((templates) => {
        select.addEventListener('change', () => {
          history.replaceState(null, '', `#${select.value}`);
          render(templates);
        });
        render(templates);
        // Arrived with #p13: the browser found no such id to scroll to; show the rendered passage.
        if (select.value === wanted) this.scrollIntoView();
      });
  }
}

customElements.define('cite-passage', CitePassage);
