// Saving what the page exported, and the Mermaid Markdown copy.
import * as vscode from 'vscode';
import { type DiagramOptions, MAX_TEXT_SIZE, mermaidMarkdown, type StackModel, stackSource } from '../../core/languageService';
import { uiLocalizer } from '../l10n';

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

/** Asks where to save (unless a target is given) and writes the SVG text or the base64 PNG. */
export async function saveExport(resource: vscode.Uri, format: 'svg' | 'png', data: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const uri = target ?? (await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(resource, format),
    filters: format === 'svg' ? { [uiLocalizer().t('preview.export.svgImage')]: ['svg'] } : { [uiLocalizer().t('preview.export.pngImage')]: ['png'] },
    saveLabel: uiLocalizer().t('preview.export.export'),
  }));
  if (!uri) return undefined;
  const bytes = format === 'svg' ? Buffer.from(data, 'utf8') : Buffer.from(data, 'base64');
  await vscode.workspace.fs.writeFile(uri, bytes);
  if (!target) void vscode.window.showInformationMessage(uiLocalizer().t('preview.export.diagramSavedTo', vscode.workspace.asRelativePath(uri)));
  return uri;
}

/** `stack.virt` → `stack.svg` next to it; untitled files go to the first workspace folder. */
function defaultTarget(resource: vscode.Uri, format: string): vscode.Uri | undefined {
  const name = (resource.path.split('/').pop() ?? 'stack').replace(/\.virt$/i, '') || 'stack';
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
