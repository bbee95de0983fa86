// Completion that knows where the cursor is: at the head of a line it offers the keywords,
// properties and block snippets that may stand in that block; after a keyword, the values
// that keyword takes there (products that may sit there, kernels, names, units).
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import { PROPERTY_PLACES, REPEATABLE, SIMULATE_SETTINGS } from '../../model/schema';
import type { LayerKind } from '../../model/types';
import { type Arg, keywordSpan, type Quantity, type Statement } from '../../syntax/ast';
import { T } from '../../syntax/tokens';
import { MIDDLEWARE } from '../../taxonomy/catalogue';
import { KERNEL_FAMILIES, kernelName } from '../../taxonomy/kinds';
import type { Product } from '../../taxonomy/product';
import type { Dimension } from '../../units';
import { machineOf } from '../../validate/describe';
import { containerKernel, dimensionOf, hypervisorsFor, layerSlots, type Place, placeAt, runtimesFor, UNIT_ORDER } from '../allowed';
import { type LineToken, touches, typedStatement, wordEnd } from '../cursor';
import { keywordDoc, keywordMarkdown, productDetail, productMarkdown } from '../explain';
import { networkArgumentItems, networkKeywordItems, networkPropertyFits } from './network';
import { DISTRIBUTIONS, layerSnippet, STACK_KINDS, stackSnippet } from './snippets';
import { fabricArguments, fabricKeywords, fabricShown } from './storage';

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
  readonly l10n: Localizer;
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
    return { items: keywordItems(analysis, place, offset, options.l10n, current?.text, fabricShown(analysis, current !== undefined)), replace };
  }
  const head = before[0];
  if (head.kind !== T.Ident) return none;
  const items = argumentItems({ analysis, place, keyword: head.text, head, args: before.slice(1), current, offset, l10n: options.l10n });
  return { items, replace };
}

/** Keywords, properties and block snippets that may start a line in this block. */
function keywordItems(analysis: Analysis, place: Place, offset: number, l10n: Localizer, typed: string | undefined, fabric: boolean): CompletionEntry[] {
  const items: CompletionEntry[] = [];
  // The statement being typed does not count as already written.
  const written = new Set(place.statements.filter((s) => !touches(keywordSpan(s), offset)).map((s) => s.keyword));
  if (place.where === 'top') {
    if (!written.has('stack')) items.push(statementItem('stack', 'stack "${1:Title}"', l10n, true));
    if (!written.has('simulate')) items.push(statementItem('simulate', 'simulate {\n\t$0\n}', l10n, true));
  } else if (place.where === 'simulate') {
    for (const key of SIMULATE_SETTINGS) if (!written.has(key)) items.push(propertyItem(key, 'simulate', l10n));
  } else if (place.where !== undefined) {
    const kind = place.where;
    for (const key of Object.keys(PROPERTY_PLACES)) {
      if (!PROPERTY_PLACES[key].includes(kind)) continue;
      // Storage (issue 14): `volume` repeats, and is offered with the rest of the fabric.
      if (key === 'volume') {
        if (fabric) items.push(propertyItem(key, kind, l10n));
      } else if ((!written.has(key) || REPEATABLE.has(key)) && networkPropertyFits(analysis.model, place, key)) items.push(propertyItem(key, kind, l10n));
    }
  }
  // Clusters and storage (issue 14).
  for (const item of fabricKeywords(place, written, fabric, l10n)) items.push(item);
  // Network virtualization: `switch` in a hypervisor or OS block, `uplink` and `segment` in a switch's.
  for (const item of networkKeywordItems(analysis.model, place, written, l10n, typed)) items.push(item);
  for (const kind of layerSlots(place)) {
    items.push(layerItem(kind, place, l10n));
    const snippet = layerSnippet(kind, place, l10n);
    if (snippet) items.push({ label: `${kind} { … }`, kind: 'snippet', detail: snippet.detail, insertText: snippet.body, snippet: true, filterText: kind, sortText: `3${kind}` });
  }
  // A file with no stack yet may start from a whole stack of one of the three ways to virtualize a server.
  if (place.where === 'top' && !written.has('stack')) {
    STACK_KINDS.forEach((stack, i) => {
      const snippet = stackSnippet(stack, place.names, l10n);
      items.push({ label: l10n.t(`snippet.stack.${stack}.label`), kind: 'snippet', detail: snippet.detail, insertText: snippet.body, snippet: true, sortText: `4stack${i}` });
    });
  }
  return items;
}

