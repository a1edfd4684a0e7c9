/**
 * The reader's notes are never lost, in real headless Chromium, served as `npm start` serves the
 * site: a damaged store loads what it can and sets the rest aside; two tabs agree; a hostile
 * import is refused in the panel; a note the browser refuses to store stays in the editor; a
 * link over ¶ 3–30 stays short and opens; a link to a passage that does not exist says so.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { downloaded, marks, select, toolbar } from '../helpers/annotation-page.ts';
import { browserSession } from '../helpers/session.ts';
import { annotationCollection } from '../helpers/w3c-annotations.ts';

const session = browserSession('host');
const KEY = 'edition-annotations';
const SOURCE = 'https://ikenberry-tsuchiyama.example.org/paper/';

/** /paper/ in a fresh context (clipboard allowed); `stored` is put in localStorage first. */
async function paper(stored?: string, path = '/paper/'): Promise<Page> {
  const { page, foreign } = await session.blank();
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: session.origin(),
  });
  // Only with something to store first: a second visit that changes only the hash would not
  // load the page again.
  if (stored !== undefined) await page.goto(`${session.origin()}/paper/`);
  if (stored !== undefined)
    await page.evaluate(([k, v]) => localStorage.setItem(k ?? '', v ?? ''), [KEY, stored]);
  await page.goto(`${session.origin()}${path}`);
  page.on('close', () => expect(foreign).toEqual([]));
  return page;
}

const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const panelOf = (page: Page) => page.getByRole('dialog', { name: 'My notes' });
async function openPanel(page: Page) {
  await page.getByRole('button', { name: 'My notes' }).first().click();
  await expect.poll(() => panelOf(page).isVisible()).toBe(true);
  return panelOf(page);
}

const VALID = {
  id: 'urn:uuid:valid',
  motivation: 'commenting',
  note: 'Kept whatever happens.',
  created: '2026-01-01T00:00:00.000Z',
  modified: '2026-01-01T00:00:00.000Z',
  targets: [{ root: 'p12', quote: { type: 'TextQuoteSelector', exact: 'inevitable divide' } }],
};

describe('storage that survives damage', () => {
  it('[valid, null]: the valid note loads, the bad item is set aside and offered for export', async () => {
    const page = await paper(JSON.stringify([VALID, null]));
    await expect
      .poll(() => marks(page))
      .toEqual([{ text: 'inevitable divide', root: 'p12', description: 'your note' }]);
    await expect
      .poll(() => page.locator('.toast').textContent())
      .toContain('1 stored item of your notes could not be read');
    const panel = await openPanel(page);
    expect(await panel.getByRole('heading', { name: 'Set aside' }).count()).toBe(1);
    expect(await panel.textContent()).toContain(
      '1 stored item could not be read (the item is not an annotation this edition made)',
    );
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export what was set aside' }).click(),
    ]);
    expect(JSON.parse(await downloaded(file))).toEqual([expect.objectContaining({ text: 'null' })]);
    // The list holds the valid one only; the bad one is kept under its own key.
    expect(JSON.parse((await stored(page)) ?? '')).toEqual([VALID]);
    expect(await stored(page, `${KEY}-set-aside`)).toContain('"text":"null"');
    // The toolbar still works.
    await select(page, 'p13', 'legitimate order');
    expect(await toolbar(page).isVisible()).toBe(true);
  });

  it('a store cut short is kept whole under another key; what parses loads; new notes do not write over the copy', async () => {
    const real = JSON.stringify([VALID, { ...VALID, id: 'urn:uuid:second' }]);
    const cut = real.slice(0, real.length - 40);
    const page = await paper(cut);
    await expect.poll(async () => (await marks(page)).length).toBe(1);
    const panel = await openPanel(page);
    expect(await panel.textContent()).toContain('the stored notes were damaged');
    await page.keyboard.press('Escape');
    await select(page, 'p13', 'legitimate order');
    await toolbar(page).getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(async () => (await marks(page)).length).toBe(2);
    const aside = JSON.parse((await stored(page, `${KEY}-set-aside`)) ?? '[]') as {
      text: string;
    }[];
    expect(aside.map((s) => s.text)).toEqual([cut]);
  });
});

