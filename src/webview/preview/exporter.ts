// Exports what the preview shows as one standalone SVG: the host drawings in the rows the page
// shows them in, each at its natural size (100 %), hardware rows aligned within a row, with the
// title and legend, in the colours of the current theme written out (the page's CSS variables
// do not travel with a file). PNG draws that SVG on a canvas through a data: URL, the one thing
// the page's CSP allows images for, at 2× for sharp text but never wider than MAX_PNG_WIDTH.
// The theme is the caller's (issue 15): the preview's own, another kind, or print; and the SVG
// opens with a <title> and <desc> for screen readers, the stack's title and its text.
import { exportBackground, exportPalette, type ExportTheme, LEGEND_ORDER, PRINT_BORDERS } from '../../core/diagram/palette';
import { xmlChars } from '../../core/export/xml';
import type { PreviewFrame, PreviewUpdate } from '../../shared/previewProtocol';
import { wrapRows } from './fit';

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 32;
const PAD = 16;
const HEADER = 64;
/** A cluster's frame around its hosts (issue 14): room for its caption above them, and padding around. */
const FRAME_HEAD = 28;
const FRAME_PAD = 8;
/** Chromium refuses canvases above about 16k pixels a side. */
const MAX_CANVAS_SIDE = 16_000;
/** The pixel density of a PNG: 2× keeps text sharp on high-density screens and when zoomed. */
const PNG_DENSITY = 2;
/** The widest PNG by default: a size image viewers, chats and slides take without scaling the text away. */
export const MAX_PNG_WIDTH = 4096;

/** What an export says about itself to screen readers: `<title>` and `<desc>`. */
export interface ExportText {
  readonly title?: string;
  readonly desc?: string;
}

