// Completion that knows where the cursor is: at the head of a line it offers the keywords,
// properties and block snippets that may stand in that block; after a keyword, the values
// that keyword takes there (products that may sit there, kernels, names, units).
import type { Analysis } from '../analyze';
import type { Span } from '../diagnostics';
import { PROPERTY_PLACES, SIMULATE_SETTINGS } from '../model/schema';
import type { LayerKind } from '../model/types';
import { keywordSpan } from '../syntax/ast';
import { T } from '../syntax/tokens';
import { argumentItems } from './completionArgs';
import { COMPLETION } from './completionTexts';
import { keywordDoc, keywordMarkdown } from './keywordTexts';
import { layerSnippet } from './completionSnippets';
import { touches, typedStatement, wordEnd } from './locate';
import { layerSlots, type Place, placeAt } from './place';
import { LAYER_NAMES, type Locale, say } from './texts';

/** What a completion item is, for its icon. */
export type CompletionKind = 'keyword' | 'layer' | 'property' | 'product' | 'kernel' | 'unit' | 'reference' | 'value' | 'snippet';

/** One completion item as plain data; the extension turns it into a vscode.CompletionItem. */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly insertText: string;
  /** `insertText` is a snippet (`${1:placeholder}`, `$0`). */
  readonly snippet?: boolean;
  readonly sortText?: string;
  readonly filterText?: string;
  /** Open the suggestions again after inserting, for the value that comes next. */
  readonly retrigger?: boolean;
}

/** The items and the span they replace (the word at the cursor, or an empty span). */
export interface Completions {
  readonly items: CompletionEntry[];
  readonly replace: Span;
}

/** How the completion was asked for. */
export interface CompletionOptions {
  readonly locale: Locale;
  /** The character typed that opened the list (a space or a comma), when it was not asked for explicitly. */
  readonly triggerCharacter?: string;
}

/** Completion at an offset of the analysed text. */
export function complete(analysis: Analysis, text: string, offset: number, options: CompletionOptions): Completions {
  const none: Completions = { items: [], replace: { start: offset, end: offset } };
  const typed = typedStatement(text, offset);
  if (typed.inert) return none;
  const last = typed.tokens[typed.tokens.length - 1];
  const current = last && last.kind === T.Ident && last.end === offset ? last : undefined;
  const before = current ? typed.tokens.slice(0, -1) : typed.tokens;
  const replace = { start: current ? current.start : offset, end: wordEnd(text, offset) };
  const place = placeAt(analysis, offset);
  if (before.length === 0) {
    // A space typed at the head of a line is indentation, not a request.
    if (options.triggerCharacter !== undefined) return none;
    return { items: keywordItems(place, offset, options.locale), replace };
  }
  const head = before[0];
  if (head.kind !== T.Ident) return none;
  const items = argumentItems({ analysis, place, keyword: head.text, head, args: before.slice(1), current, offset, locale: options.locale });
  return { items, replace };
}

/** Keywords, properties and block snippets that may start a line in this block. */
function keywordItems(place: Place, offset: number, locale: Locale): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  // The statement being typed does not count as already written.
  const written = new Set(place.statements.filter((s) => !touches(keywordSpan(s), offset)).map((s) => s.keyword));
  if (place.where === 'top') {
    if (!written.has('stack')) items.push(statementItem('stack', 'stack "${1:Title}"', locale, true));
    if (!written.has('simulate')) items.push(statementItem('simulate', 'simulate {\n\t$0\n}', locale, true));
  } else if (place.where === 'simulate') {
    for (const key of SIMULATE_SETTINGS) if (!written.has(key)) items.push(propertyItem(key, 'simulate', locale));
  } else if (place.where !== undefined) {
    const kind = place.where;
    for (const key of Object.keys(PROPERTY_PLACES)) {
      if (PROPERTY_PLACES[key].includes(kind) && !written.has(key)) items.push(propertyItem(key, kind, locale));
    }
  }
  for (const kind of layerSlots(place)) {
    items.push(layerItem(kind, place, locale));
    const snippet = layerSnippet(kind, place, locale);
    if (snippet) items.push(snippet);
  }
  return items;
}

