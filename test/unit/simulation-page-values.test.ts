// What the results page draws numbers and data with, in Node: the colour-blind-safe colours
// (src/webview/simulation/theme.ts), the numbers the page formats itself through the core's
// formatters with the host's words (values.ts), and the tables that stand in for the charts.
import * as assert from 'node:assert/strict';
import { formatPercent, type Words } from '../../src/core/format';
import { english, simulationStrings } from '../../src/extension/simulation/view';
import type { SimChart, SimHeatmap } from '../../src/shared/simulationProtocol';
import { linePalette, MAX_LINES, rampColour, withAlpha } from '../../src/webview/simulation/theme';
import { heatmapTable, lineTable, pageWords, rangeText, valueFormat } from '../../src/webview/simulation/values';
import { KOREAN } from './bundles';

// Okabe & Ito, "Color Universal Design" (2008): black, orange, sky blue, bluish green, yellow, blue, vermillion, reddish purple.
const OKABE_ITO = ['#000000', '#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7'];
const hex = ([r, g, b]: [number, number, number]): string => `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

describe('simulation page: colours', () => {
  it('gives each background seven different Okabe–Ito colours, leaving out the one it hides', () => {
    for (const [brightness, hidden] of [['light', '#F0E442'], ['dark', '#000000']] as const) {
      const palette = linePalette(brightness);
      assert.equal(palette.length, MAX_LINES);
      assert.equal(MAX_LINES, 7);
      assert.equal(new Set(palette).size, palette.length);
      assert.deepEqual(palette.filter((c) => !OKABE_ITO.includes(c)), []);
      assert.ok(!palette.includes(hidden));
    }
  });

  it('runs the heatmap\'s ramp through viridis: #440154 at 0, #21918C at the middle, #FDE725 at 1', () => {
    // viridis(11) of the R package: its first, sixth and last colours.
    assert.equal(hex(rampColour(0)), '#440154');
    assert.equal(hex(rampColour(0.5)), '#21918C');
    assert.equal(hex(rampColour(1)), '#FDE725');
    // Outside 0..1 and NaN (no data) take the ends.
    assert.equal(hex(rampColour(-3)), '#440154');
    assert.equal(hex(rampColour(7)), '#FDE725');
    assert.equal(hex(rampColour(NaN)), '#440154');
  });

  it('makes the ramp brighter all the way, so that its order survives in greyscale', () => {
    // Relative luminance of sRGB (WCAG 2.x): its rise along the ramp is what viridis was designed for.
    const lin = (c: number): number => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    const luminance = ([r, g, b]: [number, number, number]): number => 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    let last = -1;
    for (let i = 0; i <= 200; i++) {
      const l = luminance(rampColour(i / 200));
      assert.ok(l > last, `luminance falls at ${i / 200}: ${l} after ${last}`);
      last = l;
    }
  });

  it('writes a colour with an alpha as CSS rgba()', () => {
    assert.equal(withAlpha('#0072B2', 0.2), 'rgba(0, 114, 178, 0.2)');
  });
});

describe('simulation page: numbers it formats itself', () => {
  const strings = simulationStrings(english);

  it('formats percentages as the host does (core/format.ts), in English and in Korean', () => {
    const en: Words = (id, ...args) => english(id, ...args);
    const format = valueFormat('%', pageWords(strings));
    for (const x of [0, 0.04, 3.49, 28.46, 100]) assert.equal(format(x), formatPercent(x, en));
    // The rule: one decimal, "< 0.1 %" for what would round to nothing.
    assert.deepEqual([0, 0.04, 3.49, 100].map(format), ['0.0 %', '< 0.1 %', '3.5 %', '100.0 %']);
    const ko = valueFormat('%', pageWords(simulationStrings((id, ...args) => KOREAN.t(id, ...args))));
    assert.equal(ko(0.04), '0.1 % 미만');
  });

  it('gives a bucket its range only when its points differ', () => {
    const format = valueFormat('%', pageWords(strings));
    assert.equal(rangeText(strings, format, 13.3, 0, 100), '13.3 % (min 0.0 %, max 100.0 %)');
    assert.equal(rangeText(strings, format, 50, 50, 50), '50.0 %');
  });
});

describe('simulation page: tables in place of charts', () => {
  const strings = simulationStrings(english);
  const format = valueFormat('%', pageWords(strings));

  it('writes a line chart as 24 spans of time, each line\'s mean and range', () => {
    // 48 points an hour apart: each of the 24 spans holds two.
    const times = Array.from({ length: 48 }, (_, p) => p * 3600);
    const spec: SimChart = {
      id: 'hosts', title: 'CPU', unit: '%', times, timeLabels: times.map((t) => `T${t / 3600}`), end: 48 * 3600, ticks: [],
      lines: [{ label: 'hardware a', values: times.map((_, p) => (p % 2 === 0 ? 10 : 30)) }, { label: 'hardware b', values: times.map(() => 5) }],
    };
    const t = lineTable(spec, spec.lines, strings, format);
    assert.deepEqual(t.head, ['Time', 'hardware a', 'hardware b']);
    assert.equal(t.rows.length, 24);
    assert.deepEqual(t.rows[1], ['T2', '20.0 % (min 10.0 %, max 30.0 %)', '5.0 %']);
  });

  it('writes a heatmap as a row per entity with its mean, its peak and six spans of time', () => {
    const heat: SimHeatmap = {
      times: [0, 60, 120, 180, 240, 300, 360, 420, 480, 540, 600, 660], timeLabels: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'],
      rowsLabel: 'VMs and containers', note: '', linesLabel: '',
      rows: [{ label: 'VM x', values: [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 100], mean: 54.2, peak: 100 }],
    };
    const t = heatmapTable(heat, strings, format);
    assert.deepEqual(t.head, ['VMs and containers', 'Mean', 'Peak', 'a', 'c', 'e', 'g', 'i', 'k']);
    assert.deepEqual(t.rows, [['VM x', '54.2 %', '100.0 %', '5.0 %', '25.0 %', '45.0 %', '65.0 %', '85.0 %', '100.0 %']]);
  });
});
