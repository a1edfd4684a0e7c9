/**
 * DPUB-ARIA roles (`doc-glossary`, `doc-bibliography`, …) as an attribute to spread on an
 * element: `<section {...dpubRole('doc-bibliography')}>`. Astro's JSX types list only the core
 * ARIA roles, so a literal `role="doc-…"` would not type-check.
 */
export function dpubRole(role: `doc-${string}`): Record<string, never> {
  return { role } as unknown as Record<string, never>;
}
