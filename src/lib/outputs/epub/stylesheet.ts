/**
 * The EPUB's one stylesheet: book typography that a reading system may override (no fixed sizes,
 * no colours that carry meaning alone: a restored marker is bracketed as well as coloured).
 */
export const STYLESHEET_CSS = `body { font-family: serif; line-height: 1.5; margin: 0 5%; }
h1 { font-size: 1.5em; line-height: 1.25; margin: 1.5em 0 1em; }
h2 { font-size: 1.2em; margin: 1.5em 0 0.5em; }
p { margin: 0 0 0.75em; }
.titlepage { text-align: center; margin-top: 15%; }
.titlepage .byline { font-size: 1.2em; margin: 1.5em 0; }
.titlepage .source, .titlepage .edition { font-size: 0.9em; }
.paragraph-number { font-family: sans-serif; font-size: 0.75em; color: #555; }
a[role="doc-noteref"] { vertical-align: super; font-size: 0.75em; line-height: 0; }
.restored-marker, .gap, .inferred-break { color: #8a3b00; }
div.editorial { font-size: 0.9em; margin: 0 0 0.75em 1.5em; border-left: 2px solid #999; padding-left: 0.75em; }
section.notes { border-top: 1px solid #999; margin-top: 2em; font-size: 0.9em; }
blockquote { margin: 0.5em 1.5em; font-style: italic; }
dt { font-weight: bold; margin-top: 1em; }
dd { margin: 0 0 0 1.5em; }
ol.interventions li, ul.references li { margin-bottom: 0.5em; }
ul.references { list-style: none; padding: 0; }
ul.references li { padding-left: 1.5em; text-indent: -1.5em; }
.online { font-size: 0.85em; }
.editors-layer .layer-notice, div.commentary-mark { font-family: sans-serif; font-size: 0.85em; }
.editors-layer .layer-notice { border: 1px solid #999; padding: 0.5em 0.75em; }
div.commentary-mark { margin: 0 0 0.75em 1.5em; border-left: 2px dotted #555; padding-left: 0.75em; }
.commentary-note { margin-bottom: 1.5em; }
.commentary-note .note-anchor, .concerns, .cited-in { font-size: 0.9em; }
.commentary-note .as-of { font-style: italic; }
.quote-source { font-style: normal; }
`;
