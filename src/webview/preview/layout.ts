// The page's fixed structure: toolbar, title and legend, then the scrolling viewport with one
// slot per host, under the notice and the error banner. Built once; updates only change what differs.
import type { PreviewStrings, PreviewUpdate } from '../../shared/previewProtocol';

/** The elements the other modules work with. */
export interface Page {
  readonly toolbar: HTMLElement;
  readonly notice: HTMLElement;
  readonly banner: HTMLElement;
  readonly title: HTMLElement;
  readonly legend: HTMLElement;
  readonly viewport: HTMLElement;
  readonly hosts: HTMLElement;
  readonly status: HTMLElement;
}

/** Toolbar actions, by the name the page dispatches on. */
export type ToolbarAction = 'zoomOut' | 'zoomIn' | 'zoomFitWidth' | 'zoomFit' | 'zoomReset' | 'exportSvg' | 'exportPng' | 'copyPng' | 'copyMermaid';

/** Creates the page's structure in the body. */
export function buildPage(strings: PreviewStrings): Page {
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, className: string, parent: HTMLElement): HTMLElementTagNameMap[K] => {
    const e = document.createElement(tag);
    e.className = className;
    parent.appendChild(e);
    return e;
  };
  const body = document.body;
  const header = el('header', 'vs-header', body);
  const toolbar = el('div', 'vs-toolbar', header);
  toolbar.setAttribute('role', 'toolbar');
  toolbar.setAttribute('aria-label', strings.toolbar);
  const buttons: [ToolbarAction, string, string][] = [
    ['zoomOut', '−', strings.zoomOut],
    ['zoomIn', '+', strings.zoomIn],
    ['zoomFitWidth', '↔', strings.zoomFitWidth],
    ['zoomFit', '⤢', strings.zoomFit],
    ['zoomReset', '1:1', strings.zoomReset],
    ['exportSvg', 'SVG', strings.exportSvg],
    ['exportPng', 'PNG', strings.exportPng],
    ['copyPng', '⧉', strings.copyPng],
    ['copyMermaid', 'Mermaid', strings.copyMermaid],
  ];
  for (const [action, text, label] of buttons) {
    const b = el('button', 'vs-button', toolbar);
    b.type = 'button';
    b.dataset.action = action;
    b.textContent = text;
    b.title = label;
    b.setAttribute('aria-label', label);
  }
  const title = el('h1', 'vs-title', header);
  const legend = el('ul', 'vs-legend', header);
  legend.setAttribute('aria-label', strings.legend);
  // The notice and the error banner float over the top of the diagram instead of pushing it
  // down: showing or clearing them changes neither the viewport's size nor where a host stands.
  // First in the document, so that the errors come before the diagram to a screen reader and Tab.
  const stage = el('div', 'vs-stage', body);
  const overlay = el('div', 'vs-overlay', stage);
  const notice = el('div', 'vs-notice', overlay);
  notice.hidden = true;
  notice.setAttribute('role', 'status');
  const banner = el('div', 'vs-banner', overlay);
  banner.hidden = true;
  banner.setAttribute('role', 'alert');
  const viewport = el('main', 'vs-viewport', stage);
  viewport.tabIndex = 0;
  const hosts = el('div', 'vs-hosts vs-canvas', viewport);
  const status = el('div', 'vs-status', body);
  status.setAttribute('aria-live', 'polite');
  // Until the first drawing: mermaid loads and draws in the time it takes to read this.
  status.textContent = strings.rendering;
  return { toolbar, notice, banner, title, legend, viewport, hosts, status };
}

/** The stack title and a legend chip per layer kind in the diagram, coloured like its blocks. */
export function showLegend(title: HTMLElement, legend: HTMLElement, update: PreviewUpdate): void {
  title.textContent = update.title ?? '';
  title.hidden = !update.title;
  legend.replaceChildren(
    ...update.legend.map((entry) => {
      const item = document.createElement('li');
      item.className = 'vs-legend-item';
      const swatch = document.createElement('span');
      swatch.className = 'vs-swatch';
      // The stylesheet colours a swatch by its data-style, as it colours the blocks.
      swatch.dataset.style = entry.style;
      item.append(swatch, entry.label);
      return item;
    }),
  );
}
