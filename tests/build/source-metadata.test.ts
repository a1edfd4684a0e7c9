/**
 * What a reference manager saves from each work, over the built site: each /sources/<id>/ page as
 * Zotero's translators read it (tests/helpers/zotero-page-reading.ts: the channel, the item type,
 * the creators in their roles, the tags of every field), and the BibTeX, RIS and CSL-JSON files
 * read back, each checked against the work's record (type, creators and roles, issue, pages,
 * series, suffix).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { invertedName, issuedDate, pageRange } from '../../src/lib/citation/work-fields.ts';
import type { CslName, Work } from '../../src/lib/content/schemas.ts';
import { parseBibliography, type ParsedWork } from '../helpers/read-bibliography.ts';
import { requireBuild } from '../helpers/site.ts';
import { readPageAsZotero } from '../helpers/zotero-page-reading.ts';

const { works } = getContent();

beforeAll(requireBuild);

/** The item type Zotero gives each CSL type. */
const ZOTERO_TYPE: Record<Work['type'], string> = {
  'article-journal': 'journalArticle',
  'article-magazine': 'magazineArticle',
  'article-newspaper': 'newspaperArticle',
  chapter: 'bookSection',
  report: 'report',
  book: 'book',
};

/** Where Zotero reads a work's container title from, by CSL type. */
const CONTAINER_TAG: Partial<Record<Work['type'], string>> = {
  'article-journal': 'citation_journal_title',
  'article-magazine': 'prism.publicationName',
  'article-newspaper': 'prism.publicationName',
  chapter: 'citation_inbook_title',
};

/** "Family, Given [role]", as Zotero keeps a name: without a suffix, which it has no field for. */
const creators = (list: CslName[] | undefined, role: string) =>
  (list ?? []).map(
    (n) => ('literal' in n ? n.literal : `${n.family}, ${n.given ?? ''}`) + ` [${role}]`,
  );

const names = (list: CslName[] | undefined) => (list ?? []).map(invertedName);

const page = (id: string) =>
  readPageAsZotero(readFileSync(`dist/sources/${id}/index.html`, 'utf8'));

describe.each(works.map((w) => [w.id, w] as const))('%s', (_id, work) => {
  it('is saved by Zotero from its page with its type and every creator in its role', () => {
    const read = page(work.id);
    if (read.channel === 'COinS') {
      // Only where OpenURL holds the whole work and the meta tags could not (an institution).
      expect(work.author?.some((n) => 'literal' in n)).toBe(true);
      expect(work.editor).toBeUndefined();
      expect(work.number).toBeUndefined();
      expect(work.type).not.toMatch(/magazine|newspaper/);
      return;
    }
    expect(read.itemType).toBe(ZOTERO_TYPE[work.type]);
    expect(read.creators).toEqual([
      ...creators(work.author, 'author'),
      ...creators(work.editor, 'editor'),
    ]);
  });

  it('has the tags for its title, date, container, publisher, place, series, number and pages', () => {
    const t = page(work.id).tags;
    expect(t.get('citation_title')).toEqual([work.title]);
    expect(t.get('citation_author') ?? []).toEqual(names(work.author));
    expect(t.get('citation_editor') ?? []).toEqual(names(work.editor));
    // ISO 8601, as the CSL-JSON's date reads in Zotero.
    expect(t.get('citation_date')).toEqual(work.issued ? [issuedDate(work)] : undefined);
    const containerTag = CONTAINER_TAG[work.type];
    if (containerTag) expect(t.get(containerTag)).toEqual([work['container-title']]);
    if (work.type !== 'article-journal') expect(t.has('citation_journal_title')).toBe(false);
    const publisherTag =
      work.type === 'report' ? 'citation_technical_report_institution' : 'citation_publisher';
    if (!work.type.startsWith('article-')) {
      expect(t.get(publisherTag)).toEqual(work.publisher ? [work.publisher] : undefined);
    }
    expect(t.get('eprints.place_of_pub')).toEqual(
      work['publisher-place'] ? [work['publisher-place']] : undefined,
    );
    if (work.type === 'book' || work.type === 'chapter') {
      expect(t.get('citation_series_title')).toEqual(
        work['collection-title'] ? [work['collection-title']] : undefined,
      );
    }
    if (work.type === 'report') {
      expect(t.get('citation_technical_report_number')).toEqual(
        work.number ? [work.number] : undefined,
      );
    }
    expect(t.get('citation_issue')).toEqual(work.issue ? [work.issue] : undefined);
    const { first, last } = pageRange(work.page);
    expect(t.get('citation_firstpage')).toEqual(first ? [first] : undefined);
    expect(t.get('citation_lastpage')).toEqual(last ? [last] : undefined);
  });

  it.each(['bib', 'ris', 'json'])(
    'reads back from its .%s file with its creators and fields',
    (ext) => {
      const [back] = parseBibliography(readFileSync(`dist/sources/${work.id}.${ext}`, 'utf8'));
      if (!back) throw new Error('nothing read back');
      // RIS joins the parts of an institution's name with a full stop (see exports.ts).
      const person = (n: CslName) =>
        'literal' in n && ext === 'ris' ? n.literal.replaceAll(', ', '. ') : invertedName(n);
      const persons = (list: unknown) =>
        ((list as CslName[] | undefined) ?? []).map((n) => person(n));
      expect(persons(back.author)).toEqual((work.author ?? []).map(person));
      // RIS has editor tags only for reports and edited volumes as citation-js maps them.
      if (ext !== 'ris' || work.type !== 'chapter') {
        expect(persons(back.editor)).toEqual((work.editor ?? []).map(person));
      }
      const field = (f: keyof ParsedWork) => (back[f] === undefined ? undefined : String(back[f]));
      expect(field('issue')).toEqual(work.issue);
      expect(field('page')?.replace('–', '-')).toEqual(work.page);
      if (ext !== 'ris') expect(field('collection-title')).toEqual(work['collection-title']);
      // BibTeX has one @article for every periodical; its entrysubtype is biblatex's, not read here.
      const types = ext === 'bib' && work.type.startsWith('article-') ? ['article-journal'] : [];
      expect([work.type, ...types]).toContain(back.type);
    },
  );
});
