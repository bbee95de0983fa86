// How the page writes the numbers it works out itself (the means and ranges of buckets, for
// tooltips, legends and tables): through the core's one formatter of each kind (core/format.ts),
// with the words the host sent in the page's strings, so that a value reads the same in the
// page's tooltips as in the host's cards and tables. Also the reduced data of the tables that
// stand in for the charts. Free of the DOM so that unit tests run it in Node.
import { fillTemplate, formatNumber, formatPercent, type Words } from '../../core/format';
import type { SimChart, SimHeatmap, SimulationStrings } from '../../shared/simulationProtocol';
import { bucketStarts, reduceSeries } from './reduce';

/** Writes one value of a chart, in the chart's unit. */
export type ValueFormat = (value: number) => string;

/** The words core/format.ts asks for, from the templates the host put in the page's strings. */
export function pageWords(strings: SimulationStrings): Words {
  const templates: Record<string, string> = { 'format.percent': strings.percent, 'format.percentBelow': strings.percentBelow };
  // An id the page was not given shows as itself, as the Localizer shows an unknown id.
  return (id, ...args) => fillTemplate(templates[id] ?? id, args);
}

/** The formatter of a chart's values: core/format.ts `formatPercent` for percentages. */
export function valueFormat(unit: string, words: Words): ValueFormat {
  return unit === '%' ? (v) => formatPercent(v, words) : (v) => `${formatNumber(v, 1)} ${unit}`;
}

/** A bucket's mean with its range, "45.3 % (min 0.0 %, max 100.0 %)", or the mean alone when the range is one value. */
export function rangeText(strings: SimulationStrings, format: ValueFormat, mean: number, min: number, max: number): string {
  return min === max ? format(mean) : fillTemplate(strings.meanMinMax, [format(mean), format(min), format(max)]);
}

/** A table that stands in for a chart: column heads, and rows that each start with a row head. */
export interface ChartTable {
  readonly head: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** Rows of a line chart's table: the run in this many spans of time. */
export const TABLE_SPANS = 24;
/** Columns of time in a heatmap's table, beside each entity's mean and peak. */
export const HEATMAP_TABLE_SPANS = 6;

/** A line chart as a table: a row per span of time (named by its start), a column per line, each cell its mean and range. */
export function lineTable(spec: SimChart, lines: SimChart['lines'], strings: SimulationStrings, format: ValueFormat): ChartTable {
  const reduced = lines.map((l) => reduceSeries(l.values, TABLE_SPANS));
  const starts = bucketStarts(spec.times.length, TABLE_SPANS);
  return {
    head: [strings.time, ...lines.map((l) => l.label)],
    rows: starts.map((p, b) => [spec.timeLabels[p] ?? '', ...reduced.map((r) => rangeText(strings, format, r.mean[b], r.min[b], r.max[b]))]),
  };
}

/** A heatmap as a table: a row per entity, busiest first, with its mean, its peak and its mean in a few spans of time. */
export function heatmapTable(heat: SimHeatmap, strings: SimulationStrings, format: ValueFormat): ChartTable {
  const starts = bucketStarts(heat.times.length, HEATMAP_TABLE_SPANS);
  return {
    head: [heat.rowsLabel, strings.mean, strings.peak, ...starts.map((c) => heat.timeLabels[c] ?? '')],
    rows: heat.rows.map((row) => [row.label, format(row.mean), format(row.peak), ...reduceSeries(row.values, HEATMAP_TABLE_SPANS).mean.map(format)]),
  };
}
