/**
 * The paper's Phrase trees (src/lib/edition/model.ts) as XHTML for the EPUB: note references as
 * EPUB noterefs to the footnotes of the same document, gaps linked to the apparatus, page starts
 * as `pagebreak` markers, marks linked to the glossary, the cases or the bibliography. The words
 * are written exactly as the model holds them.
 */
import { GAP_TEXT, type Phrase } from '../../edition/model.ts';
import { noteId, noteRefId, pageBreakId } from '../../site/ids.ts';
import { DOCUMENTS, MARK_DOCUMENTS, packageHref } from './files.ts';
import { element, escapeXml } from './xhtml.ts';

/** What rendering one paragraph or note needs, and what it has linked so far. */
export interface PhraseContext {
  /** Notes whose marker the editor restored. */
  restored: ReadonlySet<number>;
  /** Concepts and cases linked already in this section (only the first mention links, as on the site). */
  linked: Set<string>;
  /** The public address of a site path ("/about/"), for links the text itself makes. */
  webUrl: (sitePath: string) => string;
}

/** A fresh context for one section's text or one note. */
export function phraseContext(
  restored: ReadonlySet<number>,
  webUrl: (sitePath: string) => string,
): PhraseContext {
  return { restored, linked: new Set(), webUrl };
}

function phrase(node: Phrase, context: PhraseContext): string {
  switch (node.type) {
    case 'text':
      return escapeXml(node.value);
    case 'break':
      return '<br/>';
    case 'emphasis':
      return element('em', {}, phrases(node.children, context));
    case 'strong':
      return element('strong', {}, phrases(node.children, context));
    case 'title':
      // A book's or journal's title, in italics as printed (src/lib/edition/titles.ts).
      return node.level === 'a'
        ? phrases(node.children, context)
        : element('i', {}, phrases(node.children, context));
    case 'link':
      return element(
        'a',
        { href: node.url.startsWith('/') ? context.webUrl(node.url) : node.url, title: node.title },
        phrases(node.children, context),
      );
    case 'noteRef': {
      const restored = context.restored.has(node.n);
      return element(
        'a',
        {
          'epub:type': 'noteref',
          role: 'doc-noteref',
          id: noteRefId(node.n),
          href: `#${noteId(node.n)}`,
          class: restored ? 'restored-marker' : undefined,
          'aria-label': restored
            ? `Note ${node.n}, marker restored by the editor`
            : `Note ${node.n}`,
        },
        restored ? `[${node.n}]` : String(node.n),
      );
    }
    case 'gap':
      return element(
        'a',
        {
          id: node.id,
          class: 'gap',
          href: packageHref(DOCUMENTS.apparatus, node.id),
          'aria-label': 'Text lost in the source: editorial note',
        },
        escapeXml(GAP_TEXT),
      );
    case 'pageBreak':
      // Empty, so that the words stay the paper's; reading systems and screen readers announce it.
      return element(
        'span',
        {
          'epub:type': 'pagebreak',
          role: 'doc-pagebreak',
          id: pageBreakId(node.n),
          'aria-label': String(node.n),
          title: String(node.n),
        },
        '',
      );
    case 'mark': {
      const inner = phrases(node.children, context);
      const key = `${node.kind}:${node.id}`;
      if (node.kind !== 'work' && context.linked.has(key)) return inner;
      context.linked.add(key);
      return element('a', { href: packageHref(MARK_DOCUMENTS[node.kind], node.id) }, inner);
    }
  }
}

/** A list of phrases as XHTML. */
export function phrases(nodes: readonly Phrase[], context: PhraseContext): string {
  return nodes.map((node) => phrase(node, context)).join('');
}

/** The page breaks in a list of phrases, in order, however deep. */
export function pageBreaks(nodes: readonly Phrase[]): number[] {
  return nodes.flatMap((node) => {
    if (node.type === 'pageBreak') return [node.n];
    return 'children' in node ? pageBreaks(node.children) : [];
  });
}
