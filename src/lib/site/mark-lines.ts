/**
 * How the reading page underlines the marks laid over the authors' words (src/styles/reading.css),
 * in the words its legend and /about/ use; a build test reads the built CSS rules against them.
 */
export const MARK_LINES = { concept: 'dotted', case: 'double' } as const;
