// Limits that keep a hostile or broken input from hurting the host before, and while, it is read.
// Everything here runs before a parser sees the text (size, nesting, XML declarations) or bounds
// what a parser may build (aliases), so that a billion-laughs file, a 100 MB file or a file
// nested a thousand deep is refused in microseconds with a message that says what to change.
import { type Message, msg } from '../l10n/localizer';

/** The largest input read, in UTF-16 code units of all sources together (about 20 MB of text). */
export const MAX_IMPORT_CHARS = 20 * 1024 * 1024;
/** The deepest nesting of mappings, lists or elements read (real files stay under 20). */
export const MAX_IMPORT_DEPTH = 64;
/** The most aliases a YAML document may resolve: real files use a handful (Compose's `<<: *defaults`). */
export const MAX_YAML_ALIASES = 100;
/** The most containers and VMs an import writes once replicas are expanded. */
export const MAX_IMPORT_WORKLOADS = 100_000;

/** Why an input is refused: thrown inside the importers, caught by `importInventory`, shown as text. */
export class Refusal {
  /** @param message what is wrong and what to do, in the user's language later */
  constructor(readonly message: Message) {}
}

/** Refuses inputs too large to read, before anything parses them. */
export function checkSize(sources: readonly { name: string; text: string }[]): void {
  let total = 0;
  for (const s of sources) total += s.text.length;
  if (total > MAX_IMPORT_CHARS) throw new Refusal(msg('import.error.tooLarge', String(Math.round(total / 1048576)), String(MAX_IMPORT_CHARS / 1048576)));
}

/**
 * Refuses YAML whose flow collections (`[`, `{`) or indentation nest deeper than the limit,
 * without parsing it. Quotes are skipped so that a bracket inside a string does not count; the
 * count is an upper bound of the real nesting, which the check of the parsed value then confirms.
 */
export function checkYamlNesting(name: string, text: string): void {
  let depth = 0;
  let quote = 0;
  let comment = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      comment = false; // a quoted scalar may span lines, so `quote` stays
      continue;
    }
    if (comment) continue;
    if (quote !== 0) {
      if (c === 92 && quote === 34) i++; // `\"` inside a double-quoted scalar
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 35 && (i === 0 || text.charCodeAt(i - 1) <= 32)) comment = true;
    else if (c === 34 || (c === 39 && (i === 0 || /[\s[{,:]/.test(text[i - 1])))) quote = c;
    else if (c === 91 || c === 123) {
      if (++depth > MAX_IMPORT_DEPTH) throw tooDeep(name);
    } else if ((c === 93 || c === 125) && depth > 0) depth--;
  }
  checkYamlIndentation(name, text);
}

/**
 * Refuses YAML whose block structure nests deeper than the limit: each line deeper than the lines
 * above it opens a level (and each `- ` that starts an item inside an item), as the parser's
 * recursion would, so a file indented a thousand levels is refused before the parser recurses.
 */
function checkYamlIndentation(name: string, text: string): void {
  const open: number[] = [];
  const line = /^([ ]*)((?:- +)*)(.?)/gm;
  for (let m = line.exec(text); m !== null; m = line.exec(text)) {
    if (m[0].length === 0) line.lastIndex++;
    if (m[3] === '' || m[3] === '#') continue; // blank or comment lines open nothing
    const indent = m[1].length;
    while (open.length > 0 && open[open.length - 1] >= indent) open.pop();
    open.push(indent);
    if (open.length + (m[2].match(/-/g)?.length ?? 0) > MAX_IMPORT_DEPTH) throw tooDeep(name);
  }
}

/** Refuses a parsed value nested deeper than the limit (mappings and lists inside each other). */
export function checkValueDepth(name: string, value: unknown): void {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, d] = stack.pop()!; // only objects are pushed
    if (d >= MAX_IMPORT_DEPTH) throw tooDeep(name);
    for (const child of Object.values(v as object)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
}

/**
 * Refuses XML that declares a document type or entities (the road to XXE and entity expansion:
 * domain XML never needs them) or nests elements deeper than the limit, before parsing it.
 */
export function checkXml(name: string, text: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new Refusal(msg('import.error.xmlEntities', name));
  let depth = 0;
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 47) depth--; // `</`
    else if (next === 33 || next === 63) continue; // `<!--`, `<![CDATA[`, `<?xml`
    else {
      const end = text.indexOf('>', i);
      if (end < 0) break;
      if (text.charCodeAt(end - 1) !== 47 && ++depth > MAX_IMPORT_DEPTH) throw tooDeep(name);
    }
  }
}

function tooDeep(name: string): Refusal {
  return new Refusal(msg('import.error.tooDeep', name, String(MAX_IMPORT_DEPTH)));
}