describe('tabs that agree', () => {
  it('a highlight made in one tab reaches the other; Delete all in one is not undone by the other', async () => {
    const a = await paper(JSON.stringify([VALID]));
    const b = await a.context().newPage();
    await b.goto(`${session.origin()}/paper/`);
    await expect.poll(async () => (await marks(b)).length).toBe(1);
    await select(b, 'p13', 'legitimate order');
    await toolbar(b).getByRole('button', { name: 'Highlight' }).click();
    await expect
      .poll(async () => (await marks(a)).map((m) => m.text))
      .toEqual(['inevitable divide', 'legitimate order']);
    // A's own change keeps B's.
    await select(a, 'p12', 'coercive');
    await toolbar(a).getByRole('button', { name: 'Highlight' }).click();
    await expect.poll(async () => (await marks(b)).length).toBe(3);
    expect(JSON.parse((await stored(a)) ?? '[]')).toHaveLength(3);
    // B deletes all; A, which held all three, makes one more: the three stay deleted.
    const panel = await openPanel(b);
    await panel.getByRole('button', { name: 'Delete all…' }).click();
    await panel.getByRole('button', { name: 'Delete all', exact: true }).click();
    await expect.poll(async () => (await marks(a)).length).toBe(0);
    await select(a, 'p13', 'highly asymmetrical');
    await toolbar(a).getByRole('button', { name: 'Highlight' }).click();
    await expect
      .poll(async () => (await marks(b)).map((m) => m.text))
      .toEqual(['highly asymmetrical']);
    expect(JSON.parse((await stored(a)) ?? '[]')).toHaveLength(1);
  });
});

describe('imports that cannot hurt', () => {
  const item = (id: string, exact: string, root?: string) => ({
    id,
    type: 'Annotation',
    target: {
      source: SOURCE,
      selector: root
        ? { type: 'FragmentSelector', value: root, refinedBy: { type: 'TextQuoteSelector', exact } }
        : { type: 'TextQuoteSelector', exact },
    },
  });
  async function importing(page: Page, items: unknown[]) {
    const panel = await openPanel(page);
    await panel.getByLabel('Import W3C Web Annotations (.json)').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(annotationCollection(items))),
    });
    return panel;
  }

  it('a 1.5 MB quote with no paragraph is refused in the panel, with the counts; the rest imported', async () => {
    const page = await paper();
    const panel = await importing(page, [
      item('ok', 'legitimate order'),
      item('huge', 'x '.repeat(750_000)),
    ]);
    await expect
      .poll(() => panel.getByRole('status').textContent())
      .toContain('Imported 1 of 2 from hostile.json. 1 of 2 refused');
    expect(await panel.getByRole('alert').textContent()).toContain(
      'Annotation 2 (huge): its quote has 1,500,000 characters, more than 10,000.',
    );
    expect(await marks(page)).toEqual([
      { text: 'legitimate order', root: 'p13', description: 'highlighted' },
    ]);
  });

  it('10,000 annotations that would pass 2 MB: refused in the panel, no toast about notes the reader does not have', async () => {
    const page = await paper();
    const items = Array.from({ length: 10_000 }, (_, i) => item(`a${i}`, 'legitimate order'));
    const panel = await importing(page, items);
    await expect
      .poll(() => panel.getByRole('alert').textContent())
      .toMatch(
        /Nothing was imported from hostile\.json; your notes are unchanged\. Its 10000 new annotations could not be kept: This would make your notes \d\.\d MB/,
      );
    expect(await page.locator('.toast').textContent()).not.toContain('grown too large');
    expect(await stored(page)).toBeNull();
  });
});

