/**
 * XHTML for the EPUB: escaping for XML, and one content document with its head. EPUB content
 * documents are XML, so every element is closed and only XML's own entities are written.
 */

/** Escapes text for XML content and attribute values (numeric references only). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Attributes in the order given, those without a value left out. */
export function attributes(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .flatMap(([name, value]) => (value === undefined ? [] : [` ${name}="${escapeXml(value)}"`]))
    .join('');
}

/** An element with attributes around markup already serialised. */
export function element(
  name: string,
  attrs: Record<string, string | undefined>,
  inner: string,
): string {
  return `<${name}${attributes(attrs)}>${inner}</${name}>`;
}

/**
 * HTML from the content layer's Markdown renderer (src/lib/content/entry-markdown.ts) as XHTML:
 * it quotes attributes and writes numeric references; only void elements need closing.
 */
export function htmlAsXhtml(html: string): string {
  return html.replace(/<(br|hr|img|wbr)\b([^>]*?)\s*\/?>/g, '<$1$2/>');
}

/** The stylesheet every content document links to (in the package beside them). */
export const STYLESHEET = 'style.css';

/** One XHTML content document: its title, the document's `epub:type` and role, and its body. */
export function xhtmlDocument(title: string, body: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE html>',
    '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en">',
    `<head><meta charset="utf-8"/><title>${escapeXml(title)}</title><link rel="stylesheet" type="text/css" href="${STYLESHEET}"/></head>`,
    `<body>${body}</body>`,
    '</html>',
    '',
  ].join('\n');
}
