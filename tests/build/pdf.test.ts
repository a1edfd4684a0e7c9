/**
 * /edition.pdf as poppler reads it: tagged, titled, A4, every font embedded, every note and every
 * ¶ number in its text, the same bytes from a fresh compile; the editor's layer after the text,
 * under its own running head and linked to the ¶s; and the working paper's page starts in the
 * margin, on the fixture paper (with page starts placed) compiled the same way.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getContent } from '../../src/content-layer/index.ts';
import { editionPdf } from '../../src/lib/outputs/edition-pdf.ts';
import { compilePdf } from '../../src/lib/outputs/pdf.ts';
import { editionTypst } from '../../src/lib/outputs/typst.ts';
import { typstText } from '../../src/lib/outputs/typst-markup.ts';
import { paragraphText } from '../../src/lib/commentary/model.ts';
import { asOfText, LAYER_RUNNING_HEAD } from '../../src/lib/outputs/editors-layer.ts';
import { paragraphLabel } from '../../src/lib/site/ids.ts';
import { AUTHORS, TITLE } from '../../src/lib/site/metadata.ts';
import { fixturePaper, typstInput, withPageBreaks } from '../helpers/typst-fixture.ts';
import { DIST, requireBuild } from '../helpers/site.ts';

requireBuild();
const file = path.join(DIST, 'edition.pdf');
const poppler = (tool: string, ...args: string[]) =>
  execFileSync(tool, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const content = getContent();

/** Text without spaces, line ends and hyphens, so that a line or page break never hides words. */
const squeeze = (text: string) => text.replace(/[\s\u00ad\u2060-]+/g, '');

/** The site's public root, as the build wrote it into /paper/'s canonical link. */
function siteRoot(): string {
  const html = readFileSync(path.join(DIST, 'paper', 'index.html'), 'utf8');
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? '';
  expect(canonical).toMatch(/\/paper\/$/);
  return canonical.replace(/paper\/$/, '');
}

describe('/edition.pdf', () => {
  const info = poppler('pdfinfo', file);
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1];

  it('is tagged, A4, with the title, the authors and the content’s date', () => {
    expect(field('Tagged')).toBe('yes');
    expect(field('Title')).toBe(TITLE);
    expect(field('Author')).toBe(AUTHORS.map((a) => `${a.given} ${a.family}`).join(', '));
    expect(field('Page size')).toMatch(/\(A4\)$/);
    const day = new Date(`${content.date}T00:00:00Z`).toUTCString().slice(0, 16).replace(',', '');
    const [weekday, dd, month, year] = day.split(' ');
    // pdfinfo pads the day of the month with a space, as asctime does: "Dec  3", "Dec 13".
    const day2 = String(Number(dd)).padStart(2, ' ');
    expect(field('CreationDate')).toBe(`${weekday} ${month} ${day2} 00:00:00 ${year} UTC`);
    expect(field('ModDate')).toBe(field('CreationDate'));
  });

  it('embeds every font it uses, all of them Libertinus Serif', () => {
    const rows = poppler('pdffonts', file).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row).toMatch(/^[A-Z]{6}\+LibertinusSerif-/);
      // The columns emb, sub and uni.
      expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
    }
  });

  const text = squeeze(poppler('pdftotext', '-enc', 'UTF-8', file, '-'));
  // The notes in the order the document writes them (-raw): laid out again, pdftotext may read
  // a footnote's number after a line of it whose italics stand on another baseline.
  const notesText = squeeze(poppler('pdftotext', '-raw', '-enc', 'UTF-8', file, '-'));

  it('holds every note, by its number, with its words', () => {
    expect(content.edition.notes.length).toBeGreaterThan(0);
    for (const note of content.edition.notes) {
      const restored = content.edition.interventions.some(
        (i) => i.kind === 'marker' && i.note === note.n,
      );
      const number = restored ? `[${note.n}]` : String(note.n);
      expect(notesText).toContain(squeeze(`${number}${note.text.slice(0, 40)}`));
    }
  });

  it('numbers every paragraph as the web edition does, in reading order', () => {
    let from = 0;
    for (const p of content.edition.paragraphs) {
      const at = text.indexOf(squeeze(`¶ ${p.n}`), from);
      expect(at, `¶ ${p.n}`).toBeGreaterThanOrEqual(from);
      const opening = text.slice(at).replace(/^¶\d+(\[¶\])?/, '');
      expect(opening.startsWith(squeeze(p.text.slice(0, 30))), `¶ ${p.n}`).toBe(true);
      from = at + 1;
    }
  });

  it('has a bookmark for each section, the apparatus and the bibliography', () => {
    // Bookmark titles are PDF strings: literal, or UTF-16 in hex where they leave ASCII.
    const pdf = readFileSync(file).toString('latin1');
    const titles = [...pdf.matchAll(/\/Title (?:\(((?:[^()\\]|\\.)*)\)|<FEFF([0-9A-F]*)>)/g)].map(
      ([, literal, hex]) =>
        literal ??
        Buffer.from(hex ?? '', 'hex')
          .swap16()
          .toString('utf16le'),
    );
    const sections = content.edition.sections.map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        ...sections,
        'Reader’s guide',
        'Editor’s commentary',
        ...content.commentary.notes.map((n) => n.title),
        'Works the commentary relies on',
        'Editorial apparatus',
        'Bibliography',
      ]),
    );
  });

  it('is the same bytes when compiled again', () => {
    const again = editionPdf(content, (sitePath) => `${siteRoot()}${sitePath.slice(1)}`);
    expect(Buffer.from(again).equals(readFileSync(file))).toBe(true);
  });
});

