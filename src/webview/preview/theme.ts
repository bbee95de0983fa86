// Colours come from VS Code's theme through CSS variables, so the diagram follows a theme
// switch at once, without being drawn again. The palette of the layer kinds is the core's.
import { BACKGROUNDS, LEGEND_ORDER, PALETTES, type Swatch, type ThemeKind } from '../../core/diagram/palette';
import type { PreviewTheme } from '../../shared/previewProtocol';

/** The kind of theme VS Code shows, from the class it puts on the body. */
export function vscodeThemeKind(body: HTMLElement = document.body): ThemeKind {
  const c = body.classList;
  if (c.contains('vscode-high-contrast-light')) return 'highContrastLight';
  if (c.contains('vscode-high-contrast')) return 'highContrast';
  if (c.contains('vscode-dark')) return 'dark';
  return 'light';
}

/** The theme the diagram is drawn in: the setting, or VS Code's own for `auto`. */
export function effectiveTheme(setting: PreviewTheme): ThemeKind {
  return setting === 'auto' ? vscodeThemeKind() : setting;
}

/**
 * Writes the palette as CSS variables on the root. With a theme forced in the settings the
 * page background and text follow it too, so light blocks never sit on a dark page by accident.
 */
export function applyTheme(setting: PreviewTheme): ThemeKind {
  const theme = effectiveTheme(setting);
  const root = document.documentElement.style;
  for (const kind of LEGEND_ORDER) setSwatch(root, kind, PALETTES[theme][kind]);
  const page = BACKGROUNDS[theme];
  const forced: Record<string, string> = { '--vs-bg': page.fill, '--vs-fg': page.text, '--vs-muted': page.text, '--vs-border': page.stroke };
  for (const [name, value] of Object.entries(forced)) {
    if (setting === 'auto') root.removeProperty(name);
    else root.setProperty(name, value);
  }
  document.body.dataset.theme = theme;
  return theme;
}

function setSwatch(root: CSSStyleDeclaration, kind: string, s: Swatch): void {
  root.setProperty(`--vs-${kind}-fill`, s.fill);
  root.setProperty(`--vs-${kind}-stroke`, s.stroke);
  root.setProperty(`--vs-${kind}-text`, s.text);
}

/** Calls back when VS Code switches its theme (it changes the body's classes). */
export function onThemeChange(callback: () => void): void {
  new MutationObserver(callback).observe(document.body, { attributes: true, attributeFilter: ['class'] });
}

/** The editor's font with CJK fallbacks, so Korean labels are measured and drawn with a font that has them. */
export function diagramFont(): string {
  const vscodeFont = getComputedStyle(document.body).getPropertyValue('--vscode-font-family').trim();
  const base = vscodeFont || 'system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif';
  return `${base}, "Noto Sans CJK KR", "Noto Sans KR", "Apple SD Gothic Neo", "Malgun Gothic", sans-serif`;
}
