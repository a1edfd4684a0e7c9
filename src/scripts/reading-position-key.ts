/**
 * Where the passage the reader last stopped at is kept, in localStorage: read by the code of
 * `<reading-position>` (reading-position.ts) and by the page's wait (page-tools-wake.ts), which
 * loads that code at once when a place is stored. A module of its own, with no side effects, so
 * that the wait carries the name and nothing else.
 */
export const STORAGE_KEY = 'edition:reading-position';
