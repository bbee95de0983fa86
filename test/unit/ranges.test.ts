import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { KOREAN } from './bundles';
import { LIMITS, RULES } from '../../src/core/model/schema';

// Issue 12, bug 8: absurd values passed silently (`cpu 1e300 cores` gave 1.15e299 kWh, a seed
// of 2^32 + 1 ran as seed 1). Every quantity has a documented range; each case below writes a
// value at its bound, which is accepted, and one past it, which is a VS104 finding naming the bound.

const hw = (props: string, inner = ''): string => `hardware h { cpu 8192 cores; memory 4096 TiB; ${props}\n${inner} }\n`;
const onOs = (inner: string): string => hw('', `os linux { ${inner} }`);
const inVm = (props: string): string => hw('', `hypervisor kvm { vm v { ${props} } }`);
const inContainer = (props: string): string => onOs(`runtime docker { container c { ${props} } }`);
const inApp = (props: string): string => onOs(`app a { ${props} }`);
const inJob = (props: string): string => onOs(`job j { work 1 core-h; ${props} }`);
const sim = (settings: string): string => `simulate { ${settings} }\n${hw('')}`;

/** [what, text with the value at its bound, the same past it, the value written past it, the bound as the message names it]. */
const CASES: readonly [string, (v: string) => string, string, string, string][] = [
  ['hardware cpu', (v) => `hardware h { cpu ${v}; memory 1 GiB }`, '8192 cores', '8193 cores', '8192 cores'],
  ['hardware cpu, absurd', (v) => `hardware h { cpu ${v}; memory 1 GiB }`, '8192', '1e300 cores', '8192 cores'],
  ['vcpu', (v) => inVm(`vcpu ${v}; memory 1 GiB`), '8192', '8193', '8192 cores'],
  ['container cpu', (v) => inContainer(`cpu ${v}`), '0.5..8192', '0.5..8193', '8192 cores'],
  ['app cpu', (v) => inApp(`cpu ${v}`), '8192', '8192.5', '8192 cores'],
  ['hardware memory', (v) => `hardware h { cpu 1; memory ${v} }`, '4096 TiB', '4097 TiB', '4096 TiB'],
  ['hardware memory, absurd', (v) => `hardware h { cpu 1; memory ${v} }`, '4096 TiB', '1e300 GiB', '4096 TiB'],
  ['vm memory', (v) => inVm(`vcpu 1; memory ${v}`), '4096 TiB', '4398046511105 MiB', '4096 TiB'],
  ['container memory', (v) => inContainer(`memory ${v}`), '1 GiB..4096 TiB', '1 GiB..4097 TiB', '4096 TiB'],
  ['app memory', (v) => inApp(`memory ${v}`), '4096 TiB', '4503599627370497 KiB', '4096 TiB'],
  ['reserve', (v) => hw(`reserve ${v}`), '4096 TiB', '4097 TiB', '4096 TiB'],
  ['disk', (v) => hw(`disk ${v}`), '65536 TiB', '65537 TiB', '65536 TiB'],
  ['network', (v) => hw(`network ${v}`), '100 Tbps', '101 Tbps', '100 Tbps'],
  ['power idle', (v) => hw(`power idle 50 W peak ${v}`), '1000 kW', '1000001 W', '1000 kW'],
  ['power curve', (v) => hw(`power curve 0 W 1 W 2 W 3 W 4 W 5 W 6 W 7 W 8 W 9 W ${v}`), '1000 kW', '1e7 W', '1000 kW'],
  ['hardware boot', (v) => hw(`boot ${v}`), '1 d', '25 h', '1 d'],
  ['vm boot', (v) => inVm(`vcpu 1; memory 1 GiB; boot ${v}`), '86400 s', '86401 s', '1 d'],
  ['container boot', (v) => inContainer(`boot ${v}`), '1440 m', '1441 m', '1 d'],
  ['simulate boot', (v) => sim(`boot vm ${v}`), '1 d', '1e12 s', '1 d'],
  ['work', (v) => onOs(`job j { work ${v} }`), '100000000000 core-h', '100000000001 core-h', '100000000000 core-h'],
  ['job start', (v) => inJob(`start ${v}`), '365000 d', '365001 d', '365000 d'],
  ['spikes every', (v) => inApp(`load spikes 10%..90% every ${v} for 5 m`), '365000 d', '365001 d', '365000 d'],
  ['spikes for', (v) => inApp(`load spikes 10%..90% every 2 h for ${v}`), '365000 d', '365001 d', '365000 d'],
  ['duration', (v) => sim(`duration ${v}`), '365000 d', '365001 d', '365000 d'],
  ['step', (v) => sim(`step ${v}`), '365000 d', '365001 d', '365000 d'],
  ['simulate seed', (v) => sim(`seed ${v}`), '4294967295', '4294967297', '4294967295'],
  ['load random seed', (v) => inApp(`load random 10%..20% seed ${v}`), '4294967295', '4294967296', '4294967295'],
  ['overcommit cpu', (v) => sim(`overcommit cpu ${v} memory 1.0`), '1000', '1001', '1000'],
  ['overcommit memory', (v) => sim(`overcommit cpu 4 memory ${v}`), '1000', '1000.5', '1000'],
  ['load level', (v) => inApp(`load constant ${v}`), '100%', '101%', '100%'],
  ['load levels', (v) => inApp(`load daily ${v} peak 14:00`), '0%..100%', '0%..100.5%', '100%'],
];

