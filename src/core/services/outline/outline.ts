// The outline and the structure of the text: every layer as a symbol, nested as the text nests
// them (so breadcrumbs follow the cursor); folding of blocks, comment runs and regions; and the
// spans Expand Selection walks through.
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import { SEGMENT_KIND_NAMES } from '../../model/network';
import { NAMED_KINDS } from '../../model/schema';
import type { Cluster, Layer, LayerKind, SegmentDecl, StackModel, StoragePool, VirtualSwitch } from '../../model/types';
import { keywordSpan, type Statement } from '../../syntax/ast';
import { kernelName } from '../../taxonomy/kinds';
import { insideBlock, layerOf, lineEnd, lineStart, statementAt } from '../cursor';
import { osRole } from '../explain';
import { startsLine } from '../textEdits';

/** The fabric around the layers that the outline shows: clusters, storage pools, virtual switches and their segments. */
export type FabricSymbol = 'cluster' | 'pool' | 'switch' | 'segment';

/** One symbol of the outline, by offsets. */
export interface SymbolData {
  readonly name: string;
  readonly detail: string;
  /** A layer's kind, a top-level statement, or a statement of the fabric around the layers. */
  readonly kind: LayerKind | 'stack' | 'simulate' | FabricSymbol;
  readonly start: number;
  readonly end: number;
  /** The part to reveal and highlight: the name, product or kernel. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: SymbolData[];
}

/** The outline of the file. */
export function documentSymbols(analysis: Analysis, l10n: Localizer): SymbolData[] {
  return collect(analysis, fabricAt(analysis.model), analysis.tree.statements, true, l10n);
}

/** The clusters, pools, switches and segments by where their statement (for a segment, its name) starts. */
interface FabricIndex {
  readonly clusters: ReadonlyMap<number, Cluster>;
  readonly pools: ReadonlyMap<number, StoragePool>;
  readonly switches: ReadonlyMap<number, VirtualSwitch>;
  readonly segments: ReadonlyMap<number, SegmentDecl>;
}

/** Looks each fabric statement up instead of searching for it: a file of thousands of switches stays linear. */
function fabricAt(model: StackModel): FabricIndex {
  return {
    clusters: new Map(model.clusters.map((c) => [c.keywordSpan.start, c])),
    pools: new Map(model.pools.map((p) => [p.keywordSpan.start, p])),
    switches: new Map(model.switches.map((w) => [w.start, w])),
    segments: new Map(model.switches.flatMap((w) => w.segments.map((g) => [g.nameSpan.start, g] as const))),
  };
}

function collect(analysis: Analysis, fabric: FabricIndex, statements: readonly Statement[], top: boolean, l10n: Localizer): SymbolData[] {
  const out: SymbolData[] = [];
  for (const s of statements) {
    const key = s.keyword;
    const layer = layerOf(analysis.model, s);
    if (layer) out.push(layerSymbol(analysis, fabric, layer, s, l10n));
    else if (key === 'stack' && top) {
      out.push(plain('stack', analysis.model.title ?? key, '', s));
    } else if (key === 'simulate' && top) {
      out.push(plain('simulate', key, '', s));
    } else {
      const symbol = fabricSymbol(analysis, fabric, s, l10n);
      if (symbol) out.push(symbol);
    }
  }
  return out;
}

/** A cluster (with its hosts and pools), a storage pool or a virtual switch (with its segments), if `s` declares one. */
function fabricSymbol(analysis: Analysis, fabric: FabricIndex, s: Statement, l10n: Localizer): SymbolData | undefined {
  const symbol = (kind: FabricSymbol, name: string, detail: string, select: Span, children: SymbolData[] = []): SymbolData =>
    ({ name, detail, kind, start: s.start, end: s.end, selectionStart: select.start, selectionEnd: select.end, children });
  if (s.keyword === 'cluster') {
    const cluster = fabric.clusters.get(s.start);
    if (!cluster) return undefined;
    const detail = cluster.tolerate ? `${l10n.t('layerName.cluster')} · ${l10n.t('outline.tolerates', cluster.tolerate.value)}` : l10n.t('layerName.cluster');
    return symbol('cluster', cluster.name, detail, cluster.nameSpan, s.block ? collect(analysis, fabric, s.block.statements, false, l10n) : []);
  }
  if (s.keyword === 'storage') {
    const pool = fabric.pools.get(s.start);
    return pool && symbol('pool', pool.name, `${l10n.t('layerName.pool')} · ${pool.catalogue?.name ?? pool.product}`, pool.nameSpan);
  }
  if (s.keyword === 'switch') {
    const sw = fabric.switches.get(s.start);
    if (!sw) return undefined;
    const segments = (s.block?.statements ?? []).flatMap((st) => {
      const seg = st.args.length > 0 ? fabric.segments.get(st.args[0].start) : undefined;
      if (!seg) return [];
      const detail = seg.kind === 'flat' ? l10n.t('layerName.segment') : `${SEGMENT_KIND_NAMES[seg.kind]} ${seg.id ?? ''}`.trim();
      return [{ name: seg.name, detail, kind: 'segment' as const, start: st.start, end: st.end, selectionStart: seg.nameSpan.start, selectionEnd: seg.nameSpan.end, children: [] }];
    });
    return symbol('switch', sw.name, `${l10n.t('layerName.switch')} · ${sw.catalogue?.name ?? sw.product}`, sw.productSpan, segments);
  }
  return undefined;
}

function plain(kind: 'stack' | 'simulate', name: string, detail: string, s: Statement): SymbolData {
  return { name, detail, kind, start: s.start, end: s.end, selectionStart: s.start, selectionEnd: s.keywordEnd, children: [] };
}

function layerSymbol(analysis: Analysis, fabric: FabricIndex, layer: Layer, s: Statement, l10n: Localizer): SymbolData {
  const span = layer.nameSpan.start >= s.start && layer.nameSpan.end <= s.end ? layer.nameSpan : keywordSpan(s);
  return {
    name: nameOf(layer) || s.keyword,
    detail: detailOf(layer, l10n),
    kind: layer.kind,
    start: s.start,
    end: s.end,
    selectionStart: span.start,
    selectionEnd: span.end,
    children: s.block ? collect(analysis, fabric, s.block.statements, false, l10n) : [],
  };
}

function nameOf(layer: Layer): string {
  if (NAMED_KINDS.has(layer.kind)) return layer.name;
  if (layer.kind === 'os') return layer.label ?? layer.name;
  if (layer.kind === 'middleware') return layer.label ?? layer.catalogue?.name ?? layer.name;
  const product = layer.catalogue?.name ?? layer.product ?? '';
  return layer.name !== '' && layer.name !== layer.product ? `${layer.name} (${product})` : product;
}

function detailOf(layer: Layer, l10n: Localizer): string {
  const kind = l10n.t(`layerName.${layer.kind}`);
  switch (layer.kind) {
    case 'hypervisor': return layer.hypervisorType ? `${kind} · ${l10n.t(`hypervisorType.${layer.hypervisorType}`)}` : kind;
    case 'os': return layer.kernel ? `${osRole(l10n, layer)} · ${kernelName(layer.kernel)}` : osRole(l10n, layer);
    case 'vm':
    case 'container': return layer.virtualization ? `${kind} · ${l10n.t(`virtualization.${layer.virtualization}.name`)}` : kind;
    default: return kind;
  }
}

/** A foldable range by offsets: from `start`'s line to `end`'s line. */
export interface FoldingData {
  readonly start: number;
  readonly end: number;
  readonly kind?: 'comment' | 'region';
}

/** The folding ranges of a file. */
export function foldingRanges(analysis: Analysis, text: string): FoldingData[] {
  const out: FoldingData[] = [];
  const visit = (list: readonly Statement[]): void => {
    for (const s of list) {
      const b = s.block;
      if (!b) continue;
      // The closing brace stays visible when it starts its line, as in every other language.
      if (b.close >= 0 && lineEnd(text, b.open) < b.close) out.push({ start: b.open, end: startsLine(text, b.close) ? lineStart(text, b.close) - 1 : b.close });
      visit(b.statements);
    }
  };
  visit(analysis.tree.statements);
  comments(text, out);
  return out.sort((a, b) => a.start - b.start);
}

function comments(text: string, out: FoldingData[]): void {
  const regions: number[] = [];
  let run: { start: number; end: number; lines: number } | undefined;
  const flush = (): void => {
    if (run && run.lines > 1) out.push({ start: run.start, end: run.end, kind: 'comment' });
    run = undefined;
  };
  const lines = /[^\r\n]*(\r\n|\n|\r|$)/g;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const start = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    const end = start + line.length;
    const comment = /^[ \t]*#/.test(line);
    if (/^[ \t]*#\s*region\b/.test(line)) {
      flush();
      regions.push(start);
      continue;
    }
    if (/^[ \t]*#\s*endregion\b/.test(line)) {
      flush();
      const from = regions.pop();
      if (from !== undefined) out.push({ start: from, end, kind: 'region' });
      continue;
    }
    if (comment) run = run ? { ...run, end, lines: run.lines + 1 } : { start, end, lines: 1 };
    else flush();
  }
  flush();
}

