// The recovery timeline: a row per failed host and per workload, each time it was down a bar on
// a shared time axis. Plain DOM rather than a canvas, so that names stay text, bars take the
// keyboard's focus and say what they are, and the rows reflow at any width: bars are placed in
// percent of their track, and only the axis's labels, which must not overlap, are placed again
// in pixels when the width changes (the tick sets the line charts pick from, ticks.ts).
import type { SimTimeline } from '../../shared/simulationProtocol';
import { pickTicks } from './ticks';

/** The timeline in a frame; places its axis labels again for a new width. */
export class RecoveryTimeline {
  private readonly axis: HTMLElement;
  private width = -1;

  constructor(
    frame: HTMLElement,
    private readonly spec: SimTimeline,
    private readonly measure: (label: string) => number,
  ) {
    const rows = document.createElement('ul');
    rows.className = 'tl';
    const readout = document.createElement('p');
    readout.className = 'muted tl-readout';
    readout.hidden = true;
    for (const row of spec.rows) {
      const item = document.createElement('li');
      item.dataset.kind = row.kind;
      const name = document.createElement('span');
      name.className = 'tl-label';
      name.textContent = row.label;
      name.title = row.label;
      const track = document.createElement('span');
      track.className = 'tl-track';
      for (const s of row.spans) {
        const bar = document.createElement('span');
        bar.className = `tl-bar ${row.kind === 'host' ? 'host' : 'down'}${s.back ? '' : ' lost'}`;
        bar.style.left = `${(100 * s.from) / spec.end}%`;
        bar.style.width = `${(100 * (s.to - s.from)) / spec.end}%`;
        // Each bar is a stop of the keyboard and names itself; focused, it is also written under the chart.
        bar.tabIndex = 0;
        bar.setAttribute('role', 'img');
        bar.setAttribute('aria-label', s.text);
        bar.title = s.text;
        bar.addEventListener('focus', () => {
          readout.textContent = s.text;
          readout.hidden = false;
        });
        bar.addEventListener('blur', () => (readout.hidden = true));
        track.append(bar);
      }
      item.append(name, track);
      rows.append(item);
    }
    // The axis sits under the tracks, in the same columns as the rows.
    const axisRow = document.createElement('div');
    axisRow.className = 'tl-axis';
    axisRow.setAttribute('aria-hidden', 'true');
    this.axis = document.createElement('span');
    this.axis.className = 'tl-ticks';
    axisRow.append(document.createElement('span'), this.axis);
    const legend = document.createElement('ul');
    legend.className = 'tl-legend';
    for (const [kind, text] of [['host', spec.legend.host], ['down', spec.legend.down], ['down lost', spec.legend.notBack]] as const) {
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = `tl-bar ${kind}`;
      item.append(swatch, document.createTextNode(text));
      legend.append(item);
    }
    frame.append(rows, axisRow, legend, readout);
  }

  /** Places the axis's labels again if the axis's width changed. */
  refit(): void {
    const width = this.axis.clientWidth;
    if (width === this.width) return;
    this.width = width;
    const shown = pickTicks(this.spec.ticks, this.spec.end, width, this.measure);
    const labels: HTMLElement[] = [];
    let right = -Infinity;
    shown.at.forEach((t, i) => {
      const text = shown.labels[i];
      const w = this.measure(text);
      // Centred on its tick, but kept inside the axis; a label pushed onto its neighbour is left out.
      const from = Math.min(Math.max(0, (t / this.spec.end) * width - w / 2), width - w);
      if (from < right) return;
      right = from + w;
      const label = document.createElement('span');
      label.className = 'tl-tick';
      label.textContent = text;
      label.style.left = `${from}px`;
      labels.push(label);
    });
    this.axis.replaceChildren(...labels);
  }

  destroy(): void {
    this.axis.replaceChildren();
  }
}