describe('nothing typed is lost', () => {
  it('storage full: the note stays in the editor and in session storage, with the message; saved once there is room', async () => {
    const page = await paper();
    await page.evaluate(() => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
        if (this === localStorage && (window as unknown as { full?: boolean }).full)
          throw new DOMException('full', 'QuotaExceededError');
        setItem.call(this, k, v);
      };
      (window as unknown as { full?: boolean }).full = true;
    });
    await select(page, 'p13', 'legitimate order');
    await toolbar(page).getByRole('button', { name: 'Add note' }).click();
    const editor = page.getByRole('dialog', { name: 'Your note on ¶ 13' });
    await editor.getByLabel('Note').fill('A long thought, not to be lost.');
    await editor.getByRole('button', { name: 'Save note' }).click();
    await expect
      .poll(() => editor.getByRole('alert').textContent())
      .toContain('This browser refused to store your notes');
    expect(await editor.isVisible()).toBe(true);
    expect(await editor.getByLabel('Note').inputValue()).toBe('A long thought, not to be lost.');
    expect(
      await page.evaluate(() => sessionStorage.getItem('edition-annotations-draft')),
    ).toContain('A long thought, not to be lost.');
    await page.evaluate(() => ((window as unknown as { full?: boolean }).full = false));
    await editor.getByRole('button', { name: 'Save note' }).click();
    await expect.poll(() => editor.isVisible()).toBe(false);
    expect(await stored(page)).toContain('A long thought, not to be lost.');
    expect(
      await page.evaluate(() => sessionStorage.getItem('edition-annotations-draft')),
    ).toBeNull();
  });
});

describe('links that work where they are made', () => {
  it('Copy link over ¶ 3–30 is under 2,000 characters, the server accepts it, and it marks ¶ 3 to ¶ 30', async () => {
    const page = await paper();
    // The paragraphs' own words (the page has numbers and links around them).
    const edition = JSON.parse(readFileSync('dist/edition.json', 'utf8')) as {
      sections: { paragraphs: { id: string; text: string }[] }[];
    };
    const text = (id: string) =>
      edition.sections.flatMap((s) => s.paragraphs).find((p) => p.id === id)?.text ?? '';
    const first = text('p3').split(' ').slice(0, 2).join(' ');
    const last = text('p30').split(' ').slice(-2).join(' ');
    // The host's Permissions-Policy keeps the clipboard from being read: keep what is written.
    await page.evaluate(() => {
      navigator.clipboard.writeText = async (t: string) => {
        (window as unknown as { copied: string }).copied = t;
      };
    });
    await select(page, 'p3', first, 'p30', last);
    await toolbar(page).getByRole('button', { name: 'Copy link' }).click();
    const copied = () => page.evaluate(() => (window as unknown as { copied?: string }).copied);
    await expect.poll(copied).toContain('#p3:~:text=');
    const link = new URL((await copied()) ?? '');
    console.log(`Copy link over ¶ 3–30: ${link.href.length} characters`);
    const relative = `${link.pathname}${link.search}${link.hash}`;
    expect(link.href.length).toBeLessThan(2_000);
    const fresh = await paper(undefined, relative);
    await expect
      .poll(() =>
        fresh.evaluate(() => [
          ...new Set(
            [...document.querySelectorAll('mark[data-an-link]')].map((m) => m.closest('p')?.id),
          ),
        ]),
      )
      .toEqual(Array.from({ length: 28 }, (_, i) => `p${i + 3}`));
  });

  it('a link made before, 36 KB long, is still served', async () => {
    const { page, status } = await session.open(`/paper/?quote=${'word%20'.repeat(5_000)}#p3`);
    expect(status).toBe(200);
    await page.close();
  });

  for (const [path, said] of [
    ['/paper/#p99999', '¶ 99999 is not in the paper'],
    ['/paper/#p0', '¶ 0 is not in the paper'],
    ['/paper/#n999', 'n. 999 is not in the paper'],
    ['/paper/?quote=words%20never%20written#p12', 'The quoted words were not found in ¶ 12'],
  ] as const) {
    it(`${path} says so: “${said}”`, async () => {
      const page = await paper(undefined, path);
      await expect.poll(() => page.locator('.toast').textContent()).toContain(said);
    });
  }
});
