import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { FINDINGS } from '../../src/core/diagnostics';
import { simulate } from '../../src/core/simulation';
import { KOREAN, readBundle } from './bundles';

const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');

describe('Korean messages', () => {
  const en = readBundle('en');
  const ko = readBundle('ko');

  it('translate every message with the same placeholders', () => {
    for (const id of Object.keys(FINDINGS)) {
      assert.ok(/[가-힣]/.test(ko[id]), `${id} has no Korean text`);
      assert.equal(placeholders(ko[id]), placeholders(en[id]), id);
    }
  });

  it('render every finding of mistakes.virt without English words from the checker', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'mistakes.virt'), 'utf8');
    for (const d of analyze(text).diagnostics) {
      const ko = KOREAN.textOf(d.messageId, d.args, d.message);
      assert.ok(/[가-힣]/.test(ko), ko);
      // Connective words only the English texts use: if one shows, an argument escaped translation.
      const prose = ko.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, '');
      assert.doesNotMatch(prose, /\b(the|is|are|must|mean|needs|cannot|greater|number|hypervisor|runtime|host OS|guest OS|VM)\b/, ko);
    }
  });

  it('render a suggestion and a layer in Korean', () => {
    const { diagnostics } = analyze('hardware h { cpu 4; memory 8 GiB; os linux "L" { hypervisor virtualbx { } vm x { } } }');
    const ko = diagnostics.map((d) => KOREAN.textOf(d.messageId, d.args, d.message));
    assert.ok(ko.some((m) => m.includes("'virtualbox'을(를) 뜻하셨나요?")), ko.join('\n'));
    assert.ok(ko.some((m) => m.includes('호스트 OS L 위에')), ko.join('\n'));
  });

  it('fall back to the English text for an unknown message id', () => {
    assert.equal(KOREAN.textOf('no.such.id', [], 'English'), 'English');
  });
});

describe('Korean simulation refusals', () => {
  it('say in Korean why a run is refused', () => {
    const cases = [
      'stack "empty"\n',
      'hardware h { cpu 4; memory 8 GiB; hypervisor kvm { vm v { vcpu 99; memory 1 GiB } } }',
      'simulate { duration 3650 d; step 1 s }\nhardware h { cpu 4; memory 8 GiB }',
    ];
    for (const text of cases) {
      const outcome = simulate(analyze(text));
      assert.equal(outcome.status, 'refused', text);
      if (outcome.status === 'refused') assert.match(KOREAN.text(outcome.refusal.text), /[가-힣]/, outcome.refusal.message);
    }
  });
});
