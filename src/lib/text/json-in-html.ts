/**
 * JSON for a `<script type="application/ld+json">` or any JSON inside HTML. `JSON.stringify` leaves
 * `<` as is, so a value holding `</script>` would end the element and let the rest run as markup;
 * U+2028 and U+2029 break older JavaScript parsers. All five are written as \u escapes, which
 * every JSON reader turns back into the same characters.
 */
export function jsonForHtml(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
