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
import type { Emphasis, Link, Paragraph as MdastParagraph, PhrasingContent } from 'mdast';
// Its types add `hName` and `hProperties` to mdast's `Data`.
import { toHast } from 'mdast-util-to-hast';
import {
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

/** How the renderer writes addresses. */
export interface RenderOptions {
  /** Turns a site path ("/about/#gap-1") into the URL a reader follows, under the site's base. */
  toUrl: (sitePath: string) => string;
  /**
   * The paragraphs the editor's commentary is about, each with the accessible name of its mark
   * ("Editor’s commentary: …"); /paper/ marks them, linked to their notes on /commentary/.
   */
  commentary?: ReadonlyMap<string, string>;
}

type Properties = Record<string, string | string[]>;

/** A block element: `<div>`, `<aside>`, or a paragraph with properties. */
function block(
  hName: string,
  hProperties: Properties,
  children: PhrasingContent[],
): MdastParagraph {
  return { type: 'paragraph', data: { hName, hProperties }, children };
}

/** An inline element (or a block one that only ever holds inline content, such as a remark). */
function inline(hName: string, hProperties: Properties, children: PhrasingContent[]): Emphasis {
  return { type: 'emphasis', data: { hName, hProperties }, children };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function link(url: string, hProperties: Properties, children: PhrasingContent[]): Link {
  return { type: 'link', url, children, data: { hProperties } };
}

/** The kind of entry page of each kind of mark. */
const ROUTES = Object.fromEntries(Object.values(MARKS).map((m) => [m.kind, m.route])) as Record<
  MarkKind,
  EntryKind
>;

const CERTAINTY = {
  high: 'high certainty',
  medium: 'medium certainty',
  low: 'low certainty',
} as const;

/** The words an editorial remark opens with, by kind (on /paper/ and in the EPUB). */
export function editorialHeading(item: PlacedIntervention): string {
  const sure = item.certainty ? ` (${CERTAINTY[item.certainty]})` : '';
  if (item.kind === 'gap') return 'Editor: text lost.';
  if (item.kind === 'marker') return `Editor: marker of note ${item.note} restored${sure}.`;
  return `Editor: paragraph break inferred${sure}.`;
}

/**
 * The remark beside a paragraph: a gap is explained in full where it is; an inferred paragraph
 * break, the slightest of the interventions, links to its reasons on /about/.
 */
function editorialRemark(item: PlacedIntervention, { toUrl }: RenderOptions): Emphasis {
  const more = link(toUrl(aboutPath(item.anchor)), {}, [
    text(item.kind === 'gap' ? 'All interventions' : 'Why'),
  ]);
  return inline('div', { className: ['sidenote', 'editorial'], id: editorialId(item.anchor) }, [
    inline('b', {}, [text(editorialHeading(item))]),
    text(item.kind === 'gap' ? ` ${item.explanation} ` : ' '),
    more,
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
    case 'mark': {
      // A plain link to the entry page (styled and previewed by its href, so that the marks carry
      // no class); the script adds the preview. Every citation links.
      const kind = ROUTES[node.kind];
      const path = entryPath(kind, node.id);
      const children = phrases(node.children, context);
      if (kind !== 'sources' && context.linked.has(path)) return children;
      context.linked.add(path);
      return [link(toUrl(path), {}, children)];
    }
  }
}

function phrases(nodes: readonly Phrase[], context: PhraseContext): PhrasingContent[] {
  return nodes.flatMap((node) => phrase(node, context));
}

/** Notes whose marker the editor restored, in a section. */
export function restoredNotes(section: Section): Set<number> {
  return new Set(section.interventions.flatMap((i) => (i.note ? [i.note] : [])));
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
      link(`#${para.id}`, { className: ['paragraph-number'] }, [text(paragraphLabel(para.n))]),
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
    (i) => i.paragraph === para.id && i.kind !== 'marker',
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
  };
  const marker = section.interventions.find((i) => i.note === note.n);
  return block('aside', { id: note.id, role: 'doc-footnote' }, [
    link(`#${note.refId}`, { role: 'doc-backlink', 'aria-label': `${note.n}, back to the text` }, [
      text(`${note.n}.`),
    ]),
    text(' '),
    ...phrases(note.content, context),
    ...(marker
      ? [
          text(' '),
          link(options.toUrl(aboutPath(marker.anchor)), { className: ['marker-remark'] }, [
            text(`[${editorialHeading(marker)}]`),
          ]),
        ]
      : []),
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
