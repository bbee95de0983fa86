// The pieces the vector exports of the results page's charts are built from (issue 15): the
// Chart.js charts (chartSvg.ts) and the heatmap (heatmapLayout.ts). Everything enters the
// document as DOM nodes and attributes, never as markup, so that a name from the user's file
// reaches the file only through XMLSerializer's escaping; text is also stripped of what XML 1.0
// cannot carry. Colours are written as #rrggbb with an opacity beside them, and text sits on its
// alphabetic baseline at a measured offset, because those are the forms every SVG reader
// understands alike (browsers, Inkscape, office suites, draw.io): rgba() and
// dominant-baseline are not.

import { xmlChars } from '../../core/export/xml';

/** The SVG namespace. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** Attributes of an element: numbers are rounded (num), undefined ones are left out. */
export type Attributes = Readonly<Record<string, string | number | undefined>>;

/** A point in CSS px. */
export interface Pt {
  readonly x: number;
  readonly y: number;
}

/** A rectangle by its edges, in CSS px, as Chart.js writes areas. */
export interface Edges {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The font of a text, as Chart.js resolves fonts (`toFont`) and as the heatmap sets its own. */
export interface TextFont {
  readonly family: string;
  readonly size: number;
  readonly style?: string;
  readonly weight?: string | number | null;
  /** The CSS shorthand a canvas was given, to measure with. */
  readonly string: string;
}

/** A number for an attribute, to 0.01 px: finer than any screen or printer, and a third the bytes of a double. */
export function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** A new SVG element at the end of `parent`, with its attributes. */
export function add(parent: Element, tag: string, attributes: Attributes = {}): SVGElement {
  const node = parent.ownerDocument.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) node.setAttribute(name, typeof value === 'number' ? num(value) : xmlChars(value));
  }
  parent.append(node);
  return node;
}


// One 2D context reads colours and measures fonts for every export: the browser's own parser of
// CSS colours, and its own font metrics, are what the canvas drew with.
let probe: CanvasRenderingContext2D | null | undefined;
const context = (): CanvasRenderingContext2D | null => (probe ??= document.createElement('canvas').getContext('2d'));
const colours = new Map<string, { hex: string; alpha: number }>();

/** A CSS colour as #rrggbb and an opacity from 0 to 1, as the browser reads it; black when it cannot. */
export function colourOf(css: string): { hex: string; alpha: number } {
  let known = colours.get(css);
  if (!known) {
    const ctx = context();
    // A canvas gives back an opaque colour as #rrggbb and any other as rgba(r, g, b, a).
    if (ctx) {
      ctx.fillStyle = '#000000';
      ctx.fillStyle = css;
    }
    const read = ctx ? String(ctx.fillStyle) : '#000000';
    const rgba = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(read);
    known = rgba
      ? { hex: `#${rgba.slice(1, 4).map((c) => Number(c).toString(16).padStart(2, '0')).join('')}`, alpha: rgba[4] === undefined ? 1 : Number(rgba[4]) }
      : { hex: read, alpha: 1 };
    colours.set(css, known);
  }
  return known;
}

/** `fill` (and `fill-opacity` when translucent) of a CSS colour. */
export function fillOf(css: string): Attributes {
  const { hex, alpha } = colourOf(css);
  return { fill: hex, 'fill-opacity': alpha < 1 ? alpha : undefined };
}

/** The stroke of a line as a canvas strokes it: colour, width, dashes, caps and joins. */
export function strokeOf(css: string, width: number, dash: readonly number[] = [], dashOffset = 0, cap?: string, join?: string): Attributes {
  const { hex, alpha } = colourOf(css);
  return {
    fill: 'none',
    stroke: hex,
    'stroke-opacity': alpha < 1 ? alpha : undefined,
    'stroke-width': width,
    'stroke-dasharray': dash.length > 0 ? dash.map(num).join(' ') : undefined,
    'stroke-dashoffset': dash.length > 0 && dashOffset !== 0 ? dashOffset : undefined,
    'stroke-linecap': cap && cap !== 'butt' ? cap : undefined,
    'stroke-linejoin': join && join !== 'miter' ? join : undefined,
  };
}

const shifts = new Map<string, number>();

/**
 * How far below a canvas's text baseline (`middle`, `top`, …) the alphabetic baseline lies, in
 * the font: the difference of the font's ascent measured from each, as the canvas measures it.
 */
function baselineShift(font: string, baseline: CanvasTextBaseline): number {
  if (baseline === 'alphabetic') return 0;
  const key = `${baseline} ${font}`;
  let shift = shifts.get(key);
  if (shift === undefined) {
    const ctx = context();
    shift = 0;
    if (ctx) {
      ctx.font = font;
      ctx.textBaseline = 'alphabetic';
      const ascent = ctx.measureText('Hg').fontBoundingBoxAscent;
      ctx.textBaseline = baseline;
      shift = ascent - ctx.measureText('Hg').fontBoundingBoxAscent;
    }
    shifts.set(key, shift);
  }
  return shift;
}

const ANCHORS: Readonly<Record<string, string>> = { left: 'start', start: 'start', center: 'middle', right: 'end', end: 'end' };

/** How a text is placed, in a canvas's terms. */
export interface TextPlacement {
  readonly colour: string;
  readonly align: CanvasTextAlign;
  readonly baseline: CanvasTextBaseline;
  /** Rotation in radians about (x, y), as Chart.js rotates tick labels. */
  readonly rotation?: number;
  /** Distance down from (x, y) in the turned frame, as Chart.js places the lines of a label. */
  readonly offset?: number;
}

/**
 * A <text> where a canvas's fillText(text, x, y) would put it in `font`: the same anchor, its
 * baseline moved to the alphabetic one, turned about (x, y) when rotated. Nothing when empty.
 */
export function addText(parent: Element, text: string, x: number, y: number, font: TextFont, at: TextPlacement): SVGElement | undefined {
  if (text === '') return undefined;
  const rotation = at.rotation ?? 0;
  const dy = (at.offset ?? 0) + baselineShift(font.string, at.baseline);
  const node = add(parent, 'text', {
    x: rotation === 0 ? x : 0,
    y: rotation === 0 ? y + dy : dy,
    transform: rotation === 0 ? undefined : `translate(${num(x)} ${num(y)}) rotate(${num((rotation * 180) / Math.PI)})`,
    'font-family': font.family,
    'font-size': font.size,
    'font-style': font.style && font.style !== 'normal' ? font.style : undefined,
    'font-weight': font.weight && font.weight !== 'normal' ? String(font.weight) : undefined,
    'text-anchor': ANCHORS[at.align] === 'start' ? undefined : ANCHORS[at.align],
    ...fillOf(at.colour),
  });
  node.textContent = xmlChars(text);
  return node;
}

/** A rectangle's clip path in `defs` under `id`, as the value of a `clip-path` attribute. */
export function clipTo(defs: Element, id: string, area: Edges): string {
  const clip = add(defs, 'clipPath', { id });
  add(clip, 'rect', { x: area.left, y: area.top, width: Math.max(0, area.right - area.left), height: Math.max(0, area.bottom - area.top) });
  return `url(#${id})`;
}

/** Path data through each run of points, a subpath each, closed when `closed`. */
export function pathThrough(runs: readonly (readonly Pt[])[], closed = false): string {
  return runs
    .filter((run) => run.length > 0)
    .map((run) => `M${run.map((p) => `${num(p.x)} ${num(p.y)}`).join('L')}${closed ? 'Z' : ''}`)
    .join('');
}