function statementItem(key: string, body: string, l10n: Localizer, snippet: boolean): CompletionEntry {
  const doc = keywordDoc(key, undefined);
  return { label: key, kind: 'keyword', detail: l10n.t('completion.topLevel'), documentation: doc && keywordMarkdown(l10n, doc), insertText: body, snippet, sortText: `2${key}` };
}

function layerItem(kind: LayerKind, place: Place, l10n: Localizer): CompletionEntry {
  const doc = keywordDoc(kind, undefined);
  const carrier = place.carrier?.kind ?? place.where;
  let detail = l10n.t(`layerName.${kind}`);
  if (kind === 'hypervisor') detail = l10n.t(carrier === 'hardware' ? 'completion.hypervisorType1' : carrier === 'vm' ? 'completion.hypervisorNested' : 'completion.hypervisorType2');
  if (kind === 'os') detail = l10n.t(carrier === 'hardware' ? 'completion.hostOs' : carrier === 'vm' ? 'completion.guestOs' : 'completion.imageOs');
  // Layers are followed by a product, kernel or name: keep the list open for the product and kernel.
  const next = kind === 'hypervisor' || kind === 'runtime' || kind === 'middleware' || kind === 'os';
  return { label: kind, kind: 'layer', detail, documentation: doc && keywordMarkdown(l10n, doc), insertText: `${kind} `, retrigger: next, sortText: `1${kind}` };
}

/** Property snippets: the value in its usual unit, ready to overwrite. Keys as in keywordTexts. */
const PROPERTY_SNIPPETS: Readonly<Record<string, string>> = {
  'cpu@hardware': 'cpu ${1:16} cores', 'cpu@container': 'cpu ${1:0.5}..${2:2}', 'cpu@app': 'cpu ${1:1}', 'cpu@job': 'cpu ${1:1}',
  vcpu: 'vcpu ${1:2}', 'memory@hardware': 'memory ${1:64} GiB', 'memory@vm': 'memory ${1:4} GiB', 'memory@container': 'memory ${1:256} MiB..${2:1} GiB',
  'memory@app': 'memory ${1:1} GiB', 'memory@job': 'memory ${1:1} GiB', disk: 'disk ${1:100} GiB', network: 'network ${1:10} Gbps', reserve: 'reserve ${1:4} GiB',
  power: 'power idle ${1:50} W peak ${2:200} W', type: 'type ${1|1,2|}', image: 'image "${1:nginx:1.27}"', 'boot@machine': 'boot ${1:30} s', work: 'work ${1:8} core-h',
  volume: 'volume ${1:data} ${2:100} GiB from ${3:pool}', start: 'start ${1:01:00}', duration: 'duration ${1:24} h', step: 'step ${1:1} m', seed: 'seed ${1:1}', overcommit: 'overcommit cpu ${1:4.0} memory ${2:1.0}',
};
/** Properties whose value is best picked from a list: insert the keyword and a space, then suggest again. */
const PICKED = new Set(['tenant', 'load', 'depends', 'boot@simulate', 'nic', 'function']);

function propertyItem(key: string, where: LayerKind | 'simulate', l10n: Localizer): CompletionEntry {
  const doc = keywordDoc(key, where);
  const variant = key === 'cpu' || key === 'memory' ? `${key}@${where === 'hardware' || where === 'vm' || where === 'container' || where === 'app' || where === 'job' ? where : 'app'}` : key === 'boot' ? (where === 'simulate' ? 'boot@simulate' : 'boot@machine') : key;
  const category = l10n.t(where === 'simulate' ? 'completion.setting' : 'completion.property');
  const base = { label: key, kind: 'property' as const, detail: doc ? `${category} · ${l10n.t(doc.id)}` : category, documentation: doc && keywordMarkdown(l10n, doc), sortText: `0${key}` };
  if (PICKED.has(variant) || PICKED.has(key)) return { ...base, insertText: `${key} `, retrigger: true };
  const body = PROPERTY_SNIPPETS[variant] ?? PROPERTY_SNIPPETS[key];
  return body ? { ...base, insertText: body, snippet: true } : { ...base, insertText: `${key} ` };
}

