/**
 * The reader's notes layer on /paper/ as the browser tests drive it: selecting words, the
 * selection toolbar, the clipboard, the marks drawn, a downloaded file.
 */
import type { Download, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Selects words as a script would (for tests about what happens next, not about the mouse). */
export async function select(
  page: Page,
  root: string,
  words: string,
  toRoot = root,
  toWords = words,
) {
  await page.locator(`#${root}`).scrollIntoViewIfNeeded();
  await page.evaluate(
    ([a, w, b, v]) => {
      const find = (id: string, text: string) => {
        const el = document.getElementById(id) as Node;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const at = (n as Text).data.indexOf(text);
          if (at >= 0) return { n, at };
        }
        throw new Error(`“${text}” not in ${id}`);
      };
      const s = find(a ?? '', w ?? '');
      const e = find(b ?? '', v ?? '');
      const r = document.createRange();
      r.setStart(s.n, s.at);
      r.setEnd(e.n, e.at + (v?.length ?? 0));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(r);
    },
    [root, words, toRoot, toWords],
  );
  await expect.poll(() => page.getByRole('toolbar', { name: 'Selection' }).isVisible()).toBe(true);
}

export const toolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selection' });

export async function clipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The annotations' marks: their words and their accessible description. */
export function marks(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('mark[data-an]')].map((m) => ({
      text: m.textContent,
      root: m.closest('[id^="p"], [id^="n"]')?.id,
      description: document.getElementById(m.getAttribute('aria-describedby') ?? '')?.textContent,
    })),
  );
}

/** The text of a downloaded file, streamed from the browser (which may run in another process). */
export async function downloaded(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
