/**
 * The edition as a TEI P5 document (/edition.tei.xml), written from the edition model: a header
 * that names the edition and who is responsible for what, describes the May 2000 working paper
 * as its source and states the editorial principles; the paper with the site's ids; and the
 * works, concepts and cases the text points to. Pure: the model and the content's facts in, the
 * XML out. Valid against tei_all 4.12.0 (tests/build/tei.test.ts runs jing).
 */
import type { Commentary } from '../commentary/model.ts';
import type { PaperFacts } from '../content/schemas.ts';
import type { Edition } from '../edition/model.ts';
import { italicTitleCount } from '../edition/titles.ts';
import { formatPartialDate } from '../entries/dates.ts';
import { AUTHORS, EDITION_PUBLISHER, EDITION_TITLE, TITLE } from '../site/metadata.ts';
import { type BackMatter, backMatter } from './tei-back.ts';
import { layerNames } from './editors-layer.ts';
import { workFinder } from './layer-citations.ts';
import { biblStruct } from './tei-bibl.ts';
import { COMMENTARY_RESP_ID, editorsLayer } from './tei-commentary.ts';
import { EDITOR_ID, sectionElement } from './tei-text.ts';
import { block, element, textElement, xmlText } from './xml.ts';

/** The schema the document declares; the same release the tests validate it against. */
const SCHEMA = 'https://www.tei-c.org/Vault/P5/4.12.0/xml/tei/custom/schema/relaxng/tei_all.rng';

/** What the TEI document is written from. */
export interface TeiSource extends BackMatter {
  /** The paper: sections, paragraphs, notes and interventions. */
  edition: Edition;
  /** The working paper (the source) and the article it became. */
  paperFacts: PaperFacts;
  /** The date of the content (ISO): the edition's version. */
  date: string;
  /** The editor's layer: the reader's guide, the commentary and the works it relies on. */
  commentary: Commentary;
  /** Public addresses of the document itself, the paper page and the witness. */
  urls: { tei: string; paper: string; witness: string };
}

function authorName(a: (typeof AUTHORS)[number]): string {
  return `${a.given} ${a.family}`;
}

function titleStmt(): string {
  return block('titleStmt', {}, [
    textElement('title', {}, EDITION_TITLE),
    ...AUTHORS.map((a) =>
      element(
        'author',
        {},
        element(
          'persName',
          {},
          `${textElement('forename', {}, a.given)} ${textElement('surname', {}, a.family)}`,
        ),
      ),
    ),
    block('respStmt', {}, [
      textElement('resp', {}, 'Authors of the text of the working paper'),
      ...AUTHORS.map((a) => textElement('persName', {}, authorName(a))),
    ]),
    block('respStmt', { 'xml:id': EDITOR_ID }, [
      textElement(
        'resp',
        {},
        'Editing of the text from the witness, the editorial interventions, the annotation (works cited, concepts, historical cases) and this encoding',
      ),
      textElement('name', {}, EDITION_PUBLISHER),
    ]),
    // The editor's own voice, apart from the editing of the authors' text: whose words these are.
    block('respStmt', { 'xml:id': COMMENTARY_RESP_ID }, [
      textElement(
        'resp',
        {},
        'The reader’s guide, the commentary on what became of what the paper discusses (each note dated) and the works they rely on: the editors’ words, not the authors’',
      ),
      textElement('name', {}, EDITION_PUBLISHER),
    ]),
  ]);
}

function measure(unit: string, count: number, label: string): string {
  return textElement('measure', { unit, quantity: count }, `${count} ${label}`);
}

function publicationDetails({ edition, commentary, date, urls }: TeiSource): string[] {
  return [
    block('editionStmt', {}, [
      element(
        'edition',
        {},
        `Annotated digital edition, version of ${textElement('date', { when: date }, formatPartialDate(date))}`,
      ),
    ]),
    block('extent', {}, [
      measure('section', edition.sections.length, 'sections'),
      measure('paragraph', edition.paragraphs.length, 'paragraphs'),
      measure('note', edition.notes.length, 'notes'),
      measure('commentary', commentary.notes.length, 'notes of the editor’s commentary'),
    ]),
    block('publicationStmt', {}, [
      textElement('publisher', {}, EDITION_PUBLISHER),
      textElement('date', { when: date }, formatPartialDate(date)),
      textElement('idno', { type: 'URL' }, urls.tei),
      element('ptr', { type: 'html', target: urls.paper }),
    ]),
  ];
}

/** The working paper as the source, with the witness it is read from and its later version. */
function sourceDesc({ edition, paperFacts, urls }: TeiSource): string {
  const { workingPaper, article } = paperFacts;
  const count = (kind: string) => edition.interventions.filter((i) => i.kind === kind).length;
  const witness = element(
    'note',
    { type: 'witness' },
    `The text is edited from one witness: a plain-text extraction of the PDF of the working paper, kept unchanged and published as ${textElement('ref', { target: urls.witness }, 'witness.txt')}. The extraction pulled the footnotes into the running text and lost the paragraph indentation, note markers (restored: ${count('marker')}) and words between one page and the next (gaps: ${count('gap')}).`,
  );
  const remark =
    workingPaper.custom?.remark === undefined
      ? ''
      : textElement('note', { type: 'remark' }, workingPaper.custom.remark);
  const later = block('relatedItem', { type: 'laterVersion' }, [biblStruct(article)]);
  return block('sourceDesc', {}, [biblStruct(workingPaper, {}, [witness, remark, later])]);
}