// Completion after a keyword: the values it takes at this place. Arguments are read from the
// parsed statement (so `256 MiB..1` is one range), the line's tokens only tell where the cursor is.
/** What argument completion needs to know. */
export interface ArgContext {
  readonly analysis: Analysis;
  readonly place: Place;
  readonly keyword: string;
  /** The keyword's token on the line. */
  readonly head: LineToken;
  /** Tokens typed after the keyword, before the word at the cursor. */
  readonly args: readonly LineToken[];
  /** The word being typed, if the cursor touches one. */
  readonly current?: LineToken;
  readonly offset: number;
  readonly l10n: Localizer;
}

/** The items for the argument at the cursor. */
export function argumentItems(ctx: ArgContext): CompletionEntry[] {
  const stmt = statementOfLine(ctx);
  const cutoff = ctx.current ? ctx.current.start : ctx.offset;
  const all = stmt?.args ?? [];
  // The word at the cursor may already be the unit of a quantity (`16 Gi|B`).
  const holding = ctx.current && all.find((a) => a.start <= ctx.current!.start && ctx.current!.end <= a.end && a.kind !== 'word');
  const done = all.filter((a) => a.end <= cutoff);
  const prev = holding ? undefined : done[done.length - 1];
  const bare = holding ? lastQuantity(holding) : prev && lastQuantity(prev);
  if (bare && (holding || bare.unit === undefined)) {
    // vCPUs are counted, not measured: `vcpu 4`, never `vcpu 4 cores`.
    const dim = ctx.keyword === 'vcpu' ? undefined : dimensionOf(ctx.keyword, ctx.place.where === 'simulate', all, holding ?? prev!);
    if (dim) return unitItems(dim, ctx, bare);
    if (holding) return [];
  }
  const index = done.length;
  const words = done.map((a) => (a.kind === 'word' ? a.text : undefined));
  const { l10n } = ctx;
  const carrier = ctx.place.carrier ?? ctx.place.layer;
  const network = networkArgumentItems(ctx.analysis.model, ctx.place, ctx.keyword, index, words, l10n);
  if (network) return network;
  switch (ctx.keyword) {
    case 'hypervisor':
      if (index === 0) return products(hypervisorsFor(ctx.place.where === undefined ? undefined : carrier), l10n);
      return index === 1 && words[0] ? [value('as', l10n.t('completion.alias'), 'keyword')] : [];
    case 'runtime':
      if (index === 0) return products(runtimesFor(carrier), l10n);
      return index === 1 && words[0] ? [value('as', l10n.t('completion.alias'), 'keyword')] : [];
    case 'middleware':
      return index === 0 ? products(MIDDLEWARE, l10n) : [];
    case 'os':
      return index === 0 ? kernels(ctx) : index === 1 && words[0] ? labels(words[0]) : [];
    case 'depends':
      return references(ctx, new Set(words.filter((w): w is string => w !== undefined)));
    case 'tenant':
      return index === 0 ? tenants(ctx) : [];
    case 'type':
      return index === 0 ? [value('1', l10n.t('completion.type1')), value('2', l10n.t('completion.type2'))] : [];
    case 'load':
      return loadItems(index, words, l10n);
    case 'power':
      if (index === 0) return [snippetValue('idle', 'idle ${1:50} W peak ${2:200} W', l10n.t('completion.powerLinear')), value('curve', l10n.t('completion.powerCurve'))];
      return index === 2 && words[0] === 'idle' ? [value('peak', l10n.t('completion.powerLinear'))] : [];
    case 'boot':
      return ctx.place.where === 'simulate' && index === 0 ? ['vm', 'container', 'microvm', 'host'].map((k) => value(k, l10n.t('completion.bootKind'))) : [];
    case 'overcommit':
      if (ctx.place.where !== 'simulate') return [];
      return index === 0 ? [value('cpu', l10n.t('completion.overcommitCpu'))] : index === 2 ? [value('memory', l10n.t('completion.overcommitMemory'))] : [];
    default:
      return fabricArguments(ctx.analysis, ctx.place, ctx.keyword, index, words, l10n) ?? [];
  }
}

