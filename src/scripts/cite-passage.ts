/**
 * The Cite page's passage form: pick a paragraph or note (or arrive with #p12 / #n3 in the
 * address) and get its citation in every format, with copy buttons.
 */
interface Templates {
  placeholder: string;
  paragraph: Record<string, string>;
  note: Record<string, string>;
}

const LABELS: Record<string, string> = {
  chicago: 'Chicago',
  apa: 'APA',
  mla: 'MLA',
  bibtex: 'BibTeX',
  ris: 'RIS',
};
const form = document.querySelector<HTMLElement>('div.passage');
const select = document.querySelector<HTMLSelectElement>('#passage-select');
const out = document.querySelector<HTMLElement>('#passage-out');

function block(id: string, label: string, text: string): HTMLElement {
  const details = document.createElement('details');
  details.className = 'copy';
  details.open = true;
  const summary = document.createElement('summary');
  summary.textContent = label;
  const pre = document.createElement('pre');
  pre.id = id;
  pre.textContent = text;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = `Copy ${label}`;
  button.addEventListener('click', () => {
    void navigator.clipboard?.writeText(text).then(() => {
      button.textContent = 'Copied';
      window.setTimeout(() => (button.textContent = `Copy ${label}`), 1500);
    });
  });
  details.append(summary, pre, button);
  return details;
}

async function render(templates: Templates): Promise<void> {
  if (!select || !out) return;
  const [, kind, n] = /^([pn])(\d+)$/.exec(select.value) ?? [];
  if (!kind || !n) return;
  const set = kind === 'p' ? templates.paragraph : templates.note;
  out.replaceChildren(
    ...Object.entries(set).map(([format, text]) =>
      block(
        `passage-${format}`,
        LABELS[format] ?? format,
        text.replaceAll(templates.placeholder, n),
      ),
    ),
  );
}

if (form && select) {
  const wanted = location.hash.slice(1);
  if ([...select.options].some((o) => o.value === wanted)) select.value = wanted;
  form.hidden = false;
  void fetch('/cite.json')
    .then((r) => r.json() as Promise<Templates>)
    .then((templates) => {
      select.addEventListener('change', () => {
        history.replaceState(null, '', `#${select.value}`);
        void render(templates);
      });
      return render(templates);
    });
}
