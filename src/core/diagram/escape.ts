// Text from the user's file ends up inside `["…"]` of mermaid source and then in HTML labels.
// Mermaid decodes `#name;` and `#123;` entities in labels, and the browser then reads the
// result as HTML, so every character that could end the label, start markup, start an entity
// or switch the label to markdown is written as an entity. Nothing else is touched, so Korean
// and other scripts pass through as they are.

const ENTITIES: Readonly<Record<string, string>> = {
  '"': '#quot;',
  '#': '#35;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '`': '#96;',
};

// Line breaks and other controls would end the statement; bidirectional overrides could make
// a label read differently from what the file says.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f]/g;
const SPECIAL = /["#&<>`]/g;

/** Plain text as it may stand inside a mermaid label: no quote, markup or entity survives. */
export function escapeLabel(text: string): string {
  return text.replace(CONTROLS, ' ').replace(BIDI, '').replace(SPECIAL, (c) => ENTITIES[c]);
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
