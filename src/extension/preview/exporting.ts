// Saving what the page exported, the export's theme and text for screen readers, the PNG on
// the clipboard, and the Mermaid Markdown copy. Files are written through vscode.workspace.fs
// only (never Node's fs), so a web extension host can save the same way (issue 15).
import * as vscode from 'vscode';
import { type DiagramOptions, MAX_TEXT_SIZE, mermaidMarkdown, type StackModel, stackDescription, stackSource, xmlChars } from '../../core/languageService';
import type { PreviewExportTheme } from '../../shared/previewProtocol';
import { fileStem } from '../documents';
import { uiLocalizer } from '../l10n';

/** The themes a user picks an export in: the preview's own (`auto`), light, dark or print. */
export type ExportThemeChoice = Extract<PreviewExportTheme, 'auto' | 'light' | 'dark' | 'print'>;

const CHOICES: readonly ExportThemeChoice[] = ['auto', 'light', 'dark', 'print'];

/** `virtstack.export.theme` for a file; anything else than its four values reads as `auto`. */
export function exportThemeSetting(resource?: vscode.Uri): ExportThemeChoice {
  const value = vscode.workspace.getConfiguration('virtstack.export', resource).get<unknown>('theme');
  return CHOICES.find((c) => c === value) ?? 'auto';
}

/** Where the last choice is kept in the workspace's memento. */
const LAST_CHOICE_KEY = 'virtstack.export.lastTheme';

/**
 * The theme of the next export, chosen in a quick pick that offers the last choice first (else
 * the setting's). The choice is remembered for the workspace, across reloads, in `memory` (the
 * extension's workspaceState), as the Markdown preview remembers its security choice.
 */
export class ExportThemePicker {
  constructor(private readonly memory: vscode.Memento) {}

  /** The last choice, if the memento holds one of the four (a value from an older version reads as none). */
  private get last(): ExportThemeChoice | undefined {
    const value = this.memory.get<unknown>(LAST_CHOICE_KEY);
    return CHOICES.find((c) => c === value);
  }

  /** Asks; undefined when the pick is dismissed. */
  async pick(resource: vscode.Uri): Promise<ExportThemeChoice | undefined> {
    const l10n = uiLocalizer();
    const first = this.last ?? exportThemeSetting(resource);
    const labels: Record<ExportThemeChoice, string> = {
      auto: l10n.t('preview.export.themeAuto'),
      light: l10n.t('preview.export.themeLight'),
      dark: l10n.t('preview.export.themeDark'),
      print: l10n.t('preview.export.themePrint'),
    };
    const items = [first, ...CHOICES.filter((c) => c !== first)].map((choice) => ({
      label: labels[choice],
      description: choice === this.last ? l10n.t('preview.export.themeLastUsed') : undefined,
      detail: choice === 'print' ? l10n.t('preview.export.themePrintDetail') : undefined,
      choice,
    }));
    const picked = await vscode.window.showQuickPick(items, { title: l10n.t('preview.export.themeTitle') });
    if (picked) await this.memory.update(LAST_CHOICE_KEY, picked.choice);
    return picked?.choice;
  }

  /** The theme without asking: the last choice, else the setting (the clipboard and save-beside use it). */
  current(resource: vscode.Uri): ExportThemeChoice {
    return this.last ?? exportThemeSetting(resource);
  }
}

/** The `<title>` and `<desc>` of an exported SVG: the stack's title and its text, with what XML cannot carry dropped. */
export function exportText(model: StackModel, options: DiagramOptions, fallbackTitle: string): { title: string; desc: string } {
  const l10n = uiLocalizer();
  const kinds = options.strings?.kinds;
  const desc = kinds ? stackDescription(model, kinds, l10n.t('preview.export.descMore', '{0}')) : '';
  return { title: xmlChars(model.title ?? fallbackTitle), desc: xmlChars(desc) };
}

/** Export requests the host sent, by id, with where each one goes (undefined: ask the user). */
export class ExportRequests {
  private readonly targets = new Map<number, vscode.Uri | undefined>();
  private last = 0;