describe('the editor’s layer in the PDF', () => {
  const { commentary, edition } = content;
  // pdftotext ends each page with a form feed.
  const pages = poppler('pdftotext', '-enc', 'UTF-8', file, '-').split('\f').map(squeeze);
  const layer = pages.flatMap((page, i) => (page.includes(squeeze(LAYER_RUNNING_HEAD)) ? [i] : []));
  const first = layer[0] ?? -1;
  const last = layer.at(-1) ?? -1;
  const onPage = (text: string) => pages.findIndex((page) => page.includes(squeeze(text)));
  // The opening words of each paragraph of each note, up to its first citation.
  const openings = commentary.notes.flatMap((n) =>
    n.body.map((p) => paragraphText(p.slice(0, 1)).slice(0, 40)),
  );

  it('stands after the text and before the apparatus, under its own running head', () => {
    expect(layer.length).toBeGreaterThan(1);
    expect(layer).toEqual(Array.from({ length: layer.length }, (_, i) => first + i));
    const lastParagraph = edition.paragraphs.at(-1);
    expect(onPage(`¶ ${lastParagraph?.n ?? 0}`)).toBeLessThan(first);
    expect(onPage('Editorial apparatus Every editorial intervention')).toBe(last + 1);
    expect(pages[first]).toContain(squeeze('Reader’s guide By the editors of this edition'));
  });

  it('holds every note, dated, with its quotation and its words, none of them in the text', () => {
    for (const note of commentary.notes) {
      const at = onPage(`${note.title} ${asOfText(note)}.`);
      expect(at, note.id).toBeGreaterThanOrEqual(first);
      expect(at, note.id).toBeLessThanOrEqual(last);
      if (note.quote)
        expect(pages.slice(at, at + 2).join(''), note.id).toContain(squeeze(note.quote));
    }
    // Pages join up again here: an opening may run from one page to the next.
    const text = pages.slice(0, first).join('');
    const layerText = pages.slice(first, last + 1).join('');
    for (const words of openings) {
      expect(layerText, words).toContain(squeeze(words));
      expect(text, words).not.toContain(squeeze(words));
    }
  });

  it('links each note to the page of its ¶, inside the PDF', () => {
    const pageOf = (passage: string) =>
      pages.findIndex((page) => page.includes(squeeze(`${paragraphLabel(passage.slice(1))} `)));
    const targets = new Set(
      internalLinks(readFileSync(file).toString('latin1'))
        .filter((link) => layer.includes(link.from))
        .map((link) => link.to),
    );
    for (const note of commentary.notes) expect(targets, note.id).toContain(pageOf(note.passage));
  });

  it('marks each ¶ it comments on with a link to the note, after the ¶’s words', () => {
    const links = internalLinks(readFileSync(file).toString('latin1'));
    for (const note of commentary.notes) {
      const from = pages.findIndex((page) =>
        page.includes(squeeze(`${paragraphLabel(note.passage.slice(1))} `)),
      );
      const to = onPage(`${note.title} ${asOfText(note)}.`);
      // The ¶ may run onto the next page before its mark.
      const marked = links.some((l) => l.to === to && (l.from === from || l.from === from + 1));
      expect(marked, note.id).toBe(true);
      // The line after the ¶ names every note on it.
      const text = pages.slice(from, from + 2).join('');
      const mark = text.indexOf(
        squeeze('Editor’s commentary:'),
        text.indexOf(squeeze(`¶ ${note.passage.slice(1)}`)),
      );
      expect(mark, note.id).toBeGreaterThan(-1);
      expect(text.slice(mark, mark + 400), note.id).toContain(squeeze(note.title));
    }
  });
});

