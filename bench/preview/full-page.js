/* global window, document */
// The benchmark's baseline page: the same mermaid, configured as the preview configures it,
// drawing a whole stack as one diagram. Only the size limit is lifted, so that mermaid really
// draws the largest stacks instead of refusing them.
import mermaid from 'mermaid';
import { mermaidConfig } from '../../src/webview/preview/renderer';
import { diagramFont } from '../../src/webview/preview/theme';

mermaid.initialize({ ...mermaidConfig(diagramFont()), maxTextSize: 10_000_000 });
let n = 0;

/** Draws a source and puts it into the page; resolves with the milliseconds it took. */
window.fullRender = async (source) => {
  const start = performance.now();
  const { svg } = await mermaid.render(`full${++n}`, source);
  document.getElementById('out').innerHTML = svg;
  return performance.now() - start;
};
window.fullReady = true;
