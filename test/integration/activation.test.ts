import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, openFixture, readText, waitFor } from './helpers';

interface CommandContribution {
  command: string;
  title: string;
}

describe('activation', () => {
  it('activates when a .virt file is opened and gives it the virt language', async () => {
    const ext = extension();
    const doc = await openFixture('hello.virt');
    assert.equal(doc.languageId, 'virt');
    await waitFor('the extension to activate', () => ext.isActive);
    assert.equal(ext.isActive, true);
  });

  it('registers every command contributed in package.json', async () => {
    const ext = extension();
    await openFixture('hello.virt');
    await waitFor('the extension to activate', () => ext.isActive);
    // Read the file, not ext.packageJSON, so the test sees exactly what ships, including commands added later.
    const manifest = JSON.parse(await readText(vscode.Uri.joinPath(ext.extensionUri, 'package.json'))) as {
      contributes?: { commands?: CommandContribution[] };
    };
    const contributed = (manifest.contributes?.commands ?? []).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((id) => !registered.has(id));
    assert.deepEqual(missing, [], `contributed in package.json but not registered by activate(): ${missing.join(', ')}`);
  });
});