/**
 * The links of a PDF that go to a page of it: from the page (0-based) where they stand to the
 * page they open. Typst writes every object uncompressed and each destination as an array object,
 * named (in the catalogue's /Dests) when it is a labelled heading.
 */
function internalLinks(pdf: string): { from: number; to: number }[] {
  const objects = new Map(
    [...pdf.matchAll(/(\d+) 0 obj\s*([\s\S]*?)\s*endobj/g)].map((m) => [m[1], m[2] ?? '']),
  );
  const kids = /\/Type \/Pages\s*\/Count \d+\s*\/Kids \[([^\]]*)\]/.exec(pdf)?.[1] ?? '';
  const pageIds = [...kids.matchAll(/(\d+) 0 R/g)].map((m) => m[1]);
  // A link to a labelled heading names its destination, which the catalogue's /Dests resolves.
  const names = /\/Dests\s*<<\s*\/Names \[([^\]]*)\]/.exec(pdf)?.[1] ?? '';
  const named = new Map([...names.matchAll(/\(([^)]*)\) (\d+) 0 R/g)].map((m) => [m[1], m[2]]));
  return pageIds.flatMap((id, from) => {
    const annots = /\/Annots \[([^\]]*)\]/.exec(objects.get(id ?? '') ?? '')?.[1] ?? '';
    return [...annots.matchAll(/(\d+) 0 R/g)].flatMap(([, annot]) => {
      const link = objects.get(annot ?? '') ?? '';
      const dest =
        /\/Dest (\d+) 0 R/.exec(link)?.[1] ?? named.get(/\/Dest \(([^)]*)\)/.exec(link)?.[1] ?? '');
      const page = /^\[(\d+) 0 R/.exec(objects.get(dest ?? '') ?? '')?.[1];
      return page === undefined ? [] : [{ from, to: pageIds.indexOf(page) }];
    });
  });
}

describe('the working paper’s page starts in the PDF', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'edition-pdf-'));
  const fixtureFile = path.join(dir, 'fixture.pdf');
  const markup = editionTypst(typstInput(withPageBreaks(fixturePaper())));
  writeFileSync(fixtureFile, compilePdf(markup, content.root));

  it('stand in the left margin, each on the line where its page begins', () => {
    // The left margin is 3 cm (85 pt) wide: crop the pages' text to it.
    const margin = poppler(
      'pdftotext',
      '-x',
      '0',
      '-y',
      '0',
      '-W',
      '80',
      '-H',
      '842',
      fixtureFile,
      '-',
    );
    expect(margin.match(/p\. \d+/g)).toEqual(['p. 2', 'p. 3']);
    const lines = poppler('pdftotext', '-layout', fixtureFile, '-').split('\n');
    expect(lines.find((l) => l.includes('p. 2'))).toMatch(
      /p\. 2\s+¶ 1 Opening words of the paper\./,
    );
    expect(lines.find((l) => l.includes('p. 3'))).toMatch(/p\. 3\s+¶ 3 /);
  });
});

describe('Typst escaping, compiled', () => {
  it('prints text full of Typst syntax exactly as written', () => {
    const hostile = '#set page(width: 1pt) *bold* _it_ $x$ [a] @ref <b> -- ... "q" \\ \'s\' = // x';
    const markup = `#set document(title: "Escaping")\n#set text(lang: "en")\n${typstText(hostile)}`;
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'edition-pdf-')), 'escaping.pdf');
    writeFileSync(out, compilePdf(markup, content.root));
    expect(poppler('pdftotext', '-enc', 'UTF-8', out, '-').trim()).toBe(hostile);
  });
});
