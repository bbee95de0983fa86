// The save-beside setting (`virtstack.export.onSave`, issue 15): what a save writes and where,
// and what a user is told when it cannot. The image is the preview page's drawing (preview.ts
// writes it on save), so a save with no preview of the file open writes nothing; rather than
// stay silent, the first such save of each file in a session says so and offers to open the
// preview, which then writes it. This part lives in the base bundle: before anything has opened
// a preview, the views' bundle is not even loaded (lazyViews.ts).
import * as vscode from 'vscode';
import { Disposable } from './dispose';
import { VIRT_LANGUAGE, fileName, fileStem } from './documents';
import { uiLocalizer } from './l10n';
import type { LazyViews } from './lazyViews';

/** `virtstack.export.onSave` for a file: write the diagram beside it on save, as SVG or PNG, or not. */
export function exportOnSaveSetting(resource: vscode.Uri): 'off' | 'svg' | 'png' {
  const value = vscode.workspace.getConfiguration('virtstack.export', resource).get<unknown>('onSave');
  return value === 'svg' || value === 'png' ? value : 'off';
}

/** `NAME.svg` or `NAME.png` beside a `.virt` file, for the save-beside setting. */
export function besideTarget(resource: vscode.Uri, format: 'svg' | 'png'): vscode.Uri {
  return vscode.Uri.joinPath(resource, '..', `${fileStem(resource, 'stack')}.${format}`);
}

/** What a save of this document writes beside it: the setting's format, or nothing (setting off, an untitled file, not a .virt document). */
export function besideFormat(document: vscode.TextDocument): 'svg' | 'png' | undefined {
  const format = exportOnSaveSetting(document.uri);
  if (format === 'off' || document.uri.scheme === 'untitled' || document.languageId !== VIRT_LANGUAGE) return undefined;
  return format;
}

/** Tells a user, once per file and session, that a save wrote no image beside it for want of a preview. */
export class SaveBesideNotice extends Disposable {
  private readonly told = new Set<string>();
  /** The last notice shown (read by the integration tests). */
  lastNotice?: string;

  constructor(private readonly views: LazyViews, private readonly log: vscode.LogOutputChannel) {
    super();
    this._register(vscode.workspace.onDidSaveTextDocument((d) => this.saved(d)));
  }

  private saved(document: vscode.TextDocument): void {
    const format = besideFormat(document);
    if (!format) return;
    const key = document.uri.toString();
    // With the views not loaded, no preview can be open.
    if (this.views.loaded?.previews.all.some((p) => p.isPreviewOf(document.uri)) || this.told.has(key)) return;
    this.told.add(key);
    const l10n = uiLocalizer();
    const message = l10n.t('preview.export.besideNeedsPreview', fileName(besideTarget(document.uri, format)), fileName(document.uri));
    const action = l10n.t('preview.export.besideOpenPreview');
    this.lastNotice = message;
    void vscode.window.showInformationMessage(message, action).then((chosen) => {
      if (chosen === action) void this.openAndWrite(document);
    });
  }

  /** What the notice's action does: opens the file's preview beside it, which writes the image. */
  async openAndWrite(document: vscode.TextDocument): Promise<void> {
    try {
      await (await this.views.ready()).previews.openAndWriteBeside(document);
    } catch (err) {
      this.log.error(`the image beside ${document.uri.toString()} could not be written: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      void vscode.window.showErrorMessage(uiLocalizer().t('preview.export.besideFailed', fileName(document.uri), err instanceof Error ? err.message : String(err)));
    }
  }
}
