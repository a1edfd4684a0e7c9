/** Checks of SVG text for the timeline tests: well-formed XML, attributes, contrast. */
import { DOMParser } from 'linkedom';
import { expect } from 'vitest';

/** linkedom parses leniently, so check well-formedness here: tags nest and close, `&` and `<` are escaped. */
export function expectWellFormedXml(xml: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let at = 0;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    const text = xml.slice(at, m.index);
    expect(text, `text before <${m[2]}> at ${m.index}`).not.toMatch(
      /<|&(?!(?:amp|lt|gt|quot|apos|#\d+);)/,
    );
    for (const value of (m[3] ?? '').matchAll(/="([^"]*)"/g))
      expect(value[1]).not.toMatch(/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/);
    if (m[1]) expect(stack.pop(), `closing </${m[2]}>`).toBe(m[2]);
    else if (!m[4]) stack.push(m[2] ?? '');
    at = m.index + m[0].length;
  }
  expect(xml.slice(at).trim()).toBe('');
  expect(stack).toEqual([]);
}

export function parse(svg: string): Document {
  return new DOMParser().parseFromString(svg, 'image/svg+xml') as unknown as Document;
}

/** An attribute as a number; fails the test when it is missing. */
export function numAttr(el: Element, name: string): number {
  const v = el.getAttribute(name);
  expect(v, `${el.tagName}@${name}`).not.toBeNull();
  return Number(v);
}

/** A presentation attribute set on the element or inherited from an ancestor. */
export function inherited(el: Element | null, name: string): string | null {
  for (let e = el; e; e = e.parentElement) {
    const v = e.getAttribute(name);
    if (v !== null) return v;
  }
  return null;
}

/** WCAG contrast ratio of a #rrggbb colour against white. */
export function contrastOnWhite(hex: string): number {
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const l = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
  return 1.05 / (l + 0.05);
}
