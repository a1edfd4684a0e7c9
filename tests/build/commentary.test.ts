/**
 * The editor's layer as built: /guide/ and /commentary/, the marks on /paper/ and where they
 * lead, the entry pages that list the commentary, and the two downloads (CSL-JSON of the
 * commentary's own works; the W3C Web Annotation collection the reader's notes import).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { parseCollection } from '../../src/lib/annotations/model.ts';
import { absoluteUrl, FILES, PAGES } from '../../src/lib/site/routes.ts';
import { DIST, requireBuild } from '../helpers/site.ts';

requireBuild();
const { commentary, edition, works } = getContent();

function page(url: string): Document {
  const html = readFileSync(path.join(DIST, url, 'index.html'), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

const paper = page(PAGES.paper);
const notesPage = page(PAGES.commentary);
const commented = [...new Set(commentary.notes.map((n) => n.passage))];

describe('the marks on /paper/', () => {
  const marks = [...paper.querySelectorAll('.sidenotes > a')];

  it('one per commented ¶, right after it, named “Editor’s commentary”', () => {
    expect(marks.map((m) => m.parentElement?.previousElementSibling?.id)).toEqual(commented);
    for (const mark of marks) {
      const passage = mark.parentElement?.previousElementSibling?.id ?? '';
      expect(passage).toMatch(/^p\d+$/);
      expect(mark.getAttribute('aria-label')).toBe('Editor’s commentary');
    }
  });

  it('each leads to its ¶’s notes on /commentary/, every one of them', () => {
    for (const mark of marks) {
      const href = mark.getAttribute('href') ?? '';
      expect(href).toMatch(/^\/commentary\/#p\d+$/);
      const group = notesPage.getElementById(href.split('#')[1] ?? '');
      const passage = mark.parentElement?.previousElementSibling?.id;
      const ids = commentary.notes.filter((n) => n.passage === passage).map((n) => n.id);
      expect([...(group?.querySelectorAll('article') ?? [])].map((a) => a.id)).toEqual(ids);
    }
  });

  it('stand outside the authors’ paragraphs, so that their text is unchanged', () => {
    expect(paper.querySelectorAll('.paper-section > p a[href*="/commentary/"]')).toHaveLength(0);
  });

  it('the title block links the reader’s guide', () => {
    expect(paper.querySelector(`.title-block a[href="${PAGES.guide}"]`)?.textContent).toBe('Guide');
  });
});

describe('/commentary/', () => {
  it('lists every note under its ¶, dated, in the paper’s order', () => {
    const articles = [...notesPage.querySelectorAll('.commentary-group article')];
    expect(articles.map((a) => a.id)).toEqual(commentary.notes.map((n) => n.id));
    for (const note of commentary.notes) {
      const article = notesPage.getElementById(note.id);
      expect(article?.closest('section')?.id).toBe(note.passage);
      expect(article?.querySelector('time')?.getAttribute('datetime')).toBe(note.asOf);
      expect(article?.querySelector('h3')?.textContent).toBe(note.title);
    }
  });

  it('every citation leads to a work of the commentary’s own list, apart from the paper’s', () => {
    const list = notesPage.querySelector('[role=doc-bibliography]');
    const listed = [...(list?.querySelectorAll('li') ?? [])].map((li) => li.id);
    expect(listed.sort()).toEqual(commentary.works.map((w) => `cw-${w.id}`).sort());
    for (const ref of notesPage.querySelectorAll('article [role=doc-biblioref]')) {
      const id = ref.getAttribute('href')?.split('#')[1] ?? '';
      expect(listed).toContain(id);
    }
    const paperIds = new Set(works.map((w) => w.id));
    for (const w of commentary.works) expect(paperIds.has(w.id)).toBe(false);
  });

  it('case and concept pages list the notes about them, linked', () => {
    for (const note of commentary.notes) {
      for (const [kind, ids] of [
        ['cases', note.cases],
        ['concepts', note.concepts],
      ] as const) {
        for (const id of ids) {
          const list = page(`/${kind}/${id}/`).getElementById('commentary')?.nextElementSibling;
          const links = [...(list?.nextElementSibling?.querySelectorAll('a') ?? [])];
          expect(links.map((a) => a.getAttribute('href'))).toContain(`/commentary/#${note.id}`);
        }
      }
    }
  });
});

describe('/guide/', () => {
  it('gives every step, type of order and fact, each step’s ¶ linked to /paper/', () => {
    const guide = page(PAGES.guide);
    const steps = commentary.guide.argument.flatMap((a) => a.steps);
    expect(guide.querySelectorAll('.guide-steps > li')).toHaveLength(steps.length);
    expect(guide.querySelectorAll('.guide-order')).toHaveLength(commentary.guide.orders.length);
    expect(guide.querySelectorAll('.guide-standing > li')).toHaveLength(
      commentary.guide.standing.length,
    );
    const ids = new Set(edition.paragraphs.map((p) => p.id));
    for (const a of guide.querySelectorAll('a[href^="/paper/#p"]')) {
      expect(ids.has(a.getAttribute('href')?.slice('/paper/#'.length) ?? '')).toBe(true);
    }
    const first = steps[0]?.passages[0];
    expect(guide.querySelector(`.guide-steps a[href="/paper/#${first}"]`)).not.toBeNull();
  });
});

describe('the downloads', () => {
  it('/commentary-works.json is the commentary’s works as CSL-JSON, each with what was verified', () => {
    const list = JSON.parse(readFileSync(path.join(DIST, FILES.commentaryWorks), 'utf8')) as {
      id: string;
      type: string;
      custom: { verified: string[] };
    }[];
    expect(list.map((w) => w.id)).toEqual(commentary.works.map((w) => w.id));
    for (const w of list) expect(w.custom.verified.length).toBeGreaterThan(0);
  });

  it('/commentary.annotations.jsonld is a W3C collection the reader’s notes accept whole', () => {
    const text = readFileSync(path.join(DIST, FILES.commentaryAnnotations), 'utf8');
    const json = JSON.parse(text) as {
      '@context': string;
      type: string;
      first: { items: { motivation: string; creator: { name: string } }[] };
    };
    expect(json['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(json.type).toBe('AnnotationCollection');
    for (const item of json.first.items) {
      expect(item.motivation).toBe('commenting');
      expect(item.creator.name).toBe('The editors of this digital edition');
    }
    const paperUrl = absoluteUrl(PAGES.paper, new URL('https://ikenberry-tsuchiyama.example.org'));
    const read = parseCollection(text, paperUrl, '2026-01-01T00:00:00Z');
    if (!read.ok) throw new Error(read.errors.join('\n'));
    expect(read.refused).toEqual([]);
    expect(read.annotations).toHaveLength(commentary.notes.length);
    const byId = new Map(edition.paragraphs.map((p) => [p.id, p.text]));
    for (const a of read.annotations) {
      const note = commentary.notes.find((n) => a.id.endsWith(`/commentary/#${n.id}`));
      const [target] = a.targets;
      expect(target?.root).toBe(note?.passage);
      expect(target?.quote.exact).toBe(note?.quote ?? byId.get(note?.passage ?? ''));
      const { start = 0, end = 0 } = target?.position ?? {};
      expect(byId.get(target?.root ?? '')?.slice(start, end)).toBe(target?.quote.exact);
    }
  });
});
