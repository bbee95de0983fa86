// Colours and fonts of the charts, read from VS Code's theme variables so that light, dark and
// high-contrast themes all stay readable; read again whenever the theme changes.

/** What the charts are drawn with. */
export interface ChartTheme {
  readonly foreground: string;
  readonly grid: string;
  readonly font: string;
  readonly fontSize: number;
  readonly series: readonly string[];
  readonly highContrast: boolean;
  readonly tooltipBackground: string;
  readonly tooltipBorder: string;
}

const SERIES_VARS = ['--vscode-charts-blue', '--vscode-charts-orange', '--vscode-charts-green', '--vscode-charts-purple', '--vscode-charts-red', '--vscode-charts-yellow'];
/** Used when a theme (or a test page) does not define the chart colours. */
const FALLBACK = ['#3794ff', '#d18616', '#89d185', '#b180d7', '#f14c4c', '#cca700'];

/** The current theme's chart colours and font. */
export function chartTheme(): ChartTheme {
  const style = getComputedStyle(document.body);
  const css = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const highContrast = document.body.classList.contains('vscode-high-contrast') || document.body.classList.contains('vscode-high-contrast-light');
  const foreground = css('--vscode-charts-foreground', css('--vscode-editor-foreground', '#808080'));
  return {
    foreground,
    grid: css('--vscode-charts-lines', highContrast ? foreground : 'rgba(128, 128, 128, 0.35)'),
    font: css('--vscode-font-family', 'sans-serif'),
    fontSize: Number.parseFloat(css('--vscode-font-size', '13px')) || 13,
    series: SERIES_VARS.map((v, i) => css(v, FALLBACK[i])),
    highContrast,
    tooltipBackground: css('--vscode-editorHoverWidget-background', css('--vscode-editor-background', '#252526')),
    tooltipBorder: css('--vscode-editorHoverWidget-border', css('--vscode-contrastBorder', '#454545')),
  };
}

/** Calls `changed` when VS Code switches the theme (it changes the body's class). */
export function onThemeChange(changed: () => void): void {
  new MutationObserver(changed).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}