/** Our editorial principles, in short; /about/ gives them in full. */
const principles = (edition: Edition): Record<string, string[]> => ({
  correction: [
    'The authors’ words, spelling, punctuation, capitals and quotation marks are kept as the witness gives them, slips included; nothing is corrected. A slip that misleads (a closing quotation mark that opens a title) keeps its characters, and the editor’s note on its note says how to read them.',
    'Lost words are never filled in: each loss is a gap (reason "lost", agent "extraction") with the editor’s remark. A note marker missing from the witness is restored where the note belongs: the note is anchored="false", and the editor’s remark says why it stands there and with what certainty.',
  ],
  normalization: [
    'Artefacts of the extraction are removed: the title in capitals and the page number that stand in the middle of the text, the note blocks inside the running text, empty lines and line wraps. Runs of spaces are read as one space. The title and byline of the title page are the editor’s (supplied), since the witness has none at its head.',
  ],
  hyphenation: [
    'A word broken at a line end is joined and its hyphen kept, since every line-end hyphen in this witness is a real one.',
  ],
  segmentation: [
    'The witness does not mark paragraph breaks. A break is read where a line stops short after a closing full stop, question mark or quotation; a break that rests on the sense alone carries an editorial note with its certainty. Page breaks (pb) of the working paper are the editor’s reconstruction from the witness’s page furniture, each with its certainty.',
  ],
  interpretation: [
    'Concepts (term), historical cases (rs) and the words of a note that cite a work (bibl) are marked over the authors’ words, unchanged, and point to the glossary, the cases and the bibliography at the back.',
    `The titles in those words are marked as title, level a (an article or chapter, quoted in roman as printed), m (a book or report) or j (a journal): found by the editor in the printed words, which stay unchanged. The ${italicTitleCount(edition)} titles of books and journals carry rend="italic", a typographic restoration: the extraction lost the printed paper’s italics.`,
  ],
});

function encodingDesc(edition: Edition): string {
  return block('encodingDesc', {}, [
    block('projectDesc', {}, [
      textElement(
        'p',
        {},
        'An annotated reading edition of the working paper, written from the same model as the web edition: paragraphs (p12), notes (n18), gaps (gap-1) and editorial remarks (ed-…) have the ids of the web edition’s anchors.',
      ),
      textElement(
        'p',
        {},
        'The editors’ own layer stands in the back matter, apart from the authors’ text and notes: a reader’s guide to the argument (div type="guide") and a commentary on what became of what the paper discusses (note type="commentary", each pointing to its paragraph with target), with the works they rely on in their own list (listBibl type="commentary").',
      ),
    ]),
    block(
      'editorialDecl',
      {},
      Object.entries(principles(edition)).map(([part, paras]) =>
        block(
          part,
          {},
          paras.map((p) => textElement('p', {}, p)),
        ),
      ),
    ),
  ]);
}

function teiHeader(source: TeiSource): string {
  return block('teiHeader', {}, [
    block('fileDesc', {}, [titleStmt(), ...publicationDetails(source), sourceDesc(source)]),
    encodingDesc(source.edition),
    block('profileDesc', {}, [
      block('langUsage', {}, [textElement('language', { ident: 'en' }, 'English')]),
    ]),
  ]);
}

/** The title page; its title and byline are supplied, as the witness has neither at its head. */
function front(edition: Edition): string {
  const title = edition.interventions.find((i) => i.kind === 'title');
  // docAuthor may not stand inside supplied: the names are persName there.
  const byline = AUTHORS.map((a) => textElement('persName', {}, authorName(a))).join(' and ');
  const supplied = (content: string) =>
    element(
      'supplied',
      { reason: 'omitted-in-original', resp: `#${EDITOR_ID}`, cert: title?.certainty },
      content,
    );
  return block('front', {}, [
    block('titlePage', {}, [
      element('docTitle', {}, element('titlePart', { type: 'main' }, supplied(xmlText(TITLE)))),
      element('byline', {}, supplied(byline)),
    ]),
  ]);
}

/** What the editor's layer points to: the works, and the sections, cases and concepts by id. */
function layerContext({ commentary, works, edition, cases, concepts }: TeiSource) {
  return {
    find: workFinder(commentary.works, works),
    names: layerNames(edition, cases, concepts),
  };
}

/** The TEI document of the edition. */
export function teiDocument(source: TeiSource): string {
  const tei = block('TEI', { xmlns: 'http://www.tei-c.org/ns/1.0', 'xml:lang': 'en' }, [
    teiHeader(source),
    block('text', {}, [
      front(source.edition),
      block('body', {}, source.edition.sections.map(sectionElement)),
      backMatter(source, editorsLayer(source.commentary, layerContext(source))),
    ]),
  ]);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<?xml-model href="${SCHEMA}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>`,
    tei,
    '',
  ].join('\n');
}
