import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { inspectPreviews, inspectSimulation } from './api';
import { extension, readText, testOptions, waitFor } from './helpers';

const korean = testOptions().locale === 'ko';
const EXAMPLES = ['host-os', 'hypervisor', 'container', 'mistakes'];
const copyOf = (name: string) => `untitled:${name}.virt`;

/** Every file under the workspace folder with its size and modification time: what "not written" means here. */
async function snapshot(): Promise<Map<string, string>> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  const out = new Map<string, string>();
  const walk = async (dir: vscode.Uri): Promise<void> => {
    for (const [name, type] of await vscode.workspace.fs.readDirectory(dir)) {
      const full = vscode.Uri.joinPath(dir, name);
      if (type & vscode.FileType.Directory) await walk(full);
      else {
        const stat = await vscode.workspace.fs.stat(full);
        out.set(full.toString(), `${stat.size}:${stat.mtime}`);
      }
    }
  };
  await walk(folder.uri);
  return out;
}

/** Polls an asynchronous condition until it holds or the time is up (the caller asserts afterwards). */
async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

const openCopies = () => vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'untitled' && EXAMPLES.some((n) => d.uri.toString() === copyOf(n)));

/** Reverts and closes the example copies (an untitled file would ask to be saved), then everything else. */
async function closeCopies(): Promise<void> {
  for (const document of openCopies()) {
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

describe('getting-started walkthrough', function () {
  this.timeout(90_000);
  afterEach(closeCopies);

  it('Open Example opens each bundled example as an untitled copy, checked, and writes nothing to the workspace', async () => {
    const before = await snapshot();
    const bundled = (name: string) => readText(vscode.Uri.joinPath(extension().extensionUri, 'examples', `${name}.virt`));
    for (const name of EXAMPLES) {
      await vscode.commands.executeCommand('virtstack.openExample', name);
      const document = vscode.window.activeTextEditor?.document;
      assert.equal(document?.uri.toString(), copyOf(name));
      assert.equal(document.languageId, 'virt');
      assert.equal(document.getText(), await bundled(name));
    }
    // The copy is checked like any .virt file: mistakes.virt shows its findings.
    const mistakes = openCopies().find((d) => d.uri.toString() === copyOf('mistakes'))!;
    await waitFor('findings of the mistakes copy', () => vscode.languages.getDiagnostics(mistakes.uri).length > 40);
    // Opening one again shows the same copy as the learner left it, not a second one.
    const hypervisor = openCopies().find((d) => d.uri.toString() === copyOf('hypervisor'))!;
    const edited = await vscode.window.showTextDocument(hypervisor);
    await edited.edit((e) => e.insert(new vscode.Position(0, 0), '# my note\n'));
    await vscode.commands.executeCommand('virtstack.openExample', 'hypervisor');
    assert.equal(vscode.window.activeTextEditor?.document, hypervisor);
    assert.ok(hypervisor.getText().startsWith('# my note\n'));
    assert.equal(openCopies().length, EXAMPLES.length);
    assert.deepEqual([...(await snapshot())], [...before], 'no file of the workspace was created or changed');
  });

  it('the preview, simulation and comparison steps act on the example opened last, even when another editor is active', async () => {
    await vscode.commands.executeCommand('virtstack.openExample', 'container');
    const copy = vscode.window.activeTextEditor!.document.uri.toString();
    // The walkthrough page is no text editor; a plain-text editor in front stands in for it.
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'not a stack' }));
    await vscode.commands.executeCommand('virtstack.walkthrough.openPreview');
    await until(async () => (await inspectPreviews()).some((p) => p.resource === copy), 15_000);
    assert.ok((await inspectPreviews()).some((p) => p.resource === copy), 'the preview shows the container example');

    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'still not a stack' }));
    await vscode.commands.executeCommand('virtstack.walkthrough.compare');
    await until(async () => (await inspectSimulation()).runs[copy] !== undefined, 60_000);
    const info = await inspectSimulation();
    assert.equal(info.runs[copy], 'done', `the comparison ran on the copy: ${JSON.stringify(info.runs)}`);
    assert.ok(info.panels.some((p) => p.resource === copy && p.hasResult));
    for (const d of vscode.workspace.textDocuments.filter((t) => t.isUntitled && t.languageId === 'plaintext')) {
      await vscode.window.showTextDocument(d);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });
});

describe('localization of the language reference', () => {
  it('Show Language Reference opens the reference in VS Code\'s display language', async () => {
    if (korean) assert.match(vscode.env.language, /^ko/);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('virtstack.showLanguageReference');
    const labels = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label);
    const wanted = korean ? 'language.ko.md' : 'language.md';
    await waitFor(`a Markdown preview of ${wanted}`, () => labels().some((l) => l.includes(wanted)), 15_000);
    if (!korean) assert.ok(!labels().some((l) => l.includes('language.ko.md')), `English display opened ${labels().join(', ')}`);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
});