/** The nested spans around an offset, innermost first, each strictly inside the next. */
export function selectionRanges(analysis: Analysis, text: string, offset: number): Span[] {
  const spans: Span[] = [];
  const add = (s: Span): void => {
    if (s.start > offset || offset > s.end) return;
    const last = spans[spans.length - 1];
    if (!last || (s.start <= last.start && s.end >= last.end && (s.start < last.start || s.end > last.end))) spans.push({ start: s.start, end: s.end });
  };
  const chain: Statement[] = [];
  let list = analysis.tree.statements;
  for (;;) {
    const s = statementAt(list, offset);
    if (!s) break;
    chain.push(s);
    if (!insideBlock(s.block, offset)) break;
    list = s.block.statements;
  }
  const inner = chain[chain.length - 1];
  if (inner && !insideBlock(inner.block, offset)) {
    if (inner.start <= offset && offset <= inner.keywordEnd) add(keywordSpan(inner));
    for (const a of inner.args) {
      if (a.start > offset || offset > a.end) continue;
      if (a.kind === 'range') for (const q of [a.low, a.high]) if (q.start <= offset && offset <= q.end) add(q);
      if (a.kind === 'string' && a.end - a.start >= 2 && text[a.end - 1] === '"') add({ start: a.start + 1, end: a.end - 1 });
      add(a);
    }
    const lastArg = inner.args[inner.args.length - 1];
    if (inner.block && lastArg) add({ start: inner.start, end: lastArg.end });
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const s = chain[i];
    const b = s.block;
    if (b && insideBlock(b, offset) && b.statements.length > 0) {
      add({ start: b.statements[0].start, end: b.statements[b.statements.length - 1].end });
    }
    add(s);
  }
  const top = analysis.tree.statements;
  if (chain.length > 0) add({ start: top[0].start, end: top[top.length - 1].end });
  add({ start: 0, end: text.length });
  return spans;
}
