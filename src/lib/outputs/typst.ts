/**
 * The edition as a Typst document, for `/edition.pdf` (compiled by src/lib/outputs/pdf.ts): A4, a
 * title page with contents, the sections with their numbered paragraphs linked to their permalinks
 * on /paper/, the notes as footnotes where their markers stand, the working paper's page starts in
 * the margin, then the editors' reader's guide and commentary (typst-commentary.ts), the editorial
 * apparatus and the bibliography. Pure: the model in, markup out.
 */
import type { Edition, Note, PlacedIntervention, Section } from '../edition/model.ts';
import { editorialHeading, noteRemarks, restoredNotes } from '../edition/render.ts';
import { noteLabel, paragraphLabel } from '../site/ids.ts';
import { aboutPath, entryPath, PAGES, paperPath } from '../site/routes.ts';
import { LAYER_RUNNING_HEAD } from './editors-layer.ts';
import {
  editorsLayerTypst,
  LAYER_END,
  LAYER_START,
  type TypstLayerInput,
  typstCommentaryMark,
  typstLabel,
} from './typst-commentary.ts';
import {
  type PhraseOptions,
  typstFromEntryHtml,
  typstLink,
  typstPhrases,
  typstString,
  typstText,
} from './typst-markup.ts';

/** What the document says about itself and where the web edition is. */
export interface TypstEditionInput extends TypstLayerInput {
  edition: Edition;
  title: string;
  /** The authors' names as printed, in the order of the byline. */
  authors: readonly string[];
  /** A short title for the running head. */
  shortTitle: string;
  /** Lines under the byline: what the source is, what this edition is. */
  description: readonly string[];
  /** The date of the content (ISO "2026-11-30"): the PDF's dates, so that builds agree. */
  date: string;
  /** The works, each with its Chicago entry as citation-js's HTML (`<i>` for titles). */
  bibliography: readonly { id: string; html: string }[];
}

/** The family the PDF is set in; its files are in assets/fonts/ (src/lib/outputs/pdf.ts). */
export const PDF_FONT = 'Libertinus Serif';

/** Typst's `datetime` of an ISO date. */
function typstDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Not an ISO date: ${iso}`);
  const [, y, m, d] = match.map(Number);
  return `datetime(year: ${y}, month: ${m}, day: ${d})`;
}

/**
 * Page setup and the two helpers the body calls: `pagestart` puts "p. N" in the left margin on
 * the line where it stands (a zero-size box measures where it is on the page); `para` numbers a
 * paragraph with its ¶ label, linked to its permalink.
 */
function preamble(input: TypstEditionInput): string {
  const { title, authors, shortTitle, date } = input;
  const head = `${typstText(shortTitle)} #h(1fr) ${typstText(authors.join(' and '))}`;
  // The guide's and the commentary's pages name the editors' layer, not the authors.
  const layerHead = `${typstText(shortTitle)} #h(1fr) ${typstText(LAYER_RUNNING_HEAD)}`;
  return `#set document(title: ${typstString(title)}, author: (${authors.map(typstString).join(', ')}), date: ${typstDate(date)})
#set text(font: ${typstString(PDF_FONT)}, size: 11pt, lang: "en", region: "us")
#let inlayer() = {
  let (start, end) = (query(${typstLabel(LAYER_START)}), query(${typstLabel(LAYER_END)}))
  let page = here().page()
  start.len() > 0 and end.len() > 0 and start.first().location().page() <= page and page <= end.first().location().page()
}
#set par(justify: true, leading: 0.65em, spacing: 1.1em)
#set page(
  paper: "a4",
  margin: (left: 3cm, right: 2.5cm, top: 2.8cm, bottom: 2.6cm),
  numbering: "1",
  header: context if counter(page).get().first() > 1 [
    #set text(size: 9pt, style: "italic")
    #if inlayer() [${layerHead}] else [${head}]
  ],
)
#set heading(numbering: none)
#show heading: set block(above: 1.6em, below: 0.9em)
#show heading.where(level: 1): set text(size: 14pt)
#show link: set text(fill: rgb("#1f3f7a"))
#show quote.where(block: true): set block(above: 0.7em, below: 0.9em)
#show quote.where(block: true): set text(style: "italic")
#set footnote.entry(separator: line(length: 30%, stroke: 0.5pt))
#show footnote.entry: set text(size: 9pt)
#show footnote.entry: set par(justify: true)
#let pagestart(n) = box(width: 0pt, height: 0pt, context {
  let x = here().position().x
  place(bottom + left, dx: 0.9cm - x, text(size: 8pt, fill: luma(80), style: "normal", weight: "regular", [p.~#n]))
})
#let para(label, url, body) = par[#link(url)[#text(size: 8.5pt, fill: luma(60), label)] #body]
`;
}

function titlePage(input: TypstEditionInput): string {
  const lines = input.description.map((d) => `#par[${typstText(d)}]`).join('\n');
  const web = input.permalink(PAGES.paper);
  return `#align(center)[
  #set par(justify: false)
  #show title: set text(size: 20pt)
  #show title: set block(below: 1.2em)
  #title()
  #block(below: 2em, text(size: 13pt, ${typstString(input.authors.join(' and '))}))
]
#set text(size: 10pt)
${lines}
#par[${typstText('The web edition: ')}${typstLink(web, typstText(web))}${typstText(`. Edition of ${input.date}.`)}]
#set text(size: 11pt)
#outline(title: ${typstString('Contents')}, depth: 1)
#pagebreak()
`;
}

