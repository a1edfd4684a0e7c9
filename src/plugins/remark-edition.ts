/**
 * Turns a section of the paper into the edition's reading markup. GFM footnotes are replaced by
 * the edition's own, so that their ids are unique and stable across the seven files rendered on
 * one page: `p12` (paragraph), `nref18` (note reference), `n18` (note in the list), `ed-gap-1`
 * (editorial remark). Each paragraph gets its number; the editorial remarks that belong to it
 * follow it as sidenotes (the notes join them in the margin through the page's script, which
 * copies them from the list, so the page carries each note's text once); the list of notes goes
 * into an `<EditionNotes>` part and the text into an `<EditionBody>` part, so that the page can
 * place each where it belongs.
 */
import type {
  BlockContent,
  FootnoteDefinition,
  Link,
  Paragraph as MdParagraph,
  PhrasingContent,
  Root,
  RootContent,
} from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { sectionOfFile } from '../content-layer/index.ts';
import {
  GAP_TEXT,
  MARKS,
  type MarkComponent,
  type PlacedIntervention,
  type Section,
} from '../lib/edition.ts';

/** The route of each kind of mark's entry pages. */
const MARK_ROUTES: Record<MarkComponent, string> = {
  Concept: 'concepts',
  Case: 'cases',
  Cite: 'sources',
};

/** An mdast node that becomes the given HTML element. */
interface ElementNode extends Node {
  type: 'editionElement';
  data: { hName: string; hProperties: Record<string, string | string[]> };
  children: (PhrasingContent | ElementNode)[];
}

declare module 'mdast' {
  interface RootContentMap {
    editionElement: ElementNode;
  }
  interface PhrasingContentMap {
    editionElement: ElementNode;
  }
}