/** The parsed statement whose keyword starts the line being typed. */
function statementOfLine(ctx: ArgContext): Statement | undefined {
  const list = ctx.place.statements;
  const at = ctx.head.start;
  for (let lo = 0, hi = list.length - 1; lo <= hi;) {
    const mid = (lo + hi) >> 1;
    const s = list[mid];
    if (s.start === at) return s;
    if (s.start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

function lastQuantity(a: Arg): Quantity | undefined {
  return a.kind === 'quantity' ? a : a.kind === 'range' ? a.high : undefined;
}

function unitItems(dim: Dimension, ctx: ArgContext, q: Quantity): CompletionEntry[] {
  // `16G|`: the unit is typed against the number; put the canonical space in.
  const glued = ctx.current !== undefined && ctx.current.start === q.end;
  return UNIT_ORDER[dim].map((u, i) => ({
    label: u, kind: 'unit' as const, detail: ctx.l10n.t(`dimension.${dim}`), insertText: glued && u !== '%' ? ` ${u}` : u, filterText: u, sortText: String(i).padStart(2, '0'),
  }));
}

function products(list: readonly Product[], l10n: Localizer): CompletionEntry[] {
  return list.map((p, i) => ({
    label: p.id, kind: 'product' as const, detail: productDetail(l10n, p), documentation: productMarkdown(l10n, p), insertText: p.id, sortText: String(i).padStart(3, '0'),
  }));
}

function kernels(ctx: ArgContext): CompletionEntry[] {
  const own = ctx.place.where === 'container' ? containerKernel(ctx.place.layer) : undefined;
  const list = own ? [own] : [...KERNEL_FAMILIES];
  return list.map((k, i) => ({
    label: k, kind: 'kernel' as const, detail: `${kernelName(k)} · ${ctx.l10n.t(own ? 'completion.kernelOfHost' : 'completion.kernelFamily')}`,
    insertText: `${k} `, retrigger: true, sortText: String(i),
  }));
}

function labels(kernel: string): CompletionEntry[] {
  return (DISTRIBUTIONS[kernel] ?? []).map((name, i) => ({ label: `"${name}"`, kind: 'value' as const, insertText: `"${name}"`, sortText: String(i) }));
}

function references(ctx: ArgContext, listed: ReadonlySet<string>): CompletionEntry[] {
  const self = ctx.place.layer?.name;
  const items: CompletionEntry[] = [];
  for (const [name, layer] of ctx.analysis.model.names) {
    if (name === self || listed.has(name)) continue;
    const host = machineOf(layer) ?? layer.parent;
    const kind = ctx.l10n.t(`layerName.${layer.kind}`);
    items.push({ label: name, kind: 'reference', detail: host ? ctx.l10n.t('completion.reference', kind, host.name) : kind, insertText: name });
  }
  return items;
}

function tenants(ctx: ArgContext): CompletionEntry[] {
  const seen = new Set<string>();
  for (const l of ctx.analysis.model.layers) if (l.props.tenant && !seen.has(l.props.tenant.name)) seen.add(l.props.tenant.name);
  return [...seen].map((t) => value(t, ctx.l10n.t('completion.tenantSeen'), 'reference'));
}

function loadItems(index: number, words: readonly (string | undefined)[], l10n: Localizer): CompletionEntry[] {
  if (index === 0) {
    return [
      snippetValue('constant', 'constant ${1:40}%', l10n.t('completion.loadConstant')),
      snippetValue('daily', 'daily ${1:20}%..${2:80}% peak ${3:14}:00', l10n.t('completion.loadDaily')),
      snippetValue('spikes', 'spikes ${1:10}%..${2:90}% every ${3:2} h for ${4:5} m', l10n.t('completion.loadSpikes')),
      snippetValue('random', 'random ${1:20}%..${2:80}% seed ${3:7}', l10n.t('completion.loadRandom')),
    ];
  }
  // Options follow the levels in word-value pairs: offer one where a word is due.
  if (index < 2 || index % 2 !== 0) return [];
  const options: Record<string, [string, string][]> = {
    daily: [['peak', l10n.t('completion.optionPeak')]],
    spikes: [['every', l10n.t('completion.optionEvery')], ['for', l10n.t('completion.optionFor')]],
    random: [['seed', l10n.t('completion.optionSeed')]],
  };
  const shape = words[0];
  const list = shape && Object.prototype.hasOwnProperty.call(options, shape) ? options[shape] : [];
  return list.filter(([w]) => !words.includes(w)).map(([w, detail]) => value(w, detail));
}

function value(label: string, detail: string, kind: CompletionEntry['kind'] = 'value'): CompletionEntry {
  return { label, kind, detail, insertText: label };
}

function snippetValue(label: string, body: string, detail: string): CompletionEntry {
  return { label, kind: 'value', detail, insertText: body, snippet: true };
}
