// Draws the ```virt blocks of VS Code's Markdown preview: each block's hosts come as mermaid
// sources in hidden <pre> elements (src/extension/markdown/blocks.ts); this draws each with the
// stack preview's renderer (same mermaid, same configuration, SVGs cached by source) and colours
// them with the core's palette for the preview's theme, the same colours as the stack preview.
// The Markdown preview replaces its content on every edit and fires `vscode.markdown.updateContent`;
// a theme switch changes the body's classes. Both draw again (from the cache when nothing changed).
import { LEGEND_ORDER, PALETTES, type ThemeKind } from '../../core/diagram/palette';
import { Renderer } from '../preview/renderer';
import { diagramFont, onThemeChange, vscodeThemeKind } from '../preview/theme';

const renderer = new Renderer(diagramFont);

/** Writes the palette of a theme as the CSS variables media/markdown.css colours blocks with. */
export function applyPalette(element: HTMLElement, theme: ThemeKind): void {
  for (const kind of LEGEND_ORDER) {
    const s = PALETTES[theme][kind];
    element.style.setProperty(`--vs-${kind}-fill`, s.fill);
    element.style.setProperty(`--vs-${kind}-stroke`, s.stroke);
    element.style.setProperty(`--vs-${kind}-text`, s.text);
  }
  element.dataset.theme = theme;
}

/** Draws one host from its hidden source, unless it already shows that source's drawing. */
async function drawHost(host: HTMLElement, failedTemplate: string): Promise<void> {
  const source = host.querySelector<HTMLElement>('pre.virtstack-source')?.textContent ?? '';
  if (source === '' || host.dataset.drawn === source) return;
  let canvas = host.querySelector<HTMLElement>('.virtstack-canvas');
  if (!canvas) {
    canvas = document.createElement('div');
    canvas.className = 'virtstack-canvas';
    host.append(canvas);
  }
  try {
    const drawing = renderer.cached(source) ?? (await renderer.render(source));
    // Mermaid's own output for a source whose labels the core escaped (src/core/diagram/escape.ts),
    // with mermaid's strict security level, which sanitizes every label.
    canvas.innerHTML = drawing.svg;
    host.dataset.drawn = source;
  } catch (e) {
    canvas.replaceChildren();
    const notice = document.createElement('div');
    notice.className = 'virtstack-notice';
    notice.textContent = failedTemplate.replace('{0}', e instanceof Error ? e.message : String(e));
    canvas.append(notice);
    host.dataset.drawn = source;
  }
}

let pass = Promise.resolve();

/** Draws every block of the document in the preview's theme, one host after another (mermaid renders one at a time). */
export function drawAll(): Promise<void> {
  pass = pass.then(async () => {
    const theme = vscodeThemeKind();
    for (const block of document.querySelectorAll<HTMLElement>('.virtstack-block')) {
      applyPalette(block, theme);
      for (const host of block.querySelectorAll<HTMLElement>('.virtstack-host')) {
        await drawHost(host, block.dataset.renderFailed ?? '{0}');
      }
    }
    document.body.dataset.virtstackDrawn = String(Number(document.body.dataset.virtstackDrawn ?? '0') + 1);
  });
  return pass;
}

void drawAll();
window.addEventListener('vscode.markdown.updateContent', () => void drawAll());
onThemeChange(() => void drawAll());
