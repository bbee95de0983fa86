// The results page's DOM: a header with the status and actions, summary cards, the charts, the
// consolidation table with its bar chart, jobs, isolation, the recovery from host failures (when
// the run has any), events and assumptions. Each `show`
// replaces the content in place; the status line changes on its own while a run is going, and
// is the page's only live region. Every chart has a table under it, for screen readers and
// keyboards; charts fit their data to their width again whenever the page's width changes.
import type { Words } from '../../core/format';
import type { SimChart, SimRecovery, SimRecoveryPart, SimTable, SimulationStatus, SimulationStrings, SimulationView } from '../../shared/simulationProtocol';
import { exportChart, type Picture } from './chartExport';
import { barChart, lineChart, measurer } from './charts';
import { chartPicture } from './chartSvg';
import { Heatmap } from './heatmap';
import { type ChartTheme, chartTheme } from './theme';
import { RecoveryTimeline } from './timeline';
import { type ChartTable, heatmapTable, lineTable, pageWords, valueFormat } from './values';

/** Something drawn to the page's width: fitted again when the width changes, destroyed on a redraw. */
interface Drawn {
  refit(): void;
  destroy(): void;
  /** The chart as a picture to export, for a chart that has export buttons. */
  readonly picture?: Picture;
}

/** Sends what the user did on the page to the host. */
export interface PageActions {
  rerun(): void;
  cancel(): void;
  reveal(start: number, end: number): void;
  /** Copy the summary or the consolidation table as Markdown (issue 15). */
  copyMarkdown(part: 'summary' | 'consolidation'): void;
  /** A chart's drawing, to save as SVG or PNG. */
  exportChart(format: 'svg' | 'png', name: string, data: string): void;
}

/** The page. */
export class ResultsPage {
  private readonly header: HTMLElement;
  private readonly statusLine: HTMLElement;
  private readonly statusText: HTMLElement;
  private readonly goTo: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly body: HTMLElement;
  private drawn: Drawn[] = [];
  private view?: SimulationView;
  private at?: { start: number; end: number };
  private readonly words: Words;
  /** Charts the user switched from their heatmap to lines, by id; kept across new results. */
  private readonly asLines = new Set<string>();

  constructor(
    root: HTMLElement,
    private readonly strings: SimulationStrings,
    private readonly actions: PageActions,
    title?: string,
  ) {
    this.header = el('header', 'head');
    // Until results arrive the heading names the file, so that a first run that was refused still says what it refused.
    if (title) this.header.append(el('h1', '', title));
    this.statusLine = el('div', 'status');
    this.statusLine.setAttribute('role', 'status');
    this.statusText = el('span', 'status-text');
    this.goTo = button(strings.goToSource, 'link', () => this.at && actions.reveal(this.at.start, this.at.end));
    this.cancelButton = button(strings.cancel, 'secondary', () => actions.cancel());
    const rerun = button(strings.rerun, 'primary', () => actions.rerun());
    this.statusLine.append(this.statusText, this.goTo, this.cancelButton, rerun);
    this.body = el('div', 'body');
    root.append(this.header, this.statusLine, this.body);
    this.words = pageWords(strings);
    this.setStatus({ state: 'idle' });
    // Once a frame, however often the width changes while a panel is dragged.
    let pending = 0;
    new ResizeObserver(() => {
      if (pending === 0) pending = requestAnimationFrame(() => {
        pending = 0;
        for (const d of this.drawn) d.refit();
      });
    }).observe(this.body);
  }

  /** Shows the run's state above the results. */
  setStatus(status: SimulationStatus): void {
    this.statusLine.dataset.state = status.state;
    const text = status.message ?? (status.state === 'idle' && !this.view ? this.strings.noResults : '');
    this.statusText.textContent = text;
    this.statusLine.toggleAttribute('data-quiet', text === '');
    this.at = status.at;
    this.goTo.hidden = !status.at;
    this.goTo.textContent = status.state === 'refused' ? this.strings.goToError : this.strings.goToSource;
    this.cancelButton.hidden = status.state !== 'running';
  }

  /** Replaces the results; returns how many charts were drawn. */
  show(view: SimulationView, focus?: 'consolidation'): number {
    this.view = view;
    this.header.replaceChildren(el('h1', '', view.title), el('p', 'subtitle', view.subtitle));
    this.draw();
    if (focus === 'consolidation') document.getElementById('consolidation')?.scrollIntoView({ block: 'start' });
    return this.drawn.length;
  }

  /** Draws the current view again, e.g. in a new theme's colours. */
  redraw(): void {
    if (this.view) this.draw();
  }

