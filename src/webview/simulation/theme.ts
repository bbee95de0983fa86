// Colours and fonts of the charts. The UI's (text, grid, tooltips) are read from VS Code's theme
// variables so that light, dark and high-contrast themes all stay readable, again whenever the
// theme changes. The data's own colours stay apart for readers with any common colour-vision
// deficiency: a categorical palette for lines (Okabe & Ito, "Color Universal Design", 2008), in
// the variant of the theme's brightness, and a sequential ramp for the heatmap (viridis, van der
// Walt & Smith for matplotlib, 2015); VS Code's `--vscode-charts-*` colours are six, and two
// pairs of them are hard to tell apart. The colour sets are free of the DOM, for unit tests.

/** Whether the editor's background is light or dark; picks the variant of each colour set. */
export type Brightness = 'light' | 'dark';

// Okabe–Ito's eight colours, in their published order: black, orange, sky blue, bluish green,
// yellow, blue, vermillion, reddish purple. Each background drops the one it hides: yellow
// (#F0E442) nearly vanishes on white, black on a dark editor. Seven remain on either.
const OKABE_ITO_LIGHT = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#CC79A7', '#56B4E9', '#000000'] as const;
const OKABE_ITO_DARK = ['#56B4E9', '#E69F00', '#009E73', '#F0E442', '#CC79A7', '#D55E00', '#0072B2'] as const;

/** The line colours on a background, all different: a chart draws at most this many lines. */
export function linePalette(brightness: Brightness): readonly string[] {
  return brightness === 'light' ? OKABE_ITO_LIGHT : OKABE_ITO_DARK;
}

/** Most lines one chart draws: the palette's size, so that no two visible lines share a colour. */
export const MAX_LINES = OKABE_ITO_LIGHT.length;

// viridis sampled at 0, 0.1, … 1 (the R package's viridis(11)); between samples the ramp is
// interpolated in sRGB, which keeps its lightness rising (a unit test checks it).
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54], [0x48, 0x25, 0x76], [0x41, 0x44, 0x87], [0x35, 0x60, 0x8d], [0x2a, 0x78, 0x8e], [0x21, 0x91, 0x8c],
  [0x22, 0xa8, 0x84], [0x43, 0xbf, 0x71], [0x7a, 0xd1, 0x51], [0xbb, 0xdf, 0x27], [0xfd, 0xe7, 0x25],
];

/**
 * The heatmap's colour of a share `x` from 0 (idle, dark violet) to 1 (full, yellow), as
 * [r, g, b]: viridis's own direction in every theme, so that "brighter is busier" reads the same
 * in light and dark, and its lightness rises evenly, so that the order survives in greyscale.
 * NaN (no data) and values outside 0..1 are clamped to the ends.
 */
export function rampColour(x: number): [number, number, number] {
  const clamped = Number.isNaN(x) ? 0 : Math.min(1, Math.max(0, x));
  const at = clamped * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(at));
  const f = at - i;
  const [a, b] = [VIRIDIS[i], VIRIDIS[i + 1]];
  return [0, 1, 2].map((c) => Math.round(a[c] + f * (b[c] - a[c]))) as [number, number, number];
}

/** A colour as CSS, with an alpha from 0 to 1: `#0072B2` at 0.2 → `rgba(0, 114, 178, 0.2)`. */
export function withAlpha(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255}, ${alpha})`;
}


/** What the charts are drawn with. */
export interface ChartTheme {
  readonly foreground: string;
  readonly grid: string;
  readonly font: string;
  readonly fontSize: number;
  /** The line colours, all different (theme.ts). */
  readonly series: readonly string[];
  readonly highContrast: boolean;
  readonly tooltipBackground: string;
  readonly tooltipBorder: string;
}

/** The current theme's chart colours and font. */
export function chartTheme(): ChartTheme {
  const style = getComputedStyle(document.body);
  const css = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const classes = document.body.classList;
  const highContrast = classes.contains('vscode-high-contrast') || classes.contains('vscode-high-contrast-light');
  // VS Code marks light themes (high-contrast light too) with a class; anything else is dark.
  const brightness: Brightness = classes.contains('vscode-light') || classes.contains('vscode-high-contrast-light') ? 'light' : 'dark';
  const foreground = css('--vscode-charts-foreground', css('--vscode-editor-foreground', '#808080'));
  return {
    foreground,
    grid: css('--vscode-charts-lines', highContrast ? foreground : 'rgba(128, 128, 128, 0.35)'),
    font: css('--vscode-font-family', 'sans-serif'),
    fontSize: Number.parseFloat(css('--vscode-font-size', '13px')) || 13,
    series: linePalette(brightness),
    highContrast,
    tooltipBackground: css('--vscode-editorHoverWidget-background', css('--vscode-editor-background', '#252526')),
    tooltipBorder: css('--vscode-editorHoverWidget-border', css('--vscode-contrastBorder', '#454545')),
  };
}

/** Calls `changed` when VS Code switches the theme (it changes the body's class). */
export function onThemeChange(changed: () => void): void {
  new MutationObserver(changed).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
