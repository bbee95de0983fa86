// The VS607 fix of networkFixes.ts, pinned where Stryker's survivors showed no test looked
// (issue 17): the segment is declared in the first switch of a known product on the NIC's own
// machine, and copies the kind and id of a segment of the same name only (docs/language.md,
// "Networks": a segment with the same name on several hosts is one segment, with the same kind
// and id everywhere). The storage fixes' survivor is equivalent (docs/testing.md).
import * as assert from 'node:assert/strict';
import { kvm, ovs, vm } from './network-cases';
import { codesOf, fixed, titles } from './services/fixes';

describe('quick fixes: VS607 declares the segment in the NIC\'s machine', () => {
  it('passes over a switch of an unknown product (VS601) to the machine\'s first known switch', () => {
    const text = kvm(`    switch ovz as br0 { segment web }\n${ovs('segment web').replace('br0', 'br1')}\n${vm('a', 'nic db')}`);
    assert.deepEqual(codesOf(text), ['VS601', 'VS607']);
    assert.deepEqual(titles(text, 'VS607'), ["Declare segment 'db' in switch 'br1'"]);
    const after = fixed(text, 'VS607');
    assert.ok(after.includes('    switch ovz as br0 { segment web }\n    switch ovs as br1 { segment web\n      segment db\n    }'), after);
  });

  it('declares a name found on no host as a bare `segment NAME`, not with the kind and id of another segment (vlan 10)', () => {
    const text = kvm(`${ovs('segment web vlan 10')}\n${vm('a', 'nic storage')}`);
    assert.deepEqual(codesOf(text), ['VS607']);
    const after = fixed(text, 'VS607', /^Declare segment 'storage' in switch 'br0'$/);
    assert.ok(after.includes('    switch ovs as br0 { segment web vlan 10\n      segment storage\n    }'), after);
  });

  it('declares a bare `segment db` when db\'s VLAN id on the other host is invalid (VS604), never an id it does not have', () => {
    const text = kvm(ovs('segment db vlan 5000')) + kvm(`${ovs('segment web')}\n${vm('a', 'nic db')}`).replace('hardware h', 'hardware h2');
    assert.deepEqual(codesOf(text), ['VS604', 'VS607']);
    const after = fixed(text, 'VS607', /^Declare segment 'db' in switch 'br0'$/);
    assert.ok(after.includes('    switch ovs as br0 { segment web\n      segment db\n    }'), after);
    assert.deepEqual(codesOf(after), ['VS604']);
  });
});
