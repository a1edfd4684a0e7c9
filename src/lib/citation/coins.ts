/**
 * COinS: an OpenURL 1.0 ContextObject in a `<span class="Z3988" title="…">`, from which Zotero
 * and other reference managers import the works of a list page.
 */
import type { CslName, Work } from '../schemas.ts';
import { invertedName, isArticle, issuedDate, pageRange } from './work-fields.ts';

/** A key and a value; pairs without a value are left out. */
type Pair = [key: string, value: string | undefined];

/** OpenURL author keys: the first person as aulast/aufirst, further persons as au, bodies as aucorp. */
function openUrlAuthors(names: CslName[] = []): Pair[] {
  return names.flatMap((name, i): Pair[] => {
    if ('literal' in name) return [['rft.aucorp', name.literal]];
    return i === 0
      ? [
          ['rft.aulast', name.family],
          ['rft.aufirst', name.given],
        ]
      : [['rft.au', invertedName(name)]];
  });
}

/** The OpenURL format and title keys of a work: the journal format for articles, else the book format. */
function openUrlWork(work: Work): Pair[] {
  const { first, last } = pageRange(work.page);
  const pages: Pair[] = [
    ['rft.spage', first],
    ['rft.epage', last],
    ['rft.pages', work.page],
  ];
  if (isArticle(work)) {
    return [
      ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'],
      ['rft.genre', 'article'],
      ['rft.atitle', work.title],
      ['rft.jtitle', work['container-title']],
      ['rft.volume', work.volume],
      ['rft.issue', work.issue],
      ...pages,
    ];
  }
  const titles: Pair[] =
    work.type === 'chapter'
      ? [
          ['rft.genre', 'bookitem'],
          ['rft.atitle', work.title],
          ['rft.btitle', work['container-title']],
          ...pages,
        ]
      : [
          ['rft.genre', work.type === 'report' ? 'report' : 'book'],
          ['rft.btitle', work.title],
        ];
  return [
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ...titles,
    ['rft.pub', work.publisher],
    ['rft.place', work['publisher-place']],
    ['rft.series', work['collection-title']],
    ['rft.isbn', work.ISBN],
  ];
}

/**
 * The `title` of a COinS span. Values are percent-encoded; the markup must still escape `&` in
 * the attribute, as Astro does. OpenURL has no key for editors, so an edited volume travels
 * without them.
 */
export function coins(work: Work): string {
  const pairs: Pair[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ...openUrlWork(work),
    ...openUrlAuthors(work.author),
    ['rft.date', issuedDate(work)],
    ['rft_id', work.DOI && `info:doi/${work.DOI}`],
    ['rft_id', work.URL],
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
