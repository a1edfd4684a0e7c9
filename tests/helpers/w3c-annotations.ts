/** Files in the W3C Web Annotation Data Model, as another tool would write them, for the tests. */

/** An `AnnotationCollection` whose first page holds the given annotations. */
export function annotationCollection(items: unknown[]): Record<string, unknown> {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'AnnotationCollection',
    first: { type: 'AnnotationPage', items },
  };
}
