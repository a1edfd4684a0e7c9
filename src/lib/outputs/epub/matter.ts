/**
 * The EPUB's documents around the paper: the title page, the apparatus (every intervention, as on
 * /about/), the bibliography (Chicago), the glossary of concepts and the cases. Their anchors are
 * the site's: an intervention is listed under its anchor in the text (`gap-1`, `nref18`, `p12`),
 * an entry under its id.
 */
import { type Edition, INTERVENTION_KINDS } from '../../edition/model.ts';
import { formatRange } from '../../entries/dates.ts';
import { paragraphLabel, TITLE_BLOCK_ID } from '../../site/ids.ts';
import { BYLINE, EDITION_TITLE, TITLE } from '../../site/metadata.ts';
import { entryPath, PAGES } from '../../site/routes.ts';
import { DOCUMENTS, packageHref, sectionDocument } from './files.ts';
import type { EpubInput } from './input.ts';
import { element, escapeXml, htmlAsXhtml, xhtmlDocument } from './xhtml.ts';

/** A document that is one DPUB-ARIA region with a heading. */
function region(epubType: string, role: string, heading: string, inner: string): string {
  return element(
    'section',
    { 'epub:type': epubType, role, 'aria-labelledby': 'heading' },
    `<h1 id="heading">${escapeXml(heading)}</h1>${inner}`,
  );
}

/** The title page: title, authors, the source, this edition and where it lives online. */
export function titleXhtml(input: EpubInput): string {
  const web = input.webUrl(PAGES.paper);
  const body = element(
    'section',
    {
      'epub:type': 'titlepage',
      class: 'titlepage',
      'aria-label': 'Title page',
      id: TITLE_BLOCK_ID,
    },
    [
      `<h1>${escapeXml(TITLE)}</h1>`,
      `<p class="byline">${escapeXml(BYLINE)}</p>`,
      `<p class="source">Edited from the working paper of May 2000: ${escapeXml(input.source)}</p>`,
      `<p class="edition">${escapeXml(EDITION_TITLE)}, version of ${escapeXml(input.date)}.</p>`,
      `<p class="edition">The web edition: <a href="${escapeXml(web)}">${escapeXml(web)}</a>. The authors’ words are kept exactly as the source gives them; every editorial act is marked in the text and listed in the apparatus.</p>`,
    ].join(''),
  );
  return xhtmlDocument(TITLE, body);
}

/** Every intervention in the order of the text, each linked to its place. */
export function apparatusXhtml(edition: Edition, webUrl: (sitePath: string) => string): string {
  const titles = new Map(edition.sections.map((s) => [s.id, s.title]));
  const labels = new Map(edition.paragraphs.map((p) => [p.id, paragraphLabel(p.n)]));
  const items = edition.interventions.map((i) =>
    element(
      'li',
      { id: i.anchor },
      [
        `<span class="kind">${INTERVENTION_KINDS[i.kind]}</span> `,
        element(
          'a',
          {
            href: packageHref(
              i.kind === 'title' ? DOCUMENTS.title : sectionDocument(i.section),
              i.anchor,
            ),
          },
          escapeXml(i.label),
        ),
        i.paragraph === undefined
          ? ', at the head of the paper'
          : `, ${escapeXml(labels.get(i.paragraph) ?? i.paragraph)} (${escapeXml(titles.get(i.section) ?? i.section)})`,
        i.certainty ? `; certainty: ${i.certainty}` : '',
        `. ${escapeXml(i.explanation)}`,
      ].join(''),
    ),
  );
  const about = webUrl(PAGES.about);
  const inner =
    `<p>${edition.interventions.length} interventions, in the order of the text. Each links to its place in the paper. The editorial principles are on <a href="${escapeXml(about)}">${escapeXml(about)}</a>.</p>` +
    element('ol', { class: 'interventions' }, items.join(''));
  return xhtmlDocument(
    'Editorial interventions',
    region('appendix', 'doc-appendix', 'Editorial interventions', inner),
  );
}

/** The works the notes cite, in Chicago style. */
export function bibliographyXhtml(input: EpubInput): string {
  const items = input.references.map((r) => element('li', { id: r.id }, htmlAsXhtml(r.html)));
  const inner = `<p>The works the notes cite, with facts verified by the editors (Chicago style).</p><ul class="references">${items.join('')}</ul>`;
  return xhtmlDocument(
    'Bibliography',
    region('bibliography', 'doc-bibliography', 'Bibliography', inner),
  );
}

/** The concepts the text marks: term, definition, the paper's own words, the editors' note. */
export function conceptsXhtml(input: EpubInput): string {
  const entries = input.concepts.map(({ id, data, html }) => {
    const own = data.paperDefinition
      ? `<blockquote><p>${escapeXml(data.paperDefinition)}</p></blockquote>`
      : '';
    const online = input.webUrl(entryPath('concepts', id));
    return (
      `<dt id="${escapeXml(id)}">${escapeXml(data.term)}</dt>` +
      element(
        'dd',
        {},
        `<p>${escapeXml(data.definition)}</p>${own}${htmlAsXhtml(html)}<p class="online"><a href="${escapeXml(online)}">${escapeXml(online)}</a></p>`,
      )
    );
  });
  const inner = `<p>The concepts marked in the text, in the editors’ words; where the paper defines a term, its own words are quoted.</p><dl>${entries.join('')}</dl>`;
  return xhtmlDocument('Concepts', region('glossary', 'doc-glossary', 'Concepts', inner));
}

/** The historical cases the text marks: dates, what happened, how the paper uses it. */
export function casesXhtml(input: EpubInput): string {
  const entries = input.cases.map(({ id, data }) => {
    const online = input.webUrl(entryPath('cases', id));
    return element(
      'section',
      { id, 'aria-labelledby': `${id}-title` },
      [
        `<h2 id="${escapeXml(id)}-title">${escapeXml(data.title)}</h2>`,
        `<p class="dates">${escapeXml(formatRange(data.start, data.end))}</p>`,
        `<p>${escapeXml(data.summary)}</p>`,
        `<p><b>In the paper:</b> ${escapeXml(data.role)}</p>`,
        `<p class="online"><a href="${escapeXml(online)}">${escapeXml(online)}</a></p>`,
      ].join(''),
    );
  });
  const inner = `<p>The historical cases marked in the text, in the editors’ words.</p>${entries.join('')}`;
  return xhtmlDocument('Cases', region('appendix', 'doc-appendix', 'Historical cases', inner));
}
