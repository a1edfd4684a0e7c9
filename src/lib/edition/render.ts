/**
 * The reading markup of the paper, rendered from the edition model: each section's numbered
 * paragraphs with their note references, restored markers, gaps, inferred breaks and editorial
 * remarks (as sidenotes), and its part of the list of notes. Pure: the page passes the way to turn
 * a site path into a URL under its base, so that other outputs can render from the same model.
 *
 * The markup is built as mdast nodes renamed through `data.hName` and `data.hProperties`, which
 * mdast-util-to-hast honours on any node (a `paragraph` for a block element, an `emphasis` for an
 * inline one), so that text, links and emphasis are serialised as Markdown's own. The notes join
 * the remarks in the margin through the page's script, which copies them from the list, so that
 * the page carries each note's text once. The ids are src/lib/site/ids.ts.
 */
import type { Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Emphasis, Paragraph as MdastParagraph, PhrasingContent } from 'mdast';
// Its types add `hName` and `hProperties` to mdast's `Data`.
import { toHast } from 'mdast-util-to-hast';
import {
  BACK_TO_TEXT_ID,
  editorialId,
  noteId,
  noteRefId,
  pageBreakId,
  pageLabel,
  pageName,
  paragraphLabel,
} from '../site/ids.ts';
import { aboutPath, entryPath, type EntryKind, PAGES } from '../site/routes.ts';
import {
  GAP_TEXT,
  type MarkKind,
  MARKS,
  type Note,
  type Paragraph,
  type Phrase,
  type PlacedIntervention,
  type Section,
} from './model.ts';
import { block, inline, link, text } from './mdast-builders.ts';
import { citedTitleIndex } from './titles.ts';

/** How the renderer writes addresses. */
export interface RenderOptions {
  /** Turns a site path ("/about/#gap-1") into the URL a reader follows, under the site's base. */
  toUrl: (sitePath: string) => string;
  /**
   * The paragraphs the editor's commentary is about, each with the accessible name of its mark
   * ("Editor’s commentary"); /paper/ marks them, linked to their notes on /commentary/.
   */
  commentary?: ReadonlyMap<string, string>;
}

/** The kind of entry page of each kind of mark. */
const ROUTES = Object.fromEntries(Object.values(MARKS).map((m) => [m.kind, m.route])) as Record<
  MarkKind,
  EntryKind
>;

const CERTAINTY = { high: 'high certainty', medium: 'medium certainty', low: 'low certainty' };

/** The words an editorial remark opens with, by kind (on /paper/ and in the EPUB). */
export function editorialHeading(item: PlacedIntervention): string {
  const sure = item.certainty ? ` (${CERTAINTY[item.certainty]})` : '';
  if (item.kind === 'gap') return 'Editor: text lost.';
  if (item.kind === 'marker') return `Editor: marker of note ${item.note} restored${sure}.`;
  // The scholar's own short form: the slip stands just before it, /paper/ is at its byte budget.
  if (item.kind === 'sic') return `sic, read ${item.reading}`;
  return `Editor: paragraph break inferred${sure}.`;
}

/**
 * The remark beside a paragraph names the intervention and links to its reasons on /about/, which
 * give each in full: the page carries the text once, and its bytes stay within budget.
 */
function editorialRemark(item: PlacedIntervention, { toUrl }: RenderOptions): Emphasis {
  return inline('div', { className: ['sidenote', 'editorial'], id: editorialId(item.anchor) }, [
    inline('b', {}, [text(editorialHeading(item))]),
    text(' '),
    link(toUrl(aboutPath(item.anchor)), {}, [text('Why')]),
  ]);
}

/** What rendering one section's text or one note needs, and what it has linked so far. */
interface PhraseContext extends RenderOptions {
  /** Notes whose marker the editor restored. */
  restored: ReadonlySet<number>;
  /**
   * Concepts and cases already linked in this section of the text, or in this note: only the
   * first mention links (the others stay plain text, still in the search index and on the entry
   * pages' lists), so that the text is not a thicket of links.
   */
  linked: Set<string>;
  /** In a note only the works it cites link: a note reads as a citation, not a web of links. */
  citationsOnly?: true;
}

function phrase(node: Phrase, context: PhraseContext): PhrasingContent[] {
  const { restored, toUrl } = context;
  switch (node.type) {
    case 'text':
      return [text(node.value)];
    case 'break':
      return [{ type: 'break' }];
    case 'emphasis':
    case 'strong':
      return [{ type: node.type, children: phrases(node.children, context) }];
    case 'link':
      return [
        {
          type: 'link',
          url: node.url,
          ...(node.title ? { title: node.title } : {}),
          children: phrases(node.children, context),
        },
      ];
    case 'noteRef': {
      const isRestored = restored.has(node.n);
      return [
        link(
          `#${noteId(node.n)}`,
          {
            id: noteRefId(node.n),
            ...(isRestored ? { className: ['restored-marker'] } : {}),
            role: 'doc-noteref',
            'aria-label': isRestored
              ? `Note ${node.n}, marker restored by the editor`
              : `Note ${node.n}`,
          },
          [text(isRestored ? `[${node.n}]` : String(node.n))],
        ),
      ];
    }
    case 'gap':
      return [
        link(
          toUrl(aboutPath(node.id)),
          {
            id: node.id,
            className: ['gap'],
            'aria-label': 'Text lost in the source: editorial note',
          },
          [text(GAP_TEXT)],
        ),
      ];
    case 'pageBreak':
      // A page of the working paper begins here (src/lib/edition/pages.ts). Styled by its role,
      // with no class: /paper/ is at its byte budget.
      return [
        inline(
          'span',
          { role: 'doc-pagebreak', id: pageBreakId(node.n), 'aria-label': pageName(node.n) },
          [text(pageLabel(node.n))],
        ),
      ];
    case 'title':
      // `<i>`, the fewest bytes (/paper/ is at its budget); an article's title stays roman.
      if (node.level === 'a') return phrases(node.children, context);
      return [inline('i', {}, phrases(node.children, context))];
    case 'mark': {
      // A link to the entry page, styled by its href (no class); a citation's, on its title only.
      const kind = ROUTES[node.kind];
      const href = toUrl(entryPath(kind, node.id));
      const cited = kind === 'sources' ? citedTitleIndex(node.children) : -1;
      if (cited >= 0)
        return node.children.flatMap((child, i) =>
          i === cited ? [link(href, {}, phrase(child, context))] : phrase(child, context),
        );
      const children = phrases(node.children, context);
      if (kind !== 'sources' && (context.citationsOnly || context.linked.has(href)))
        return children;
      context.linked.add(href);
      return [link(href, {}, children)];
    }
  }
}