function statementItem(key: string, body: string, locale: Locale, snippet: boolean): CompletionEntry {
  const doc = keywordDoc(key, undefined);
  return { label: key, kind: 'keyword', detail: say(locale, COMPLETION.topLevel), documentation: doc && keywordMarkdown(locale, doc), insertText: body, snippet, sortText: `2${key}` };
}

function layerItem(kind: LayerKind, place: Place, locale: Locale): CompletionEntry {
  const doc = keywordDoc(kind, undefined);
  const carrier = place.carrier?.kind ?? place.where;
  let detail = say(locale, LAYER_NAMES[kind]);
  if (kind === 'hypervisor') detail = say(locale, carrier === 'hardware' ? COMPLETION.hypervisorType1 : carrier === 'vm' ? COMPLETION.hypervisorNested : COMPLETION.hypervisorType2);
  if (kind === 'os') detail = say(locale, carrier === 'hardware' ? COMPLETION.hostOs : carrier === 'vm' ? COMPLETION.guestOs : COMPLETION.imageOs);
  // Layers are followed by a product, kernel or name: keep the list open for the product and kernel.
  const next = kind === 'hypervisor' || kind === 'runtime' || kind === 'middleware' || kind === 'os';
  return { label: kind, kind: 'layer', detail, documentation: doc && keywordMarkdown(locale, doc), insertText: `${kind} `, retrigger: next, sortText: `1${kind}` };
}

/** Property snippets: the value in its usual unit, ready to overwrite. Keys as in keywordTexts. */
const PROPERTY_SNIPPETS: Readonly<Record<string, string>> = {
  'cpu@hardware': 'cpu ${1:16} cores', 'cpu@container': 'cpu ${1:0.5}..${2:2}', 'cpu@app': 'cpu ${1:1}', 'cpu@job': 'cpu ${1:1}',
  vcpu: 'vcpu ${1:2}', 'memory@hardware': 'memory ${1:64} GiB', 'memory@vm': 'memory ${1:4} GiB', 'memory@container': 'memory ${1:256} MiB..${2:1} GiB',
  'memory@app': 'memory ${1:1} GiB', 'memory@job': 'memory ${1:1} GiB', disk: 'disk ${1:100} GiB', network: 'network ${1:10} Gbps', reserve: 'reserve ${1:4} GiB',
  power: 'power idle ${1:50} W peak ${2:200} W', type: 'type ${1|1,2|}', image: 'image "${1:nginx:1.27}"', 'boot@machine': 'boot ${1:30} s', work: 'work ${1:8} core-h',
  start: 'start ${1:01:00}', duration: 'duration ${1:24} h', step: 'step ${1:1} m', seed: 'seed ${1:1}', overcommit: 'overcommit cpu ${1:4.0} memory ${2:1.0}',
};
/** Properties whose value is best picked from a list: insert the keyword and a space, then suggest again. */
const PICKED = new Set(['tenant', 'load', 'depends', 'boot@simulate']);

function propertyItem(key: string, where: LayerKind | 'simulate', locale: Locale): CompletionEntry {
  const doc = keywordDoc(key, where);
  const variant = key === 'cpu' || key === 'memory' ? `${key}@${where === 'hardware' || where === 'vm' || where === 'container' || where === 'app' || where === 'job' ? where : 'app'}` : key === 'boot' ? (where === 'simulate' ? 'boot@simulate' : 'boot@machine') : key;
  const category = say(locale, where === 'simulate' ? COMPLETION.setting : COMPLETION.property);
  const base = { label: key, kind: 'property' as const, detail: doc ? `${category} · ${doc.text[locale]}` : category, documentation: doc && keywordMarkdown(locale, doc), sortText: `0${key}` };
  if (PICKED.has(variant) || PICKED.has(key)) return { ...base, insertText: `${key} `, retrigger: true };
  const body = PROPERTY_SNIPPETS[variant] ?? PROPERTY_SNIPPETS[key];
  return body ? { ...base, insertText: body, snippet: true } : { ...base, insertText: `${key} ` };
}
