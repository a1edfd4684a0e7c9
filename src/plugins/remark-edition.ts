/**
 * Turns a section of the paper into the edition's reading markup. GFM footnotes are replaced by
 * the edition's own, so that their ids are unique and stable across the seven files rendered on
 * one page (the id scheme is src/lib/site/ids.ts). Each paragraph of the syntax tree is paired with
 * the edition model's paragraph that starts on the same line of the same file, and gets its
 * number; the editorial remarks that belong to it follow it as sidenotes (the notes join them in
 * the margin through the page's script, which copies them from the list, so the page carries each
 * note's text once); the list of notes goes into an `<EditionNotes>` part and the text into an
 * `<EditionBody>` part, so that the page can place each where it belongs.
 *
 * New elements are plain mdast nodes renamed through `data.hName` and `data.hProperties`, which
 * mdast-util-to-hast honours on any node: a `paragraph` for a block element, an `emphasis` for an
 * inline one. The node type only decides which children mdast's types allow inside.
 */
import type { Emphasis, FootnoteDefinition, Link, Paragraph, PhrasingContent, Root } from 'mdast';
// Its types add `hName` and `hProperties` to mdast's `Data`.
import type {} from 'mdast-util-to-hast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { sectionOfFile } from '../content-layer/index.ts';
import {
  GAP_TEXT,
  MARKS,
  type MarkComponent,
  type PlacedIntervention,
  type Section,
} from '../lib/edition/build.ts';
import { editorialId, noteId, noteRefId, paragraphLabel } from '../lib/site/ids.ts';
import { aboutPath, entryPath, type EntryKind, withBase } from '../lib/site/routes.ts';

type Properties = Record<string, string | string[]>;

