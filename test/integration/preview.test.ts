import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { clickBlock, inspectPreviews as inspect, type PreviewInfo, reloadPreviews, zoomPreview } from './api';
import { extension, fixture, hasContent, openFixture, readBytes, readText, removeFolder, scratchFolder, waitFor, waitForAsync, writeText } from './helpers';

/** Whether keybindings are shown for macOS: the Node host knows its platform, the web worker host only the browser's. */
const onMac = (): boolean => (typeof process === 'object' ? process.platform === 'darwin' : /Mac OS X|Macintosh/.test(globalThis.navigator?.userAgent ?? ''));

/** Waits until the only preview satisfies `check`, and returns it. */
async function preview(what: string, check: (p: PreviewInfo) => boolean, timeoutMs = 20_000): Promise<PreviewInfo> {
  let last: PreviewInfo[];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    last = await inspect();
    const found = last.find(check);
    if (found) return found;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}; previews: ${JSON.stringify(last).slice(0, 600)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function untitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'virt', content });
  return vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
}

async function replace(editor: vscode.TextEditor, from: string, to: string): Promise<void> {
  const at = editor.document.getText().indexOf(from);
  assert.ok(at >= 0, `${from} is in the text`);
  const ok = await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + from.length)), to));
  assert.ok(ok);
}

const STACK = 'stack "Web tier"\nhardware node1 {\n  cpu 32 cores\n  memory 256 GiB\n  hypervisor kvm {\n    vm web {\n      vcpu 4\n      memory 16 GiB\n      os linux "Ubuntu 24.04"\n      app shop\n    }\n  }\n}\n';

