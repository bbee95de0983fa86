import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openScratch } from './scratch';

const SOURCE = [
  'stack "Lab"',
  'hardware h {',
  '  cpu 8 cores; memory 16 GiB',
  '  hypervisor kvm {',
  '    vm db { vcpu 2; memory 4 GiB; os linux "Debian 12" }',
  '    vm web {',
  '      vcpu 2; memory 4 GiB',
  '      os linux "Debian 12"',
  '      app shop { depends db }',
  '    }',
  '  }',
  '}',
  '',
].join('\n');

const korean = vscode.env.language.toLowerCase().startsWith('ko');

describe('outline, folding, selection and navigation in VS Code', () => {
  let doc: vscode.TextDocument;
  const pos = (needle: string, delta = 0): vscode.Position => doc.positionAt(doc.getText().indexOf(needle) + delta);

  before(async () => {
    doc = await openScratch(SOURCE);
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the outline nests the layers as the text does', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
    const tree = (list: readonly vscode.DocumentSymbol[], depth = 0): string[] => list.flatMap((s) => [`${'  '.repeat(depth)}${s.name}`, ...tree(s.children, depth + 1)]);
    assert.deepEqual(tree(symbols), ['Lab', 'h', '  KVM', '    db', '      Debian 12', '    web', '      Debian 12', '      shop']);
    const web = symbols[1].children[0].children[1];
    assert.equal(web.detail, korean ? '가상 머신 · 하이퍼바이저 가상화' : 'VM · hypervisor virtualization');
    assert.equal(doc.getText(web.selectionRange), 'web');
  });

  it('blocks fold up to the line before their closing brace', async () => {
    const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
    assert.deepEqual(ranges.map((r) => `${r.start}-${r.end}`), ['1-10', '3-9', '5-8']);
  });

  it('expand selection grows from a word to the whole file', async () => {
    const [first] = await vscode.commands.executeCommand<vscode.SelectionRange[]>('vscode.executeSelectionRangeProvider', doc.uri, [pos('depends db', 9)]);
    const texts: string[] = [];
    for (let r: vscode.SelectionRange | undefined = first; r; r = r.parent) texts.push(doc.getText(r.range));
    assert.deepEqual(texts.slice(0, 3), ['db', 'depends db', 'app shop { depends db }']);
    assert.equal(texts[texts.length - 1], SOURCE);
  });

  it('go to definition and find references of a name', async () => {
    const defs = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, pos('depends db', 9));
    const target = defs.map((d) => ('targetRange' in d ? d.targetRange : d.range))[0];
    assert.ok(target.isEqual(new vscode.Range(pos('vm db', 3), pos('vm db', 5))));
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, pos('vm db', 4));
    assert.deepEqual(refs.map((r) => r.range.start.line).sort(), [4, 8]);
  });

  it('highlights a name where it stands for the same thing, and nothing inside a string', async () => {
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, pos('depends db', 9));
    assert.deepEqual(highlights.map((h) => `${h.range.start.line}:${doc.getText(h.range)}`).sort(), ['4:db', '8:db']);
    const none = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>('vscode.executeDocumentHighlights', doc.uri, pos('"Debian 12"', 1));
    assert.deepEqual(none ?? [], []);
  });
});
