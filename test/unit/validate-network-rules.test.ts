import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { hover } from '../../src/core/services/hover/hover';
import { ENGLISH } from './bundles';
import { findings } from './helpers';
import { kvm, ovs, vm } from './network-cases';
import { offsetOf } from './services/cursor';

// What the network checks (src/core/validate/network.ts, VS6xx) say, beyond the code and place
// that network.test.ts checks: the rates of VS608 in each unit, the hints of VS601 and VS607, a
// container's NICs, and how a segment whose id was refused is shown. Issue 17: these tell the
// mutants that survived the validator's first mutation run from the original (with the other side
// of the same rule beside them: a suggestion as well as the list, 8 segments as well as 9). Expected
// messages are the English bundle's texts (l10n/bundle.l10n.json) filled in by the rules of
// docs/language.md ("Networks"); rates are decimal (1 Tbps = 1000 Gbps, 1 Mbps = 1000 Kbps).

/** The messages of a text's findings with a given code. */
const messages = (text: string, code: string): string[] => analyze(text).diagnostics.filter((d) => d.code === code).map((d) => d.message);

/** Two VMs with a NIC of `rate` each on segment `web` of switch br0, whose uplink is `uplink`. */
const twoNics = (uplink: string, rate: string) => kvm(`${ovs(`uplink ${uplink}; segment web`)}\n${vm('a', `nic web ${rate}`)}\n${vm('b', `nic web ${rate}`)}`, '100 Tbps');

/** VS608's message for switch br0 of hardware h. */
const overcommit = (demand: string, uplink: string) => `The NICs on switch 'br0' of hardware 'h' ask for ${demand}, more than its uplink of ${uplink}: when they are busy they share it.`;

describe('network checks: what VS608 says, a rate in the largest unit that keeps it at 1 or more', () => {
  it('2 × 600 Gbps on a 1 Tbps uplink: 1.2 Tbps against 1 Tbps', () => {
    const text = twoNics('1 Tbps', '600 Gbps');
    assert.deepEqual(findings(text), ['VS608 ovs']);
    assert.deepEqual(messages(text, 'VS608'), [overcommit('1.2 Tbps', '1 Tbps')]);
  });

  it('2 × 60 Mbps on a 100 Mbps uplink: 120 Mbps against 100 Mbps', () => {
    const text = twoNics('100 Mbps', '60 Mbps');
    assert.deepEqual(findings(text), ['VS608 ovs']);
    assert.deepEqual(messages(text, 'VS608'), [overcommit('120 Mbps', '100 Mbps')]);
  });

  it('an uplink of exactly 1 Mbps is written 1 Mbps, not 1000 Kbps (2 × 600 Kbps: 1.2 Mbps)', () => {
    assert.deepEqual(messages(twoNics('1 Mbps', '600 Kbps'), 'VS608'), [overcommit('1.2 Mbps', '1 Mbps')]);
  });

  it('2 × 300 Kbps on a 500 Kbps uplink: 600 Kbps against 500 Kbps, below 1 Mbps', () => {
    const text = twoNics('500 Kbps', '300 Kbps');
    assert.deepEqual(findings(text), ['VS608 ovs']);
    assert.deepEqual(messages(text, 'VS608'), [overcommit('600 Kbps', '500 Kbps')]);
  });
});

describe('network checks: the hint of VS601 (an unknown switch product)', () => {
  it('suggests the product id one letter away (ovz: ovs) and an alias one letter away (openvswich: openvswitch)', () => {
    assert.deepEqual(messages(kvm('    switch ovz { segment a }'), 'VS601'), ["Unknown virtual switch 'ovz'. Did you mean 'ovs'?"]);
    assert.deepEqual(messages(kvm('    switch openvswich { segment a }'), 'VS601'), ["Unknown virtual switch 'openvswich'. Did you mean 'openvswitch'?"]);
  });

  it('with nothing close, lists the ids of the known switches, comma-separated, in the order of docs/language.md', () => {
    const text = kvm('    switch qqqqqq { segment a }');
    assert.deepEqual(findings(text), ['VS601 qqqqqq']);
    assert.deepEqual(messages(text, 'VS601'), ["Unknown virtual switch 'qqqqqq'. Known switches: linux-bridge, ovs, vss, vds, nsx, hyperv-switch."]);
  });
});