/** A block element: `<div>`, `<aside>`, or a paragraph with properties. */
function block(hName: string, hProperties: Properties, children: PhrasingContent[]): Paragraph {
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

function part(name: 'EditionBody' | 'EditionNotes', children: Paragraph[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: [], children };
}

function jsxAttribute(node: MdxJsxTextElement, name: string): unknown {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

/** Turns a site path into a URL under the site's base. */
type ToUrl = (sitePath: string) => string;

const CERTAINTY = {
  high: 'high certainty',
  medium: 'medium certainty',
  low: 'low certainty',
} as const;

/** The words an editorial remark opens with, by kind. */
function editorialHeading(item: PlacedIntervention): string {
  const sure = item.certainty ? ` (${CERTAINTY[item.certainty]})` : '';
  if (item.kind === 'gap') return 'Editor: text lost.';
  if (item.kind === 'marker') return `Editor: marker of note ${item.note} restored${sure}.`;
  return `Editor: paragraph break inferred${sure}.`;
}

/**
 * The remark beside a paragraph: a gap is explained in full where it is; an inferred paragraph
 * break, the slightest of the interventions, links to its reasons on /about/.
 */
function editorialRemark(item: PlacedIntervention, toUrl: ToUrl): Emphasis {
  const more = link(toUrl(aboutPath(item.anchor)), {}, [
    text(item.kind === 'gap' ? 'All interventions' : 'Why'),
  ]);
  return inline('div', { className: ['sidenote', 'editorial'], id: editorialId(item.anchor) }, [
    inline('b', {}, [text(editorialHeading(item))]),
    ...(item.kind === 'gap' ? [text(` ${item.explanation} `)] : [text(' ')]),
    more,
  ]);
}

/** What rewriting one paragraph or note needs to know, and what it has linked so far. */
interface InlineContext {
  restored: ReadonlySet<number>;
  toUrl: ToUrl;
  /**
   * Concepts and cases already linked in this section of the text, or in this note: only the
   * first mention links (the others stay plain text, still in the search index and on the entry
   * pages' lists), so that the text is not a thicket of links.
   */
  linked: Set<string>;
}

/** Rewrites note references, marks and `<Gap>` elements inside phrasing content. */
function rewriteInline(nodes: PhrasingContent[], context: InlineContext): PhrasingContent[] {
  const { restored, toUrl } = context;
  return nodes.flatMap((node): PhrasingContent[] => {
    if (node.type === 'footnoteReference') {
      const n = Number(node.identifier);
      const isRestored = restored.has(n);
      return [
        link(
          `#${noteId(n)}`,
          {
            id: noteRefId(n),
            ...(isRestored ? { className: ['restored-marker'] } : {}),
            role: 'doc-noteref',
            'aria-label': isRestored ? `Note ${n}, marker restored by the editor` : `Note ${n}`,
          },
          [text(isRestored ? `[${n}]` : String(n))],
        ),
      ];
    }
    if (node.type === 'mdxJsxTextElement' && node.name === 'Gap') {
      const id = String(jsxAttribute(node, 'id'));
      return [
        link(
          toUrl(aboutPath(id)),
          { id, className: ['gap'], 'aria-label': 'Text lost in the source: editorial note' },
          [text(GAP_TEXT)],
        ),
      ];
    }
    if (node.type === 'mdxJsxTextElement' && node.name && Object.hasOwn(MARKS, node.name)) {
      // A concept, case or cited work: a plain link to its entry page (styled and previewed by its
      // href, so that the marks carry no class); the script adds the preview.
      const kind: EntryKind = MARKS[node.name as MarkComponent].route;
      const path = entryPath(kind, String(jsxAttribute(node, 'id')));
      const children = rewriteInline(node.children, context);
      if (kind !== 'sources' && context.linked.has(path)) return children;
      context.linked.add(path);
      return [link(toUrl(path), {}, children)];
    }
    // Any other element with inline content (emphasis, a link, italics in JSX): its content.
    if ('children' in node) {
      return [{ ...node, children: rewriteInline(node.children, context) } as typeof node];
    }
    return [node];
  });
}

/** A fresh context for one section's text or one note. */
function inlineContext(restored: ReadonlySet<number>, toUrl: ToUrl): InlineContext {
  return { restored, toUrl, linked: new Set() };
}

/** The phrasing content of a note definition (its paragraphs joined). */
function noteContent(
  def: FootnoteDefinition,
  restored: ReadonlySet<number>,
  toUrl: ToUrl,
): PhrasingContent[] {
  const context = inlineContext(restored, toUrl);
  return def.children.flatMap((child, i) => {
    const content = child.type === 'paragraph' ? rewriteInline(child.children, context) : [];
    return i === 0 ? content : [text(' '), ...content];
  });
}

function transform(tree: Root, section: Section, toUrl: ToUrl): void {
  const definitions = new Map<number, FootnoteDefinition>();
  for (const node of tree.children)
    if (node.type === 'footnoteDefinition') definitions.set(Number(node.identifier), node);
  const restored = new Set(section.interventions.flatMap((i) => (i.note ? [i.note] : [])));
  // The model's paragraphs by the line they start on: the tree's paragraph on that line is the same.
  const byLine = new Map(section.paragraphs.map((p) => [p.line, p]));
  const bodyContext = inlineContext(restored, toUrl);
  const body: Paragraph[] = [];
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const line = node.position?.start.line;
    const para = line === undefined ? undefined : byLine.get(line);
    if (!para)
      throw new Error(
        `${section.file}:${line ?? '?'} this paragraph is not in the edition model (src/lib/edition/build.ts).`,
      );
    const numbered: Paragraph = {
      ...node,
      data: { hProperties: { id: para.id } },
      children: [
        link(`#${para.id}`, { className: ['paragraph-number'] }, [text(paragraphLabel(para.n))]),
        text(' '),
        // An inferred paragraph break is marked at the paragraph's start.
        ...(section.interventions.some((i) => i.kind === 'paragraph' && i.paragraph === para.id)
          ? [
              link(
                toUrl(aboutPath(para.id)),
                { className: ['inferred-break'], 'aria-label': 'Editor: paragraph break inferred' },
                [text('[¶]')],
              ),
              text(' '),
            ]
          : []),
        ...rewriteInline(node.children, bodyContext),
      ],
    };
    body.push(numbered);
    const remarks = section.interventions.filter(
      (i) => i.paragraph === para.id && i.kind !== 'marker',
    );
    if (remarks.length > 0) {
      body.push(
        block(
          'div',
          { className: ['sidenotes'] },
          remarks.map((r) => editorialRemark(r, toUrl)),
        ),
      );
    }
  }
  const notes = section.notes.map((note) => {
    const def = definitions.get(note.n);
    const marker = section.interventions.find((i) => i.note === note.n);
    return block('aside', { id: note.id, role: 'doc-footnote' }, [
      link(
        `#${note.refId}`,
        { role: 'doc-backlink', 'aria-label': `${note.n}, back to the text` },
        [text(`${note.n}.`)],
      ),
      text(' '),
      ...(def ? noteContent(def, restored, toUrl) : []),
      ...(marker
        ? [
            text(' '),
            link(toUrl(aboutPath(marker.anchor)), { className: ['marker-remark'] }, [
              text(`[${editorialHeading(marker)}]`),
            ]),
          ]
        : []),
    ]);
  });
  tree.children = [part('EditionBody', body), part('EditionNotes', notes)];
}

/** Options: the site's base, and how to find the model of a file's section (tests pass their own). */
export interface RemarkEditionOptions {
  /** Astro's `base`; links to other pages are written under it. Defaults to `/`. */
  base?: string;
  sectionOf?: (filePath: string) => Section | undefined;
}

/** The remark plugin. Files that are not a section of the paper pass through untouched. */
export default function remarkEdition(options: RemarkEditionOptions = {}) {
  const toUrl: ToUrl = (sitePath) => withBase(sitePath, options.base ?? '/');
  const sectionOf = options.sectionOf ?? sectionOfFile;
  return (tree: Root, file: VFile): void => {
    const section = file.path ? sectionOf(file.path) : undefined;
    if (section) transform(tree, section, toUrl);
  };
}
