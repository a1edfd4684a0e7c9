/**
 * COinS: an OpenURL 1.0 ContextObject in a `<span class="Z3988" title="…">`, from which Zotero
 * and other reference managers import the works of a list page.
 */
import type { Work } from '../content/schemas.ts';
import { invertedName, isArticle, issuedDate, pageRange } from './work-fields.ts';

/**
 * Whether a work's own page carries COinS beside its meta tags. Zotero reads a COinS span first
 * and then ignores the tags, so a span stands only where it says more than they do: for an
 * institution as creator, which Highwire cannot mark as one (Zotero splits it into a family and
 * a given name, while OpenURL's aucorp keeps it whole), and only when OpenURL holds the whole
 * work: no editors (OpenURL has no editor role), no magazine or newspaper (no such type), no
 * report number (no such key).
 */
export function coinsOnOwnPage(work: Work): boolean {
  const institution = (work.author ?? []).some((name) => 'literal' in name);
  const whole =
    work.editor === undefined &&
    work.type !== 'article-magazine' &&
    work.type !== 'article-newspaper' &&
    work.number === undefined;
  return institution && whole;
}

/** A key and a value; pairs without a value are left out. */
type Pair = [key: string, value: string | undefined];

/**
 * OpenURL author keys: the first person as aulast/aufirst/ausuffix, further persons as au, bodies
 * as aucorp. OpenURL has no key for editors: an edited volume with no author names its editors
 * here, so that a reference manager saves its creators at all (as authors, the nearest role).
 */
function openUrlCreators(work: Work): Pair[] {
  const names = work.author ?? (work.type === 'book' ? work.editor : undefined) ?? [];
  return names.flatMap((name, i): Pair[] => {
    if ('literal' in name) return [['rft.aucorp', name.literal]];
    return i === 0
      ? [
          ['rft.aulast', name.family],
          ['rft.aufirst', name.given],
          ['rft.ausuffix', name.suffix],
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
 * the attribute, as Astro does. OpenURL knows no magazine or newspaper type: such a piece travels
 * as a journal article (the list page points to CSL-JSON, which keeps the kind).
 */
export function coins(work: Work): string {
  const pairs: Pair[] = [
    ['ctx_ver', 'Z39.88-2004'],
    ...openUrlWork(work),
    ...openUrlCreators(work),
    ['rft.date', issuedDate(work)],
    ['rft_id', work.DOI && `info:doi/${work.DOI}`],
    ['rft_id', work.URL],
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join('&');
}
