// The model as diagrams: one mermaid source per host, so the preview can render only the hosts
// an edit touched and cache each by its source, and one combined source for exports.
import type { StackModel } from '../model/types';
import { fabricBands } from './fabric';
import { layoutHost } from './grid';
import { combinedSource, hostSource } from './mermaid';
import { LEGEND_ORDER, type ThemeKind } from './palette';
import { DEFAULT_DIAGRAM_OPTIONS } from './strings';
import type { DiagramOptions, HostDiagram, HostGrid, LegendEntry, StackDiagrams } from './types';

/** Lays out every host of the model; host keys are their names, numbered when a name repeats. */
export function layoutStack(model: StackModel, options: DiagramOptions = DEFAULT_DIAGRAM_OPTIONS): HostGrid[] {
  const seen = new Map<string, number>();
  const bands = fabricBands(model, options);
  return model.hosts.map((host) => {
    const n = seen.get(host.name) ?? 0;
    seen.set(host.name, n + 1);
    return layoutHost(host, n === 0 ? host.name : `${host.name}#${n}`, options, bands.get(host));
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
  return { title: model.title, hosts, legend: legendOf(grids, options), blockCount: grids.reduce((n, g) => n + g.cells.length, 0) };
}

/** The kinds that occur, bottom to top, with their names (the fabric's name their kind of virtualization). */
export function legendOf(grids: readonly HostGrid[], options: DiagramOptions): LegendEntry[] {
  const used = new Set<string>();
  for (const g of grids) for (const c of g.cells) used.add(c.style);
  const s = options.strings;
  return LEGEND_ORDER.filter((k) => used.has(k)).map((k) => ({ style: k, label: k === 'cluster' || k === 'pool' || k === 'switch' ? s.fabric[k] : k === 'function' ? s.nfv : s.kinds[k] }));
}

/**
 * The whole stack as one diagram, coloured for a theme: what "Copy as Mermaid Markdown" puts on
 * the clipboard, and what a preview without per-host rendering would have to draw on every edit.
 */
export function stackSource(model: StackModel, theme: ThemeKind = 'light', options: DiagramOptions = DEFAULT_DIAGRAM_OPTIONS): string {
  const grids = layoutStack(model, options);
  return combinedSource(grids, model.title, legendOf(grids, options), { maxLineLength: options.maxLineLength, palette: theme });
}

/** A fenced mermaid block that GitHub and Markdown previews with mermaid support render. */
export function mermaidMarkdown(source: string): string {
  return `\`\`\`mermaid\n${source}\`\`\`\n`;
}
