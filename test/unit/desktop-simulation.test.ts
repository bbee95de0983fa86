import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { labelLines } from '../../src/core/diagram/labels';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import { host } from './helpers';
import { entity, run } from './simulation-helpers';

// The minimal treatment of a desktop pool by the diagram and the simulation (docs/simulation.md,
// "What is simulated"; docs/language.md, "Desktop pools"): one block, one VM entity of `count`
// times a desktop's resources. Expected values come from those rules and the documented formula
// of the per-VM memory overhead.

const esxi = (inner: string, capacity?: string) => host(`  hypervisor esxi {\n${inner}\n  }`, capacity);
const pool = (props: string) => esxi(`    desktops office { broker horizon; ${props} }`);

describe('the diagram of a desktop pool', () => {
  it('draws a pool as one block with its count after its name and its resources per desktop', () => {
    const { model } = analyze(pool('count 200; vcpu 2; memory 4 GiB'));
    const p = model.layers.find((l) => l.kind === 'desktops')!;
    assert.deepEqual(labelLines(p, DEFAULT_DIAGRAM_OPTIONS), ['Desktops office ×200', '2 vCPU / 4 GiB']);
  });
});

describe('simulation of a desktop pool', () => {
  const settings = 'simulate { duration 1 h; step 1 m }\n';

  it('runs a pool as one VM of count times a desktop\'s vCPUs and memory', () => {
    const result = run(`${esxi('    desktops office { broker horizon; count 10; vcpu 2; memory 4 GiB; os windows { app a { load constant 10% } } }', 'cpu 64 cores; memory 256 GiB')}${settings}`);
    const p = result.entities[entity(result, 'office')];
    assert.deepEqual([p.kind, p.cores, p.memory], ['vm', 20, 10 * 4096]);
  });

  it('commits the memory of 10 desktops as it does the memory of 10 VMs alike: each has its own hypervisor overhead', () => {
    // docs/simulation.md: a VM commits its memory plus 0.002 x memory + 218 MiB + 8 MiB per vCPU.
    const vms = Array.from({ length: 10 }, (_, i) => `    vm d${i} { vcpu 2; memory 4 GiB }`).join('\n');
    const poolRun = run(`${esxi('    desktops office { broker horizon; count 10; vcpu 2; memory 4 GiB }', 'cpu 64 cores; memory 256 GiB')}${settings}`);
    const vmRun = run(`${esxi(vms, 'cpu 64 cores; memory 256 GiB')}${settings}`);
    const hostOf = (r: typeof poolRun) => r.stats[entity(r, 'h')].peakMemory;
    assert.equal(hostOf(poolRun), hostOf(vmRun));
    assert.ok(Math.abs(hostOf(poolRun) - 10 * (4096 + 0.002 * 4096 + 218 + 8 * 2)) < 1e-6, String(hostOf(poolRun)));
  });
});
