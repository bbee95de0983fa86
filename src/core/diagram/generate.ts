// The model as diagrams: one mermaid source per host, so the preview can render only the hosts
// an edit touched and cache each by its source, and one combined source for exports.
import type { StackModel } from '../model/types';
import { clusterLines, fabricBands, fabricSpan, keysOf } from './fabric';
import { layoutHost } from './grid';
import { combinedSource, hostSource } from './mermaid';
import { LEGEND_ORDER, type ThemeKind } from './palette';
import { DEFAULT_DIAGRAM_OPTIONS } from './strings';
import type { DiagramFrame, DiagramOptions, HostDiagram, HostGrid, LegendEntry, StackDiagrams } from './types';

/**
 * Lays out every host of the model; host keys are their names, numbered when a name repeats.
 * `clusterBands`: a cluster is a band under each of its hosts (the combined source), instead of
 * the frame around them that the preview's page draws (`clusterFrames`).
 */
export function layoutStack(model: StackModel, options: DiagramOptions = DEFAULT_DIAGRAM_OPTIONS, clusterBands = false): HostGrid[] {
  const seen = new Map<string, number>();
  const bands = fabricBands(model, options, clusterBands);
  return model.hosts.map((host) => {
    const n = seen.get(host.name) ?? 0;
    seen.set(host.name, n + 1);
    return layoutHost(host, n === 0 ? host.name : `${host.name}#${n}`, options, bands.under.get(host), bands.above);
  });
}

/** One diagram per host and the legend of the layer kinds that occur. */
export function stackDiagrams(model: StackModel, options: DiagramOptions = DEFAULT_DIAGRAM_OPTIONS): StackDiagrams {
  const grids = layoutStack(model, options);
  const hosts: HostDiagram[] = grids.map((g) => ({
    key: g.key,
    name: g.name,
    source: hostSource(g, { maxLineLength: options.maxLineLength }),
    blocks: g.cells.map((c) => ({ id: c.id, key: c.key, style: c.style, lines: c.lines, source: c.source })),
  }));
  const frames = clusterFrames(model, grids, options);
  return { title: model.title, hosts, frames, legend: legendOf(grids, options, frames.length > 0), blockCount: grids.reduce((n, g) => n + g.cells.length, 0) };
}

/**
 * Each cluster with hosts as a frame around them, captioned with its name and admission policy;
 * `grids` are the model's hosts laid out, in the same order.
 */
export function clusterFrames(model: StackModel, grids: readonly HostGrid[], options: DiagramOptions): DiagramFrame[] {
  if (model.clusters.length === 0) return [];
  const index = new Map(model.hosts.map((h, i) => [h, i]));
  const keys = keysOf(model.clusters, 'cluster');
  const frames: DiagramFrame[] = [];
  model.clusters.forEach((c, i) => {
    // A cluster's hosts are hosts of the model; the filter only guards against a model that is not.
    const hosts = c.hosts.filter((h) => index.has(h)).map((h) => grids[index.get(h)!].key);
    if (hosts.length > 0) frames.push({ key: keys[i], lines: clusterLines(c, options.strings), hosts, source: fabricSpan(c) });
  });
  return frames;
}

/**
 * The kinds that occur, bottom to top, with their names (the fabric's name their kind of
 * virtualization); `framed`: a cluster's frame is drawn, and the legend names it.
 */
export function legendOf(grids: readonly HostGrid[], options: DiagramOptions, framed = false): LegendEntry[] {
  const used = new Set<string>();
  if (framed) used.add('cluster');
  for (const g of grids) for (const c of g.cells) used.add(c.style);
  const s = options.strings;
  return LEGEND_ORDER.filter((k) => used.has(k)).map((k) => ({ style: k, label: k === 'cluster' || k === 'pool' || k === 'switch' ? s.fabric[k] : k === 'function' ? s.nfv : s.kinds[k] }));
}

/**
 * The whole stack as one diagram, coloured for a theme: what "Copy as Mermaid Markdown" puts on
 * the clipboard, and what a preview without per-host rendering would have to draw on every edit.
 * Clusters stay bands under their hosts here, not frames: mermaid (12.3) nests blocks in a
 * composite block (`block:ID … end`) but lays its children out ignoring their column spans and
 * gives every child of a level the height of the tallest, so a host drawn inside a frame loses
 * the spans that make it a stack (the hardware under all its VMs) and the legend swells to the
 * height of the hosts. The page draws the frames itself (slots.ts).
 */
export function stackSource(model: StackModel, theme: ThemeKind = 'light', options: DiagramOptions = DEFAULT_DIAGRAM_OPTIONS): string {
  const grids = layoutStack(model, options, true);
  return combinedSource(grids, model.title, legendOf(grids, options), { maxLineLength: options.maxLineLength, palette: theme });
}

/** A fenced mermaid block that GitHub and Markdown previews with mermaid support render. */
export function mermaidMarkdown(source: string): string {
  return `\`\`\`mermaid\n${source}\`\`\`\n`;
}