describe('network checks: the hint of VS607 (a NIC on a segment its machine does not carry)', () => {
  /** A switch with segments n1 … nCount and a VM whose NIC names `database`, close to none of them. */
  const segments = (count: number) => {
    const declared = Array.from({ length: count }, (_, i) => `segment n${i + 1}`).join('; ');
    return kvm(`${ovs(declared)}\n${vm('a', 'nic database')}`);
  };

  it('lists the machine\'s first 8 segments, then … for the 9th', () => {
    const text = segments(9);
    assert.deepEqual(findings(text), ['VS607 database']);
    assert.deepEqual(messages(text, 'VS607'), ["No switch of hardware 'h' carries segment 'database'. Its switches carry: n1, n2, n3, n4, n5, n6, n7, n8, …."]);
  });

  it('lists all 8 segments of a machine that has exactly 8, without …', () => {
    assert.deepEqual(messages(segments(8), 'VS607'), ["No switch of hardware 'h' carries segment 'database'. Its switches carry: n1, n2, n3, n4, n5, n6, n7, n8."]);
  });
});

describe('network checks: a container\'s NICs are checked as a VM\'s (the `nic` and `function` lines of both)', () => {
  /** A Linux host OS with an OVS switch carrying `web`, and a Docker container with `lines`. */
  const container = (lines: string) => `hardware h {\n  cpu 8 cores; memory 16 GiB; network 10 Gbps\n  os linux {\n    switch ovs { segment web }\n    runtime docker { container c { cpu 1; memory 1 GiB; ${lines} } }\n  }\n}\n`;

  it('a container\'s NIC on a segment its machine does not carry is VS607, with the likely one', () => {
    const text = container('nic webb');
    assert.deepEqual(findings(text), ['VS607 webb']);
    assert.deepEqual(messages(text, 'VS607'), ["No switch of hardware 'h' carries segment 'webb'. Did you mean 'web'?"]);
  });

  it('a container\'s NICs count against the uplink: 2 × 6 Gbps on the host\'s 10 Gbps is VS608', () => {
    assert.deepEqual(findings(container('nic web 6 Gbps; nic web 6 Gbps')), ['VS608 ovs']);
  });

  it('a container that is a router with a NIC on one segment is VS621', () => {
    assert.deepEqual(findings(container('function router; nic web')), ['VS621 router']);
  });
});

describe('network checks: how a segment is carried, in the hover of its switch', () => {
  it('a segment whose VLAN id was refused (VS604) shows as `VLAN ?`: the kind is known, the id is not', () => {
    const text = kvm(ovs('segment a vlan 5000; segment b vlan 20'));
    assert.deepEqual(findings(text), ['VS604 5000']);
    const found = hover(analyze(text), text, offsetOf(text, 'switch', 1), { l10n: ENGLISH });
    assert.ok(found, 'a hover over the switch');
    assert.match(found.markdown, /`a` \(VLAN \?\), `b` \(VLAN 20\)/);
  });
});

describe('network checks: what VS102 says of a segment kind without its id', () => {
  it("names the id once: 'a VLAN id', 'a VXLAN VNI' (the kind's own word for it), with an example of that kind", () => {
    assert.deepEqual(messages(kvm(ovs('segment db vlan')), 'VS102'), ["'segment' expects a VLAN id (a whole number), e.g. `segment web vlan 10`."]);
    assert.deepEqual(messages(kvm(ovs('segment db vxlan')), 'VS102'), ["'segment' expects a VXLAN VNI (a whole number), e.g. `segment db vxlan 5002`."]);
  });
});