describe('every value has a range (issue 12, bug 8)', () => {
  for (const [what, text, ok, bad, bound] of CASES) {
    it(`${what}: ${ok} is accepted, ${bad} is not`, () => {
      const good = analyze(text(ok)).diagnostics.filter((d) => d.code === 'VS104');
      assert.deepEqual(good.map((d) => d.message), [], `${ok} accepted`);
      const t = text(bad);
      const found = analyze(t).diagnostics.filter((d) => d.code === 'VS104');
      assert.equal(found.length, 1, `one VS104 for ${bad}: ${found.map((d) => d.message).join(' / ')}`);
      const [d] = found;
      assert.ok(bad.includes(t.slice(d.start, d.end).split('..').pop()!), `the finding covers the value: ${t.slice(d.start, d.end)}`);
      assert.ok(d.message.includes(`at most ${bound}`), d.message);
      assert.ok(KOREAN.textOf(d.messageId, d.args, '').includes(`${bound} 이하여야`), 'in Korean too');
    });
  }

  it('an absurd value no longer reaches the model', () => {
    const { model } = analyze('simulate { seed 4294967297; boot vm 1e12 s }\nhardware h { cpu 1e300 cores; memory 1e300 GiB }\n');
    assert.equal(model.simulation.seed, 1, 'the default, not 4294967297 wrapped onto 1 by chance');
    assert.equal(model.simulation.boot.vm, 30);
    assert.equal(model.hosts[0].props.cpu, undefined);
    assert.equal(model.hosts[0].props.memory, undefined);
  });

  it('docs/language.md states every bound, and each rule with a bound says how to write it', () => {
    const docs = readFileSync(join(__dirname, '../../docs/language.md'), 'utf8');
    const section = docs.slice(docs.indexOf('### Ranges of values'), docs.indexOf('### The taxonomy of virtualization'));
    for (const [name, rule] of Object.entries(RULES)) {
      const r = rule as { max?: number; maxWritten?: string };
      if (r.max === undefined) continue;
      assert.ok(r.maxWritten, `${name} names its bound`);
      assert.ok(section.includes(r.maxWritten), `docs state ${r.maxWritten} (${name})`);
    }
    assert.ok(Object.values(LIMITS).every((v) => Number.isFinite(v) && v > 0));
  });
});