describe('stack preview', function () {
  this.timeout(60_000);

  afterEach(async () => {
    // Untitled files would ask to be saved; revert them, then close whatever is left.
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.isUntitled || editor.document.isDirty) {
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const deadline = Date.now() + 5_000;
    while ((await inspect()).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual((await inspect()).map((p) => p.resource), [], 'closing the panels disposes the previews');
  });

  it('opens beside the editor by command, draws the file, and is restored after a reload with its zoom', async () => {
    await openFixture('hypervisor.virt');
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    const p = await preview('the drawing of hypervisor.virt', (p) => (p.rendered?.labels ?? []).some((l) => l.includes('rack-01')));
    assert.equal(p.resource, fixture('hypervisor.virt').toString());
    assert.equal(p.viewColumn, vscode.ViewColumn.Two);
    assert.ok(p.title.includes('hypervisor.virt'));
    assert.ok(p.rendered?.labels.some((l) => l.includes('ESXi')));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), p.resource, 'the editor keeps the focus');
    assert.equal(p.counts.violations, 0, 'mermaid needs nothing the Content-Security-Policy forbids');

    await zoomPreview('reset');
    await zoomPreview('in');
    await preview('the zoom to reach the host', (p) => p.view?.zoom === 1.25 && p.view.fit === false);
    await reloadPreviews();
    const restored = await preview('the restored preview to draw', (p) => p.rendered !== undefined);
    assert.equal(restored.resource, p.resource);
    assert.equal(restored.rendered?.view.zoom, 1.25, 'zoom restored from the saved state');
    assert.equal(restored.rendered?.view.fit, false);
    const manifest = JSON.parse(await readText(vscode.Uri.joinPath(extension().extensionUri, 'package.json'))) as { activationEvents: string[] };
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:virtstack.preview'), 'a reload activates the extension to restore the panel');
  });

  it('binds Ctrl+Shift+V and Ctrl+K V in .virt editors, as Markdown does, and they open the preview', async () => {
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    await waitFor('the default keybindings', () => vscode.window.activeTextEditor?.document.getText().includes('"key"') ?? false);
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    const bindings = JSON.parse(text.replace(/^\s*\/\/.*$/gm, '')) as { key: string; command: string; when?: string }[];
    const ours = bindings.filter((b) => b.command.startsWith('virtstack.preview'));
    const find = (command: string) => ours.find((b) => b.command === command && b.when?.includes('editorLangId == \'virt\''));
    const open = find('virtstack.preview.open');
    const side = find('virtstack.preview.openToSide');
    assert.equal(open?.key, onMac() ? 'cmd+shift+v' : 'ctrl+shift+v', JSON.stringify(ours));
    assert.equal(side?.key, onMac() ? 'cmd+k v' : 'ctrl+k v', JSON.stringify(ours));
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    // The bound command, run as the keybinding runs it (no arguments, the .virt editor active).
    await openFixture('host-os.virt');
    await vscode.commands.executeCommand(open!.command);
    const p = await preview('the preview of host-os.virt', (p) => (p.rendered?.labels ?? []).some((l) => l.includes('VirtualBox')));
    assert.equal(p.viewColumn, vscode.ViewColumn.One, 'Open Preview opens in the editor\'s own column');
  });

  it('redraws as the text changes, sends nothing for a comment, and selects a clicked block\'s declaration', async () => {
    const editor = await untitled(STACK);
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    const first = await preview('the first drawing', (p) => (p.rendered?.labels ?? []).some((l) => l.startsWith('VM web')));
    await replace(editor, 'vm web {', 'vm checkout {');
    const second = await preview('the drawing of the edit', (p) => (p.rendered?.labels ?? []).some((l) => l.startsWith('VM checkout')));
    assert.equal(second.rendered?.drawn, 1);
    assert.ok(second.rendered!.version > first.rendered!.version);

    const posted = second.counts.posted;
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# a comment changes nothing on screen\n'));
    await preview('the comment edit to be skipped', (p) => p.counts.skipped > second.counts.skipped);
    assert.equal((await inspect())[0].counts.posted, posted, 'no message for an edit that changes nothing drawn');

    // b2 is the VM: hardware b0, hypervisor b1, vm b2.
    await clickBlock('node1', 'b2');
    await waitFor('the VM declaration to be selected', () => editor.document.getText(editor.selection) === 'vm checkout');
    assert.equal(editor.selection.start.line, 6);
  });

  it('highlights the block under the cursor', async () => {
    const editor = await untitled(STACK);
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await preview('the first drawing', (p) => p.rendered !== undefined);
    const at = editor.document.positionAt(editor.document.getText().indexOf('vcpu 4'));
    editor.selection = new vscode.Selection(at, at);
    await preview('the VM to be highlighted', (p) => p.highlight?.block === 'b2' && p.highlight.diagram === 'node1');
    const app = editor.document.positionAt(editor.document.getText().indexOf('app shop') + 4);
    editor.selection = new vscode.Selection(app, app);
    await preview('the app to be highlighted', (p) => p.highlight?.block === 'b4');
  });

  it('follows the active .virt editor until locked, as Markdown\'s dynamic preview does', async () => {
    await openFixture('hello.virt');
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await preview('hello.virt drawn', (p) => p.resource.endsWith('hello.virt') && p.rendered !== undefined);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('container.virt')), vscode.ViewColumn.One);
    await preview('the preview to follow to container.virt', (p) => p.resource.endsWith('container.virt') && (p.rendered?.labels ?? []).some((l) => l.includes('Docker')));
    await vscode.commands.executeCommand('workbench.action.focusSecondEditorGroup');
    await vscode.commands.executeCommand('virtstack.preview.toggleLock');
    const locked = await preview('the lock', (p) => p.locked);
    assert.ok(locked.title.startsWith('['), locked.title);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(fixture('hello.virt')), vscode.ViewColumn.One);
    await new Promise((r) => setTimeout(r, 300));
    assert.ok((await inspect())[0].resource.endsWith('container.virt'), 'a locked preview stays on its file');
  });

  it('keeps the drawing under a notice when the file turns into another language, and draws it again when it comes back', async () => {
    const editor = await untitled(STACK);
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await preview('the first drawing', (p) => p.rendered !== undefined);
    await vscode.languages.setTextDocumentLanguage(editor.document, 'plaintext');
    await preview('the notice', (p) => (p.notice ?? '').includes('plaintext'));
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === editor.document.uri.toString());
    assert.ok(doc);
    await vscode.languages.setTextDocumentLanguage(doc, 'virt');
    await preview('the notice to go', (p) => p.notice === undefined && p.rendered !== undefined);
  });

  it('follows a renamed file and says when it is deleted, with a % in its name shown as it is', async () => {
    const dir = await scratchFolder('virtstack-preview-');
    const first = vscode.Uri.joinPath(dir, 'before.virt');
    // A name that is not valid percent-encoding: the title once decoded it again and threw.
    const second = vscode.Uri.joinPath(dir, 'after 50%.virt');
    await writeText(first, STACK);
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(first));
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await preview('before.virt drawn', (p) => p.rendered !== undefined);
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(first, second);
    assert.ok(await vscode.workspace.applyEdit(rename));
    const moved = await preview('the preview to follow the rename', (p) => p.resource === second.toString());
    assert.ok(moved.title.includes('after 50%.virt'), moved.title);
    await vscode.commands.executeCommand('workbench.action.files.save');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await vscode.workspace.fs.delete(second);
    // The file watcher tells the preview; no refresh is asked for.
    await preview('the notice of the deletion', (p) => (p.notice ?? '').includes('after 50%.virt'), 20_000);
    await removeFolder(dir);
  });

  it('exports SVG and PNG files and copies Mermaid Markdown', async () => {
    await openFixture('container.virt');
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await preview('the drawing', (p) => p.rendered !== undefined);
    const dir = await scratchFolder('virtstack-export-');
    const svg = vscode.Uri.joinPath(dir, 'stack.svg');
    const png = vscode.Uri.joinPath(dir, 'stack.png');
    await vscode.commands.executeCommand('virtstack.preview.exportSvg', svg);
    await vscode.commands.executeCommand('virtstack.preview.exportPng', png);
    await waitForAsync('both files', async () => (await hasContent(svg)) && (await hasContent(png)), 20_000);
    assert.match(await readText(svg), /<svg[^>]*>[\s\S]*Docker Engine/);
    assert.equal(String.fromCharCode(...(await readBytes(png)).subarray(1, 4)), 'PNG');
    await vscode.commands.executeCommand('virtstack.preview.copyMermaid');
    const copied = await vscode.env.clipboard.readText();
    assert.match(copied, /^```mermaid\nblock-beta\n {2}columns 3\n/);
    assert.match(copied, /classDef container fill:#c7d2fe/);
    await removeFolder(dir);
  });

  it('opens many previews at once and releases each when its panel closes', async () => {
    for (const name of ['hello.virt', 'host-os.virt', 'hypervisor.virt', 'container.virt', 'datacenter.virt', 'mistakes.virt']) {
      await openFixture(name);
      await vscode.commands.executeCommand('virtstack.preview.openLockedToSide');
      await vscode.commands.executeCommand('workbench.action.focusFirstEditorGroup');
    }
    const all = await inspect();
    assert.equal(all.length, 6);
    assert.ok(all.every((p) => p.locked));
    await preview('the largest to be drawn', (p) => p.resource.endsWith('datacenter.virt') && p.rendered !== undefined);
    assert.deepEqual((await inspect()).map((p) => p.counts.violations), [0, 0, 0, 0, 0, 0]);
    // afterEach closes them and checks that none is left.
  });
});
