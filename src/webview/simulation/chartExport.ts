// A chart of the results page as an image for documents (issue 15). Chart.js and the heatmap
// draw on a canvas, which has no vector form, so both exports are the canvas's pixels, taken at
// the screen's density (at least 2×, drawn again at that size for sharp text) on the page's
// background: the PNG as it is, the SVG as that PNG inside an <svg> with the chart's <title>
// and a <desc> for screen readers. An SVG of a chart therefore scales like a picture, not like
// lines; docs/simulation.md says so.

/** Least pixel density of an export: 2× keeps text sharp in slides and documents. */
const DENSITY = 2;

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

/** The picture as an SVG document of its CSS size, carrying the PNG, a title and a description. */
export function svgOf(picture: HTMLCanvasElement, width: number, height: number, title: string, desc: string): string {
  const ns = 'http://www.w3.org/2000/svg';
  const root = document.createElementNS(ns, 'svg');
  root.setAttribute('xmlns', ns);
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('role', 'img');
  const t = root.appendChild(document.createElementNS(ns, 'title'));
  t.textContent = xmlSafe(title);
  const d = root.appendChild(document.createElementNS(ns, 'desc'));
  d.textContent = xmlSafe(desc);
  const image = root.appendChild(document.createElementNS(ns, 'image'));
  image.setAttribute('width', String(width));
  image.setAttribute('height', String(height));
  image.setAttribute('href', picture.toDataURL('image/png'));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(root)}`;
}

/** Drops what XML 1.0 cannot carry (the serializer would write it and make the file unreadable). */
function xmlSafe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}

/** A chart's export, ready for the host: the SVG text or the base64 PNG. */
export function exportChart(canvas: HTMLCanvasElement, format: 'svg' | 'png', title: string, desc: string): string {
  const background = getComputedStyle(document.body).backgroundColor || '#ffffff';
  const picture = snapshot(canvas, background);
  if (format === 'png') return pngOf(picture);
  return svgOf(picture, canvas.clientWidth || canvas.width, canvas.clientHeight || canvas.height, title, desc);
}
