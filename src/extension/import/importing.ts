// Running an import: the chosen files' text (an open editor's, with its unsaved edits, or the
// file's), the core's importer (src/core/import/), and the result opened beside its source as an
// untitled document named after it, with its preview, so nothing is written until the user
// saves. This module is a bundle of its own, dist/importers.js (dist/web/importers.js on the
// web), which the import commands load on first use (HostPlatform.loadImporters): it carries the
// YAML and XML parsers, which neither activation nor the preview needs.
import * as vscode from 'vscode';
import { importInventory, type ImportFormat, MAX_IMPORT_CHARS } from '../../core/languageService';
import { VIRT_LANGUAGE, fileName, fileStem } from '../documents';
import { uiLocalizer } from '../l10n';

/** Imports the files (at least one) into a `.virt` document opened beside the first, with its preview; a refusal is shown as a message. */
export async function importFiles(from: ImportFormat, files: readonly vscode.Uri[]): Promise<void> {
  const l10n = uiLocalizer();
  const sources: { name: string; text: string }[] = [];
  for (const file of files) {
    const read = await readSource(file);
    if (typeof read === 'string') {
      void vscode.window.showErrorMessage(read);
      return;
    }
    sources.push(read);
  }
  const result = importInventory(sources, { from, l10n });
  if (!result.ok) {
    void vscode.window.showErrorMessage(l10n.t('import.failed', sources.map((s) => s.name).join(', '), result.error));
    return;
  }
  const target = await untitledBeside(files[0]!);
  const document = await vscode.workspace.openTextDocument(target);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(target, new vscode.Range(0, 0, document.lineCount, 0), result.text);
  await vscode.workspace.applyEdit(edit);
  const virt = document.languageId === VIRT_LANGUAGE ? document : await vscode.languages.setTextDocumentLanguage(document, VIRT_LANGUAGE);
  await vscode.window.showTextDocument(virt, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  await vscode.commands.executeCommand('virtstack.preview.openToSide');
  const { hosts, vms, containers } = result.counts;
  const summary = l10n.t('import.done', sources.map((s) => s.name).join(', '), hosts, vms, containers);
  void vscode.window.showInformationMessage(result.unmapped.length > 0 ? `${summary} ${l10n.t('import.doneUnmapped', result.unmapped.length)}` : summary);
}

/** A file's text: the open document's (with unsaved edits) or the file's; a message instead when it cannot be imported. */
async function readSource(uri: vscode.Uri): Promise<{ name: string; text: string } | string> {
  const l10n = uiLocalizer();
  const name = fileName(uri);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { name, text: open.getText() };
  try {
    // Refused before reading: a file over the importers' limit is never loaded into memory. The
    // limit counts UTF-16 units, and UTF-8 takes at most 3 bytes for one, so bytes beyond three
    // times the limit cannot fit; the core refuses what is between.
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return l10n.t('import.notAFile', name);
    if (stat.size > 3 * MAX_IMPORT_CHARS) return l10n.t('import.tooLarge', name, Math.round(MAX_IMPORT_CHARS / 1048576));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(uri));
    return { name, text };
  } catch (err) {
    if (err instanceof TypeError) return l10n.t('import.notText', name);
    return l10n.t('import.cannotRead', name, err instanceof Error ? err.message : String(err));
  }
}

/** `untitled:` beside the source, named after it (`compose.virt`, then `compose-2.virt`, …), so Save proposes that place. */
async function untitledBeside(source: vscode.Uri): Promise<vscode.Uri> {
  const folder = vscode.Uri.joinPath(source, '..');
  const base = fileStem(source, 'import');
  for (let n = 1; n < 1000; n++) {
    const file = vscode.Uri.joinPath(folder, `${n === 1 ? base : `${base}-${n}`}.virt`);
    const untitled = file.with({ scheme: 'untitled' });
    const taken = vscode.workspace.textDocuments.some((d) => d.uri.toString() === untitled.toString()) || (await exists(file));
    if (!taken) return untitled;
  }
  return vscode.Uri.joinPath(folder, `${base}-${Date.now()}.virt`).with({ scheme: 'untitled' });
}

/** Whether something is at the URI. */
async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}