  private draw(): void {
    const view = this.view!;
    for (const d of this.drawn) d.destroy();
    this.drawn = [];
    const theme = chartTheme();
    const s = this.strings;
    const sections: HTMLElement[] = [];

    const cards = el('div', 'cards');
    for (const c of view.cards) {
      const card = el('div', c.alert ? 'card alert' : 'card');
      card.title = c.hint;
      card.append(el('div', 'card-label', c.label), el('div', 'card-value', c.value), el('div', 'card-hint', c.hint));
      cards.append(card);
    }
    sections.push(section('summary', s.summary, cards, [button('Markdown', 'secondary copy-md', () => this.actions.copyMarkdown('summary'), s.copySummary)]));

    const charts = el('div', 'charts');
    for (const spec of view.charts) charts.append(this.chartFigure(spec, theme));
    sections.push(section('charts', s.charts, charts));

    if (view.consolidation) {
      const c = view.consolidation;
      const { box, canvas } = chartBox(c.caption, c.note);
      box.classList.add('bars');
      const content = el('div', 'consolidation');
      content.append(table(c.table, s.consolidation), box);
      sections.push(section('consolidation', s.consolidation, content, [button('Markdown', 'secondary copy-md', () => this.actions.copyMarkdown('consolidation'), s.copyConsolidation)]));
      // The table beside the bars is their table: they show its two server columns.
      const bars = barChart(canvas, c.kinds, [{ label: s.ffd, values: c.ffd }, { label: s.bfd, values: c.bfd }], s.servers, theme);
      const picture = chartPicture(bars);
      this.exportButtons(box.querySelector('figcaption') ?? box, () => picture, c.caption, c.table.rows.map((r) => r.join(', ')).join('\n'));
      this.drawn.push({ refit: () => undefined, destroy: () => bars.destroy(), picture });
    }
    if (view.jobs) sections.push(section('jobs', s.jobs, table(view.jobs, s.jobs)));
    if (view.isolation) sections.push(section('isolation', s.isolation, table(view.isolation, s.isolation)));
    if (view.recovery) sections.push(section('recovery', s.recovery, this.recovery(view.recovery, theme)));

    const events = el('ol', 'events');
    for (const e of view.events) {
      const item = el('li', e.alert ? 'alert' : '');
      const jump = button(`${e.time}  ${e.text}`, 'event', () => this.actions.reveal(e.start, e.end));
      jump.title = s.goToSource;
      item.append(jump);
      events.append(item);
    }
    const eventBody = el('div');
    eventBody.append(view.events.length > 0 ? events : el('p', 'muted', s.noEvents));
    if (view.eventsNote) eventBody.append(el('p', 'muted', view.eventsNote));
    sections.push(section('events', s.events, eventBody));

    if (view.notes.length > 0) {
      const list = el('ul', 'notes');
      for (const n of view.notes) list.append(el('li', '', n));
      sections.push(section('notes', s.notes, list));
    }
    this.body.replaceChildren(...sections);
    // Charts are made before their figures are in the page, which has no width for them yet.
    for (const d of this.drawn) d.refit();
  }

  /**
   * The recovery section: a line of totals, the timeline with its table, then downtime per
   * workload, what did not come back, the failures, the storage pools they degraded (when the
   * file has pools) and the comparison of kinds, each a table.
   */
  private recovery(rec: SimRecovery, theme: ChartTheme): HTMLElement {
    const body = el('div', 'recovery');
    body.append(el('p', 'recovery-summary', rec.summary));
    const tl = rec.timeline;
    const figure = el('figure', 'chart wide timeline');
    const caption = el('figcaption');
    caption.append(el('span', 'title', tl.title));
    const frame = el('div', 'tl-frame');
    figure.append(caption, frame);
    if (tl.note) figure.append(el('p', 'muted', tl.note));
    const details = el('details', 'table-alt');
    details.append(el('summary', '', this.strings.showAsTable));
    details.ontoggle = () => {
      if (details.open && !details.querySelector('.table')) details.append(table(tl.table, tl.title));
    };
    figure.append(details);
    body.append(figure);
    const drawn = new RecoveryTimeline(frame, tl, measurer(theme));
    this.drawn.push(drawn);
    const part = (p: SimRecoveryPart, className: string): void => {
      const box = el('div', `recovery-part ${className}`);
      box.append(el('h3', '', p.title), table(p.table, p.title));
      if (p.note) box.append(el('p', 'muted', p.note));
      body.append(box);
    };
    part(rec.workloads, 'workloads');
    if (rec.notBack) part(rec.notBack, 'not-back');
    part(rec.failures, 'failures');
    if (rec.pools) part(rec.pools, 'pools');
    part(rec.comparison, 'comparison');
    return body;
  }

  /** Adds a chart's SVG and PNG buttons; `shown` finds the picture the chart shows now. */
  private exportButtons(where: HTMLElement, shown: () => Picture | undefined, title: string, desc: string): void {
    chartButtons(where, this.strings, (format) => {
      const picture = shown();
      if (picture) this.actions.exportChart(format, title, exportChart(picture, format, title, desc));
    });
  }

