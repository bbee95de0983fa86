// The results page's DOM: a header with the status and actions, summary cards, the charts, the
// consolidation table with its bar chart, jobs, isolation, events and assumptions. Each `show`
// replaces the content in place; the status line changes on its own while a run is going.
import type { Chart } from 'chart.js';
import type { SimTable, SimulationStatus, SimulationStrings, SimulationView } from '../../shared/simulationProtocol';
import { barChart, lineChart } from './charts';
import { chartTheme } from './theme';

/** Sends what the user did on the page to the host. */
export interface PageActions {
  rerun(): void;
  cancel(): void;
  reveal(start: number, end: number): void;
}

/** The page. */
export class ResultsPage {
  private readonly header: HTMLElement;
  private readonly statusLine: HTMLElement;
  private readonly statusText: HTMLElement;
  private readonly goTo: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly body: HTMLElement;
  private charts: Chart[] = [];
  private view?: SimulationView;
  private at?: { start: number; end: number };

  constructor(
    root: HTMLElement,
    private readonly strings: SimulationStrings,
    private readonly actions: PageActions,
  ) {
    this.header = el('header', 'head');
    this.statusLine = el('div', 'status');
    this.statusLine.setAttribute('role', 'status');
    this.statusText = el('span', 'status-text');
    this.goTo = button(strings.goToSource, 'link', () => this.at && actions.reveal(this.at.start, this.at.end));
    this.cancelButton = button(strings.cancel, 'secondary', () => actions.cancel());
    const rerun = button(strings.rerun, 'primary', () => actions.rerun());
    this.statusLine.append(this.statusText, this.goTo, this.cancelButton, rerun);
    this.body = el('div', 'body');
    root.append(this.header, this.statusLine, this.body);
    this.setStatus({ state: 'idle' });
  }

  /** Shows the run's state above the results. */
  setStatus(status: SimulationStatus): void {
    this.statusLine.dataset.state = status.state;
    const text = status.message ?? (status.state === 'idle' && !this.view ? this.strings.noResults : '');
    this.statusText.textContent = text;
    this.statusLine.toggleAttribute('data-quiet', text === '');
    this.at = status.at;
    this.goTo.hidden = !status.at;
    this.cancelButton.hidden = status.state !== 'running';
  }

  /** Replaces the results; returns how many charts were drawn. */
  show(view: SimulationView, focus?: 'consolidation'): number {
    this.view = view;
    this.header.replaceChildren(el('h1', '', view.title), el('p', 'subtitle', view.subtitle));
    this.draw();
    if (focus === 'consolidation') document.getElementById('consolidation')?.scrollIntoView({ block: 'start' });
    return this.charts.length;
  }

  /** Draws the current view again, e.g. in a new theme's colours. */
  redraw(): void {
    if (this.view) this.draw();
  }

  private draw(): void {
    const view = this.view!;
    for (const c of this.charts) c.destroy();
    this.charts = [];
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
    sections.push(section('summary', s.summary, cards));

    const charts = el('div', 'charts');
    for (const spec of view.charts) {
      const { box, canvas } = chartBox(spec.title, spec.note);
      charts.append(box);
      this.charts.push(lineChart(canvas, spec, theme));
    }
    sections.push(section('charts', s.charts, charts));

    if (view.consolidation) {
      const c = view.consolidation;
      const { box, canvas } = chartBox(c.caption, c.note);
      box.classList.add('bars');
      const content = el('div', 'consolidation');
      content.append(table(c.table), box);
      sections.push(section('consolidation', s.consolidation, content));
      this.charts.push(barChart(canvas, c.kinds, [{ label: s.ffd, values: c.ffd }, { label: s.bfd, values: c.bfd }], s.servers, theme));
    }
    if (view.jobs) sections.push(section('jobs', s.jobs, table(view.jobs)));
    if (view.isolation) sections.push(section('isolation', s.isolation, table(view.isolation)));

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
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function button(text: string, className: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', className, text);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

function section(id: string, title: string, content: HTMLElement): HTMLElement {
  const s = el('section');
  s.id = id;
  s.append(el('h2', '', title), content);
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

function table(t: SimTable): HTMLElement {
  const wrap = el('div', 'table');
  const tableEl = el('table');
  const head = el('tr');
  for (const h of t.head) head.append(el('th', '', h));
  const thead = el('thead');
  thead.append(head);
  const tbody = el('tbody');
  for (const row of t.rows) {
    const tr = el('tr');
    for (const cell of row) tr.append(el('td', '', cell));
    tbody.append(tr);
  }
  tableEl.append(thead, tbody);
  wrap.append(tableEl);
  return wrap;
}
