// Text that mermaid reads as syntax, for the tests that prove labels inert: the browser test
// (labels.test.ts) draws each as a label, the unit test (test/unit/diagram-escape.test.ts)
// checks the escaper's output for each against mermaid's own patterns.

/**
 * The lexer rules of mermaid 12.3's block diagram (`rules:` of blockDiagram-*.mjs, generated
 * from its jison grammar), each as text that matches it, and whole statements built of them.
 */
export const GRAMMAR = [
  'block-beta', 'block:', 'block', 'block:group1:2', 'columns auto', 'columns 3', 'space', 'space:2', 'end',
  'default', 'DEFAULT', 'linkStyle', 'interpolate', 'classDef red fill:#f00', 'class b0 red', 'style b0 fill:#f00,stroke:#333',
  'accTitle: a title', 'accDescr: a description', 'accDescr { a description }',
  '"', '""', '"`', '`"', '"`**md**`"', '"]', '"]:::x', '"] b9["y',
  '(((', ')))', '))', '((', '(', ')', '(-', '-)', '{{', '}}', '{', '}', '[', ']', '[[', ']]', '[|', '[(', ')]', '([', '])',
  '[\\', '\\]', '[/', '/]', '<[', ']>', ']>(', '>', '<', 'b1<["arrow"]>(right)', 'right', 'left', 'x', 'y', 'up', 'down', '(up, down)',
  '-->', '--->', '==>', '-.->', '~~~', '--', '==', '-.', 'x--o', 'o==x', 'a --> b', 'a -- "label" --> b', ':2', ':::', 'b0:::red',
  'id["label"]', 'id("label")', 'id{"label"}', 'id>"label"]', '\r\n', '\n', 'columns 1\nb9["injected"]',
];

/** Everything mermaid reads in a source besides the grammar: preprocessing, detection, label rendering. */
export const PREPROCESSED = [
  // directives, anywhere in the text
  "%%{init: {'theme':'dark'}}%%",
  '%%{init: {"theme": "forest", "themeCSS": "g.node rect { fill: red !important }"}}%%',
  '%%{init: {"themeVariables": {"primaryColor": "#ff0000", "fontFamily": "serif"}}}%%',
  '%%{initialize: {"securityLevel": "loose"}}%%', '%%{wrap}%%', '%%{x', '%%{', '100%%{', '%%{init: {"theme": "dark"', '}%%', '%%}%%',
  // comments and front matter
  '%%', '%% a comment', 'a %% comment', '%%comment%%', '---', '--- title: x ---', '---\ntitle: x\nconfig:\n  theme: dark\n---',
  // mermaid's entities, HTML's, and the placeholders mermaid encodes entities with
  '#35;', '#quot;', '#lt;b#gt;', '#9829;', '#amp;', '#', '#;', '&amp;', '&lt;b&gt;', '&#60;', '&#x3C;', '&nbsp;', '&', ';',
  '\uFB02\u00B0lt\u00B6\u00DF', '\uFB02\u00B0\u00B060\u00B6\u00DF', '\uFB02\u00B0', '\u00B6\u00DF', '\uFB02', '\u00B0\u00B0',
  // HTML, sanitized or not
  '<br>', '<br/>', '<br />', 'a<br>b', '<b>bold</b>', '</b>', '<i>it</i>', '<p>', '<!-- c -->', '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>', '<style>*{color:red}</style>', '<a href="javascript:alert(1)">x</a>', '<svg onload=alert(1)>',
  // Markdown strings, KaTeX, icons, line breaks of non-Markdown labels
  '`**bold**`', '**bold**', '_it_', '`', '$$x^2$$', '$$', '$', 'a $$ b $$ c', '$$\\frac{1}{2}$$',
  'fa:fa-car', 'fab:fa-github', 'fa:fa-', 'x fas:fa-user y', '\\n', 'a\\nb', '\\\\n', '\\', 'a\\', '\\"',
  // diagram detection (C4's detector is not anchored to the start), clicks and styles
  'C4Context', 'C4Container x', 'x C4Deployment', 'graph TD', 'flowchart-elk', 'sequenceDiagram',
  'click b0 call alert(1)', 'click b0 href "javascript:alert(1)"', 'style x:#35;y', 'classDef a:b#c;d', 'style a:b;', 'linkStyle 0 stroke:red',
  '@{ shape: circle }', 'icon:fa:fa-car', '=', "'", '|', 'a|b|', ':', '::',
  // other scripts, spaces and controls (controls become spaces; bidirectional overrides are dropped)
  '웹 서버 — Ünïcödé ✓ 😀', 'a\u00A0b', 'tab\there', 'bidi \u202Eevil\u202C', 'zwj 👩\u200D💻',
];