function element(
  hName: string,
  hProperties: ElementNode['data']['hProperties'],
  children: ElementNode['children'],
): ElementNode {
  return { type: 'editionElement', data: { hName, hProperties }, children };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function link(
  url: string,
  hProperties: ElementNode['data']['hProperties'],
  children: PhrasingContent[],
): Link {
  return { type: 'link', url, children, data: { hProperties } } as Link;
}

function part(name: 'EditionBody' | 'EditionNotes', children: RootContent[]): MdxJsxFlowElement {
  return { type: 'mdxJsxFlowElement', name, attributes: [], children: children as BlockContent[] };
}

function jsxAttribute(node: MdxJsxTextElement, name: string): unknown {
  return node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
}

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
function editorialRemark(item: PlacedIntervention, id: string): ElementNode {
  const more = link(`/about/#${item.anchor}`, {}, [
    text(item.kind === 'gap' ? 'All interventions' : 'Why'),
  ]);
  return element('div', { className: ['sn', 'ed'], id }, [
    element('b', {}, [text(editorialHeading(item))]),
    ...(item.kind === 'gap' ? [text(` ${item.explanation} `)] : [text(' ')]),
    more,
  ]);
}

/** Rewrites note references, and `<Gap>` elements, inside a paragraph's phrasing content. */
function rewriteInline(nodes: PhrasingContent[], restored: ReadonlySet<number>): PhrasingContent[] {
  return nodes.map((node): PhrasingContent => {
    if (node.type === 'footnoteReference') {
      const n = Number(node.identifier);
      const isRestored = restored.has(n);
      return link(
        `#n${n}`,
        {
          id: `nref${n}`,
          ...(isRestored ? { className: ['rs'] } : {}),
          role: 'doc-noteref',
          'aria-label': isRestored ? `Note ${n}, marker restored by the editor` : `Note ${n}`,
        },
        [text(isRestored ? `[${n}]` : String(n))],
      );
    }
    if (node.type === 'mdxJsxTextElement' && node.name === 'Gap') {
      const id = String(jsxAttribute(node, 'id'));
      return link(
        `/about/#${id}`,
        { id, className: ['gap'], 'aria-label': 'Text lost in the source: editorial note' },
        [text(GAP_TEXT)],
      );
    }
    if (node.type === 'mdxJsxTextElement' && node.name && Object.hasOwn(MARKS, node.name)) {
      // A concept, case or cited work: a plain link to its entry page (styled and previewed by its
      // href, so that some 400 marks carry no class); the script adds the preview.
      return link(
        `/${MARK_ROUTES[node.name as MarkComponent]}/${String(jsxAttribute(node, 'id'))}/`,
        {},
        rewriteInline(node.children, restored),
      );
    }
    if ('children' in node)
      return {
        ...node,
        children: rewriteInline(node.children as PhrasingContent[], restored),
      } as PhrasingContent;
    return node;
  });
}

/** The phrasing content of a note definition (its paragraphs joined). */
function noteContent(def: FootnoteDefinition, restored: ReadonlySet<number>): PhrasingContent[] {
  return def.children.flatMap((block, i) => {
    const inline = block.type === 'paragraph' ? rewriteInline(block.children, restored) : [];
    return i === 0 ? inline : [text(' '), ...inline];
  });
}

function transform(tree: Root, section: Section): void {
  const definitions = new Map<number, FootnoteDefinition>();
  for (const node of tree.children)
    if (node.type === 'footnoteDefinition') definitions.set(Number(node.identifier), node);
  const restored = new Set(section.interventions.flatMap((i) => (i.note ? [i.note] : [])));
  const body: RootContent[] = [];
  let index = 0;
  for (const node of tree.children) {
    if (node.type !== 'paragraph') continue;
    const para = section.paragraphs[index++];
    if (!para)
      throw new Error(
        `${section.file}: the edition model and the syntax tree disagree on paragraphs.`,
      );
    const numbered: MdParagraph = {
      ...node,
      data: { hProperties: { id: para.id } },
      children: [
        link(`#${para.id}`, { className: ['pn'] }, [text(`¶ ${para.n}`)]),
        text(' '),
        // An inferred paragraph break is marked at the paragraph's start.
        ...(section.interventions.some((i) => i.kind === 'paragraph' && i.paragraph === para.id)
          ? [
              link(
                `/about/#${para.id}`,
                { className: ['edp'], 'aria-label': 'Editor: paragraph break inferred' },
                [text('[¶]')],
              ),
              text(' '),
            ]
          : []),
        ...rewriteInline(node.children, restored),
      ],
    };
    body.push(numbered);
    const remarks = section.interventions.filter(
      (i) => i.paragraph === para.id && i.kind !== 'marker',
    );
    if (remarks.length > 0) {
      body.push(
        element(
          'div',
          { className: ['sns'] },
          remarks.map((r) => editorialRemark(r, `ed-${r.anchor}`)),
        ) as unknown as RootContent,
      );
    }
  }
  const notes = section.notes.map((note) => {
    const def = definitions.get(note.n);
    const marker = section.interventions.find((i) => i.note === note.n);
    return element('aside', { id: note.id, role: 'doc-footnote' }, [
      link(
        `#${note.refId}`,
        { role: 'doc-backlink', 'aria-label': `${note.n}, back to the text` },
        [text(`${note.n}.`)],
      ),
      text(' '),
      ...(def ? noteContent(def, restored) : []),
      ...(marker
        ? [
            text(' '),
            link(`/about/#${marker.anchor}`, { className: ['edm'] }, [
              text(`[${editorialHeading(marker)}]`),
            ]),
          ]
        : []),
    ]);
  });
  tree.children = [
    part('EditionBody', body),
    part('EditionNotes', notes as unknown as RootContent[]),
  ];
}

/** Options: how to find the model of the section a file holds (tests pass their own). */
export interface RemarkEditionOptions {
  sectionOf?: (filePath: string) => Section | undefined;
}

/** The remark plugin. Files that are not a section of the paper pass through untouched. */
export default function remarkEdition(options: RemarkEditionOptions = {}) {
  const sectionOf = options.sectionOf ?? sectionOfFile;
  return (tree: Root, file: VFile): void => {
    const section = file.path ? sectionOf(file.path) : undefined;
    if (section) transform(tree, section);
  };
}
