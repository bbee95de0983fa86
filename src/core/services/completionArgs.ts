// Completion after a keyword: the values it takes at this place. Arguments are read from the
// parsed statement (so `256 MiB..1` is one range), the line's tokens only tell where the cursor is.
import type { Analysis } from '../analyze';
import type { Arg, Quantity, Statement } from '../syntax/ast';
import { MIDDLEWARE } from '../taxonomy/catalogue-middleware';
import { KERNEL_FAMILIES } from '../taxonomy/kinds';
import type { Product } from '../taxonomy/product';
import type { Dimension } from '../units';
import { dimensionOf, UNIT_ORDER } from './quantities';
import { machineOf } from '../validate/describe';
import type { CompletionEntry } from './completion';
import { DISTRIBUTIONS } from './completionSnippets';
import { COMPLETION, DIMENSIONS } from './completionTexts';
import type { LineToken } from './locate';
import { containerKernel, hypervisorsFor, type Place, runtimesFor } from './place';
import { productDetail, productMarkdown } from './productTexts';
import { KERNEL_NAMES, LAYER_NAMES, type Locale, say } from './texts';

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
  readonly locale: Locale;
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
  const { locale } = ctx;
  const carrier = ctx.place.carrier ?? ctx.place.layer;
  switch (ctx.keyword) {
    case 'hypervisor':
      if (index === 0) return products(hypervisorsFor(ctx.place.where === undefined ? undefined : carrier), locale);
      return index === 1 && words[0] ? [value('as', say(locale, COMPLETION.alias), 'keyword')] : [];
    case 'runtime':
      if (index === 0) return products(runtimesFor(carrier), locale);
      return index === 1 && words[0] ? [value('as', say(locale, COMPLETION.alias), 'keyword')] : [];
    case 'middleware':
      return index === 0 ? products(MIDDLEWARE, locale) : [];
    case 'os':
      return index === 0 ? kernels(ctx) : index === 1 && words[0] ? labels(words[0]) : [];
    case 'depends':
      return references(ctx, new Set(words.filter((w): w is string => w !== undefined)));
    case 'tenant':
      return index === 0 ? tenants(ctx) : [];
    case 'type':
      return index === 0 ? [value('1', say(locale, COMPLETION.type1)), value('2', say(locale, COMPLETION.type2))] : [];
    case 'load':
      return loadItems(index, words, locale);
    case 'power':
      if (index === 0) return [snippetValue('idle', 'idle ${1:50} W peak ${2:200} W', say(locale, COMPLETION.powerLinear)), value('curve', say(locale, COMPLETION.powerCurve))];
      return index === 2 && words[0] === 'idle' ? [value('peak', say(locale, COMPLETION.powerLinear))] : [];
    case 'boot':
      return ctx.place.where === 'simulate' && index === 0 ? ['vm', 'container', 'microvm', 'host'].map((k) => value(k, say(locale, COMPLETION.bootKind))) : [];
    case 'overcommit':
      if (ctx.place.where !== 'simulate') return [];
      return index === 0 ? [value('cpu', say(locale, COMPLETION.overcommitCpu))] : index === 2 ? [value('memory', say(locale, COMPLETION.overcommitMemory))] : [];
    default:
      return [];
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
    label: u, kind: 'unit' as const, detail: say(ctx.locale, DIMENSIONS[dim]), insertText: glued && u !== '%' ? ` ${u}` : u, filterText: u, sortText: String(i).padStart(2, '0'),
  }));
}

function products(list: readonly Product[], locale: Locale): CompletionEntry[] {
  return list.map((p, i) => ({
    label: p.id, kind: 'product' as const, detail: productDetail(locale, p), documentation: productMarkdown(locale, p), insertText: p.id, sortText: String(i).padStart(3, '0'),
  }));
}

function kernels(ctx: ArgContext): CompletionEntry[] {
  const own = ctx.place.where === 'container' ? containerKernel(ctx.place.layer) : undefined;
  const list = own ? [own] : [...KERNEL_FAMILIES];
  return list.map((k, i) => ({
    label: k, kind: 'kernel' as const, detail: `${KERNEL_NAMES[k as keyof typeof KERNEL_NAMES]} · ${say(ctx.locale, own ? COMPLETION.kernelOfHost : COMPLETION.kernelFamily)}`,
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
    const kind = say(ctx.locale, LAYER_NAMES[layer.kind]);
    items.push({ label: name, kind: 'reference', detail: host ? say(ctx.locale, COMPLETION.reference, kind, host.name) : kind, insertText: name });
  }
  return items;
}

function tenants(ctx: ArgContext): CompletionEntry[] {
  const seen = new Set<string>();
  for (const l of ctx.analysis.model.layers) if (l.props.tenant && !seen.has(l.props.tenant.name)) seen.add(l.props.tenant.name);
  return [...seen].map((t) => value(t, say(ctx.locale, COMPLETION.tenantSeen), 'reference'));
}

function loadItems(index: number, words: readonly (string | undefined)[], locale: Locale): CompletionEntry[] {
  if (index === 0) {
    return [
      snippetValue('constant', 'constant ${1:40}%', say(locale, COMPLETION.loadConstant)),
      snippetValue('daily', 'daily ${1:20}%..${2:80}% peak ${3:14}:00', say(locale, COMPLETION.loadDaily)),
      snippetValue('spikes', 'spikes ${1:10}%..${2:90}% every ${3:2} h for ${4:5} m', say(locale, COMPLETION.loadSpikes)),
      snippetValue('random', 'random ${1:20}%..${2:80}% seed ${3:7}', say(locale, COMPLETION.loadRandom)),
    ];
  }
  // Options follow the levels in word-value pairs: offer one where a word is due.
  if (index < 2 || index % 2 !== 0) return [];
  const options: Record<string, [string, string][]> = {
    daily: [['peak', say(locale, COMPLETION.optionPeak)]],
    spikes: [['every', say(locale, COMPLETION.optionEvery)], ['for', say(locale, COMPLETION.optionFor)]],
    random: [['seed', say(locale, COMPLETION.optionSeed)]],
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
