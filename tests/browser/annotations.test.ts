/**
 * The reader's own layer on /paper/ in real headless Chromium: highlights and notes made with the
 * mouse and the keyboard survive a reload; quotations and links are copied and opened; notes go
 * out and come back as W3C Web Annotations; a broken file is refused with notes intact; axe-core
 * finds nothing with the toolbar and the panel open. Screenshots land in test-results/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeViolations, CHROMIUM } from '../helpers/browser.ts';
import { browserSession } from '../helpers/session.ts';
import { clipboard, downloaded, marks, select, toolbar } from '../helpers/annotation-page.ts';
import { annotationCollection } from '../helpers/w3c-annotations.ts';

const session = browserSession();
const pages: Page[] = [];
afterEach(async () => {
  for (const page of pages.splice(0)) await page.context().close();
});

/** Opens /paper/ (or a path) in a fresh context that may use the clipboard. */
async function paper(width = 1280, path = '/paper/'): Promise<Page> {
  const { page, foreign } = await session.blank({ width });
  pages.push(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.origin(),
  });
  await page.goto(`${session.origin()}${path}`);
  page.on('close', () => expect(foreign).toEqual([]));
  return page;
}

/** Where the words stand on screen: the left edge of their first letter, the right of their last. */
async function wordsBox(page: Page, root: string, words: string) {
  await page.locator(`#${root}`).scrollIntoViewIfNeeded();
  return page.evaluate(
    ([id, w]) => {
      const el = document.getElementById(id ?? '');
      const walker = document.createTreeWalker(el as Node, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(w ?? '');
        if (at < 0) continue;
        const r = document.createRange();
        r.setStart(n, at);
        r.setEnd(n, at + 1);
        const a = r.getBoundingClientRect();
        r.setStart(n, at + (w?.length ?? 0) - 1);
        r.setEnd(n, at + (w?.length ?? 0));
        const b = r.getBoundingClientRect();
        return {
          x1: a.left + 1,
          y1: a.top + a.height / 2,
          x2: b.right - 1,
          y2: b.top + b.height / 2,
        };
      }
      throw new Error(`“${w}” not in ${id}`);
    },
    [root, words],
  );
}

/** Selects words with the mouse, by dragging across them. */
async function dragSelect(page: Page, root: string, words: string): Promise<void> {
  const box = await wordsBox(page, root, words);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, box.y2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(words);
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: `test-results/annotations-${name}.png` });
}

