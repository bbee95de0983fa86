// Colours of the layer kinds, one palette per kind of VS Code theme. The webview turns the
// palette into CSS variables, so a theme switch recolours the diagram without drawing it
// again; exports and the Markdown copy write the same colours as mermaid `classDef`s.
import type { BlockStyle, LegendStyle } from './types';

/** Fill, border and text colour of one style. */
export interface Swatch {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
}

/** The kinds of theme VS Code has. */
export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** Every theme kind, in the order the settings list them. */
export const THEME_KINDS: readonly ThemeKind[] = ['light', 'dark', 'highContrast', 'highContrastLight'];

/** Styles bottom to top, the order of the legend: the fabric bands under the hardware, then the layer kinds. */
export const LEGEND_ORDER: readonly LegendStyle[] = ['cluster', 'pool', 'switch', 'hardware', 'hypervisor', 'os', 'vm', 'desktops', 'runtime', 'container', 'function', 'middleware', 'app', 'job'];

// One hue per kind, chosen so that neighbours in a stack (hardware under hypervisor under VM
// under OS …) never share a hue.
const LIGHT: Record<LegendStyle, Swatch> = {
  hardware: { fill: '#e2e8f0', stroke: '#475569', text: '#0f172a' },
  hypervisor: { fill: '#fde68a', stroke: '#b45309', text: '#422006' },
  os: { fill: '#bbf7d0', stroke: '#15803d', text: '#052e16' },
  vm: { fill: '#bfdbfe', stroke: '#1d4ed8', text: '#172554' },
  // A desktop pool in sky blue: a pool of VMs, kept apart from the VMs' blue and the storage pools' cyan.
  desktops: { fill: '#bae6fd', stroke: '#0369a1', text: '#082f49' },
  runtime: { fill: '#99f6e4', stroke: '#0f766e', text: '#042f2e' },
  container: { fill: '#c7d2fe', stroke: '#4338ca', text: '#1e1b4b' },
  middleware: { fill: '#fbcfe8', stroke: '#be185d', text: '#500724' },
  app: { fill: '#ddd6fe', stroke: '#6d28d9', text: '#2e1065' },
  job: { fill: '#fed7aa', stroke: '#c2410c', text: '#431407' },
  // Fabric (issue 14): a cluster in stone grey under everything, storage pools in cyan.
  cluster: { fill: '#f5f5f4', stroke: '#57534e', text: '#1c1917' },
  pool: { fill: '#a5f3fc', stroke: '#0e7490', text: '#083344' },
  // Network (issue 14): a switch's band in fuchsia, a network function's block in lime.
  switch: { fill: '#f5d0fe', stroke: '#a21caf', text: '#4a044e' },
  function: { fill: '#d9f99d', stroke: '#4d7c0f', text: '#1a2e05' },
};

const DARK: Record<LegendStyle, Swatch> = {
  hardware: { fill: '#334155', stroke: '#94a3b8', text: '#f1f5f9' },
  hypervisor: { fill: '#713f12', stroke: '#f59e0b', text: '#fef3c7' },
  os: { fill: '#14532d', stroke: '#4ade80', text: '#dcfce7' },
  vm: { fill: '#1e3a8a', stroke: '#60a5fa', text: '#dbeafe' },
  desktops: { fill: '#0c4a6e', stroke: '#38bdf8', text: '#e0f2fe' },
  runtime: { fill: '#134e4a', stroke: '#2dd4bf', text: '#ccfbf1' },
  container: { fill: '#312e81', stroke: '#818cf8', text: '#e0e7ff' },
  middleware: { fill: '#831843', stroke: '#f472b6', text: '#fce7f3' },
  app: { fill: '#4c1d95', stroke: '#a78bfa', text: '#ede9fe' },
  job: { fill: '#7c2d12', stroke: '#fb923c', text: '#ffedd5' },
  cluster: { fill: '#292524', stroke: '#a8a29e', text: '#f5f5f4' },
  pool: { fill: '#164e63', stroke: '#22d3ee', text: '#cffafe' },
  switch: { fill: '#701a75', stroke: '#e879f9', text: '#fae8ff' },
  function: { fill: '#365314', stroke: '#a3e635', text: '#ecfccb' },
};

// High contrast: black or white fills so text contrast is maximal; the kind shows in the border.
const HC_DARK: Record<LegendStyle, Swatch> = {
  hardware: { fill: '#000000', stroke: '#ffffff', text: '#ffffff' },
  hypervisor: { fill: '#000000', stroke: '#ffd700', text: '#ffffff' },
  os: { fill: '#000000', stroke: '#3ff23f', text: '#ffffff' },
  vm: { fill: '#000000', stroke: '#6fc3df', text: '#ffffff' },
  desktops: { fill: '#000000', stroke: '#87cefa', text: '#ffffff' },
  runtime: { fill: '#000000', stroke: '#40e0d0', text: '#ffffff' },
  container: { fill: '#000000', stroke: '#9f9fff', text: '#ffffff' },
  middleware: { fill: '#000000', stroke: '#ff69b4', text: '#ffffff' },
  app: { fill: '#000000', stroke: '#d9a6ff', text: '#ffffff' },
  job: { fill: '#000000', stroke: '#ffa500', text: '#ffffff' },
  cluster: { fill: '#000000', stroke: '#c0c0c0', text: '#ffffff' },
  pool: { fill: '#000000', stroke: '#00bfff', text: '#ffffff' },
  switch: { fill: '#000000', stroke: '#ff00ff', text: '#ffffff' },
  function: { fill: '#000000', stroke: '#adff2f', text: '#ffffff' },
};

