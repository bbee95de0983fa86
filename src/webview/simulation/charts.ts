// Chart.js, registered with only what the page uses so that the bundle stays small, and the
// two kinds of chart the page draws: lines over time and grouped bars.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import type { SimChart } from '../../shared/simulationProtocol';
import type { ChartTheme } from './theme';

Chart.register(LineController, LineElement, PointElement, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

/** The axis label of a time: 13:05, or d2 13:05 from the second day on. */
export function timeLabel(seconds: number): string {
  const day = Math.floor(seconds / 86400);
  const hm = [Math.floor((seconds % 86400) / 3600), Math.floor((seconds % 3600) / 60)].map((x) => String(x).padStart(2, '0')).join(':');
  const s = Math.floor(seconds % 60);
  return (day > 0 ? `d${day + 1} ` : '') + hm + (s > 0 ? `:${String(s).padStart(2, '0')}` : '');
}

function base(theme: ChartTheme): object {
  Chart.defaults.color = theme.foreground;
  Chart.defaults.font.family = theme.font;
  Chart.defaults.font.size = theme.fontSize;
  Chart.defaults.borderColor = theme.grid;
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    plugins: {
      legend: { position: 'bottom', labels: { boxWidth: 14, color: theme.foreground } },
      tooltip: { backgroundColor: theme.tooltipBackground, borderColor: theme.tooltipBorder, borderWidth: 1, titleColor: theme.foreground, bodyColor: theme.foreground },
    },
  };
}

/** A line chart of values over time, one line per series, with a shared tooltip. */
export function lineChart(canvas: HTMLCanvasElement, spec: SimChart, theme: ChartTheme): Chart {
  const colours = theme.series;
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels: spec.times.map(timeLabel),
      datasets: spec.lines.map((line, i) => ({
        label: line.label,
        data: [...line.values],
        borderColor: colours[i % colours.length],
        backgroundColor: colours[i % colours.length],
        // Past six lines the colours repeat, dashed, so that every line stays distinguishable.
        borderDash: i >= colours.length ? [6, 3] : [],
        borderWidth: theme.highContrast ? 2.5 : 1.5,
        pointRadius: 0,
        pointHoverRadius: 3,
        tension: 0,
      })),
    },
    options: {
      ...base(theme),
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { ticks: { maxTicksLimit: 12, autoSkip: true, maxRotation: 0 }, grid: { color: theme.grid } },
        y: { min: 0, suggestedMax: spec.max, title: { display: true, text: spec.unit }, grid: { color: theme.grid } },
      },
      plugins: {
        ...(base(theme) as { plugins: object }).plugins,
        tooltip: {
          ...((base(theme) as { plugins: { tooltip: object } }).plugins.tooltip),
          callbacks: { label: (item) => `${item.dataset.label ?? ''}: ${Number(item.raw).toLocaleString()} ${spec.unit}` },
        },
      },
    },
  });
}

/** Grouped bars: one group per category, one bar per series. */
export function barChart(canvas: HTMLCanvasElement, categories: readonly string[], series: readonly { label: string; values: readonly number[] }[], yTitle: string, theme: ChartTheme): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: [...categories],
      datasets: series.map((s, i) => ({
        label: s.label,
        data: [...s.values],
        backgroundColor: theme.series[i % theme.series.length],
        borderColor: theme.highContrast ? theme.foreground : theme.series[i % theme.series.length],
        borderWidth: theme.highContrast ? 2 : 0,
      })),
    },
    options: {
      ...base(theme),
      scales: {
        x: { grid: { display: false } },
        y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: yTitle }, grid: { color: theme.grid } },
      },
    },
  });
}