describe('highlights and notes', () => {
  it('highlight and add a note with the mouse; both there after a reload', async () => {
    const page = await paper();
    // Nothing of the layer loads before it is needed.
    expect(await page.evaluate(() => customElements.get('selection-toolbar'))).toBeUndefined();
    await dragSelect(page, 'p12', 'inevitable divide');
    await expect.poll(() => toolbar(page).isVisible()).toBe(true);
    // Below the selection, where a touch screen's own menu is not.
    const words = await wordsBox(page, 'p12', 'inevitable divide');
    const bar = await toolbar(page).boundingBox();
    expect(bar?.y).toBeGreaterThan(words.y2);
    await shoot(page, 'toolbar-1280');
    await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
    await expect
      .poll(() => marks(page))
      .toEqual([{ text: 'inevitable divide', root: 'p12', description: 'highlighted' }]);

    // A note on words of note 25, by mouse too.
    await dragSelect(page, 'n25', 'See, for example');
    await expect.poll(() => toolbar(page).isVisible()).toBe(true);
    await toolbar(page).getByRole('button', { name: 'Add note' }).click();
    const editor = page.getByRole('dialog', { name: 'Your note on n. 25' });
    await editor.getByLabel('Note').fill('Tsuchiyama cites himself here.');
    await editor.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => page.getByRole('note', { name: 'Your note on n. 25' }).count())
      .toBeGreaterThan(0);

    await page.reload();
    await expect
      .poll(() => marks(page))
      .toEqual(
        expect.arrayContaining([
          { text: 'inevitable divide', root: 'p12', description: 'highlighted' },
          { text: 'See, for example', root: 'n25', description: 'your note' },
        ]),
      );
    expect(
      await page.getByRole('note', { name: 'Your note on n. 25' }).first().textContent(),
    ).toContain('Tsuchiyama cites himself here.');
  });

  it('highlight and add a note with the keyboard alone (caret browsing, Shift+arrows); both there after a reload', async () => {
    // Keyboard readers select text with caret browsing (F7); the flag turns it on from the start.
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--enable-caret-browsing'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${session.origin()}/paper/`);
      const keySelect = async (root: string, words: string) => {
        const c = await wordsBox(page, root, words);
        await page.mouse.click(c.x1 - 1, c.y1);
        for (let i = 0; i < words.length; i++) await page.keyboard.press('Shift+ArrowRight');
        await expect.poll(() => page.evaluate(() => getSelection()?.toString())).toBe(words);
        await expect.poll(() => toolbar(page).isVisible()).toBe(true);
      };
      await keySelect('p12', 'coercive');
      await page.keyboard.press('Alt+Shift+A');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Highlight');
      await page.keyboard.press('Enter');
      await expect.poll(async () => (await marks(page)).length).toBe(1);
      await keySelect('p13', 'legitimate');
      await page.keyboard.press('Alt+Shift+A');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
      await page.keyboard.type('Typed without a mouse.');
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await page.reload();
      await expect
        .poll(() => marks(page))
        .toEqual([
          { text: 'coercive', root: 'p12', description: 'highlighted' },
          { text: 'legitimate', root: 'p13', description: 'your note' },
        ]);
      expect(await page.getByRole('note', { name: 'Your note on ¶ 13' }).textContent()).toContain(
        'Typed without a mouse.',
      );
    } finally {
      await browser.close();
    }
  });

  it('words selected in a margin note are the note’s: marked in the margin and in the list', async () => {
    const page = await paper();
    await select(page, 'sn24', 'Ironies in Japan');
    await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
    await expect
      .poll(() =>
        page.evaluate(() =>
          [...document.querySelectorAll('mark[data-an]')].map((m) => [
            m.textContent,
            m.closest('[id^="n"], [id^="sn"]')?.id,
          ]),
        ),
      )
      .toEqual([
        ['Ironies in Japan', 'sn24'],
        ['Ironies in Japan', 'n24'],
      ]);
  });

  it('at 1280 px a note card stands in the margin under no sidenote, and stretches no row', async () => {
    const page = await paper();
    const gap = () =>
      page.evaluate(
        () =>
          (document.getElementById('p4')?.getBoundingClientRect().top ?? NaN) -
          (document.getElementById('p3')?.getBoundingClientRect().bottom ?? NaN),
      );
    const before = await gap();
    const card = (root: string, exact: string, note: string) => ({
      id: `urn:uuid:${root}`,
      motivation: 'commenting',
      note,
      created: '2026-01-01T00:00:00.000Z',
      modified: '2026-01-01T00:00:00.000Z',
      targets: [{ root, quote: { type: 'TextQuoteSelector', exact } }],
    });
    // ¶ 12 and ¶ 13 have notes in the margin; ¶ 3 has none, and its card is taller than it.
    await page.evaluate(
      (list) => localStorage.setItem('edition-annotations', JSON.stringify(list)),
      [
        card('p3', 'ad hoc security arrangements', 'A long note. '.repeat(60)),
        card('p12', 'inevitable divide', 'A note beside note 7. '.repeat(10)),
        card('p13', 'legitimate order', 'A note beside notes 8 and 9. '.repeat(6)),
      ],
    );
    await page.reload();
    await expect.poll(() => page.locator('[data-an-card]').count()).toBe(3);
    await page.locator('#p12').scrollIntoViewIfNeeded();
    await shoot(page, 'card-beside-sidenote-1280');
    // Everything in the margin, in reading order, starts below the bottom of what stands above.
    const margin = await page.evaluate(() =>
      [...document.querySelectorAll('.sidenote, [data-an-card]')].map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.id || el.getAttribute('aria-label'), top: r.top, bottom: r.bottom };
      }),
    );
    expect(margin.filter((m) => m.what?.startsWith('Your note'))).toHaveLength(3);
    margin.forEach((m, i) => {
      const above = margin[i - 1];
      if (above) expect(m.top, `${m.what} under ${above.what}`).toBeGreaterThan(above.bottom);
    });
    expect(await gap()).toBeCloseTo(before, 0);
  });

  it('a copied ¶ link and the layer’s messages speak through one live region, one toast', async () => {
    const page = await paper();
    await page.locator('#p12 > a:first-child').click();
    await page.getByRole('button', { name: 'Copy link to ¶ 12' }).click();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toBe('Link to ¶ 12 copied');
    await select(page, 'p13', 'legitimate order');
    await expect.poll(() => status.textContent()).toContain('Tools for the selected words');
    expect(await status.count()).toBe(1);
  });

  it('Esc dismisses the toolbar and gives focus back, keeping the selection', async () => {
    const page = await paper();
    await select(page, 'p13', 'legitimate order');
    await expect.poll(() => toolbar(page).isVisible()).toBe(true);
    await page.keyboard.press('Alt+Shift+A');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Add note');
    await page.keyboard.press('Escape');
    await expect.poll(() => toolbar(page).isVisible()).toBe(false);
    // And it stays dismissed once the selection is given back (two frames: after its update).
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    expect(await toolbar(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('p13');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('legitimate order');
  });
});

