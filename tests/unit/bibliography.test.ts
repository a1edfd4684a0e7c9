import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { coins } from '../../src/lib/citation/coins.ts';
import { toBibtex, toCslJson, toRis } from '../../src/lib/citation/exports.ts';
import { authorsLabel, sortKey } from '../../src/lib/citation/listing.ts';
import { outboundLinks } from '../../src/lib/citation/outbound-links.ts';
import { paperCitations } from '../../src/lib/citation/paper-citations.ts';
import { EDITION_PUBLISHER, EDITION_TITLE } from '../../src/lib/site/metadata.ts';
import { yearOf } from '../../src/lib/citation/work-fields.ts';
import { workSchema, type CslName, type Work } from '../../src/lib/content/schemas.ts';
import { type ParsedWork, parseBibliography } from '../helpers/read-bibliography.ts';

/** The bibliography as the site reads it, through the content layer. */
const { works, paperFacts, formatter } = getContent();

function work(id: string): Work {
  const found = works.find((w) => w.id === id);
  if (!found) throw new Error(`no work ${id} in works.json`);
  return found;
}

/** The text of the `<i>` elements of an HTML fragment. */
function italics(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return [...document.querySelectorAll('i')].map((i) => i.textContent ?? '');
}

const cronin = work('cronin-1999');
const deudney = work('deudney-1995');

describe('workSchema', () => {
  it('rejects a misspelt field name instead of ignoring it', () => {
    const { 'publisher-place': place, ...rest } = cronin;
    expect(workSchema.safeParse({ ...rest, publisher_place: place }).success).toBe(false);
    expect(
      workSchema.safeParse({ ...cronin, custom: { verified: [], remarks: 'typo' } }).success,
    ).toBe(false);
  });

  it('rejects a month outside 1–12 and a DOI without its "10." prefix', () => {
    expect(
      workSchema.safeParse({ ...cronin, issued: { 'date-parts': [[1999, 13]] } }).success,
    ).toBe(false);
    expect(workSchema.safeParse({ ...deudney, DOI: 'doi:10.1017/S002081830002837X' }).success).toBe(
      false,
    );
  });
});

describe('formatter.reference', () => {
  it('formats a book in Chicago with the author inverted, the title in italics, publisher and year', () => {
    const html = formatter.reference(cronin, 'chicago', 'html');
    expect(html).toMatch(/^Cronin, Bruce\. /);
    expect(italics(html)).toEqual([
      'Community Under Anarchy: Transnational Identity and the Evolution of Cooperation',
    ]);
    expect(html).toContain('Columbia University Press, 1999.');
    expect(html).not.toMatch(/<div|csl-entry|csl-bib-body/);
  });

  it('formats a book in APA with initials and the year after the author', () => {
    const html = formatter.reference(cronin, 'apa', 'html');
    expect(html).toMatch(/^Cronin, B\. \(1999\)\. <i>Community Under Anarchy/);
    expect(html).toContain('Columbia University Press.');
  });

  it('formats a book in MLA with the full name, italic title, publisher and year', () => {
    const html = formatter.reference(cronin, 'mla', 'html');
    expect(html).toMatch(/^Cronin, Bruce\. <i>Community Under Anarchy/);
    expect(html).toContain('Columbia University Press, 1999.');
  });

  it('formats a journal article with quoted title, italic journal, volume, issue, pages and DOI in every style', () => {
    const chicago = formatter.reference(deudney, 'chicago', 'html');
    expect(chicago).toContain('Deudney, Daniel H. “The Philadelphian System:');
    expect(italics(chicago)).toEqual(['International Organization']);
    expect(chicago).toContain('49, no. 2 (1995): 191–228');

    const apa = formatter.reference(deudney, 'apa', 'html');
    expect(apa).toMatch(/^Deudney, D\. H\. \(1995\)\. The Philadelphian System/);
    expect(italics(apa)).toEqual(['International Organization', '49']);
    expect(apa).toContain('(2), 191–228. https://doi.org/10.1017/S002081830002837X');

    const mla = formatter.reference(deudney, 'mla', 'html');
    expect(italics(mla)).toEqual(['International Organization']);
    expect(mla).toContain('vol. 49, no. 2, 1995, pp. 191–228');
  });

  it('gives plain text without markup in text format', () => {
    const text = formatter.reference(cronin, 'chicago', 'text');
    expect(text).toBe(
      'Cronin, Bruce. Community Under Anarchy: Transnational Identity and the Evolution of Cooperation. Columbia University Press, 1999.',
    );
  });
});

