/**
 * The "Did you mean …" matcher, loaded by the search interface only when a query finds nothing
 * relevant: most readers never need it, so the first search does not download it.
 */
export { didYouMean } from '../lib/search/forgiveness.ts';