describe('plain text', () => {
  it('of every paragraph and note, as positions count it, is the text of /edition.json', async () => {
    const page = await paper();
    const edition = JSON.parse(readFileSync('dist/edition.json', 'utf8')) as {
      sections: { paragraphs: { id: string; text: string }[] }[];
      notes: { id: string; text: string }[];
    };
    const expected = [...edition.sections.flatMap((s) => s.paragraphs), ...edition.notes];
    // A string, so that the test runner leaves the page's own import() alone.
    const ids = JSON.stringify(expected.map((p) => p.id));
    const actual = await page.evaluate(
      `import('/annotations.js').then((layer) => ${ids}.map((id) => layer.plainText(id)))`,
    );
    expect(actual).toEqual(expected.map((p) => p.text));
  });
});

describe('copying', () => {
  it('a quotation names its page and ¶ 12, ¶¶ 12–13 across paragraphs, and n. 24 inside a note', async () => {
    const page = await paper();
    const canonical = 'https://ikenberry-tsuchiyama.example.org/paper/';
    await select(page, 'p12', 'balance of power');
    await toolbar(page).getByRole('button', { name: 'Copy quotation' }).click();
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `“balance of power” Ikenberry and Tsuchiyama, “Between Balance of Power and Community” (working paper, 2000), p. 5, ¶ 12, ${canonical}#p12`,
      );
    await select(page, 'p12', 'institutions can contribute', 'p13', 'The United States');
    await expect.poll(() => toolbar(page).isVisible()).toBe(true);
    await toolbar(page).getByRole('button', { name: 'Copy quotation' }).click();
    await expect
      .poll(() => clipboard(page))
      .toMatch(
        /^“institutions can contribute .* agreeable order\. The United States” .*, p\. 5, ¶¶ 12–13, .*#p12$/,
      );
    // The note marker "7" between them is not the authors' words.
    expect(await clipboard(page)).not.toContain('order.7');
    await select(page, 'n24', 'Ironies in Japan');
    await toolbar(page).getByRole('button', { name: 'Copy quotation' }).click();
    await expect
      .poll(() => clipboard(page))
      .toBe(
        `“Ironies in Japan” Ikenberry and Tsuchiyama, “Between Balance of Power and Community” (working paper, 2000), p. 16, n. 24, ${canonical}#n24`,
      );
  });

  it('a link opens the paper in a fresh browser with those words marked; lost words land on the paragraph', async () => {
    const page = await paper();
    await select(page, 'p12', 'inevitable divide');
    await toolbar(page).getByRole('button', { name: 'Copy link' }).click();
    await expect.poll(() => clipboard(page)).toContain(':~:text=inevitable%20divide');
    const link = new URL(await clipboard(page));
    expect(link.search).toBe('?quote=inevitable%20divide');
    const fresh = await paper(390, `${link.pathname}${link.search}${link.hash}`);
    await expect
      .poll(() =>
        fresh.evaluate(() =>
          [...document.querySelectorAll('mark[data-an-link]')].map((m) => [
            m.textContent,
            m.closest('p')?.id,
          ]),
        ),
      )
      .toEqual([['inevitable divide', 'p12']]);
    expect(await fresh.evaluate(() => document.activeElement?.textContent)).toBe(
      'inevitable divide',
    );
    const lost = await paper(390, '/paper/?quote=words%20never%20written#p12');
    await expect
      .poll(() => lost.getByRole('status').filter({ hasText: 'not found' }).count())
      .toBe(1);
    expect(await lost.evaluate(() => document.activeElement?.id)).toBe('p12');
  });
});

