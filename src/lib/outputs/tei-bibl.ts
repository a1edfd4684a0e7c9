/**
 * A CSL-JSON work (content/bibliography/works.json, paper-facts.json) as a TEI `biblStruct`: the
 * part (article, chapter) in `analytic`, the book, journal or report in `monogr` with its
 * imprint, the series in `series`. Every field of the work that TEI has a place for, nothing more.
 */
import type { CommentaryWork } from '../content/commentary-schemas.ts';
import type { CslName, Work } from '../content/schemas.ts';
import { issuedDate, pageRange, publicationDate } from '../citation/work-fields.ts';
import { type Attributes, block, element, textElement } from './xml.ts';

/** A work of the paper's bibliography, or one the editor's commentary relies on. */
type AnyWork = Work | CommentaryWork;

/** A person as TEI names one, or an institution whole. */
function name(who: CslName): string {
  if ('literal' in who) return textElement('orgName', {}, who.literal);
  const parts = [
    who.given === undefined ? '' : textElement('forename', {}, who.given),
    textElement('surname', {}, who.family),
    who.suffix === undefined ? '' : textElement('genName', {}, who.suffix),
  ];
  return element('persName', {}, parts.filter(Boolean).join(' '));
}

function people(role: 'author' | 'editor', names: readonly CslName[] | undefined): string[] {
  return (names ?? []).map((who) => element(role, {}, name(who)));
}

function scope(unit: string, value: string | undefined, attrs: Attributes = {}): string {
  return value === undefined ? '' : textElement('biblScope', { unit, ...attrs }, value);
}

/** The page range as TEI wants it: printed, with its first and last page. */
function pages(page: string | undefined): string {
  const { first, last } = pageRange(page);
  return scope('page', page?.replace('-', '–'), { from: first, to: last });
}

/** Place, publisher, date and (for a periodical) volume, issue and pages. */
function imprint(work: AnyWork, periodical: boolean): string {
  const when = issuedDate(work);
  const accessed = 'accessed' in work ? work.accessed : undefined;
  const parts = [
    periodical ? scope('volume', work.volume) : '',
    periodical ? scope('issue', work.issue) : '',
    work['publisher-place'] === undefined
      ? ''
      : textElement('pubPlace', {}, work['publisher-place']),
    work.publisher === undefined ? '' : textElement('publisher', {}, work.publisher),
    when === undefined ? '' : textElement('date', { when }, publicationDate(work) ?? when),
    pages(work.page),
    accessed === undefined
      ? ''
      : textElement(
          'date',
          { type: 'accessed', when: issuedDate({ issued: accessed }) },
          `accessed ${publicationDate({ issued: accessed }) ?? ''}`,
        ),
  ].filter(Boolean);
  // TEI requires one part at least: a work known by title alone is "undated".
  return block('imprint', {}, parts.length > 0 ? parts : [element('date', {}, 'n.d.')]);
}

function idno(type: string, value: string | undefined): string {
  return value === undefined ? '' : textElement('idno', { type }, value);
}

/**
 * What an official document names before its title: the meeting that adopted it and the body that
 * issued it, when that is not its author.
 */
function occasion(work: AnyWork): string[] {
  if (!('event-title' in work || 'authority' in work)) return [];
  const place = work['event-place'] === undefined ? '' : `, ${work['event-place']}`;
  return [
    work['event-title'] === undefined
      ? ''
      : textElement('meeting', {}, `${work['event-title']}${place}`),
    work.authority === undefined
      ? ''
      : block('respStmt', {}, [
          textElement('resp', {}, 'issued by'),
          textElement('orgName', {}, work.authority),
        ]),
  ];
}

/**
 * One work as a `biblStruct`. In `monogr`, identifiers precede editors: after a title that opens
 * it (no authors), TEI takes no `idno` once a name has come. An article's or chapter's own title and authors (and DOI) go in
 * `analytic`; the journal or book that holds it, with its editors, in `monogr`.
 */
export function biblStruct(work: AnyWork, attrs: Attributes = {}, extra: string[] = []): string {
  // Articles and chapters are parts; an official document or a web page, when it names a whole.
  const part =
    work.type.startsWith('article-') ||
    work.type === 'chapter' ||
    (work['container-title'] !== undefined && work.type !== 'book' && work.type !== 'report');
  const periodical = work.type.startsWith('article-');
  const analytic = part
    ? block('analytic', {}, [
        ...people('author', work.author),
        textElement('title', { level: 'a' }, work.title),
        idno('DOI', work.DOI),
      ])
    : '';
  const monogr = part
    ? block('monogr', {}, [
        textElement('title', { level: periodical ? 'j' : 'm' }, work['container-title'] ?? ''),
        idno('ISBN', work.ISBN),
        ...people('editor', work.editor),
        imprint(work, periodical),
      ])
    : block('monogr', {}, [
        ...people('author', work.author),
        ...occasion(work),
        textElement('title', { level: 'm' }, work.title),
        idno('ISBN', work.ISBN),
        idno('DOI', work.DOI),
        ...people('editor', work.editor),
        imprint(work, periodical),
      ]);
  const series =
    work['collection-title'] === undefined
      ? ''
      : block('series', {}, [
          textElement('title', { level: 's' }, work['collection-title']),
          scope('number', work.number),
        ]);
  const link = work.URL === undefined ? '' : element('ptr', { target: work.URL });
  return block('biblStruct', { type: work.type, ...attrs }, [
    analytic,
    monogr,
    series,
    ...extra,
    link,
  ]);
}
