/**
 * Builders of the mdast nodes the renderer (render.ts) writes its markup as: each renamed through
 * `data.hName` and `data.hProperties`, which mdast-util-to-hast honours on any node (a `paragraph`
 * for a block element, an `emphasis` for an inline one).
 */
import type { Emphasis, Link, Paragraph as MdastParagraph, PhrasingContent } from 'mdast';
// Its types add `hName` and `hProperties` to mdast's `Data`.
import type {} from 'mdast-util-to-hast';

export type Properties = Record<string, string | string[]>;

/** A block element: `<div>`, `<aside>`, or a paragraph with properties. */
export function block(
  hName: string,
  hProperties: Properties,
  children: PhrasingContent[],
): MdastParagraph {
  return { type: 'paragraph', data: { hName, hProperties }, children };
}

/** An inline element (or a block one that only ever holds inline content, such as a remark). */
export function inline(
  hName: string,
  hProperties: Properties,
  children: PhrasingContent[],
): Emphasis {
  return { type: 'emphasis', data: { hName, hProperties }, children };
}

export function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

export function link(url: string, hProperties: Properties, children: PhrasingContent[]): Link {
  return { type: 'link', url, children, data: { hProperties } };
}