describe('My notes: files in and out', () => {
  async function openPanel(page: Page) {
    await page.getByRole('button', { name: 'My notes' }).first().click();
    const panel = page.getByRole('dialog', { name: 'My notes' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    return panel;
  }

  it('export, delete all, import: the same notes come back', async () => {
    const page = await paper();
    await select(page, 'p12', 'balance of power');
    await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
    await select(page, 'n24', 'Ironies in Japan');
    await toolbar(page).getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('dialog').getByLabel('Note').fill('Self-citation.');
    await page.getByRole('dialog').getByRole('button', { name: 'Save note' }).click();
    const panel = await openPanel(page);
    expect(await panel.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('¶ 12'),
      expect.stringContaining('Self-citation.'),
    ]);
    expect(await panel.textContent()).toContain('nothing you mark or write leaves it');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export (W3C Web Annotations)' }).click(),
    ]);
    const exported = await downloaded(download);
    const file = JSON.parse(exported) as { type: string; first: { items: { target: unknown }[] } };
    expect(file.type).toBe('AnnotationCollection');
    expect(file.first.items).toHaveLength(2);
    const before = await marks(page);

    await panel.getByRole('button', { name: 'Delete all…' }).click();
    await panel.getByRole('button', { name: 'Delete all', exact: true }).click();
    await expect.poll(() => marks(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('edition-annotations'))).toBeNull();

    await panel.getByLabel('Import W3C Web Annotations (.json)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Imported 2 of 2');
    expect(await marks(page)).toEqual(before);
    // The same file again: nothing doubles.
    await panel.getByLabel('Import W3C Web Annotations (.json)').setInputFiles({
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from(exported),
    });
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('2 already here');
    expect(await marks(page)).toEqual(before);
  });

  it('a W3C file made by hand (a TextQuoteSelector on the paper) is anchored; a broken one is refused with notes intact', async () => {
    const page = await paper();
    const hand = annotationCollection([
      {
        id: 'https://example.net/annotations/42',
        type: 'Annotation',
        motivation: 'commenting',
        body: { type: 'TextualBody', value: 'By hand.' },
        target: {
          source: 'https://ikenberry-tsuchiyama.example.org/paper/',
          selector: {
            type: 'TextQuoteSelector',
            exact: 'highly asymmetrical power relations',
          },
        },
      },
    ]);
    const panel = await openPanel(page);
    await panel.getByLabel('Import W3C Web Annotations (.json)').setInputFiles({
      name: 'hand.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(hand)),
    });
    await expect.poll(() => panel.getByRole('status').textContent()).toContain('Imported 1 of 1');
    expect(await marks(page)).toEqual([
      { text: 'highly asymmetrical power relations', root: 'p13', description: 'your note' },
    ]);
    await panel.getByLabel('Import W3C Web Annotations (.json)').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"type": "AnnotationCollection", "first": {"items": [{"type": "Annotation"}]}}',
      ),
    });
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toContain('Annotation 1: missing required "id", "target".');
    expect(await panel.getByRole('alert').textContent()).toContain('your notes are unchanged');
    expect(await marks(page)).toHaveLength(1);
  });

  it('deleting one offers undo', async () => {
    const page = await paper();
    await select(page, 'p12', 'balance of power');
    await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
    const panel = await openPanel(page);
    await panel.getByRole('button', { name: 'Delete your highlight on ¶ 12' }).click();
    await expect.poll(() => marks(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await marks(page)).length).toBe(1);
  });
});

