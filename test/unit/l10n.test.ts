import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { PHRASES } from '../../src/core/l10n/phrases';
import { localize, MESSAGES } from '../../src/core/messages';
import { simulate } from '../../src/core/simulation';

const placeholders = (s: string) => [...new Set(s.match(/\{\d+\}/g) ?? [])].sort().join(' ');

describe('Korean messages', () => {
  it('translate every message with the same placeholders', () => {
    for (const [id, m] of Object.entries(MESSAGES)) {
      assert.ok(/[가-힣]/.test(m.ko), `${id} has no Korean text`);
      assert.equal(placeholders(m.ko), placeholders(m.text), id);
    }
  });

  it('translate every phrase with the same placeholders', () => {
    for (const [id, p] of Object.entries(PHRASES)) {
      if (/[A-Za-z]{3,}/.test(p.en.replace(/\{\d+\}|`[^`]*`/g, '')) && !id.startsWith('token.')) assert.ok(/[가-힣]/.test(p.ko), `${id} has no Korean text`);
      assert.equal(placeholders(p.ko), placeholders(p.en), id);
    }
  });

  it('render every finding of mistakes.virt without English words from the checker', () => {
    const text = readFileSync(join(__dirname, '..', '..', 'examples', 'mistakes.virt'), 'utf8');
    for (const d of analyze(text).diagnostics) {
      const ko = localize(d.messageId, d.args, 'ko', d.message);
      assert.ok(/[가-힣]/.test(ko), ko);
      // Connective words only the English texts use: if one shows, an argument escaped translation.
      const prose = ko.replace(/'[^']*'|`[^`]*`|"[^"]*"/g, '');
      assert.doesNotMatch(prose, /\b(the|is|are|must|mean|needs|cannot|greater|number|hypervisor|runtime|host OS|guest OS|VM)\b/, ko);
    }
  });

  it('render a suggestion and a layer in Korean', () => {
    const { diagnostics } = analyze('hardware h { cpu 4; memory 8 GiB; os linux "L" { hypervisor virtualbx { } vm x { } } }');
    const ko = diagnostics.map((d) => localize(d.messageId, d.args, 'ko', d.message));
    assert.ok(ko.some((m) => m.includes("'virtualbox'을(를) 뜻하셨나요?")), ko.join('\n'));
    assert.ok(ko.some((m) => m.includes('호스트 OS L 위에')), ko.join('\n'));
  });

  it('fall back to the English text for an unknown message id', () => {
    assert.equal(localize('no.such.id', [], 'ko', 'English'), 'English');
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
      if (outcome.status === 'refused') assert.match(outcome.refusal.ko, /[가-힣]/, outcome.refusal.message);
    }
  });
});