/** A creator's name as text, "Family, Given" or an institution's whole name. */
function nameText(name: CslName | undefined): string | undefined {
  if (!name) return undefined;
  if ('literal' in name) return name.literal;
  return name.given ? `${name.family}, ${name.given}` : name.family;
}

/** The first author or, failing one, the first editor. */
function firstCreator(item: Work | ParsedWork): string | undefined {
  return nameText((item.author ?? item.editor)?.[0]);
}

describe('exports read back', () => {
  // RIS cannot mark a name as an institution's: one with a comma would return split into family
  // and given name, so the export joins its parts with a full stop and it returns whole.
  it.each([
    ['BibTeX', toBibtex],
    ['RIS', toRis],
    ['CSL-JSON', toCslJson],
  ])(
    '%s of the whole bibliography reads back with the same entries, titles and first creators',
    (format, exporter) => {
      const back = parseBibliography(exporter(works));
      expect(back.length).toBe(works.length);
      expect(back.map((w) => w.title)).toEqual(works.map((w) => w.title));
      const whole = (name: string | undefined) =>
        format === 'RIS' ? name?.replaceAll(', Office', '. Office') : name;
      expect(back.map(firstCreator)).toEqual(works.map((w) => whole(firstCreator(w))));
    },
  );

  it('keeps an institution with a comma in its name as one name in RIS', () => {
    const [dod] = parseBibliography(toRis([work('us-dod-1995')]));
    expect(dod?.author).toEqual([
      { literal: 'United States Department of Defense. Office of International Security Affairs' },
    ]);
  });

  it('writes an issue number as IS in RIS, where reference managers read it', () => {
    const ris = toRis([work('joffe-1997')]);
    expect(ris).toMatch(/^IS {2}- 5$/m);
    expect(ris).not.toMatch(/^M1 /m);
  });

  it('keeps the kind of a magazine or newspaper piece: MGZN and NEWS in RIS, entrysubtype in BibTeX', () => {
    expect(toRis([work('joffe-1997')])).toMatch(/^TY {2}- MGZN$/m);
    expect(toRis([work('buruma-1999')])).toMatch(/^TY {2}- NEWS$/m);
    expect(toBibtex([work('joffe-1997')])).toContain('entrysubtype = {magazine}');
    expect(toBibtex([work('buruma-1999')])).toContain('entrysubtype = {newspaper}');
  });

  it('writes a name with a suffix as "Lee, Jr., Maurice" in BibTeX and keeps the series of a report', () => {
    expect(toBibtex([work('deutsch-1957')])).toContain('Lee, Jr., Maurice');
    const [lee] =
      parseBibliography(toBibtex([work('deutsch-1957')]))[0]?.author?.filter(
        (a) => 'family' in a && a.family === 'Lee',
      ) ?? [];
    expect(lee).toEqual(
      expect.objectContaining({ family: 'Lee', given: 'Maurice', suffix: 'Jr.' }),
    );
    expect(toBibtex([work('bell-1968')])).toMatch(/series = \{Adelphi \{Papers\}\}/);
  });

  it('writes "Lee, Maurice, Jr." in RIS, family, given and suffix as the RIS specification orders them', () => {
    expect(toRis([work('deutsch-1957')])).toMatch(/^AU {2}- Lee, Maurice, Jr\.$/m);
  });

  it('writes the author of a chapter before the editors of its book in RIS', () => {
    for (const id of ['johnston-2003', 'tsuchiyama-2000', 'yamamura-1994']) {
      const tags = [...toRis([work(id)]).matchAll(/^(AU|A2|ED) {2}- /gm)].map((m) => m[1]);
      expect(tags[0], id).toBe('AU');
      expect(tags.slice(1)).toEqual(tags.slice(1).map(() => 'A2'));
      expect(tags.length, id).toBeGreaterThan(1);
    }
  });

  it('uses the work ids as BibTeX keys', () => {
    const keys = [...toBibtex(works).matchAll(/^@\w+\{([^,]+),$/gm)].map((m) => m[1]);
    expect(keys).toEqual(works.map((w) => w.id));
  });

  it('writes the author and full date of a newspaper article and the editor of a report to RIS', () => {
    const ris = toRis([work('buruma-1999'), work('kokubun-1998')]);
    expect(ris).toMatch(
      /^TY {2}- NEWS$[\s\S]*^AU {2}- Buruma, Ian$[\s\S]*^DA {2}- 1999\/12\/29\/$/m,
    );
    expect(ris).toMatch(/^TY {2}- RPRT$[\s\S]*^ED {2}- Kokubun, Ryosei$/m);
  });

  it('keeps every RIS value on one line, starting each record with TY and ending it with ER', () => {
    const lines = toRis(works)
      .split('\n')
      .filter((line) => line !== '');
    expect(lines.filter((line) => !/^[A-Z][A-Z0-9] {2}- /.test(line))).toEqual([]);
    expect(lines.filter((line) => line.startsWith('TY  - '))).toHaveLength(works.length);
    expect(lines.filter((line) => line === 'ER  - ')).toHaveLength(works.length);
  });

  it('leaves our custom notes out of the CSL-JSON', () => {
    const items = JSON.parse(toCslJson(works)) as Record<string, unknown>[];
    expect(items.map((item) => item.id)).toEqual(works.map((w) => w.id));
    expect(items.some((item) => 'custom' in item)).toBe(false);
  });
});

/** The keys and decoded values of a COinS string. */
function coinsPairs(value: string): [string, string][] {
  return value.split('&').map((pair) => {
    const [key = '', encoded = ''] = pair.split('=');
    return [key, decodeURIComponent(encoded)];
  });
}

describe('coins', () => {
  it('names an edited volume’s editors, which OpenURL has no key for, so that it keeps creators', () => {
    const adler = coinsPairs(coins(work('adler-1998')));
    expect(adler.filter(([key]) => key.startsWith('rft.au')).length).toBeGreaterThan(0);
  });

  it('keeps a suffix: the first author’s in rft.ausuffix, another’s in rft.au', () => {
    expect(coinsPairs(coins(work('deutsch-1957')))).toContainEqual(['rft.au', 'Lee, Maurice, Jr.']);
  });

  it('describes a book in the OpenURL book format with rft.btitle', () => {
    const pairs = coinsPairs(coins(cronin));
    expect(pairs).toContainEqual(['ctx_ver', 'Z39.88-2004']);
    expect(pairs).toContainEqual(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book']);
    expect(pairs).toContainEqual(['rft.btitle', cronin.title]);
    expect(pairs).toContainEqual(['rft.aulast', 'Cronin']);
    expect(pairs).toContainEqual(['rft.pub', 'Columbia University Press']);
    expect(pairs).toContainEqual(['rft.date', '1999']);
  });

  it('describes an article in the journal format with rft.atitle, rft.jtitle, pages and DOI', () => {
    const pairs = coinsPairs(coins(deudney));
    expect(pairs).toContainEqual(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal']);
    expect(pairs).toContainEqual(['rft.atitle', deudney.title]);
    expect(pairs).toContainEqual(['rft.jtitle', 'International Organization']);
    expect(pairs).toContainEqual(['rft.spage', '191']);
    expect(pairs).toContainEqual(['rft.epage', '228']);
    expect(pairs).toContainEqual(['rft_id', 'info:doi/10.1017/S002081830002837X']);
  });

  it('percent-encodes the values, so spaces, colons and commas never appear raw', () => {
    const value = coins(deudney);
    expect(value).toContain('rft.atitle=The%20Philadelphian%20System%3A%20Sovereignty%2C%20Arms');
    for (const [, encoded] of value.split('&').map((pair) => pair.split('='))) {
      expect(encoded).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+$/);
    }
  });
});

describe('outboundLinks', () => {
  it('links the DOI at doi.org only when the work has one', () => {
    expect(outboundLinks(deudney)).toContainEqual({
      label: 'DOI',
      href: 'https://doi.org/10.1017/S002081830002837X',
    });
    expect(outboundLinks(cronin).some((link) => link.href.startsWith('https://doi.org/'))).toBe(
      false,
    );
  });

  it('searches WorldCat and Google Scholar by title and first author, and Open Library for books only', () => {
    const links = outboundLinks(cronin);
    const worldcat = new URL(links.find((link) => link.label === 'WorldCat')?.href ?? '');
    expect(worldcat.origin).toBe('https://search.worldcat.org');
    expect(worldcat.searchParams.get('q')).toBe(`${cronin.title} Cronin`);
    const scholar = new URL(links.find((link) => link.label === 'Google Scholar')?.href ?? '');
    expect(scholar.searchParams.get('q')).toBe(`"${cronin.title}" Cronin`);
    expect(links.map((link) => link.label)).toContain('Open Library');
    expect(outboundLinks(deudney).map((link) => link.label)).not.toContain('Open Library');
  });
});

describe('listing helpers', () => {
  it('labels one, two and more authors, editors and institutions', () => {
    expect(authorsLabel(cronin)).toBe('Cronin');
    expect(authorsLabel(work('adler-1998'))).toBe('Adler and Barnett');
    expect(authorsLabel(work('carter-1992'))).toBe('Carter et al.');
    expect(authorsLabel(work('advisory-group-defense-1994'))).toBe(
      'Advisory Group on Defense Issues',
    );
  });

  it('gives the year of publication', () => {
    expect(yearOf(work('kagan-1997'))).toBe(1997);
    expect(yearOf({ ...cronin, issued: undefined })).toBeUndefined();
  });

  it('sorts by first author, then year, then title', () => {
    const sorted = [...works].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)).map((w) => w.id);
    expect(sorted.slice(0, 4)).toEqual([
      'abramowitz-1998',
      'acharya-1999',
      'adler-1998',
      'advisory-group-defense-1994',
    ]);
    expect(sorted.indexOf('funabashi-1995')).toBeLessThan(sorted.indexOf('funabashi-1998'));
    expect(sorted.indexOf('ikenberry-1998-constitutional')).toBeLessThan(
      sorted.indexOf('ikenberry-1998-restraint'),
    );
  });
});

