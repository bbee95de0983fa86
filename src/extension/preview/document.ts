// The file a preview shows, followed through renames, deletion and changes on disk.
import * as vscode from 'vscode';
import { Disposable } from '../dispose';
import { fileName } from '../documents';

/** The document, or a notice saying why there is none (or why it is not what it was). */
export interface DocumentRead {
  readonly document?: vscode.TextDocument;
  readonly notice?: string;
}

/** Host-side words that depend on the file. */
export interface HostStrings {
  title(resource: vscode.Uri, locked: boolean): string;
  notVirt(resource: vscode.Uri, languageId: string): string;
  notFound(resource: vscode.Uri): string;
  closed(resource: vscode.Uri): string;
  deletedButOpen(resource: vscode.Uri): string;
}

/** Tracks one previewed file. */
export class PreviewDocument extends Disposable {
  private watcher?: vscode.FileSystemWatcher;
  private deleted = false;

  constructor(
    private current: vscode.Uri,
    private readonly strings: HostStrings,
    /** Called when the file changed outside the editor, was deleted or renamed. */
    private readonly changed: (renamed: boolean) => void,
  ) {
    super();
    // The watcher changes with the file; whichever is current goes when the document does.
    this._register({ dispose: () => this.watcher?.dispose() });
    this.watch();
    this._register(vscode.workspace.onDidRenameFiles((e) => {
      for (const { oldUri, newUri } of e.files) {
        const moved = movedTo(this.current, oldUri, newUri);
        if (moved) {
          this.setUri(moved);
          this.changed(true);
        }
      }
    }));
  }

  /** The file's URI. */
  get uri(): vscode.Uri {
    return this.current;
  }

  /** Points at another file. */
  setUri(uri: vscode.Uri): void {
    this.current = uri;
    this.deleted = false;
    this.watch();
  }

  /** The open document, or the file opened from disk; a notice when neither is there. */
  async read(): Promise<DocumentRead> {
    const key = this.current.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key && !d.isClosed);
    if (open) return { document: open, notice: this.deleted ? this.strings.deletedButOpen(this.current) : undefined };
    // An untitled file that was closed is gone; opening its URI would make a new, empty one.
    if (this.current.scheme === 'untitled') return { notice: this.strings.closed(this.current) };
    try {
      return { document: await vscode.workspace.openTextDocument(this.current) };
    } catch {
      return { notice: this.strings.notFound(this.current) };
    }
  }

  private watch(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    // Any file system can be watched, not only `file`: on vscode.dev and in a remote window the
    // file is `vscode-vfs:` or `vscode-remote:`. Untitled files and schemes without a file system
    // provider (isWritableFileSystem says undefined) have nothing on disk to watch.
    if (this.isDisposed || this.current.scheme === 'untitled' || vscode.workspace.fs.isWritableFileSystem(this.current.scheme) === undefined) return;
    const folder = vscode.Uri.joinPath(this.current, '..');
    const name = fileName(this.current);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    watcher.onDidDelete(() => {
      this.deleted = true;
      this.changed(false);
    });
    watcher.onDidCreate(() => {
      this.deleted = false;
      this.changed(false);
    });
    // Only changes VS Code does not already know about through an open document.
    watcher.onDidChange(() => {
      if (!vscode.workspace.textDocuments.some((d) => d.uri.toString() === this.current.toString())) this.changed(false);
    });
    this.watcher = watcher;
  }
}

/** Where a file went when it, or a folder above it, was renamed. */
function movedTo(file: vscode.Uri, oldUri: vscode.Uri, newUri: vscode.Uri): vscode.Uri | undefined {
  const f = file.toString();
  const o = oldUri.toString();
  if (f === o) return newUri;
  if (f.startsWith(`${o}/`)) return vscode.Uri.parse(newUri.toString() + f.slice(o.length));
  return undefined;
}
