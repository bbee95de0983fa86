// The outline: every layer as a symbol, nested as the text nests them (so breadcrumbs follow
// the cursor), with the stack title and the simulate block at the top.
import type { Analysis } from '../analyze';
import { NAMED_KINDS } from '../model/schema';
import type { Layer, LayerKind } from '../model/types';
import { keywordSpan, type Statement } from '../syntax/ast';
import { osRole } from './hoverBlock';
import { layerOf } from './locate';
import { HYPERVISOR_TYPES, KERNEL_NAMES, LAYER_NAMES, type Locale, say, VIRTUALIZATION } from './texts';

/** One symbol of the outline, by offsets. */
export interface SymbolData {
  readonly name: string;
  readonly detail: string;
  readonly kind: LayerKind | 'stack' | 'simulate';
  readonly start: number;
  readonly end: number;
  /** The part to reveal and highlight: the name, product or kernel. */
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly children: SymbolData[];
}

/** The outline of the file. */
export function documentSymbols(analysis: Analysis, locale: Locale): SymbolData[] {
  return collect(analysis, analysis.tree.statements, locale);
}

function collect(analysis: Analysis, statements: readonly Statement[], locale: Locale): SymbolData[] {
  const out: SymbolData[] = [];
  for (const s of statements) {
    const key = s.keyword;
    const layer = layerOf(analysis.model, s);
    if (layer) out.push(layerSymbol(analysis, layer, s, locale));
    else if (key === 'stack' && analysis.tree.statements.includes(s)) {
      out.push(plain('stack', analysis.model.title ?? key, '', s));
    } else if (key === 'simulate' && analysis.tree.statements.includes(s)) {
      out.push(plain('simulate', key, '', s));
    }
  }
  return out;
}

function plain(kind: 'stack' | 'simulate', name: string, detail: string, s: Statement): SymbolData {
  return { name, detail, kind, start: s.start, end: s.end, selectionStart: s.start, selectionEnd: s.keywordEnd, children: [] };
}

function layerSymbol(analysis: Analysis, layer: Layer, s: Statement, locale: Locale): SymbolData {
  const span = layer.nameSpan.start >= s.start && layer.nameSpan.end <= s.end ? layer.nameSpan : keywordSpan(s);
  return {
    name: nameOf(layer) || s.keyword,
    detail: detailOf(layer, locale),
    kind: layer.kind,
    start: s.start,
    end: s.end,
    selectionStart: span.start,
    selectionEnd: span.end,
    children: s.block ? collect(analysis, s.block.statements, locale) : [],
  };
}

function nameOf(layer: Layer): string {
  if (NAMED_KINDS.has(layer.kind)) return layer.name;
  if (layer.kind === 'os') return layer.label ?? layer.name;
  if (layer.kind === 'middleware') return layer.label ?? layer.catalogue?.name ?? layer.name;
  const product = layer.catalogue?.name ?? layer.product ?? '';
  return layer.name !== '' && layer.name !== layer.product ? `${layer.name} (${product})` : product;
}

function detailOf(layer: Layer, locale: Locale): string {
  const kind = say(locale, LAYER_NAMES[layer.kind]);
  switch (layer.kind) {
    case 'hypervisor': return layer.hypervisorType ? `${kind} · ${say(locale, HYPERVISOR_TYPES[layer.hypervisorType])}` : kind;
    case 'os': return layer.kernel ? `${osRole(locale, layer)} · ${KERNEL_NAMES[layer.kernel]}` : osRole(locale, layer);
    case 'vm':
    case 'container': return layer.virtualization ? `${kind} · ${say(locale, VIRTUALIZATION[layer.virtualization].name)}` : kind;
    default: return kind;
  }
}