function phrases(nodes: readonly Phrase[], context: PhraseContext): PhrasingContent[] {
  return nodes.flatMap((node) => phrase(node, context));
}

/** Notes whose marker the editor restored, in a section. */
export function restoredNotes(section: Section): Set<number> {
  return new Set(
    section.interventions.flatMap((i) => (i.kind === 'marker' && i.note ? [i.note] : [])),
  );
}

/** The interventions remarked on in a note (a restored marker, a slip kept), not beside the text. */
export function noteRemarks(section: Section, n: number): PlacedIntervention[] {
  return section.interventions.filter((i) => i.note === n);
}

/** One numbered paragraph, then the editorial remarks that belong to it as sidenotes. */
function paragraphBlocks(
  para: Paragraph,
  section: Section,
  context: PhraseContext,
): MdastParagraph[] {
  const { toUrl } = context;
  // An inferred paragraph break is marked at the paragraph's start.
  const inferred = section.interventions.some(
    (i) => i.kind === 'paragraph' && i.paragraph === para.id,
  );
  const numbered: MdastParagraph = {
    type: 'paragraph',
    data: { hProperties: { id: para.id } },
    children: [
      link(`#${para.id}`, {}, [text(paragraphLabel(para.n))]),
      text(' '),
      ...(inferred
        ? [
            link(
              toUrl(aboutPath(para.id)),
              { className: ['inferred-break'], 'aria-label': 'Editor: paragraph break inferred' },
              [text('[¶]')],
            ),
            text(' '),
          ]
        : []),
      ...phrases(para.content, context),
    ],
  };
  const remarks = section.interventions.filter(
    (i) => i.paragraph === para.id && i.note === undefined,
  );
  // The editor's commentary: a mark at the head of the margin column (a link with no class, the
  // column's only direct link: the page's budget), its text on /commentary/ under the ¶'s id.
  // Its visible "Ed." is the stylesheet's (reading.css): the name is the one a reader hears.
  const name = context.commentary?.get(para.id);
  const mark = name
    ? [link(toUrl(`${PAGES.commentary}#${para.id}`), { 'aria-label': name }, [])]
    : [];
  if (remarks.length === 0 && mark.length === 0) return [numbered];
  const sidenotes = block('div', { className: ['sidenotes'] }, [
    ...mark,
    ...remarks.map((r) => editorialRemark(r, context)),
  ]);
  return [numbered, sidenotes];
}

/** One note of the list, linked back to its reference, with the remark on a restored marker. */
function noteBlock(note: Note, section: Section, options: RenderOptions): MdastParagraph {
  const context: PhraseContext = {
    ...options,
    restored: restoredNotes(section),
    linked: new Set(),
    citationsOnly: true,
  };
  return block('aside', { id: note.id, role: 'doc-footnote' }, [
    link(`#${note.refId}`, { role: 'doc-backlink', 'aria-describedby': BACK_TO_TEXT_ID }, [
      text(`${note.n}.`),
    ]),
    text(' '),
    ...phrases(note.content, context),
    ...noteRemarks(section, note.n).flatMap((item) => [
      text(' '),
      link(options.toUrl(aboutPath(item.anchor)), { className: ['marker-remark'] }, [
        text(`[${editorialHeading(item)}]`),
      ]),
    ]),
  ]);
}

/** Serialises blocks side by side, without the line breaks mdast-util-to-hast puts between them. */
function html(blocks: readonly MdastParagraph[]): string {
  const root: HastRoot = {
    type: 'root',
    children: blocks.flatMap((b) => {
      const node = toHast(b);
      return node.type === 'root' ? node.children : [node];
    }),
  };
  return toHtml(root);
}

/** The text of a section: its numbered paragraphs, each followed by its editorial remarks. */
export function renderSectionText(section: Section, options: RenderOptions): string {
  const context: PhraseContext = {
    ...options,
    restored: restoredNotes(section),
    linked: new Set(),
  };
  return html(section.paragraphs.flatMap((p) => paragraphBlocks(p, section, context)));
}

/** A section's part of the list of notes, in order. */
export function renderSectionNotes(section: Section, options: RenderOptions): string {
  return html(section.notes.map((note) => noteBlock(note, section, options)));
}
