/**
 * The HTML of a page as the search index reads it. Pagefind runs a definition list's terms into
 * their values ("PlacesBangkok; SingaporeActorsASEAN"), which excerpts then show: in the copy it
 * indexes (never the page), each term ends with a colon and each value with a full stop, unless
 * it already ends with punctuation.
 */
export function forSearchIndex(html: string): string {
  return html.replace(/(\s*)<\/(dt|dd)>/g, (_, space: string, tag: string, at: number) => {
    const ended = /[\s:.;!?]/.test(html[at - 1] ?? ' ');
    return `${ended ? '' : tag === 'dt' ? ':' : '.'}${space}</${tag}> `;
  });
}
