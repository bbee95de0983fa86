// Output for documents (issue 15) in a real VS Code: `virtstack.export.onSave` writes the
// diagram beside the file on save while its preview is open, in the export theme, with the
// stack's <title> and <desc>, and writes nothing when it is off; a save with no preview open
// says once that nothing was written, and its action opens the preview that writes the image.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { inspectPreviews, virtstack } from './api';
import { fixture, hasContent, readText, removeFolder, scratchFolder, waitForAsync, writeText } from './helpers';

describe('export for documents (issue 15)', function () {
  this.timeout(60_000);
  const config = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('virtstack.export');

  after(async () => {
    await config().update('onSave', undefined, vscode.ConfigurationTarget.Global);
    await config().update('theme', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('writes NAME.svg beside the file on save while its preview is open, and nothing when the setting is off', async () => {
    const dir = await scratchFolder('virtstack-beside-');
    const file = vscode.Uri.joinPath(dir, 'beside.virt');
    await writeText(file, await readText(fixture('datacenter.virt')));
    const svg = vscode.Uri.joinPath(dir, 'beside.svg');
    await config().update('onSave', 'svg', vscode.ConfigurationTarget.Global);
    await config().update('theme', 'print', vscode.ConfigurationTarget.Global);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), vscode.ViewColumn.One);
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    const deadline = Date.now() + 30_000;
    while (!(await inspectPreviews()).some((p) => p.rendered !== undefined) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# saved once\n')));
    assert.ok(await editor.document.save());
    await waitForAsync('beside.svg', () => hasContent(svg), 30_000);
    const text = await readText(svg);
    assert.match(text, /^<\?xml[^>]*>\s*<svg [^>]*role="img"[^>]*><title id="vs-export-name">Mixed data centre<\/title><desc id="vs-export-desc">Hardware /);
    // Print: black on white, whatever the editor's theme.
    assert.match(text, /g\.node\.vm rect[^}]*stroke:#000000/);
    await vscode.workspace.fs.delete(svg);
    await config().update('onSave', 'off', vscode.ConfigurationTarget.Global);
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# saved twice\n')));
    assert.ok(await editor.document.save());
    await new Promise((r) => setTimeout(r, 1500));
    assert.equal(await hasContent(svg), false, 'nothing is written with the setting off');
    assert.equal(editor.document.isDirty, false);
    await removeFolder(dir);
  });

  it('says once per file that a save wrote nothing beside it without a preview, and its action opens one that writes the image', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const dir = await scratchFolder('virtstack-beside-');
    const file = vscode.Uri.joinPath(dir, 'alone.virt');
    await writeText(file, await readText(fixture('datacenter.virt')));
    const svg = vscode.Uri.joinPath(dir, 'alone.svg');
    await config().update('onSave', 'svg', vscode.ConfigurationTarget.Global);
    const api = await virtstack();
    api.saveBeside.lastNotice = undefined;
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(file), vscode.ViewColumn.One);
    assert.equal((await inspectPreviews()).length, 0, 'no preview is open');
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# saved alone\n')));
    assert.ok(await editor.document.save());
    await waitForAsync('the notice', async () => api.saveBeside.lastNotice !== undefined, 10_000);
    assert.equal(api.saveBeside.lastNotice, 'alone.svg was not written: saving beside takes the image from the stack preview, and no preview of alone.virt is open. Open one and it writes the image now, and on every save while it stays open.');
    assert.equal(await hasContent(svg), false, 'nothing was written');
    // Told once: a second save says nothing more.
    api.saveBeside.lastNotice = undefined;
    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# saved again\n')));
    assert.ok(await editor.document.save());
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(api.saveBeside.lastNotice, undefined);
    // The notice's action, as its button runs it.
    await api.saveBeside.openAndWrite(editor.document);
    await waitForAsync('alone.svg', () => hasContent(svg), 30_000);
    assert.match(await readText(svg), /<title id="vs-export-name">Mixed data centre<\/title>/);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString(), 'the editor keeps the focus');
    assert.equal((await inspectPreviews()).length, 1);
    await removeFolder(dir);
  });
});
