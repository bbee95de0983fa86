import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, waitFor } from './helpers';
import { openScratch } from './scratch';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);

describe('diagnostics', () => {
  it('shows every code that mistakes.virt marks, at the text it names', async () => {
    const doc = await openFixture('mistakes.virt');
    await waitFor('diagnostics of mistakes.virt', () => vscode.languages.getDiagnostics(doc.uri).length > 40);
    const found = vscode.languages.getDiagnostics(doc.uri);
    const shown = new Set(found.map(codeOf));
    const marked = new Set(doc.getText().match(/VS\d{3}/g));
    const missing = [...marked].filter((c) => !shown.has(c) && c !== 'VS006' && c !== 'VS011');
    assert.deepEqual(missing, []);
    assert.ok(found.every((d) => d.source === 'virtstack'));

    // One precise range: the unit that does not fit.
    const line = doc.getText().split('\n').findIndex((l) => l.includes('memory 64 Gbps'));
    const unit = found.find((d) => codeOf(d) === 'VS103' && d.range.start.line === line);
    assert.ok(unit, 'VS103 on the memory line');
    assert.equal(doc.getText(unit.range), '64 Gbps');
    assert.equal(unit.severity, vscode.DiagnosticSeverity.Error);
  });

  it('clears a finding when an edit fixes it', async () => {
    const doc = await openScratch('hardware h {\n  cpu 4 cores\n  memory 8 Gbps\n}\n');
    assert.equal(doc.languageId, 'virt');
    await waitFor('VS103 on the untitled file', () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'VS103'));
    const at = doc.getText().indexOf('Gbps');
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, new vscode.Range(doc.positionAt(at), doc.positionAt(at + 4)), 'GiB');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the findings to clear', () => vscode.languages.getDiagnostics(doc.uri).length === 0);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('commands', () => {
  it('Check Current File, New Stack File and Show Language Reference run without error', async () => {
    await openFixture('mistakes.virt');
    await vscode.commands.executeCommand('virtstack.checkFile');
    await vscode.commands.executeCommand('virtstack.newFile');
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.languageId, 'virt');
    assert.ok(editor?.document.getText().includes('hypervisor kvm'));
    // Add one mistake: once it is reported, the starter file has been checked, and it must be the only finding.
    const uri = editor!.document.uri;
    await editor!.edit((e) => e.insert(new vscode.Position(0, 0), 'cpus 4\n'));
    await waitFor('the new file to be checked', () => vscode.languages.getDiagnostics(uri).length > 0);
    assert.deepEqual(vscode.languages.getDiagnostics(uri).map(codeOf), ['VS100']);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await vscode.commands.executeCommand('virtstack.showLanguageReference');
  });
});
