/**
 * Whether the wide layout (notes in the margin) is on. The breakpoint is written in one file, in the
 * `@media` blocks of src/styles/wide-screen.css, which also sets `--wide-screen: 1`; scripts read that
 * property, so that they switch exactly when the layout does (a media query cannot be shared
 * with scripts otherwise). Crossing the breakpoint resizes the viewport: listen to `resize`.
 */
export function isWideScreen(): boolean {
  return getComputedStyle(document.documentElement).getPropertyValue('--wide-screen') > '0';
}
