// Text from the user's file ends up inside `["…"]` of mermaid source and then in HTML labels,
// and must arrive there as inert text: drawn as exactly its characters, never read as syntax,
// never changing the diagram. Mermaid reads a label at three stages, and the escaper answers
// each (test/webview/labels.test.ts proves the result in Chromium for every token of the block
// grammar and every form below):
//
// 1. The whole source, before parsing: `%%{…}%%` directives anywhere in the text (they
//    reconfigure the diagram, theme CSS included, and an unclosed one swallows the rest),
//    `%%` comments, the detectors that pick the diagram type (C4's matches `C4Container`
//    anywhere), and mermaid's entity encoding, which drops the last `;` of any line where
//    `style` or `classDef` is followed by `:`, something and `#`. Then the block grammar,
//    inside a string, ends it only at `"` (and "` starts Markdown). Every character that
//    any of these read is written as a mermaid entity (`#37;` for `%`, `#58;` for `:`,
//    `#52;` for the 4 of `C4`), so none of them ever sees it.
// 2. The label, decoded: mermaid turns its entities into HTML ones and sanitizes the label
//    with DOMPurify, which writes every character back as itself except `&`, `<` and `>`. So
//    an entity protects `&`, `<` and `>` to the end, and nothing else past this point.
// 3. The sanitized label, before it becomes HTML: `\n` becomes a line break, `$$…$$` is
//    rendered by KaTeX, `fa:fa-…` becomes an icon, and `ﬂ°…¶ß` (mermaid's own placeholders
//    for entities) is decoded again. These are pairs of characters; an empty `<span></span>`
//    between the two characters of each pair breaks them, and adds nothing to the label's text.
//
// Nothing else is touched, so Korean and other scripts pass through as they are.

/** Characters read before parsing (stage 1), as mermaid entities. */
const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '%': '#37;',
  '&': '#amp;',
  ':': '#58;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

/** An element with no text: splits a pair of characters that stage 3 would read together. */
const BREAK = '<span></span>';

/** Per character, what after it makes a pattern of stage 3: `\n`, `$$`, `fa:fa-`, `ﬂ°`, `¶ß`. */
const PAIRS: Readonly<Record<string, string>> = {
  '\\': 'n',
  $: '$',
  ':': 'fa-',
  '\uFB02': '\u00B0',
  '\u00B6': '\u00DF',
};

// Line breaks and other controls would end the statement; bidirectional overrides could make
// a label read differently from what the file says.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
/** Every character of ENTITIES or PAIRS, and the 4 of `C4`. */
const SPECIAL = /["#%&:<>`\\$\uFB02\u00B6]|(?<=C)4/g;

/** Plain text as it may stand inside a mermaid label: drawn as exactly its text, read as nothing else. */
export function escapeLabel(text: string): string {
  return text.replace(CONTROLS, ' ').replace(BIDI, '').replace(SPECIAL, (c: string, at: number, all: string) => {
    const escaped = c === '4' ? '#52;' : ENTITIES[c] ?? c;
    const next = PAIRS[c];
    return next !== undefined && all.startsWith(next, at + 1) ? escaped + BREAK : escaped;
  });
}

/** Cleans text for places that are not mermaid (tooltips, legends): controls become spaces. */
export function plainText(text: string): string {
  return text.replace(CONTROLS, ' ').replace(BIDI, '');
}

/** Columns a character takes on screen: CJK and other wide characters count twice. */
function charWidth(code: number): number {
  return (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
    ? 2
    : 1;
}

/**
 * Cuts text to at most `max` screen columns, ending in an ellipsis when it was cut. One long
 * name would otherwise widen every column, because a block diagram's columns share one width.
 */
export function truncate(text: string, max: number): string {
  let width = 0;
  let cut = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i) ?? 0;
    width += charWidth(code);
    // Remember where the text would end if the ellipsis (one column) has to follow.
    if (width > max - 1 && cut < 0) cut = i;
    if (width > max) return `${text.slice(0, cut).replace(/\s+$/, '')}…`;
    i += code > 0xffff ? 2 : 1;
  }
  return text;
}
