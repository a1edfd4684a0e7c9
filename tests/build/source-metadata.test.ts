/**
 * What a reference manager saves from each work, over the built site: the Highwire tags of every
 * /sources/<id>/ page, and the BibTeX, RIS and CSL-JSON files read back, each checked against the
 * work's record (type, creators and their roles, issue, pages, series, suffix).
 */
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { invertedName, issuedDate, pageRange } from '../../src/lib/citation/work-fields.ts';
import type { CslName, Work } from '../../src/lib/content/schemas.ts';
import { parseBibliography, type ParsedWork } from '../helpers/read-bibliography.ts';
import { requireBuild } from '../helpers/site.ts';

const { works } = getContent();

beforeAll(requireBuild);

/** The tags of a source page, by name. */
function tags(id: string): Map<string, string[]> {
  const html = readFileSync(`dist/sources/${id}/index.html`, 'utf8');
  const { document } = parseHTML(html);
  const out = new Map<string, string[]>();
  for (const m of document.querySelectorAll('meta[name^="citation_"]')) {
    const name = m.getAttribute('name') ?? '';
    out.set(name, [...(out.get(name) ?? []), m.getAttribute('content') ?? '']);
  }
  return out;
}

/** Which tag tells Zotero the type of a work, by CSL type. */
const TYPE_TAG: Record<Work['type'], string | undefined> = {
  'article-journal': 'citation_journal_title',
  'article-magazine': 'citation_journal_title',
  'article-newspaper': 'citation_journal_title',
  chapter: 'citation_inbook_title',
  report: 'citation_technical_report_institution',
  book: undefined,
};

const names = (list: CslName[] | undefined) => (list ?? []).map(invertedName);

describe.each(works.map((w) => [w.id, w] as const))('%s', (_id, work) => {
  it('has Highwire tags for its type, every creator in its role, its date and its pages', () => {
    const t = tags(work.id);
    expect(t.get('citation_title')).toEqual([work.title]);
    expect(t.get('citation_author') ?? []).toEqual(names(work.author));
    expect(t.get('citation_editor') ?? []).toEqual(names(work.editor));
    expect(t.get('citation_date')).toEqual(work.issued ? [issuedDate(work, '/')] : undefined);
    const typeTag = TYPE_TAG[work.type];
    for (const tag of Object.values(TYPE_TAG)) {
      if (tag && tag !== typeTag) expect(t.has(tag), `${tag} on a ${work.type}`).toBe(false);
    }
    const typeValue = work['container-title'] ?? work.publisher;
    // A report whose institution is unknown (Bell's Adelphi Paper) says its number instead.
    if (typeTag && typeValue) expect(t.get(typeTag)).toEqual([typeValue]);
    if (work.type === 'report' && work.number) {
      expect(t.get('citation_technical_report_number')).toEqual([work.number]);
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
