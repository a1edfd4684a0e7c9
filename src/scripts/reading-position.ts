/**
 * `<reading-position>` (ReadingPosition.astro), defined here once the page has work for it
 * (src/scripts/page-tools-wake.ts loads this),
 * and its ways through the long paper: the contents mark the section in view
 * (`aria-current`), a slim bar shows how far through the paper the reader is, a return visit
 * offers (never forces) to resume at the passage where the reader stopped, kept in localStorage,
 * until the reader scrolls or reaches it, and My notes and Back to top stay within reach
 * (reading-tools.ts). Nothing here is needed to read: without it, the page is the same text with
 * its contents.
 */
import { noteLabel, paragraphLabel, parsePassageId } from '../lib/site/ids.ts';
import { el } from './dom.ts';
import css from '../styles/reading-position.css?inline';
import { STORAGE_KEY } from './reading-position-key.ts';
import { readingTools, SCROLLED } from './reading-tools.ts';
import { readStored, writeStored } from './storage.ts';
import { adoptStylesheet } from './stylesheet.ts';

const stored = () => readStored(STORAGE_KEY);

/** Keeps the passage; when storage refuses (private mode, quota), the offer is only a convenience. */
const store = (id: string | undefined) => writeStored(STORAGE_KEY, id || null);

/** Marks in the contents the section that fills the upper part of the viewport. */
function followSections(): void {
  const links = new Map(
    [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')].map((a) => [
      decodeURIComponent(a.hash.slice(1)),
      a,
    ]),
  );
  const sections = [...document.querySelectorAll<HTMLElement>('.paper-section, .endnotes')].filter(
    (s) => links.has(s.getAttribute('aria-labelledby') ?? ''),
  );
  const inView = new Set<Element>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (e.isIntersecting) inView.add(e.target);
        else inView.delete(e.target);
      }
      // Above the first section (the title block, the contents), the reader is about to read it.
      const first = sections[0];
      const above = first !== undefined && first.getBoundingClientRect().top > 0;
      const current = (
        sections.find((s) => inView.has(s)) ?? (above ? first : undefined)
      )?.getAttribute('aria-labelledby');
      for (const [id, a] of links) {
        if (id === current) a.setAttribute('aria-current', 'true');
        else a.removeAttribute('aria-current');
      }
    },
    // A section counts as current while it crosses the top 40 % of the viewport.
    { rootMargin: '0px 0px -60% 0px' },
  );
  for (const s of sections) observer.observe(s);
}

/** The passages (paragraphs, then notes) in reading order. */
function passages(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      '.paper-section > p[id], .endnotes [role=doc-footnote][id]',
    ),
  ];
}

/** The first passage still showing below the top of the viewport (binary search by position). */
function passageAtTop(list: HTMLElement[]): HTMLElement | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.getBoundingClientRect().bottom > 0) hi = mid;
    else lo = mid + 1;
  }
  return list[lo];
}

function labelOf(id: string): string {
  const p = parsePassageId(id);
  if (!p) return id;
  return p.kind === 'note' ? noteLabel(p.n) : paragraphLabel(p.n);
}

function inView(target: Element): boolean {
  const r = target.getBoundingClientRect();
  return r.bottom > 0 && r.top < innerHeight;
}

/** Moves focus to `target` without scrolling, so that keyboard reading continues from there. */
function focusOn(target: HTMLElement): void {
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.focus({ preventScroll: true });
}

/**
 * The offer to go back to `target`: a link there, and a button to dismiss it (or Esc). Returns
 * what ends it, to run after every scroll: the reader who scrolls, or reaches the passage, has
 * chosen where to read, and the offer goes, unless it has the focus.
 */
function offerResume(root: HTMLElement, target: HTMLElement): () => void {
  const section = target.closest('section')?.querySelector('h2')?.firstChild?.textContent?.trim();
  const go = el('a', { href: `#${target.id}` }, `Resume at ${labelOf(target.id)}`);
  const dismiss = el('button', { type: 'button' }, 'Dismiss');
  const offer = el(
    'div',
    { className: 'resume-offer' },
    el('p', {}, `You were reading ${section ? `“${section}”` : 'further on'}. `, go, ' ', dismiss),
  );
  offer.setAttribute('role', 'region');
  offer.setAttribute('aria-label', 'Resume reading');
  const close = (focus: HTMLElement | null) => {
    const hadFocus = offer.contains(document.activeElement);
    offer.remove();
    if (hadFocus && focus) focusOn(focus);
  };
  // The link's own way there (an element taken out of the page cannot follow its link).
  go.addEventListener('click', (e) => {
    e.preventDefault();
    close(target);
    location.hash = target.id;
  });
  dismiss.addEventListener('click', () => close(document.querySelector('main')));
  offer.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    close(document.querySelector('main'));
  });
  root.prepend(offer);
  const from = scrollY;
  return () => {
    if (
      !offer.contains(document.activeElement) &&
      (Math.abs(scrollY - from) > SCROLLED || inView(target))
    )
      offer.remove();
  };
}

/** Sets up the element: progress bar, resume offer, My notes and Back to top, contents. */
export async function start(root: HTMLElement): Promise<void> {
  adoptStylesheet(css);
  const paper = document.querySelector<HTMLElement>('.paper');
  if (!paper) return;
  const list = passages();
  // The browser restores a reloaded page's place by the end of loading: decide after that.
  if (document.readyState !== 'complete') {
    await new Promise((resolve) => addEventListener('load', resolve, { once: true }));
  }
  const last = stored();
  const resumeAt = last ? document.getElementById(last) : null;
  const offered =
    resumeAt && !location.hash && !inView(resumeAt) ? offerResume(root, resumeAt) : undefined;

  const bar = el('div', { className: 'reading-progress' });
  bar.setAttribute('aria-hidden', 'true');
  root.append(bar);
  const tools = readingTools(() => {
    scrollTo({ top: 0 });
    const main = document.querySelector('main');
    if (main) focusOn(main);
  });

  let frame = 0;
  let resized = false;
  // Only the reader's own scrolling moves the stored place: a visit spent at the top of the page
  // (dismissing the offer, say) leaves it as it was.
  let saving: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    if (saving === undefined) return;
    clearTimeout(saving);
    saving = undefined;
    store(scrollY > innerHeight ? passageAtTop(list)?.id : undefined);
  };
  const update = () => {
    frame = 0;
    const r = paper.getBoundingClientRect();
    const progress = Math.min(1, Math.max(0, -r.top / Math.max(1, r.height - innerHeight)));
    bar.style.transform = `scaleX(${progress})`;
    offered?.();
    tools(resized);
    resized = false;
  };
  addEventListener(
    'scroll',
    () => {
      frame ||= requestAnimationFrame(update);
      clearTimeout(saving);
      saving = setTimeout(save, 250);
    },
    { passive: true },
  );
  // A resize may move the tools: into the rail, or out of the margin.
  addEventListener('resize', () => {
    resized = true;
    frame ||= requestAnimationFrame(update);
  });
  addEventListener('pagehide', save);
  update();
  followSections();
}

customElements.define(
  'reading-position',
  class extends HTMLElement {
    connectedCallback(): void {
      void start(this);
    }
  },
);
