// A chart of the results page as an image for documents (issue 15), in two forms. The PNG is the
// canvas's pixels, taken at the screen's density (at least 2×, drawn again at that size for
// sharp text) on the page's background. The SVG is a vector drawing of the same chart, written
// from the layout its painter used (chartSvg.ts for Chart.js, heatmapLayout.ts for the heatmap),
// so that its lines stay lines and its text stays text at any size: an <svg> of the chart's CSS
// size with its <title>, a <desc> for screen readers, and the page's background as a <rect>.

import { xmlChars } from '../../core/export/xml';
import { add, fillOf, SVG_NS } from './svgElements';

/** Least pixel density of an export: 2× keeps text sharp in slides and documents. */
const DENSITY = 2;

/** A chart as the page shows it: its canvas, and how to draw the same chart as SVG. */
export interface Picture {
  readonly canvas: HTMLCanvasElement;
  /** Draws the chart into `svg` (after its background), naming what it defines with `id(name)`. */
  vector(svg: SVGSVGElement, defs: SVGElement, id: (name: string) => string): void;
}

/** The canvas's pixels on an opaque background, at least at 2×, as a new canvas. */
export function snapshot(canvas: HTMLCanvasElement, background: string): HTMLCanvasElement {
  const width = canvas.clientWidth || canvas.width;
  const height = canvas.clientHeight || canvas.height;
  const scale = Math.max(DENSITY, canvas.width / Math.max(1, width));
  const out = document.createElement('canvas');
  out.width = Math.max(1, Math.round(width * scale));
  out.height = Math.max(1, Math.round(height * scale));
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  ctx.fillStyle = background;
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(canvas, 0, 0, out.width, out.height);
  return out;
}

/** A canvas as base64 PNG. */
export function pngOf(canvas: HTMLCanvasElement): string {
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

/** The picture as an SVG document of its CSS size: title, description, background, then its vector drawing. */
export function svgOf(picture: Picture, background: string, title: string, desc: string): string {
  const { canvas } = picture;
  const width = canvas.clientWidth || canvas.width;
  const height = canvas.clientHeight || canvas.height;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  // Labels keep their spaces as the canvas drew them; the document has no whitespace of its own.
  root.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  add(root, 'title').textContent = xmlChars(title);
  add(root, 'desc').textContent = xmlChars(desc);
  const defs = add(root, 'defs');
  add(root, 'rect', { width, height, ...fillOf(background) });
  // Ids unique to the chart, so that two charts pasted into one HTML document keep their own clips.
  const prefix = `c${hash(`${title} ${width}×${height}`)}`;
  picture.vector(root, defs, (name) => `${prefix}-${name}`);
  if (!defs.hasChildNodes()) defs.remove();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** FNV-1a of a text, in base 36: a short name that the same chart always gets. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** A chart's export, ready for the host: the SVG text or the base64 PNG. */
export function exportChart(picture: Picture, format: 'svg' | 'png', title: string, desc: string): string {
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  if (format === 'png') return pngOf(snapshot(picture.canvas, background));
  return svgOf(picture, background, title, desc);
}
