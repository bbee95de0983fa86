// Text forms of what VirtStack shows, for documents (issue 15): Markdown tables of the
// simulation's summary and consolidation, and the plain-text rendering of a stack that an
// exported SVG carries in its <desc> for screen readers (made XML-safe by its writer, xml.ts).
// Pure: strings in, strings out.
import type { Layer, LayerKind, StackModel } from '../model/types';

/**
 * One cell of a GitHub-flavoured Markdown table: a backslash, `|` and `<` are escaped with a
 * backslash (so no cell ends early or opens HTML), a line break becomes `<br>` (a table row is
 * one line), and the cell is trimmed.
 */
export function markdownCell(text: string): string {
  return text
    .replace(/[\\|<]/g, (c) => `\\${c}`)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, '<br>')
    .trim();
}

/** A GitHub-flavoured Markdown table, ending in a line break; short rows are padded with empty cells. */
export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const width = Math.max(1, head.length, ...rows.map((r) => r.length));
  const line = (cells: readonly string[]): string => {
    const padded = Array.from({ length: width }, (_, i) => markdownCell(cells[i] ?? ''));
    return `| ${padded.join(' | ')} |`.replace(/ {2}\|/g, ' |');
  };
  return [line(head), `|${' --- |'.repeat(width)}`, ...rows.map(line)].join('\n') + '\n';
}

/** Most lines a description holds: a screen reader reads it out whole, so a huge stack is cut short. */
export const MAX_DESCRIPTION_LINES = 2000;

/**
 * The stack as text, one line per host and per layer, each layer indented two spaces under
 * what it runs on: `VM web (Ubuntu 24.04)`. `kinds` names the layer kinds in the reader's
 * language; `more` says how many lines were left out past MAX_DESCRIPTION_LINES (`{0}`).
 */
export function stackDescription(model: StackModel, kinds: Readonly<Record<LayerKind, string>>, more: string): string {
  const lines: string[] = [];
  let left = 0;
  const visit = (layer: Layer, depth: number): void => {
    if (lines.length >= MAX_DESCRIPTION_LINES) left++;
    else lines.push(`${'  '.repeat(depth)}${layerLine(layer, kinds)}`);
    for (const child of layer.children) visit(child, depth + 1);
  };
  for (const host of model.hosts) visit(host, 0);
  if (left > 0) lines.push(more.replace('{0}', String(left)));
  return lines.join('\n');
}

/** `Kind name`, with the display label or product in parentheses when it says more than the name. */
function layerLine(layer: Layer, kinds: Readonly<Record<LayerKind, string>>): string {
  const extra = layer.label ?? layer.catalogue?.name ?? layer.product;
  const name = layer.name.replace(/\s+/g, ' ');
  const words = extra !== undefined && extra !== layer.name ? `${name} (${extra.replace(/\s+/g, ' ')})` : name;
  return `${kinds[layer.kind]} ${words}`.trim();
}