  /** A new request's id; the page's own toolbar uses 0. */
  add(target: vscode.Uri | undefined): number {
    this.targets.set(++this.last, target);
    return this.last;
  }

  /** The target of an answered request; an id the host never handed out (the toolbar's 0) has none. */
  take(id: number): vscode.Uri | undefined {
    const target = this.targets.get(id);
    this.targets.delete(id);
    return target;
  }
}

/**
 * Asks where to save (unless a target is given) and writes the SVG text or the base64 PNG. A
 * dismissed dialog does nothing and says nothing; a write that fails (a read-only file system,
 * no permission) says so in the user's language and leaves the document and the preview as they were.
 */
export async function saveExport(resource: vscode.Uri, format: 'svg' | 'png', data: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? (await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(resource, format),
    filters: format === 'svg' ? { [uiLocalizer().t('preview.export.svgImage')]: ['svg'] } : { [uiLocalizer().t('preview.export.pngImage')]: ['png'] },
    saveLabel: uiLocalizer().t('preview.export.export'),
  }));
  if (!uri) return undefined;
  const bytes = format === 'svg' ? new TextEncoder().encode(data) : base64Bytes(data);
  if (!(await writeOrSay(uri, bytes))) return undefined;
  if (!target) void vscode.window.showInformationMessage(uiLocalizer().t('preview.export.diagramSavedTo', vscode.workspace.asRelativePath(uri)));
  return uri;
}

/** Writes a file through workspace.fs; on failure shows why, localized, and returns false. */
export async function writeOrSay(uri: vscode.Uri, bytes: Uint8Array): Promise<boolean> {
  try {
    await vscode.workspace.fs.writeFile(uri, bytes);
    return true;
  } catch (err) {
    const reason = err instanceof vscode.FileSystemError && err.code === 'NoPermissions'
      ? uiLocalizer().t('preview.export.readOnly')
      : err instanceof Error ? err.message : String(err);
    void vscode.window.showErrorMessage(uiLocalizer().t('preview.export.couldNotWrite', vscode.workspace.asRelativePath(uri), reason));
    return false;
  }
}

/** Base64 to bytes without Node's Buffer (the web extension host has none). */
export function base64Bytes(data: string): Uint8Array {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * What the page answered to a clipboard export. The PNG is on the clipboard, or, where the
 * webview could not put an image there, the SVG markup is copied as text instead and the user is told.
 */
export async function reportCopy(ok: boolean, reason: string | undefined, svg: string | undefined): Promise<void> {
  const l10n = uiLocalizer();
  if (ok) {
    void vscode.window.showInformationMessage(l10n.t('preview.export.copiedPng'));
  } else if (svg) {
    await vscode.env.clipboard.writeText(svg);
    void vscode.window.showWarningMessage(l10n.t('preview.export.copiedSvgInstead', reason ?? ''));
  } else {
    void vscode.window.showErrorMessage(l10n.t('preview.export.copyFailed', reason ?? ''));
  }
}

/** `stack.virt` → `stack.svg` next to it; untitled files go to the first workspace folder. */
function defaultTarget(resource: vscode.Uri, format: string): vscode.Uri | undefined {
  const name = fileStem(resource, 'stack');
  if (resource.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, `${name}.${format}`) : undefined;
  }
  return vscode.Uri.joinPath(resource, '..', `${name}.${format}`);
}

/** Puts the whole stack on the clipboard as a fenced mermaid block; returns the text. */
export async function copyMermaid(model: StackModel, options: DiagramOptions, hasErrors: boolean): Promise<string> {
  const source = stackSource(model, 'light', options);
  const markdown = mermaidMarkdown(source);
  await vscode.env.clipboard.writeText(markdown);
  if (source.length > MAX_TEXT_SIZE) {
    void vscode.window.showWarningMessage(uiLocalizer().t('preview.export.copiedButTheDiagramHas', source.length));
  } else if (hasErrors) {
    void vscode.window.showWarningMessage(uiLocalizer().t('preview.export.copiedAsMermaidMarkdownBut'));
  } else {
    void vscode.window.showInformationMessage(uiLocalizer().t('preview.export.copiedTheDiagramAsMermaid'));
  }
  return markdown;
}
