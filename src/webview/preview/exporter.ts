// Exports what the preview shows as one standalone SVG: the host drawings side by side,
// hardware rows aligned, with the title and legend, in the colours of the current theme
// written out (the page's CSS variables do not travel with a file). PNG draws that SVG on a
// canvas through a data: URL, the one thing the page's CSP allows images for.
import { BACKGROUNDS, PALETTES, LEGEND_ORDER, type ThemeKind } from '../../core/diagram/palette';
import type { PreviewUpdate } from '../../shared/previewProtocol';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 32;
const PAD = 16;
const HEADER = 64;
/** Chromium refuses canvases above about 16k pixels a side. */
const MAX_CANVAS_SIDE = 16_000;

/** The diagram as an SVG document. */
export function composeSvg(hosts: HTMLElement, update: PreviewUpdate | undefined, theme: ThemeKind, font: string): string {
  const slots = [...hosts.querySelectorAll<HTMLElement>('.vs-host')].filter((s) => s.querySelector('svg') && Number(s.dataset.width) > 0);
  const sizes = slots.map((s) => ({ w: Number(s.dataset.width), h: Number(s.dataset.height) }));
  const width = Math.max(320, sizes.reduce((n, s) => n + s.w, 0) + GAP * Math.max(0, slots.length - 1) + 2 * PAD);
  const tallest = sizes.reduce((n, s) => Math.max(n, s.h), 0);
  const height = HEADER + tallest + 2 * PAD;
  const page = BACKGROUNDS[theme];
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = exportCss(theme, font);
  root.appendChild(style);
  root.appendChild(rect(0, 0, width, height, page.fill, 'none'));
  root.appendChild(text(PAD, PAD + 18, update?.title ?? '', 'vs-export-title', page.text));
  let x = PAD;
  for (const entry of update?.legend ?? []) {
    const kind = LEGEND_ORDER.find((k) => k === entry.style);
    if (!kind) continue;
    const s = PALETTES[theme][kind];
    root.appendChild(rect(x, PAD + 32, 14, 14, s.fill, s.stroke));
    const label = text(x + 20, PAD + 44, entry.label, 'vs-export-legend', page.text);
    root.appendChild(label);
    x += 28 + entry.label.length * 7.5;
  }
  x = PAD;
  slots.forEach((slot, i) => {
    const svg = slot.querySelector('svg')?.cloneNode(true) as SVGSVGElement;
    for (const n of svg.querySelectorAll('.vs-cursor')) n.classList.remove('vs-cursor');
    svg.setAttribute('x', String(x));
    svg.setAttribute('y', String(HEADER + PAD + tallest - sizes[i].h));
    svg.setAttribute('width', String(sizes[i].w));
    svg.setAttribute('height', String(sizes[i].h));
    root.appendChild(svg);
    x += sizes[i].w + GAP;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** The same drawing as PNG, base64, at twice the size for sharp text (less when huge). */
export async function svgToPng(svg: string): Promise<string> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
    image.src = `data:image/svg+xml;base64,${base64(svg)}`;
  });
  const scale = Math.min(2, MAX_CANVAS_SIDE / image.width, MAX_CANVAS_SIDE / image.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(image.width * scale));
  canvas.height = Math.max(1, Math.floor(image.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The page's block colours, with the variables resolved for one theme. */
function exportCss(theme: ThemeKind, font: string): string {
  const rules = LEGEND_ORDER.map((kind) => {
    const s = PALETTES[theme][kind];
    return `g.node.${kind} rect,g.node.${kind} polygon,g.node.${kind} path{fill:${s.fill}!important;stroke:${s.stroke}!important}` +
      `g.node.${kind} .nodeLabel,g.node.${kind} .nodeLabel *{color:${s.text}!important;fill:${s.text}!important}`;
  });
  const page = BACKGROUNDS[theme];
  rules.push(`g.node.caption rect{fill:none!important;stroke:none!important}g.node.caption .nodeLabel{color:${page.text}!important;font-style:italic}`);
  rules.push('g.node.nested rect{stroke-dasharray:5 3}');
  rules.push(`text,.nodeLabel{font-family:${font.replace(/[<>{}]/g, '')}}.vs-export-title{font-size:18px;font-weight:600}.vs-export-legend{font-size:12px}`);
  return rules.join('\n');
}

function rect(x: number, y: number, w: number, h: number, fill: string, stroke: string): SVGRectElement {
  const r = document.createElementNS(SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ x, y, width: w, height: h, fill, stroke })) r.setAttribute(k, String(v));
  return r;
}

function text(x: number, y: number, content: string, className: string, fill: string): SVGTextElement {
  const t = document.createElementNS(SVG_NS, 'text');
  t.setAttribute('x', String(x));
  t.setAttribute('y', String(y));
  t.setAttribute('class', className);
  t.setAttribute('fill', fill);
  t.textContent = content;
  return t;
}
