import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { inspectPreviews } from './api';
import { extension, readText, removeFolder, scratchFolder, waitFor, waitForAsync, writeText } from './helpers';

// "VirtStack: Import from Docker Compose / Kubernetes / libvirt…" in VS Code: the Explorer hands
// the command a file; the .virt text opens beside it, untitled and named after it, with its preview.
describe('import commands', () => {
  let dir: vscode.Uri;
  let compose: vscode.Uri;

  before(async () => {
    await extension().activate();
    dir = await scratchFolder('virtstack-import-');
    compose = vscode.Uri.joinPath(dir, 'compose.yaml');
    // A real file (docker/awesome-compose, test/fixtures/import/SOURCES.md), copied where the test may write.
    await writeText(compose, await readText(vscode.Uri.joinPath(extension().extensionUri, 'test', 'fixtures', 'import', 'compose', 'wordpress-mysql_compose.yaml')));
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await removeFolder(dir);
  });

  const untitled = (name: string) => vscode.Uri.joinPath(dir, name).with({ scheme: 'untitled' }).toString();
  const imported = (name: string) => vscode.workspace.textDocuments.find((d) => d.uri.toString() === untitled(name));

  it('opens the import of a Compose file beside it, unsaved, as compose.virt, with its preview', async () => {
    await vscode.commands.executeCommand('virtstack.import.compose', compose, [compose]);
    await waitFor('compose.virt', () => imported('compose.virt') !== undefined);
    const document = imported('compose.virt')!;
    assert.equal(document.languageId, 'virt');
    assert.ok(document.isDirty || document.isUntitled, 'nothing written to disk');
    // wordpress-mysql: the services db and wordpress.
    assert.match(document.getText(), /container db \{/);
    assert.match(document.getText(), /container wordpress \{/);
    await waitForAsync('its preview', async () => (await inspectPreviews()).some((p) => p.resource === document.uri.toString() && p.rendered !== undefined), 20_000);
  });

  it('names a second import of the same file compose-2.virt, leaving the first as it is', async () => {
    await vscode.commands.executeCommand('virtstack.import.compose', compose);
    await waitFor('compose-2.virt', () => imported('compose-2.virt') !== undefined);
    assert.match(imported('compose-2.virt')!.getText(), /container wordpress \{/);
    assert.ok(imported('compose.virt'));
  });

  it('opens nothing for a file that is not of the format, and the workspace keeps its files', async () => {
    const notes = vscode.Uri.joinPath(dir, 'notes.yaml');
    await writeText(notes, 'just: text\n');
    const untitledBefore = vscode.workspace.textDocuments.filter((d) => d.isUntitled).length;
    // The command reports the refusal as an error message and resolves.
    await vscode.commands.executeCommand('virtstack.import.kubernetes', notes);
    assert.equal(imported('notes.virt'), undefined);
    assert.equal(vscode.workspace.textDocuments.filter((d) => d.isUntitled).length, untitledBefore, 'no import opened');
    assert.equal(await readText(notes), 'just: text\n');
  });
});