/** The diagram as an SVG document, in a theme, with a title and description when given. */
export function composeSvg(hosts: HTMLElement, update: PreviewUpdate | undefined, theme: ExportTheme, font: string, about: ExportText = {}): string {
  const slots = [...hosts.querySelectorAll<HTMLElement>('.vs-host')].filter((s) => s.querySelector('svg') && Number(s.dataset.width) > 0);
  const sizes = slots.map((s) => ({ w: Number(s.dataset.width), h: Number(s.dataset.height) }));
  const rows = shownRows(slots, sizes);
  const frameOf = new Map<string, PreviewFrame>();
  for (const f of update?.frames ?? []) for (const h of f.hosts) if (!frameOf.has(h)) frameOf.set(h, f);
  const frames = slots.map((s) => frameOf.get(s.dataset.key ?? ''));
  const framed = (row: number[]): boolean => row.some((i) => frames[i] !== undefined);
  const rowWidth = (row: number[]): number => row.reduce((n, i) => n + sizes[i].w, 0) + GAP * Math.max(0, row.length - 1) + (framed(row) ? 2 * FRAME_PAD : 0);
  const hostsHeight = (row: number[]): number => row.reduce((n, i) => Math.max(n, sizes[i].h), 0);
  const rowHeight = (row: number[]): number => hostsHeight(row) + (framed(row) ? FRAME_HEAD + FRAME_PAD : 0);
  const width = Math.ceil(Math.max(320, ...rows.map((r) => rowWidth(r) + 2 * PAD)));
  const height = Math.ceil(HEADER + 2 * PAD + rows.reduce((n, r) => n + rowHeight(r), 0) + GAP * Math.max(0, rows.length - 1));
  const page = exportBackground(theme);
  const palette = exportPalette(theme);
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  // SVG 2 and SVG-AAM: the first <title> and <desc> children name and describe the image.
  root.setAttribute('role', 'img');
  const title = about.title ?? update?.title ?? '';
  if (title) root.appendChild(textElement('title', title, 'vs-export-name'));
  if (about.desc) root.appendChild(textElement('desc', about.desc, 'vs-export-desc'));
  if (title) root.setAttribute('aria-labelledby', 'vs-export-name');
  if (about.desc) root.setAttribute('aria-describedby', 'vs-export-desc');
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
    const s = palette[kind];
    const swatch = root.appendChild(rect(x, PAD + 32, 14, 14, s.fill, s.stroke));
    if (theme === 'print') printBorder(swatch, kind);
    const label = text(x + 20, PAD + 44, entry.label, 'vs-export-legend', page.text);
    root.appendChild(label);
    x += 28 + entry.label.length * 7.5;
  }
  let y = HEADER + PAD;
  const captioned = new Set<PreviewFrame>();
  const cluster = palette.cluster;
  for (const row of rows) {
    const head = framed(row) ? FRAME_HEAD : 0;
    const tallest = hostsHeight(row);
    // The frames first, behind the hosts: one box per run of a cluster's hosts in this row, the caption on its first.
    x = PAD + (framed(row) ? FRAME_PAD : 0);
    for (let k = 0; k < row.length; ) {
      const frame = frames[row[k]];
      let end = k;
      let right = x + sizes[row[k]].w;
      while (frame && end + 1 < row.length && frames[row[end + 1]] === frame) {
        end++;
        right += GAP + sizes[row[end]].w;
      }
      if (frame) {
        const box = root.appendChild(rect(x - FRAME_PAD, y, right - x + 2 * FRAME_PAD, head + tallest + FRAME_PAD, cluster.fill, cluster.stroke));
        if (theme === 'print') printBorder(box, 'cluster');
        if (!captioned.has(frame)) {
          captioned.add(frame);
          root.appendChild(text(x, y + 19, frame.caption, 'vs-export-frame', cluster.text));
        }
      }
      x = right + GAP;
      k = end + 1;
    }
    x = PAD + (framed(row) ? FRAME_PAD : 0);
    y += head;
    for (const i of row) {
      const svg = slots[i].querySelector('svg')?.cloneNode(true) as SVGSVGElement;
      for (const n of svg.querySelectorAll('.vs-cursor')) n.classList.remove('vs-cursor');
      svg.setAttribute('x', String(x));
      svg.setAttribute('y', String(y + tallest - sizes[i].h));
      svg.setAttribute('width', String(sizes[i].w));
      svg.setAttribute('height', String(sizes[i].h));
      root.appendChild(svg);
      x += sizes[i].w + GAP;
    }
    y += tallest + (framed(row) ? FRAME_PAD : 0) + GAP;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/**
 * The rows the page shows the hosts in, as indexes into `slots`: a host starts a new row when it
 * stands left of the one before it (the page wraps them with flex-wrap). A page with no layout
 * (a hidden panel) wraps them as a panel half as wide as the widest PNG would.
 */
function shownRows(slots: readonly HTMLElement[], sizes: readonly { w: number }[]): number[][] {
  if (slots.length === 0) return [];
  if (slots.every((s) => s.offsetWidth === 0)) return wrapRows(sizes.map((s) => s.w), MAX_PNG_WIDTH / PNG_DENSITY - 2 * PAD, GAP);
  const rows: number[][] = [[0]];
  for (let i = 1; i < slots.length; i++) {
    if (slots[i].offsetLeft <= slots[i - 1].offsetLeft) rows.push([i]);
    else rows[rows.length - 1].push(i);
  }
  return rows;
}

/** The scale of a PNG of an SVG this size: 2×, less where that would pass MAX_PNG_WIDTH or the canvas limit. */
export function pngScale(width: number, height: number): number {
  return Math.min(PNG_DENSITY, MAX_PNG_WIDTH / width, MAX_CANVAS_SIDE / height);
}

/** The same drawing as PNG, base64, at twice the size for sharp text (less when wide). */
export async function svgToPng(svg: string): Promise<string> {
  return (await svgToCanvas(svg)).toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** The same drawing as a PNG blob, for the clipboard. */
export async function svgToPngBlob(svg: string): Promise<Blob> {
  const canvas = await svgToCanvas(svg);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas gave no PNG'))), 'image/png'));
}

async function svgToCanvas(svg: string): Promise<HTMLCanvasElement> {
  const image = new Image();
  await new Promise<void>((resolve, reject) => {
    image.onload = () => resolve();
    image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
    image.src = `data:image/svg+xml;base64,${base64(svg)}`;
  });
  const scale = pngScale(image.width, image.height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.floor(image.width * scale));
  canvas.height = Math.max(1, Math.floor(image.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return canvas;
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The page's block colours, with the variables resolved for one theme; print adds each kind's border pattern. */
function exportCss(theme: ExportTheme, font: string): string {
  const rules = LEGEND_ORDER.map((kind) => {
    const s = exportPalette(theme)[kind];
    const border = theme === 'print' ? `;stroke-width:${PRINT_BORDERS[kind].width}px!important;stroke-dasharray:${PRINT_BORDERS[kind].dash || 'none'}!important` : '';
    return `g.node.${kind} rect,g.node.${kind} polygon,g.node.${kind} path{fill:${s.fill}!important;stroke:${s.stroke}!important${border}}` +
      `g.node.${kind} .nodeLabel,g.node.${kind} .nodeLabel *{color:${s.text}!important;fill:${s.text}!important}`;
  });
  const page = exportBackground(theme);
  rules.push(`g.node.caption rect{fill:none!important;stroke:none!important}g.node.caption .nodeLabel{color:${page.text}!important;font-style:italic}g.node.caption foreignObject{overflow:visible}`);
  rules.push('g.node.nested rect{stroke-dasharray:5 3}');
  rules.push(`text,.nodeLabel{font-family:${font.replace(/[<>{}]/g, '')}}.vs-export-title{font-size:18px;font-weight:600}.vs-export-legend{font-size:12px}.vs-export-frame{font-size:13px;font-weight:600}`);
  return rules.join('\n');
}

/** A print border (dash pattern and width) on a swatch or frame drawn outside mermaid's blocks. */
function printBorder(element: SVGElement, kind: keyof typeof PRINT_BORDERS): void {
  const border = PRINT_BORDERS[kind];
  element.setAttribute('stroke-width', String(border.width));
  if (border.dash) element.setAttribute('stroke-dasharray', border.dash);
}

/** A `<title>` or `<desc>`: its text goes in as text, so the serializer escapes it. */
function textElement(tag: 'title' | 'desc', content: string, id: string): SVGElement {
  const e = document.createElementNS(SVG_NS, tag);
  e.setAttribute('id', id);
  // A file's text may hold controls XML 1.0 cannot carry; the serializer would write them anyway.
  e.textContent = xmlChars(content);
  return e;
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
  t.textContent = xmlChars(content);
  return t;
}
