/**
 * Bibliography entries formatted by citation-js with the CSL styles of `content/csl/`. The
 * content layer registers the styles once it has read them; formatting before that is a bug.
 */
import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-csl';
import type { Work } from '../content/schemas.ts';
import { type CitationStyle, CITATION_STYLES } from './styles.ts';
import { cslItem } from './work-fields.ts';

/** The locale of every formatted text, so that output does not depend on the machine. */
const LOCALE = 'en-US';

let registered = false;

/**
 * Registers the styles' CSL texts with citation-js, once per module instance (Astro's config and
 * its pages load separate copies of citation-js, which share the content layer's cache). The template names carry a prefix because
 * citation-js ships its own, older "apa" and caches citeproc engines by style name.
 */
export function registerStyles(styles: Record<CitationStyle, string>): void {
  if (registered) return;
  const templates = plugins.config.get('@csl').styles;
  for (const [style, text] of Object.entries(styles) as [CitationStyle, string][]) {
    templates.add(template(style), text);
  }
  registered = true;
}

function template(style: CitationStyle): string {
  return `edition-${CITATION_STYLES[style]}`;
}

function registeredTemplate(style: CitationStyle): string {
  if (!registered) throw new Error('Citation styles are not registered: call getContent() first.');
  return template(style);
}

/** A CSL item as citation-js takes it. */
export type CslInput = CslData & { id: string };

/**
 * The item with the second part of each lower-case hyphenated word protected from title case:
 * citeproc capitalises after a hyphen ("Co-Operation"), which no style wants. `nocase` is CSL's
 * own markup for this, read by every citeproc; it never leaves the formatter.
 */
function protectHyphenatedWords<T extends CslInput>(item: T): T {
  const protect = (text: unknown) =>
    typeof text === 'string'
      ? text.replace(/(\p{L}+)-(\p{Ll}+)/gu, '$1-<span class="nocase">$2</span>')
      : text;
  return {
    ...item,
    title: protect(item['title']),
    'container-title': protect(item['container-title']),
  };
}

/** The bibliography entry of one CSL item, without citation-js's wrapping `<div>`s in HTML. */
export function bibliographyEntry(
  item: CslInput,
  style: CitationStyle,
  format: 'html' | 'text',
): string {
  const [entry] = new Cite(protectHyphenatedWords(item)).format('bibliography', {
    template: registeredTemplate(style),
    format,
    lang: LOCALE,
    asEntryArray: true,
  });
  if (!entry) throw new Error(`citation-js formatted no entry for "${item.id}"`);
  const [, body] = entry;
  return format === 'html' ? body.replace(/^\s*<div[^>]*>([\s\S]*)<\/div>\s*$/, '$1') : body.trim();
}

/**
 * The bibliography entry of a work in a citation style.
 * @param format `html` keeps the style's markup (`<i>` for titles) inside no wrapper element;
 *   `text` is plain text for copying.
 */
export function formatReference(work: Work, style: CitationStyle, format: 'html' | 'text'): string {
  return bibliographyEntry(cslItem(work) as CslInput, style, format);
}
