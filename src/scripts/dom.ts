/** Creates an element with properties and children: the one element factory of the scripts. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/**
 * Sets attributes that `el()`'s properties cannot: `data-*`, and `role` and `aria-*`, which not
 * every browser reflects as properties. Returns the element, to wrap an `el()`. A function of its
 * own rather than an option of `el()`, so that the scripts that never need it (reading-position.ts,
 * on every visit to /paper/) carry none of its bytes.
 */
export function withAttributes<E extends Element>(node: E, attributes: Record<string, string>): E {
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}
