import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { waitFor } from './helpers';
import { openScratch } from './scratch';

// The suite also runs with Korean as the display language; the services then write Korean.
const korean = vscode.env.language.toLowerCase().startsWith('ko');
const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
const labelOf = (i: vscode.CompletionItem): string => (typeof i.label === 'string' ? i.label : i.label.label);

const open = openScratch;

async function close(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
}

/** The position of the n-th `needle` in the document, plus `delta` characters. */
function at(doc: vscode.TextDocument, needle: string, delta = 0): vscode.Position {
  const i = doc.getText().indexOf(needle);
  assert.ok(i >= 0, `'${needle}' not in the document`);
  return doc.positionAt(i + delta);
}

describe('language services in VS Code', () => {
  afterEach(close);

  it('completion offers only type-1 hypervisors on bare hardware, with type and summary', async () => {
    const doc = await open('hardware h {\n  cpu 8 cores; memory 32 GiB\n  hypervisor \n}\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(2, 13), ' ');
    const labels = list.items.map(labelOf);
    for (const p of ['kvm', 'esxi', 'hyper-v', 'xen', 'proxmox']) assert.ok(labels.includes(p), `${p} in ${labels.join(', ')}`);
    for (const p of ['virtualbox', 'docker', 'qemu']) assert.ok(!labels.includes(p), `${p} offered on bare hardware`);
    const kvm = list.items.find((i) => labelOf(i) === 'kvm')!;
    assert.equal(kvm.detail, korean ? 'KVM · 유형 1 (베어메탈)' : 'KVM · type 1 (bare metal)');
    assert.equal(kvm.kind, vscode.CompletionItemKind.Module);
  });

  it('completion at the head of a line offers what may stand in that block', async () => {
    const doc = await open('hardware h {\n  cpu 8 cores; memory 32 GiB\n  os linux {\n    \n  }\n}\n');
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, new vscode.Position(3, 4));
    // Every item is the extension's, snippets included (a static snippets file used to offer
    // hardware, container, simulate and the whole stacks everywhere): nothing that cannot stand here.
    const labels = new Set(list.items.map(labelOf));
    for (const k of ['hypervisor', 'runtime', 'middleware', 'app', 'job', 'runtime { … }']) assert.ok(labels.has(k), k);
    for (const k of ['vm', 'container', 'vcpu', 'hardware', 'simulate', 'hardware { … }', 'container { … }']) assert.ok(!labels.has(k), k);
    assert.ok(![...labels].some((l) => l.startsWith('stack')), [...labels].join(', '));
  });

  it('hover explains a product and a block', async () => {
    const doc = await open('hardware h {\n  cpu 8 cores; memory 32 GiB\n  hypervisor esxi {\n    vm web { vcpu 4; memory 8 GiB; os linux "Debian 12" }\n  }\n}\n');
    const product = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'esxi', 1));
    const text = product.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    assert.match(text, korean ? /VMware ESXi\*\* · 하이퍼바이저, 유형 1 \(베어메탈\)/ : /VMware ESXi\*\* · hypervisor, type 1 \(bare metal\)/);
    assert.match(text, korean ? /하이퍼바이저 가상화/ : /hypervisor virtualization/);
    const vm = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'web', 1));
    const vmText = vm.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    assert.match(vmText, korean ? /\| CPU \| vCPU 4개 \| 8코어 \|/ : /\| CPU \| 4 vCPUs \| 8 cores \|/);
  });

  it('a quick fix puts a type-2 hypervisor on a host OS, and the finding goes', async () => {
    const doc = await open('hardware laptop {\n  cpu 8 cores; memory 16 GiB\n  hypervisor virtualbox { }\n}\n');
    await waitFor('VS201', () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'VS201'));
    const range = new vscode.Range(at(doc, 'virtualbox', 2), at(doc, 'virtualbox', 2));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix?.edit, `no preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.title, korean ? 'Oracle VirtualBox을(를) 새 Windows 호스트 OS 위에서 실행' : 'Run Oracle VirtualBox on a new Windows host OS');
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(doc.getText(), 'hardware laptop {\n  cpu 8 cores; memory 16 GiB\n  os windows {\n    hypervisor virtualbox { }\n  }\n}\n');
    await waitFor('the finding to clear', () => vscode.languages.getDiagnostics(doc.uri).length === 0);
  });

  it('rename changes the name and its references, and refuses a clash', async () => {
    const doc = await open('hardware h {\n  cpu 8 cores; memory 16 GiB\n  os linux {\n    app db\n    app web { depends db }\n  }\n}\n');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at(doc, 'depends db', 9), 'store');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), 'hardware h {\n  cpu 8 cores; memory 16 GiB\n  os linux {\n    app store\n    app web { depends store }\n  }\n}\n');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', doc.uri, at(doc, 'app web', 5), 'store')),
      (err: Error) => (korean ? /이미 4번째 줄의 애플리케이션 이름입니다/ : /already the name of the app on line 4/).test(err.message),
    );
  });

  it('format document indents by two spaces and spaces tokens, and a second format changes nothing', async () => {
    const doc = await open('hardware h{\n\tcpu   4 cores ;memory 8GiB\nos linux{app a{load daily 20 % .. 90% peak 14:00}}\n}');
    const edits = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
    const edit = new vscode.WorkspaceEdit();
    edit.set(doc.uri, edits);
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.equal(doc.getText(), 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux { app a { load daily 20%..90% peak 14:00 } }\n}\n');
    const again = await vscode.commands.executeCommand<vscode.TextEdit[]>('vscode.executeFormatDocumentProvider', doc.uri, { tabSize: 4, insertSpaces: true });
    assert.deepEqual(again ?? [], []);
  });
});

// Runs in the Korean run too (its suite is filtered to "localization"): the services must follow the display language.
describe('localization of the language services', () => {
  afterEach(close);

  it('hovers, completion details and quick-fix titles are written in the display language', async () => {
    const doc = await open('hardware h {\n  cpu 8 cores; memory 16 GiB\n  os linux {\n    runtime docker { container c { os windows } }\n  }\n}\n');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at(doc, 'docker', 1));
    const text = hovers.map((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value)).join('\n')).join('\n');
    assert.match(text, korean ? /\*\*제공하는 가상화:\*\* 컨테이너 가상화/ : /\*\*Provides:\*\* container virtualization/);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at(doc, '    runtime'));
    const runtime = list.items.find((i) => labelOf(i) === 'runtime' && i.kind !== vscode.CompletionItemKind.Snippet);
    assert.equal(runtime?.detail, korean ? '컨테이너 런타임' : 'container runtime');
    const range = new vscode.Range(at(doc, 'windows', 1), at(doc, 'windows', 1));
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
    assert.deepEqual(actions.map((a) => a.title), [korean ? '호스트 커널 사용: Linux' : "Use the host's kernel: Linux"]);
  });
});