describe('paperCitations', () => {
  const address = {
    home: 'https://example.org/',
    paper: 'https://example.org/paper/',
    date: '2026-05-01',
  };
  const paragraph = { kind: 'paragraph', n: 12, url: 'https://example.org/paper/#p-12' } as const;
  const note = { kind: 'note', n: 3, url: 'https://example.org/paper/#note-3' } as const;

  it('cites the published article with its journal, volume, issue and pages', () => {
    const { article: published } = paperCitations(formatter, paperFacts, address);
    expect(published.chicago).toContain(
      'International Relations of the Asia-Pacific 2, no. 1 (2002): 69–94.',
    );
    expect(published.apa).toContain('International Relations of the Asia-Pacific, 2(1), 69–94.');
    expect(published.mla).toContain('vol. 2, no. 1, Feb. 2002, pp. 69–94.');
    expect(published.bibtex).toMatch(/^@article\{ikenberry-tsuchiyama-2002,/);
    expect(published.ris).toMatch(/^TY {2}- JOUR$/m);
    expect(JSON.parse(published.csl)).toEqual([expect.objectContaining({ volume: '2' })]);
  });

  it('keeps the hyphenated words of the article’s title as printed in every style', () => {
    const { article: published } = paperCitations(formatter, paperFacts, address);
    for (const style of ['chicago', 'mla'] as const) {
      expect(published[style]).toContain('Security Co-operation in the Asia-Pacific');
    }
    expect(published.apa).toContain('security co-operation in the Asia-Pacific');
  });

  it('cites the working paper read here as a Baker Institute report of May 2000 at this address', () => {
    const { workingPaper } = paperCitations(formatter, paperFacts, address);
    expect(workingPaper.chicago).toContain(
      'James A. Baker III Institute for Public Policy, Rice University, 2000.',
    );
    expect(workingPaper.chicago).toContain('https://example.org/paper/');
    expect(workingPaper.bibtex).toMatch(/^@techreport\{ikenberry-tsuchiyama-2000,/);
    expect(workingPaper.ris).toMatch(/^TY {2}- RPRT$/m);
    expect(Object.values(workingPaper).join('\n')).not.toContain('¶');
  });

  it('cites this edition as a book of its own: its title, publisher, version, date and address', () => {
    const { edition } = paperCitations(formatter, paperFacts, address);
    expect(edition.chicago).toBe(
      `${EDITION_TITLE}. Version 2026.05.01. ${EDITION_PUBLISHER}, 2026. https://example.org/.`,
    );
    expect(JSON.parse(edition.csl)).toEqual([
      expect.objectContaining({
        type: 'book',
        title: EDITION_TITLE,
        publisher: EDITION_PUBLISHER,
        edition: 'Version 2026.05.01',
        issued: { 'date-parts': [[2026, 5, 1]] },
        URL: 'https://example.org/',
      }),
    ]);
    // The type and fields Zotero saves a book with, from BibTeX and RIS alike.
    expect(edition.bibtex).toMatch(/^@book\{ikenberry-tsuchiyama-edition,$/m);
    expect(edition.bibtex).toContain(`publisher = {${EDITION_PUBLISHER}}`);
    expect(edition.bibtex).toContain('edition = {Version 2026.05.01}');
    expect(edition.bibtex).toContain('urldate = {2026-05-01}');
    expect(edition.ris).toMatch(/^TY {2}- BOOK$/m);
    expect(edition.ris).toMatch(/^PB {2}- The editors of this digital edition$/m);
    expect(edition.ris).toMatch(/^ET {2}- Version 2026\.05\.01$/m);
    expect(edition.ris).toMatch(/^UR {2}- https:\/\/example\.org\/$/m);
    expect(edition.ris).toMatch(/^ID {2}- ikenberry-tsuchiyama-edition$/m);
  });

  it('names the paper’s authors as authors of the working paper, never of the edition', () => {
    const { edition, workingPaper } = paperCitations(formatter, paperFacts, address);
    for (const text of Object.values(edition)) {
      expect(text).not.toMatch(/Ikenberry|Tsuchiyama/);
    }
    expect(edition.ris).not.toMatch(/^(AU|A2|ED) /m);
    expect(edition.bibtex).not.toMatch(/^\t(author|editor) =/m);
    expect(workingPaper.ris).toMatch(/^AU {2}- Ikenberry, G\. John$/m);
  });

  it('adds "¶ 12" and the paragraph permalink to every text of the working paper', () => {
    const texts = paperCitations(formatter, paperFacts, address, paragraph).workingPaper;
    expect(texts.chicago).toContain('Asia Pacific, ¶ 12.');
    for (const style of ['chicago', 'apa', 'mla', 'ris'] as const) {
      expect(texts[style]).toContain('¶ 12');
      expect(texts[style]).toContain(paragraph.url);
    }
    // BibTeX spells ¶ as a LaTeX command; read back, the note says "¶ 12" again.
    const [bibtex] = parseBibliography(texts.bibtex);
    expect(bibtex?.['note']).toContain('¶ 12');
    expect(bibtex?.['URL']).toBe(paragraph.url);
  });

  it('adds "n. 3" and the note permalink to every text of the working paper', () => {
    const texts = paperCitations(formatter, paperFacts, address, note).workingPaper;
    for (const style of ['chicago', 'apa', 'mla', 'bibtex', 'ris'] as const) {
      expect(texts[style]).toContain('n. 3');
      expect(texts[style]).toContain(note.url);
    }
  });

  it('leaves the published article and the edition uncited at the edition’s numbers', () => {
    const plain = paperCitations(formatter, paperFacts, address);
    const pinned = paperCitations(formatter, paperFacts, address, paragraph);
    expect([pinned.article, pinned.edition]).toEqual([plain.article, plain.edition]);
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => paperCitations(formatter, paperFacts, { ...address, date: '1 May 2026' })).toThrow(
      RangeError,
    );
  });
});
