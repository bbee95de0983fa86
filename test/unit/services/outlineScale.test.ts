import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { documentSymbols } from '../../../src/core/services/outline/outline';
import { ENGLISH } from '../bundles';
import { pairText, timePair } from '../timing';

// The outline looked each switch, pool and cluster statement up with a search of the model's list:
// quadratic in their number (the old code measured 15.6 for four times the input). Four times the
// switches must take about four times as long, under 10 with room for a busy machine.

/** A host whose hypervisor runs `n` switches of one segment each, and `n` external pools: nothing else to outline. */
function fabric(n: number): string {
  let text = 'hardware h {\n  cpu 8 cores; memory 16 GiB; network 10 Gbps\n  hypervisor kvm {\n';
  for (let i = 0; i < n; i++) text += `    switch ovs as br${i} { segment s${i} vlan ${(i % 4094) + 1} }\n`;
  text += '  }\n}\n';
  for (let i = 0; i < n; i++) text += `storage nfs as nas${i} { capacity 1 TiB }\n`;
  return text;
}

describe('the outline grows linearly with the fabric', function () {
  this.timeout(120_000);
  it('4,000 and 16,000 switches and pools', () => {
    const small = analyze(fabric(4_000));
    const big = analyze(fabric(16_000));
    const symbols = documentSymbols(big, ENGLISH);
    // What is counted comes from the text: the host, then the pools; the hypervisor holds the switches, each with its segment.
    assert.equal(symbols.length, 1 + 16_000);
    assert.deepEqual([symbols[1], symbols[16_000]].map((s) => `${s.kind} ${s.name}`), ['pool nas0', 'pool nas15999']);
    const switches = symbols[0].children[0].children;
    assert.equal(switches.length, 16_000);
    assert.deepEqual([switches[0], switches[15_999]].map((c) => `${c.name}: ${c.children.map((g) => `${g.name} (${g.detail})`).join(', ')}`), ['br0: s0 (VLAN 1)', 'br15999: s15999 (VLAN 3718)']);
    documentSymbols(small, ENGLISH);
    const pair = timePair(() => documentSymbols(small, ENGLISH), () => documentSymbols(big, ENGLISH), { clearly: 8, repeatSmall: 4, runs: 3 });
    assert.ok(pair.ratio < 10, pairText('4,000 switches and pools', '16,000', pair));
  });
});