/**
 * A note's footnote, numbered with the paper's own number (in brackets when restored), with the
 * editor's word on a slip it prints (`sic`).
 */
function footnote(
  note: Note,
  options: Omit<PhraseOptions, 'footnote' | 'linked'>,
  slips: readonly PlacedIntervention[],
): string {
  const remarks = slips.map(
    (i) =>
      ` ${typstLink(options.permalink(aboutPath(i.anchor)), typstText(`[${editorialHeading(i)}]`))}`,
  );
  const body =
    typstPhrases(note.content, { ...options, linked: new Set(), footnote: () => '' }) +
    remarks.join('');
  const numbering = options.restored.has(note.n) ? '"[1]"' : '"1"';
  return `#counter(footnote).update(${note.n - 1})#footnote(numbering: ${numbering})[${body}]`;
}

function section(s: Section, input: TypstEditionInput): string {
  const notes = new Map(s.notes.map((n) => [n.n, n]));
  const restored = restoredNotes(s);
  const base = { permalink: input.permalink, restored };
  const options: PhraseOptions = {
    ...base,
    linked: new Set(),
    footnote: (n) => {
      const note = notes.get(n);
      if (!note) throw new Error(`Note ${n} is referenced in ${s.id} but not defined there.`);
      return footnote(
        note,
        base,
        noteRemarks(s, n).filter((i) => i.kind === 'sic'),
      );
    },
  };
  const inferred = new Set(
    s.interventions.flatMap((i) => (i.kind === 'paragraph' ? [i.anchor] : [])),
  );
  const paragraphs = s.paragraphs.map((p) => {
    // An inferred paragraph break is marked at the paragraph's start, as on /paper/.
    const mark = inferred.has(p.id)
      ? `${typstLink(input.permalink(aboutPath(p.id)), typstText('[¶]'))} `
      : '';
    // Labelled, so that the guide and the commentary link to the paragraph inside the PDF.
    const para = `#para(${typstString(paragraphLabel(p.n))}, ${typstString(input.permalink(paperPath(p.id)))})[${mark}${typstPhrases(p.content, options)}] ${typstLabel(p.id)}`;
    const commentary = input.commentary.notes.filter((n) => n.passage === p.id);
    return commentary.length === 0 ? para : `${para}\n\n${typstCommentaryMark(commentary)}`;
  });
  return [`= ${typstText(s.title)}`, ...paragraphs].join('\n\n');
}

function interventionEntry(item: PlacedIntervention, input: TypstEditionInput): string {
  const sure = item.certainty ? ` (${item.certainty} certainty)` : '';
  // A paragraph break's label names its paragraph already; the title block stands before them all.
  const where =
    item.kind === 'paragraph' || item.paragraph === undefined
      ? ''
      : `${paragraphLabel(item.paragraph.replace(/^p/, ''))}. `;
  return `#par[${typstLink(input.permalink(aboutPath(item.anchor)), `#strong[${typstText(`${item.label}${sure}.`)}]`)} ${typstText(`${where}${item.explanation}`)}]`;
}

function apparatus(input: TypstEditionInput): string {
  const items = input.edition.interventions.map((i) => interventionEntry(i, input));
  const intro = `Every editorial intervention in the text, in reading order: the title and byline set at its head, the words lost in the source (shown as ${'[…]'}), the note markers the editor restored (their numbers in brackets), the paragraph breaks the editor inferred and the slips kept as printed, with how to read them (sic). The method is set out on the web edition’s About page.`;
  return [
    '#pagebreak()',
    `= ${typstText('Editorial apparatus')}`,
    `#par[${typstText(intro)}]`,
    '#set text(size: 10pt)',
    ...items,
    '#set text(size: 11pt)',
  ].join('\n\n');
}

function bibliography(input: TypstEditionInput): string {
  const entries = input.bibliography.map(
    ({ id, html }) =>
      `#par(hanging-indent: 1.5em)[${typstFromEntryHtml(html)} ${typstLink(input.permalink(entryPath('sources', id)), typstText('(web)'))}] ${typstLabel(`work-${id}`)}`,
  );
  const cited = input.edition.notes.length;
  const intro = `The works cited in the paper’s ${cited} notes (${noteLabel(1)}–${noteLabel(cited)}), in the Chicago style. Each links to its page in the web edition.`;
  return [
    `= ${typstText('Bibliography')}`,
    `#par[${typstText(intro)}]`,
    '#set text(size: 10pt)',
    ...entries,
  ].join('\n\n');
}

/** The whole document as Typst markup. */
export function editionTypst(input: TypstEditionInput): string {
  return [
    preamble(input),
    titlePage(input),
    ...input.edition.sections.map((s) => section(s, input)),
    editorsLayerTypst(input),
    apparatus(input),
    bibliography(input),
  ].join('\n\n');
}
