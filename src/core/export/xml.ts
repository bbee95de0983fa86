// The one escaper of text bound for XML (issue 15): SVG exports, in the core, the CLI and the
// pages that compose SVG in the browser (the preview's and the charts'), which may import it as
// they import the palettes. Pure, and without imports, so that a page's bundle gains only this.

/**
 * Text that is safe in XML 1.0 wherever character data may stand: characters XML forbids
 * (controls other than tab and line breaks, lone surrogates, U+FFFE/U+FFFF) are dropped, as no
 * serializer writes them back, and `&`, `<`, `>` and quotes become entities.
 */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The text without the characters XML 1.0 cannot carry (for a DOM that serializes the rest itself). */
export function xmlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
