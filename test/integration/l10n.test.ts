import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { openFixture, testOptions, waitFor } from './helpers';

const codeOf = (d: vscode.Diagnostic): string => String(typeof d.code === 'object' ? d.code.value : d.code);
const korean = testOptions().locale === 'ko';

describe('localization', () => {
  it('shows diagnostics in VS Code display language', async () => {
    if (korean) assert.match(vscode.env.language, /^ko/, `the Korean run must really have Korean as display language, not ${vscode.env.language}`);
    const doc = await openFixture('mistakes.virt');
    await waitFor('diagnostics of mistakes.virt', () => vscode.languages.getDiagnostics(doc.uri).length > 40);
    const line = doc.getText().split('\n').findIndex((l) => l.includes('memory 64 Gbps'));
    const unit = vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'VS103' && d.range.start.line === line);
    assert.ok(unit, 'VS103 on the memory line');
    if (korean) assert.equal(unit.message, "'memory'에는 크기 단위를 써야 하는데 Gbps은(는) 전송 속도 단위입니다. 다음 중 하나를 쓰세요: KiB, MiB, GiB, TiB, KB, MB, GB, TB.");
    else assert.equal(unit.message, "'memory' measures a size, but Gbps is a unit of a bit rate. Use one of: KiB, MiB, GiB, TiB, KB, MB, GB, TB.");
  });
});