describe('My notes: editing and text that changed', () => {
  it('a note is edited from the panel; Markdown export carries quote, locator, note and permalink', async () => {
    const page = await paper();
    await select(page, 'p13', 'legitimate order');
    await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
    await page.getByRole('button', { name: 'My notes' }).first().click();
    const panel = page.getByRole('dialog', { name: 'My notes' });
    await panel.getByRole('button', { name: 'Add note on ¶ 13' }).click();
    const editor = page.getByRole('dialog', { name: 'Your note on ¶ 13' });
    await editor.getByLabel('Note').fill('Legitimacy, not only power.');
    await editor.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => panel.getByRole('listitem').textContent())
      .toContain('Legitimacy, not only power.');
    expect(await marks(page)).toEqual([
      { text: 'legitimate order', root: 'p13', description: 'your note' },
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export as Markdown' }).click(),
    ]);
    const md = await downloaded(download);
    // Jump: the panel closes and focus lands on the marked words.
    await panel.getByRole('link', { name: 'Go to your note on ¶ 13' }).click();
    await expect.poll(() => panel.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('legitimate order');
    expect(md).toContain(
      '## p. 5, ¶ 13\n\n> legitimate order\n\nLegitimacy, not only power.\n\n<https://ikenberry-tsuchiyama.example.org/paper/#p13>',
    );
  });

  it('an annotation whose words are gone is kept and listed as not placed, never dropped', async () => {
    const page = await paper();
    await page.evaluate(() =>
      localStorage.setItem(
        'edition-annotations',
        JSON.stringify([
          {
            id: 'urn:uuid:gone',
            motivation: 'highlighting',
            created: '2026-01-01T00:00:00.000Z',
            modified: '2026-01-01T00:00:00.000Z',
            targets: [
              {
                root: 'p12',
                quote: { type: 'TextQuoteSelector', exact: 'words the authors never wrote at all' },
              },
            ],
          },
        ]),
      ),
    );
    await page.reload();
    await page.getByRole('button', { name: 'My notes' }).first().click();
    const panel = page.getByRole('dialog', { name: 'My notes' });
    await expect
      .poll(() => panel.getByRole('heading', { name: 'Could not be placed' }).count())
      .toBe(1);
    expect(await panel.getByRole('listitem').textContent()).toContain(
      'Could not be placed: the words “words the authors never wrote at all” are no longer in the text.',
    );
    expect(await marks(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('edition-annotations'))).toContain(
      'urn:uuid:gone',
    );
  });
});

describe('accessibility', () => {
  it('without JavaScript the layer is absent: no My notes button', async () => {
    const { page } = await session.open('/paper/', { javaScript: false });
    pages.push(page);
    expect(await page.locator('#my-notes').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'My notes' }).count()).toBe(0);
  });

  for (const width of [1280, 390]) {
    it(`at ${width} px: zero axe violations with the toolbar open, then with the panel open`, async () => {
      const page = await paper(width);
      await page.evaluate(() => {
        const seen: string[] = [];
        (window as unknown as { cspSeen: string[] }).cspSeen = seen;
        document.addEventListener('securitypolicyviolation', (e) =>
          seen.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await select(page, 'p12', 'balance of power');
      await toolbar(page).getByRole('button', { name: 'Add note' }).click();
      await page.getByRole('dialog').getByLabel('Note').fill('A note to show.');
      await page.getByRole('dialog').getByRole('button', { name: 'Save note' }).click();
      await select(page, 'p13', 'legitimate order');
      await expect.poll(() => toolbar(page).isVisible()).toBe(true);
      await shoot(page, `toolbar-with-note-${width}`);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'My notes' }).first().click();
      await expect
        .poll(() => page.getByRole('dialog', { name: 'My notes' }).isVisible())
        .toBe(true);
      await shoot(page, `panel-${width}`);
      expect(await axeViolations(page)).toEqual([]);
      // The layer's injected styles and code pass the Content Security Policy.
      expect(
        await page.evaluate(() => (window as unknown as { cspSeen: string[] }).cspSeen),
      ).toEqual([]);
    });
  }
});