  /**
   * A chart of lines over time with its title, its note and its table; a chart that carries a
   * heatmap shows that first, with a button that swaps it for the busiest few lines and back.
   */
  private chartFigure(spec: SimChart, theme: ChartTheme): HTMLElement {
    const s = this.strings;
    const format = valueFormat(spec.unit, this.words);
    const figure = el('figure', spec.heatmap ? 'chart wide' : 'chart');
    const caption = el('figcaption');
    caption.append(el('span', 'title', spec.title));
    const frame = el('div', 'frame');
    const note = el('p', 'muted');
    const details = el('details', 'table-alt');
    details.append(el('summary', '', s.showAsTable));
    figure.append(caption, frame, note, details);
    // The buttons export whatever the frame shows now: the lines or the heatmap.
    this.exportButtons(caption, () => drawn?.picture, spec.title, `${spec.title} (${spec.unit}): ${spec.lines.map((l) => l.label).join(', ')}`);
    const toggle = spec.heatmap ? button('', 'secondary toggle', () => {
      if (this.asLines.has(spec.id)) this.asLines.delete(spec.id);
      else this.asLines.add(spec.id);
      render();
    }) : undefined;
    if (toggle) caption.append(toggle);

    let drawn: Drawn | undefined;
    const render = (): void => {
      const heat = this.asLines.has(spec.id) ? undefined : spec.heatmap;
      if (drawn) this.drawn.splice(this.drawn.indexOf(drawn), 1);
      drawn?.destroy();
      frame.replaceChildren();
      frame.classList.toggle('heat', heat !== undefined);
      if (heat) {
        drawn = new Heatmap(frame, spec, heat, theme, s, format);
      } else {
        const canvas = el('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', spec.title);
        frame.append(canvas);
        const line = lineChart(canvas, spec, theme, s, format);
        drawn = { refit: () => line.refit(), destroy: () => line.chart.destroy(), picture: chartPicture(line.chart) };
      }
      this.drawn.push(drawn);
      note.textContent = heat?.note ?? spec.note ?? '';
      note.hidden = note.textContent === '';
      if (toggle && spec.heatmap) {
        toggle.textContent = heat ? spec.heatmap.linesLabel : s.allAsHeatmap;
        toggle.setAttribute('aria-pressed', String(heat === undefined));
      }
      // The table follows what is shown; it is built when first opened, as a thousand rows cost time.
      const tableOf = (): ChartTable => (heat ? heatmapTable(heat, s, format) : lineTable(spec, spec.lines.slice(0, theme.series.length), s, format));
      details.querySelector('.table')?.remove();
      const fillTable = (): void => {
        if (details.open && !details.querySelector('.table')) details.append(table(tableOf(), spec.title, true));
      };
      details.ontoggle = fillTable;
      fillTable();
    };
    render();
    return figure;
  }
}

/** The SVG and PNG buttons of a chart, appended to `where`. */
export function chartButtons(where: HTMLElement, strings: SimulationStrings, run: (format: 'svg' | 'png') => void): void {
  where.append(button('SVG', 'secondary export', () => run('svg'), strings.exportChartSvg), button('PNG', 'secondary export', () => run('png'), strings.exportChartPng));
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text: string, className: string, onClick: () => void, label?: string): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  if (label !== undefined) {
    b.title = label;
    b.setAttribute('aria-label', label);
  }
  b.addEventListener('click', onClick);
  return b;
}

function section(id: string, title: string, content: HTMLElement, actions: readonly HTMLElement[] = []): HTMLElement {
  const s = el('section');
  s.id = id;
  s.append(el('h2', '', title));
  // The section's actions stand under its heading, not in it, so that the heading reads as its title alone.
  if (actions.length > 0) {
    const bar = el('div', 'section-actions');
    bar.append(...actions);
    s.append(bar);
  }
  s.append(content);
  return s;
}

function chartBox(title: string, note?: string): { box: HTMLElement; canvas: HTMLCanvasElement } {
  const box = el('figure', 'chart');
  const frame = el('div', 'frame');
  const canvas = el('canvas');
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', title);
  frame.append(canvas);
  box.append(el('figcaption', '', title), frame);
  if (note) box.append(el('p', 'muted', note));
  return { box, canvas };
}

/**
 * A table in a box that scrolls sideways on its own when the table is wider than the page;
 * the box takes the keyboard's focus so that it can be scrolled without a mouse. With
 * `rowHeads`, each row's first cell is its head.
 */
function table(t: SimTable | ChartTable, label?: string, rowHeads = false): HTMLElement {
  const wrap = el('div', 'table');
  if (label !== undefined) {
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', label);
  }
  const tableEl = el('table');
  const head = el('tr');
  for (const h of t.head) {
    const th = el('th', '', h);
    th.scope = 'col';
    head.append(th);
  }
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of t.rows) {
    const tr = el('tr');
    row.forEach((cell, i) => {
      const td = el(rowHeads && i === 0 ? 'th' : 'td', '', cell);
      // Its column's head, for a narrow panel that shows each row as a card of labelled lines (style.css).
      td.dataset.head = t.head[i] ?? '';
      if (rowHeads && i === 0) td.scope = 'row';
      tr.append(td);
    });
    tbody.append(tr);
  }
  tableEl.append(thead, tbody);
  wrap.append(tableEl);
  return wrap;
}
