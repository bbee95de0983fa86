import type { PreviewUpdate } from '../../shared/previewProtocol';

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
