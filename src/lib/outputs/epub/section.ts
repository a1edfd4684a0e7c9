/**
 * One section of the paper as an EPUB content document: its heading, its numbered paragraphs with
 * the editor's remarks, and its notes as EPUB footnotes that link back to their references.
 */
import type { CommentaryNote } from '../../commentary/model.ts';
import type { Paragraph, PlacedIntervention, Section } from '../../edition/model.ts';
import { editorialHeading, noteRemarks, restoredNotes } from '../../edition/render.ts';
import { editorialId, paragraphLabel } from '../../site/ids.ts';
import { commentaryMarkXhtml } from './editors-layer.ts';
import { DOCUMENTS, packageHref } from './files.ts';
import { phraseContext, type PhraseContext, phrases } from './phrases.ts';
import { element, escapeXml, xhtmlDocument } from './xhtml.ts';

/** A remark on a gap or an inferred break, after its paragraph, linked to the apparatus. */
function remark(item: PlacedIntervention): string {
  const more = element(
    'a',
    { href: packageHref(DOCUMENTS.apparatus, item.anchor) },
    item.kind === 'gap' ? 'All interventions' : 'Why',
  );
  const body = item.kind === 'gap' ? ` ${escapeXml(item.explanation)} ` : ' ';
  // A note, not an aside: an aside is a landmark, and a section may have several remarks.
  return element(
    'div',
    { class: 'editorial', id: editorialId(item.anchor), role: 'note' },
    `<p><b>${escapeXml(editorialHeading(item))}</b>${body}${more}</p>`,
  );
}

function paragraph(
  para: Paragraph,
  section: Section,
  context: PhraseContext,
  commentary: readonly CommentaryNote[],
): string {
  const items = section.interventions.filter((i) => i.paragraph === para.id);
  const inferred = items.some((i) => i.kind === 'paragraph');
  const number = element('span', { class: 'paragraph-number' }, paragraphLabel(para.n));
  const mark = inferred
    ? `${element(
        'a',
        {
          class: 'inferred-break',
          href: packageHref(DOCUMENTS.apparatus, para.id),
          'aria-label': 'Editor: paragraph break inferred',
        },
        '[¶]',
      )} `
    : '';
  const text = element('p', { id: para.id }, `${number} ${mark}${phrases(para.content, context)}`);
  return (
    text +
    items
      .filter((i) => i.note === undefined)
      .map(remark)
      .join('') +
    // After the editorial remarks: the editors' commentary is another layer again.
    commentaryMarkXhtml(commentary.filter((n) => n.passage === para.id))
  );
}

/** The section's notes, each an EPUB footnote with a link back to its reference. */
function notes(section: Section, webUrl: (sitePath: string) => string): string {
  if (section.notes.length === 0) return '';
  const restored = restoredNotes(section);
  const asides = section.notes.map((note) => {
    const back = element(
      'a',
      { href: `#${note.refId}`, role: 'doc-backlink', 'aria-label': `${note.n}, back to the text` },
      `${note.n}.`,
    );
    const remarkLink = noteRemarks(section, note.n)
      .map(
        (item) =>
          ` ${element(
            'a',
            { class: 'marker-remark', href: packageHref(DOCUMENTS.apparatus, item.anchor) },
            `[${escapeXml(editorialHeading(item))}]`,
          )}`,
      )
      .join('');
    const body = phrases(note.content, phraseContext(restored, webUrl));
    return element(
      'aside',
      { 'epub:type': 'footnote', role: 'doc-footnote', id: note.id },
      `<p>${back} ${body}${remarkLink}</p>`,
    );
  });
  return element(
    'section',
    { class: 'notes', 'aria-labelledby': `${section.id}-notes` },
    `<h2 id="${section.id}-notes">Notes</h2>${asides.join('')}`,
  );
}

/** The content document of one section; `commentary` is the editor's notes, on any paragraph. */
export function sectionXhtml(
  section: Section,
  webUrl: (sitePath: string) => string,
  commentary: readonly CommentaryNote[] = [],
): string {
  const context = phraseContext(restoredNotes(section), webUrl);
  const body = element(
    'section',
    { 'epub:type': 'chapter', role: 'doc-chapter', 'aria-labelledby': section.id },
    `<h1 id="${section.id}">${escapeXml(section.title)}</h1>` +
      section.paragraphs.map((p) => paragraph(p, section, context, commentary)).join('') +
      notes(section, webUrl),
  );
  return xhtmlDocument(section.title, body);
}
