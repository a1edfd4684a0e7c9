/**
 * The one breakpoint between narrow screens (a note opens in place) and wide ones (notes stand in
 * the margin). A media query cannot read a variable, so src/styles/edition.css states the query
 * once, as the custom property `--wide-screen` right above the one `@media` block that uses it;
 * scripts read the property, so that they switch exactly when the layout does.
 */
export function wideScreen(): MediaQueryList {
  const query = getComputedStyle(document.documentElement).getPropertyValue('--wide-screen');
  // Without the stylesheet there is no margin to put notes in: behave as on a narrow screen.
  return window.matchMedia(query.trim() || 'not all');
}
