import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { virtstack } from './api';
import { openFixture, waitFor } from './helpers';
import { openScratch } from './scratch';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

/** Counts calls of an object's methods, still calling them through. */
function spy<T extends object>(target: T, names: string[]): { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  for (const name of names) {
    const methods = target as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = methods[name];
    assert.equal(typeof original, 'function', name);
    calls[name] = 0;
    methods[name] = function (this: unknown, ...args: unknown[]) {
      calls[name]++;
      return original.apply(this, args);
    };
  }
  return { calls };
}

describe('panels, settings and what they listen to', function () {
  this.timeout(60_000);

  afterEach(async () => {
    for (const editor of vscode.window.visibleTextEditors) {
      if (editor.document.isUntitled || editor.document.isDirty) {
        await vscode.window.showTextDocument(editor.document, editor.viewColumn);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('a closed preview hears nothing more: edits, cursor moves, other editors, settings', async () => {
    const api = await virtstack();
    const doc = await openScratch('hardware h {\n  cpu 8 cores; memory 16 GiB\n  hypervisor kvm { vm web { vcpu 2; memory 4 GiB; os linux "Debian 12" } }\n}\n');
    const editor = vscode.window.activeTextEditor!;
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await waitFor('the preview to draw', () => api.previews.all.some((p) => p.rendered !== undefined), 20_000);
    const [preview] = api.previews.all;
    const { calls } = spy(preview, ['refresh', 'followCursor', 'follow']);

    // While open, each of these reaches the preview.
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '# open\n'));
    editor.selection = new vscode.Selection(new vscode.Position(2, 2), new vscode.Position(2, 2));
    await waitFor('the open preview to hear the edit and the cursor', () => calls.refresh > 0 && calls.followCursor > 0);

    preview.panel.dispose();
    await waitFor('the closed preview to be forgotten', () => !api.previews.all.includes(preview));
    assert.equal(preview.isDisposed, true);
    for (const k of Object.keys(calls)) calls[k] = 0;

    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.window.activeTextEditor!.edit((e) => e.insert(new vscode.Position(0, 0), '# closed\n'));
    vscode.window.activeTextEditor!.selection = new vscode.Selection(new vscode.Position(3, 1), new vscode.Position(3, 1));
    await openFixture('hello.virt');
    const config = vscode.workspace.getConfiguration('virtstack.preview');
    await config.update('followCursor', false, vscode.ConfigurationTarget.Global);
    await config.update('followCursor', undefined, vscode.ConfigurationTarget.Global);
    await new Promise((r) => setTimeout(r, 300));
    assert.deepEqual(calls, { refresh: 0, followCursor: 0, follow: 0 }, 'a listener of the closed preview is still registered');
    assert.equal(preview.post({ type: 'highlight' }), false, 'a closed preview posts nothing');
  });

  it('a closed results panel is forgotten, posts nothing and is opened afresh by the next run', async () => {
    const api = await virtstack();
    const doc = await openFixture('hello.virt');
    await vscode.commands.executeCommand('virtstack.simulation.run');
    const panel = api.simulation.panels.get(doc.uri);
    assert.ok(panel, 'the run opened a panel');
    panel.panel.dispose();
    await waitFor('the panel to be forgotten', () => api.simulation.panels.get(doc.uri) === undefined);
    assert.equal(panel.isDisposed, true);
    assert.equal(panel.post({ type: 'status', status: { state: 'idle' } }), false);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('virtstack.simulation.run');
    const next = api.simulation.panels.get(doc.uri);
    assert.ok(next && next !== panel && !next.isDisposed);
  });

  it('ignores a malformed message from a page, in both panels alike', async () => {
    const api = await virtstack();
    const doc = await openFixture('hypervisor.virt');
    await vscode.commands.executeCommand('virtstack.simulation.run');
    await vscode.window.showTextDocument(doc, vscode.ViewColumn.One);
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await waitFor('the preview to draw', () => api.previews.all.some((p) => p.rendered !== undefined), 20_000);
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === doc)!;
    const before = editor.selection;
    // A block id the generator never makes, and a span that ends before it starts.
    api.previews.all[0].deliver({ type: 'selectBlock', diagram: 'rack-01', block: 'x1', focusEditor: true });
    api.simulation.panels.get(doc.uri)!.deliver({ type: 'reveal', start: 9, end: 3 });
    api.simulation.panels.get(doc.uri)!.deliver('not even an object');
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(editor.selection.isEqual(before), 'nothing was selected');
    assert.equal(api.previews.all.length, 1);
    assert.ok(api.simulation.panels.get(doc.uri));
  });

  it('a change of the limits is checked with the new limits: the cache forgets before diagnostics run again', async () => {
    const api = await virtstack();
    // 4 vCPUs on 32 cores: an overcommit of 0.125, within any limit but the one set below.
    const doc = await openScratch('hardware h {\n  cpu 32 cores; memory 64 GiB\n  hypervisor kvm { vm web { vcpu 4; memory 4 GiB; os linux "Debian 12" } }\n}\n');
    await waitFor('the file to be checked clean', () => vscode.languages.getDiagnostics(doc.uri).length === 0 && api.settings.for(doc.uri).validation.limits.cpuOvercommit === 4);
    const config = vscode.workspace.getConfiguration('virtstack.validation');
    try {
      await config.update('cpuOvercommitRatio', 0.1, vscode.ConfigurationTarget.Global);
      await waitFor('VS401 under the new limit', () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'VS401'));
      assert.equal(api.settings.for(doc.uri).validation.limits.cpuOvercommit, 0.1);
    } finally {
      await config.update('cpuOvercommitRatio', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor('the finding to go with the limit', () => vscode.languages.getDiagnostics(doc.uri).length === 0);
  });

  it('a setting that does not fit falls back to its default, and the extension keeps working', async () => {
    const api = await virtstack();
    const preview = vscode.workspace.getConfiguration('virtstack.preview');
    const validation = vscode.workspace.getConfiguration('virtstack.validation');
    try {
      await preview.update('maxBlocks', 'lots', vscode.ConfigurationTarget.Global);
      await validation.update('memoryOvercommitRatio', -1, vscode.ConfigurationTarget.Global);
      const doc = await openScratch('hardware h {\n  cpu 4 cores\n  memory 8 Gbps\n}\n');
      await waitFor('diagnostics despite the settings', () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'VS103'));
      const settings = api.settings.for(doc.uri);
      assert.equal(settings.preview.maxBlocks, 2000);
      assert.equal(settings.validation.limits.memoryOvercommit, 1);
      await vscode.commands.executeCommand('virtstack.preview.openToSide');
      await waitFor('the preview to draw', () => api.previews.all.some((p) => p.rendered !== undefined), 20_000);
    } finally {
      await preview.update('maxBlocks', undefined, vscode.ConfigurationTarget.Global);
      await validation.update('memoryOvercommitRatio', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
