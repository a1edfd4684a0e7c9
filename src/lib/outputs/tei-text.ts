/**
 * The paper's text in TEI: a Phrase tree (src/lib/edition/model.ts) as TEI inline markup, with
 * each note written where its marker stands and each editorial intervention encoded as what it
 * is. The ids are the site's (src/lib/site/ids.ts): `p12`, `n18`, `gap-1`, `ed-…`.
 */
import type { MarkKind, Paragraph, Phrase, PlacedIntervention, Section } from '../edition/model.ts';
import { editorialId, noteId } from '../site/ids.ts';
import { type Attributes, block, element, textElement, xmlText } from './xml.ts';

/** The `xml:id` of the editor's `respStmt`, which every editorial act points to with `resp`. */
export const EDITOR_ID = 'editor';

/** The `xml:id` of an entry of the back matter: `work-cronin-1999`, `concept-binding`, `case-wto`. */
export function entryXmlId(kind: MarkKind, id: string): string {
  return `${kind}-${id}`;
}

/** The section's notes by number, and its interventions by what they touch. */
export interface TextContext {
  /** The content of each note, by its number. */
  notes: ReadonlyMap<number, Phrase[]>;
  /** The section's interventions. */
  interventions: readonly PlacedIntervention[];
}

/** The context of one section. */
export function sectionContext(section: Section): TextContext {
  return {
    notes: new Map(section.notes.map((n) => [n.n, n.content])),
    interventions: section.interventions,
  };
}

/** An editorial remark on an intervention, with its certainty and the place it concerns. */
function editorialNote(item: PlacedIntervention, target: string): string {
  return element(
    'note',
    {
      type: 'editorial',
      place: 'margin',
      resp: `#${EDITOR_ID}`,
      cert: item.certainty,
      target: `#${target}`,
      'xml:id': editorialId(item.anchor),
    },
    xmlText(`${item.label}. ${item.explanation}`),
  );
}

/**
 * A note where its marker stands. A marker the editor restored is one the witness does not show:
 * the note is then `anchored="false"` (TEI: the copy text gives no place of attachment), and the
 * editor's remark says where it was placed and how sure that is; a slip the note prints is
 * remarked on the same way.
 */
function noteAt(n: number, context: TextContext): string {
  const restored = context.interventions.find((i) => i.kind === 'marker' && i.note === n);
  const attrs: Attributes = {
    n,
    place: 'foot',
    'xml:id': noteId(n),
    anchored: restored ? 'false' : undefined,
  };
  const note = element('note', attrs, phrases(context.notes.get(n) ?? [], context));
  // The remarks on it: where a restored marker was placed, how to read a slip it prints (sic).
  const remarks = context.interventions.filter((i) => i.note === n);
  return note + remarks.map((i) => editorialNote(i, noteId(n))).join('');
}

/** The element that wraps marked words, by what they point to. */
function markElement(kind: MarkKind, id: string, content: string): string {
  const pointer = `#${entryXmlId(kind, id)}`;
  if (kind === 'concept') return element('term', { ref: pointer }, content);
  if (kind === 'case') return element('rs', { type: 'case', ref: pointer }, content);
  return element('bibl', { corresp: pointer }, content);
}

function phrase(node: Phrase, context: TextContext): string {
  switch (node.type) {
    case 'text':
      return xmlText(node.value);
    case 'break':
      return '<lb/>';
    case 'emphasis':
      return element('hi', { rend: 'italic' }, phrases(node.children, context));
    case 'strong':
      return element('hi', { rend: 'bold' }, phrases(node.children, context));
    case 'title':
      // Found by the editor in the printed words (src/lib/edition/titles.ts); m and j in italics.
      return element(
        'title',
        { level: node.level, rend: node.level === 'a' ? undefined : 'italic' },
        phrases(node.children, context),
      );
    case 'link':
      return element('ref', { target: node.url }, phrases(node.children, context));
    case 'noteRef':
      return noteAt(node.n, context);
    case 'gap': {
      const item = context.interventions.find((i) => i.kind === 'gap' && i.anchor === node.id);
      const gap = element('gap', { 'xml:id': node.id, reason: 'lost', agent: 'extraction' });
      return item ? gap + editorialNote(item, node.id) : gap;
    }
    case 'pageBreak':
      // A reconstruction, not a break the witness shows: the editor's, with its certainty.
      return element('pb', { n: node.n, resp: `#${EDITOR_ID}`, cert: node.certainty });
    case 'mark':
      return markElement(node.kind, node.id, phrases(node.children, context));
  }
}

/** A Phrase tree as TEI inline content. */
export function phrases(nodes: readonly Phrase[], context: TextContext): string {
  return nodes.map((node) => phrase(node, context)).join('');
}

/**
 * A paragraph with the site's id and number; an inferred break is remarked on at its start, since
 * the break, not any word, is the editor's.
 */
export function paragraphElement(para: Paragraph, context: TextContext): string {
  const inferred = context.interventions.find(
    (i) => i.kind === 'paragraph' && i.paragraph === para.id,
  );
  const remark = inferred ? editorialNote(inferred, para.id) : '';
  return element('p', { 'xml:id': para.id, n: para.n }, remark + phrases(para.content, context));
}

/** A section as a `div` with its heading and paragraphs. */
export function sectionElement(section: Section): string {
  const context = sectionContext(section);
  const children = [
    textElement('head', {}, section.title),
    ...section.paragraphs.map((p) => paragraphElement(p, context)),
  ];
  return block('div', { type: 'section', n: section.order, 'xml:id': section.id }, children);
}
