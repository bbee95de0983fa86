// Lays a host out as the article draws its layer tables: every layer is a block that spans
// the columns of everything standing on it, rows counted from the hardware up, one column per
// VM, container or app at the top. Nested virtualization stays inside its VM's columns. Block
// diagrams only know horizontal spans, so a flat grid with `space` gaps is the honest shape.
import type { Span } from '../diagnostics';
import type { Layer } from '../model/types';
import { labelLines } from './labels';
import type { FabricBand } from './fabric';
import type { BlockStyle, DiagramOptions, GridCell, HostGrid } from './types';
import { segmentsOf, wrapCells } from './wrap';

type CaptionKind = 'hypervisor' | 'host-os' | 'container' | 'sandboxed' | 'bare-metal' | 'unknown' | 'invalid';

const NO_SWITCHES: ReadonlyMap<Layer, readonly FabricBand[]> = new Map();

/**
 * Lays out one host; `key` identifies the host within its file. `bands` (fabric.ts) are its
 * pools (and, in the combined source, its cluster), bottom to top, drawn as rows under the hardware across all its columns; `above` holds
 * the switches of its hypervisors and OSes, each drawn as a row right above the layer that runs
 * it, across that layer's columns, with the layer's children standing on it.
 */
export function layoutHost(host: Layer, key: string, options: DiagramOptions, bands: readonly FabricBand[] = [], above: ReadonlyMap<Layer, readonly FabricBand[]> = NO_SWITCHES): HostGrid {
  const widths = new Map<Layer, number>();
  const width = (l: Layer): number => {
    let w = widths.get(l);
    if (w === undefined) {
      w = 0;
      for (const c of l.children) w += width(c);
      w = Math.max(1, w);
      widths.set(l, w);
    }
    return w;
  };
  const cells: GridCell[] = [];
  const paths = new Map<Layer, string>();
  let topRow = 0;
  const place = (layer: Layer, row: number, column: number, path: string, nested: boolean): void => {
    paths.set(layer, path);
    cells.push({
      id: `b${cells.length}`, row, column, span: width(layer), style: styleOf(layer), lines: labelLines(layer, options),
      key: path, source: headerSpan(layer), nested, continued: false,
    });
    // Switches between the layer that runs them and its VMs or containers, as the literature draws a vSwitch.
    const switches = above.get(layer) ?? [];
    switches.forEach((band, i) => {
      cells.push({
        id: `b${cells.length}`, row: row + 1 + i, column, span: width(layer), style: band.style, lines: band.lines,
        key: band.key, source: band.source, nested, continued: false,
      });
    });
    const childRow = row + 1 + switches.length;
    topRow = Math.max(topRow, childRow - 1);
    let c = column;
    const seen = new Map<string, number>();
    for (const child of layer.children) {
      place(child, childRow, c, `${path}/${segment(child, seen)}`, nested || (layer.kind === 'vm' && child.kind === 'hypervisor'));
      c += width(child);
    }
  };
  // The pools' rows come first, at the bottom: a host with none is laid out exactly as before.
  bands.forEach((band, row) => {
    cells.push({
      id: `b${cells.length}`, row, column: 0, span: width(host), style: band.style, lines: band.lines,
      key: band.key, source: band.source, nested: false, continued: false, ...(band.repeated ? { repeated: true } : {}),
    });
  });
  place(host, bands.length, 0, segment(host, new Map()), false);
  const captions = captionCells(host, width, paths, topRow + 1, cells.length, options);
  // A loop, not push(...captions): a host can have more captions than a call has room for arguments.
  for (const caption of captions) cells.push(caption);
  // A host wider than the panel's budget wraps into bands; one that fits is left exactly as it was.
  if (options.maxColumns !== undefined && width(host) > options.maxColumns) {
    const wrapped = wrapCells(cells, segmentsOf(host, width, options.maxColumns));
    return { key, name: host.name, ...wrapped };
  }
  return { key, name: host.name, columns: width(host), rows: topRow + 1 + (captions.length > 0 ? 1 : 0), cells };
}

/** A VM or container that is a network function (NFV, issue 14) is drawn in its own colour; every other layer in its kind's. */
function styleOf(layer: Layer): BlockStyle {
  return (layer.kind === 'vm' || layer.kind === 'container') && layer.props.function ? 'function' : layer.kind;
}

/** `vm:web`, numbered when a sibling has the same kind and name. */
function segment(layer: Layer, seen: Map<string, number>): string {
  const base = `${layer.kind}:${layer.name || layer.product || ''}`;
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}#${n}`;
}

/** The declaration line of a layer: its keyword up to its last argument, without the block. */
export function headerSpan(layer: Layer): Span {
  const s = layer.statement;
  const last = s.args[s.args.length - 1];
  return { start: s.start, end: last ? last.end : s.keywordEnd };
}

/**
 * One caption per branch of the host, above its columns: each hypervisor or runtime on the
 * hardware or on its host OS, and the apps that run on the host OS without virtualization.
 */
function captionCells(host: Layer, width: (l: Layer) => number, paths: ReadonlyMap<Layer, string>, row: number, firstId: number, options: DiagramOptions): GridCell[] {
  const s = options.strings;
  const text: Record<CaptionKind, string> = {
    hypervisor: s.captionHypervisor, 'host-os': s.captionHostOs, container: s.captionContainer,
    sandboxed: s.captionSandboxed, 'bare-metal': s.captionBareMetal, unknown: s.captionUnknown, invalid: s.captionInvalid,
  };
  const out: GridCell[] = [];
  let column = 0;
  let lastKind: CaptionKind | undefined;
  const visit = (layer: Layer, onHostOs: boolean): void => {
    const start = column;
    const kind = captionKind(layer, onHostOs);
    if (!kind && layer.kind === 'os' && !onHostOs) {
      for (const c of layer.children) visit(c, true);
      column = start + width(layer);
      return;
    }
    column = start + width(layer);
    const previous = out[out.length - 1];
    // Apps side by side on one host OS share one caption.
    if (kind === 'bare-metal' && lastKind === 'bare-metal' && previous && previous.column + previous.span === start) {
      out[out.length - 1] = { ...previous, span: previous.span + width(layer) };
      return;
    }
    lastKind = kind;
    if (!kind) return;
    out.push({
      id: `b${firstId + out.length}`, row, column: start, span: width(layer), style: 'caption', lines: [text[kind]],
      key: `caption:${paths.get(layer) ?? ''}`, source: headerSpan(layer), nested: false, continued: false,
    });
  };
  for (const c of host.children) visit(c, false);
  return out;
}

function captionKind(layer: Layer, onHostOs: boolean): CaptionKind | undefined {
  switch (layer.kind) {
    // A branch in a place its kind cannot stand (VS200, VS201, a runtime with no OS kernel) is
    // not that kind of virtualization: its caption says so instead of naming one (issue 13).
    case 'hypervisor':
      if (layer.hypervisorType === 1) return onHostOs ? 'invalid' : 'hypervisor';
      if (layer.hypervisorType === 2) return onHostOs ? 'host-os' : 'invalid';
      return 'unknown';
    case 'runtime': {
      if (!onHostOs) return 'invalid';
      const c = layer.catalogue;
      return c?.role === 'runtime' && c.isolation !== 'shared' ? 'sandboxed' : 'container';
    }
    case 'middleware':
    case 'app':
    case 'job':
      return onHostOs ? 'bare-metal' : undefined;
    default:
      return undefined;
  }
}
