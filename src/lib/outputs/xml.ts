/**
 * Writing XML by hand, safely: text and attribute values escaped, characters XML 1.0 cannot carry
 * refused, and elements assembled from already-written children. Shared by the XML outputs.
 */

/** Characters XML 1.0 does not allow anywhere, not even as character references. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

function checked(value: string): string {
  const bad = NOT_XML.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0');
    throw new RangeError(`U+${code} cannot be written in XML (in "${value.slice(0, 40)}")`);
  }
  return value;
}

/** Escapes character data: `&`, `<` and `>` (the last for `]]>`). */
export function xmlText(value: string): string {
  return checked(value).replace(/[&<>]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;',
  );
}

/** Escapes an attribute value written between double quotes; whitespace kept as written. */
export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/["\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Attributes by name; an undefined value leaves the attribute out. */
export type Attributes = Record<string, string | number | undefined>;

function attributes(attrs: Attributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${xmlAttribute(String(value))}"`)
    .join('');
}

/**
 * An element around already-written content (escaped text and elements), or an empty element
 * when there is none.
 */
export function element(name: string, attrs: Attributes = {}, content = ''): string {
  return content === ''
    ? `<${name}${attributes(attrs)}/>`
    : `<${name}${attributes(attrs)}>${content}</${name}>`;
}

/** An element holding text only. */
export function textElement(name: string, attrs: Attributes, text: string): string {
  return element(name, attrs, xmlText(text));
}

/** Block content: children one per line, indented by two spaces under their parent. */
export function block(name: string, attrs: Attributes, children: readonly string[]): string {
  const inner = children
    .filter((c) => c !== '')
    .map((c) => c.replace(/^/gm, '  '))
    .join('\n');
  return element(name, attrs, inner === '' ? '' : `\n${inner}\n`);
}