const HC_LIGHT: Record<LegendStyle, Swatch> = {
  hardware: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  hypervisor: { fill: '#ffffff', stroke: '#8a5a00', text: '#000000' },
  os: { fill: '#ffffff', stroke: '#006400', text: '#000000' },
  vm: { fill: '#ffffff', stroke: '#0f4a85', text: '#000000' },
  desktops: { fill: '#ffffff', stroke: '#1f5f8b', text: '#000000' },
  runtime: { fill: '#ffffff', stroke: '#00625a', text: '#000000' },
  container: { fill: '#ffffff', stroke: '#3a2ea8', text: '#000000' },
  middleware: { fill: '#ffffff', stroke: '#a0105a', text: '#000000' },
  app: { fill: '#ffffff', stroke: '#5b16a8', text: '#000000' },
  job: { fill: '#ffffff', stroke: '#a33c00', text: '#000000' },
  cluster: { fill: '#ffffff', stroke: '#4a4a4a', text: '#000000' },
  pool: { fill: '#ffffff', stroke: '#005f73', text: '#000000' },
  switch: { fill: '#ffffff', stroke: '#86198f', text: '#000000' },
  function: { fill: '#ffffff', stroke: '#3f6212', text: '#000000' },
};

/** The page behind the diagram in each theme kind, for exports and captions. */
export const BACKGROUNDS: Readonly<Record<ThemeKind, Swatch>> = {
  light: { fill: '#ffffff', stroke: '#d0d7de', text: '#1f2328' },
  dark: { fill: '#1e1e1e', stroke: '#3c3c3c', text: '#cccccc' },
  highContrast: { fill: '#000000', stroke: '#6fc3df', text: '#ffffff' },
  highContrastLight: { fill: '#ffffff', stroke: '#0f4a85', text: '#000000' },
};

// Print (issue 15): black on white for paper and grey-scale copies. Colour is gone, so each
// kind keeps apart from its neighbours by two things a grey-scale copy keeps: a fill from a few
// well-separated greys (every one light enough for black text at WCAG AAA, 7:1) and a border
// of its own, solid, dashed or dotted, always black and drawn thicker than on screen.
const PRINT: Record<LegendStyle, Swatch> = {
  hardware: { fill: '#d4d4d4', stroke: '#000000', text: '#000000' },
  hypervisor: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  os: { fill: '#ececec', stroke: '#000000', text: '#000000' },
  vm: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  desktops: { fill: '#ececec', stroke: '#000000', text: '#000000' },
  runtime: { fill: '#d4d4d4', stroke: '#000000', text: '#000000' },
  container: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  middleware: { fill: '#ececec', stroke: '#000000', text: '#000000' },
  app: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  job: { fill: '#d4d4d4', stroke: '#000000', text: '#000000' },
  cluster: { fill: '#ffffff', stroke: '#000000', text: '#000000' },
  pool: { fill: '#ececec', stroke: '#000000', text: '#000000' },
  switch: { fill: '#d4d4d4', stroke: '#000000', text: '#000000' },
  function: { fill: '#ececec', stroke: '#000000', text: '#000000' },
};

/** The border of each kind in print: an SVG `stroke-dasharray` ('' is solid) and a width in px. */
export const PRINT_BORDERS: Readonly<Record<LegendStyle, { readonly dash: string; readonly width: number }>> = {
  hardware: { dash: '', width: 3 },
  hypervisor: { dash: '', width: 2 },
  os: { dash: '8 3', width: 2 },
  vm: { dash: '4 2', width: 1.5 },
  desktops: { dash: '2 2', width: 2 },
  runtime: { dash: '8 3', width: 1.5 },
  container: { dash: '2 2', width: 1.5 },
  middleware: { dash: '6 2 2 2', width: 1.5 },
  app: { dash: '6 2 2 2', width: 2 },
  job: { dash: '4 2', width: 2 },
  cluster: { dash: '10 4', width: 2 },
  pool: { dash: '', width: 2.5 },
  switch: { dash: '6 2 2 2', width: 2.5 },
  function: { dash: '1 2', width: 2.5 },
};

/** The themes an export may be drawn in: VS Code's kinds and print. */
export type ExportTheme = ThemeKind | 'print';

/** Every export theme. */
export const EXPORT_THEMES: readonly ExportTheme[] = [...THEME_KINDS, 'print'];

/** The palette of an export theme. */
export function exportPalette(theme: ExportTheme): Readonly<Record<LegendStyle, Swatch>> {
  return theme === 'print' ? PRINT : PALETTES[theme];
}

/** The page behind an export; print is white paper with black text. */
export function exportBackground(theme: ExportTheme): Swatch {
  return theme === 'print' ? { fill: '#ffffff', stroke: '#000000', text: '#000000' } : BACKGROUNDS[theme];
}

/** Every palette by theme kind. */
export const PALETTES: Readonly<Record<ThemeKind, Readonly<Record<LegendStyle, Swatch>>>> = {
  light: LIGHT, dark: DARK, highContrast: HC_DARK, highContrastLight: HC_LIGHT,
};

/** The swatch of a block style; captions take the page's text colour and no box. */
export function swatch(theme: ThemeKind, style: BlockStyle): Swatch {
  if (style === 'caption') {
    const bg = BACKGROUNDS[theme];
    return { fill: 'none', stroke: 'none', text: bg.text };
  }
  return PALETTES[theme][style];
}

/** WCAG contrast ratio of two `#rrggbb` colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (la + 0.05) / (lb + 0.05);
}

function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  const channel = (c: number): number => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}
