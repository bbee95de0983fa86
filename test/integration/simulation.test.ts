import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeResults, inspectPreviews, inspectSimulation as inspect, revealFromResults, type SimulationInfo as Inspection } from './api';
import { openFixture, readText, removeFolder, scratchFolder, waitFor } from './helpers';
const panelOf = async (uri: vscode.Uri): Promise<Inspection['panels'][number] | undefined> => (await inspect()).panels.find((p) => p.resource === uri.toString());

/** Polls until the panel of `uri` satisfies `check`, returning it. */
async function waitForPanel(uri: vscode.Uri, what: string, check: (p: Inspection['panels'][number]) => boolean, timeoutMs = 20_000): Promise<Inspection['panels'][number]> {
  let last: Inspection['panels'][number] | undefined;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    last = await panelOf(uri);
    if (last && check(last)) return last;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`timed out waiting for ${what}; last panel state: ${JSON.stringify(last)}`);
}

describe('simulation', () => {
  it('runs on an example and opens the results panel with its charts', async () => {
    const doc = await openFixture('hypervisor.virt');
    await vscode.commands.executeCommand('virtstack.simulation.run');
    assert.equal((await inspect()).runs[doc.uri.toString()], 'done');
    // Host, VM, contention and memory charts plus the consolidation bars.
    const panel = await waitForPanel(doc.uri, 'the charts to be drawn', (p) => p.rendered?.version === p.version && p.version > 0);
    assert.equal(panel.status.state, 'done');
    assert.ok(panel.rendered!.charts >= 4, `${panel.rendered!.charts} charts`);
    assert.ok(panel.hasResult);

    // Running again updates the same panel in place.
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('virtstack.simulation.compare');
    const again = await waitForPanel(doc.uri, 'the second run to be drawn', (p) => p.version > panel.version && p.rendered?.version === p.version);
    assert.equal((await inspect()).panels.filter((p) => p.resource === doc.uri.toString()).length, 1);
    assert.equal(again.status.state, 'done');
  });

  it('refuses a file with errors in an opened panel that names the first error, and its button selects that error', async () => {
    await closeResults();
    const doc = await openFixture('mistakes.virt');
    await waitFor('the diagnostics of mistakes.virt', () => vscode.languages.getDiagnostics(doc.uri).some((d) => d.severity === vscode.DiagnosticSeverity.Error));
    // The first error is the one that starts first in the file, whatever order they are listed in.
    const first = vscode.languages.getDiagnostics(doc.uri)
      .filter((d) => d.severity === vscode.DiagnosticSeverity.Error)
      .sort((a, b) => a.range.start.compareTo(b.range.start))[0];
    const code = typeof first.code === 'object' ? String(first.code.value) : String(first.code);
    await vscode.commands.executeCommand('virtstack.simulation.run');
    assert.equal((await inspect()).runs[doc.uri.toString()], 'refused');
    const panel = await waitForPanel(doc.uri, 'the panel to open, refused', (p) => p.status.state === 'refused');
    assert.ok(panel.status.message?.includes(`on line ${first.range.start.line + 1}: ${code} `), `the reason names line ${first.range.start.line + 1} and ${code}: ${panel.status.message}`);
    assert.ok(panel.status.at, 'the status carries the span that "Go to source" reveals');

    // Move the cursor away, then press the page's button: the editor selects the error.
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await revealFromResults(doc.uri, panel.status.at.start, panel.status.at.end);
    await waitFor('the error to be selected', () => vscode.window.activeTextEditor?.document === doc && vscode.window.activeTextEditor.selection.isEqual(first.range));
  });

  it('opens the results in a third group, beside the editor and its preview, not over the preview', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await closeResults();
    const doc = await openFixture('host-os.virt');
    await vscode.commands.executeCommand('virtstack.preview.openToSide');
    await waitFor('the preview beside the editor', () => vscode.window.tabGroups.all.length === 2);
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('virtstack.simulation.run');
    const results = await waitForPanel(doc.uri, 'the results', (p) => p.status.state === 'done');
    const editorColumn = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.viewColumn;
    const previewColumn = (await inspectPreviews()).find((p) => p.resource === doc.uri.toString())?.viewColumn;
    assert.deepEqual([editorColumn, previewColumn, results.viewColumn], [1, 2, 3], 'editor, preview and results each in a group of their own, left to right');
    // The tab groups reach the extension host after the panel's column does: wait for them.
    await waitFor('three editor groups', () => vscode.window.tabGroups.all.length === 3);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('exports the last result as JSON and CSV', async () => {
    const doc = await openFixture('container.virt');
    const dir = await scratchFolder('virtstack-export-');
    try {
      const json = vscode.Uri.joinPath(dir, 'container.json');
      await vscode.commands.executeCommand('virtstack.simulation.export', doc.uri, 'json', json);
      const result = JSON.parse(await readText(json)) as { version: number; entities: { name: string }[]; consolidation: unknown };
      assert.equal(result.version, 1);
      assert.ok(result.entities.some((e) => e.name === 'frontend'));
      assert.ok(result.consolidation);
      const csv = vscode.Uri.joinPath(dir, 'container.csv');
      await vscode.commands.executeCommand('virtstack.simulation.export', doc.uri, 'series-csv', csv);
      assert.match(await readText(csv), /^time_s,entity,kind,host,/);
    } finally {
      await removeFolder(dir);
    }
  });

  it('lets the user settings override the duration and seed of the file', async () => {
    const doc = await openFixture('container.virt');
    const config = vscode.workspace.getConfiguration('virtstack.simulation');
    const dir = await scratchFolder('virtstack-override-');
    try {
      await config.update('duration', '2 h', vscode.ConfigurationTarget.Global);
      await config.update('seed', 9, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('virtstack.simulation.run');
      const json = vscode.Uri.joinPath(dir, 'override.json');
      await vscode.commands.executeCommand('virtstack.simulation.export', doc.uri, 'json', json);
      const settings = (JSON.parse(await readText(json)) as { settings: { duration: number; step: number; seed: number } }).settings;
      assert.deepEqual([settings.duration, settings.step, settings.seed], [7200, 60, 9]);
      // A setting that is not a duration stops the run with a message instead of running on defaults.
      await config.update('duration', 'soon', vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('virtstack.simulation.run');
      assert.equal((await inspect()).runs[doc.uri.toString()], 'refused');
      const panel = await panelOf(doc.uri);
      assert.match(panel?.status.message ?? '', /virtstack\.simulation\.duration is not a duration/);
    } finally {
      await config.update('duration', undefined, vscode.ConfigurationTarget.Global);
      await config.update('seed', undefined, vscode.ConfigurationTarget.Global);
      await removeFolder(dir);
    }
  });

  it('cancels a long run, and the panel keeps the last complete result', async () => {
    const containers = Array.from({ length: 300 }, (_, i) => `    container c${i} { cpu 0.1..0.5; memory 64 MiB..128 MiB; app a${i} { load random 10%..90% seed ${i} } }`).join('\n');
    const text = (duration: string): string => `hardware big {\n  cpu 64 cores; memory 256 GiB\n  os linux "Debian 12"\n  runtime docker {\n${containers}\n  }\n}\nsimulate { duration ${duration}; step 1 m }\n`;
    const doc = await vscode.workspace.openTextDocument({ language: 'virt', content: text('1 h') });
    const editor = await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('virtstack.simulation.run');
    const first = await waitForPanel(doc.uri, 'the short run', (p) => p.status.state === 'done' && p.rendered?.version === p.version);

    // Sixty days of 601 entities: far longer than the test waits.
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text('60 d')));
    const running = vscode.commands.executeCommand('virtstack.simulation.run');
    await waitForPanel(doc.uri, 'the long run to make progress', (p) => p.status.state === 'running' && (p.status.percent ?? 0) >= 1);
    await vscode.commands.executeCommand('virtstack.simulation.cancel');
    await running;
    const after = await waitForPanel(doc.uri, 'the cancellation', (p) => p.status.state === 'cancelled');
    // A percentage has one decimal wherever it appears (core/format.ts).
    assert.match(after.status.message ?? '', /Cancelled at \d+\.\d %\. The results below are from the last complete run\./);
    assert.equal(after.version, first.version);
    assert.ok(after.hasResult);
    assert.equal((await inspect()).runs[doc.uri.toString()], 'cancelled');

    // Running again while a run is going replaces it: the panel ends with the newer result.
    const long = vscode.commands.executeCommand('virtstack.simulation.run');
    await waitForPanel(doc.uri, 'the long run to start again', (p) => p.status.state === 'running' && (p.status.percent ?? 0) >= 1);
    await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), text('2 h')));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('virtstack.simulation.run');
    await long;
    const last = await waitForPanel(doc.uri, 'the newer run', (p) => p.status.state === 'done' && p.version > first.version && p.rendered?.version === p.version);
    assert.equal((await inspect()).runs[doc.uri.toString()], 'done');
    assert.equal(last.status.state, 'done');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});
