// The failing and passing case of each network rule (VS6xx, docs/language.md "Networks and
// network functions"), shared by network.test.ts and the table of every rule in rules.test.ts.
// Each: a text that breaks the rule, the exact text its finding covers, and the smallest change
// that keeps it.

/** A KVM host with 25 Gbps of network wrapping `inner` (switches and VMs). */
export const kvm = (inner: string, network = '25 Gbps') => `hardware h {\n  cpu 32 cores; memory 256 GiB; network ${network}\n  hypervisor kvm {\n${inner}\n  }\n}\n`;
export const vm = (name: string, lines: string) => `    vm ${name} { vcpu 2; memory 4 GiB; os linux; ${lines} }`;
export const ovs = (segments: string) => `    switch ovs as br0 { ${segments} }`;

export interface NetworkCase {
  readonly bad: string;
  readonly at: string;
  readonly good: string;
}

export const NETWORK_CASES: Record<string, NetworkCase> = {
  // A switch in bare hardware's block: nothing there runs it.
  VS600: {
    bad: 'hardware h {\n  cpu 8 cores; memory 8 GiB\n  switch ovs { segment a }\n}\n', at: 'switch',
    good: 'hardware h {\n  cpu 8 cores; memory 8 GiB\n  os linux { switch ovs { segment a } }\n}\n',
  },
  VS601: { bad: kvm('    switch ovz { segment a }'), at: 'ovz', good: kvm('    switch ovs { segment a }') },
  // vSphere's switches run only in ESXi (VMware's vSphere Networking guide).
  VS602: { bad: kvm('    switch vds { segment a vlan 10 }'), at: 'vds', good: kvm('    switch ovs { segment a vlan 10 }') },
  // A vSphere standard switch carries VLANs only; overlays need NSX.
  VS603: {
    bad: 'hardware h {\n  cpu 8 cores; memory 8 GiB\n  hypervisor esxi { switch vss { segment a vxlan 5000 } }\n}\n', at: 'vxlan',
    good: 'hardware h {\n  cpu 8 cores; memory 8 GiB\n  hypervisor esxi { switch vss { segment a vlan 50 } }\n}\n',
  },
  // 802.1Q: VLAN ids 1..4094 (0 and 4095 are reserved).
  VS604: { bad: kvm(ovs('segment a vlan 4095')), at: '4095', good: kvm(ovs('segment a vlan 4094')) },
  VS605: { bad: kvm('    segment a vlan 10'), at: 'segment', good: kvm(ovs('segment a vlan 10')) },
  VS606: { bad: kvm(ovs('segment a; vm x { vcpu 1 }')), at: 'vm', good: kvm(ovs('segment a')) },
  VS607: { bad: kvm(`${ovs('segment web vlan 10')}\n${vm('a', 'nic wbe')}`), at: 'wbe', good: kvm(`${ovs('segment web vlan 10')}\n${vm('a', 'nic web')}`) },
  // 2 × 10 Gbps of NICs on a 10 Gbps uplink; 2 × 5 Gbps fits exactly.
  VS608: {
    bad: kvm(`${ovs('uplink 10 Gbps; segment web')}\n${vm('a', 'nic web 10 Gbps')}\n${vm('b', 'nic web 10 Gbps')}`), at: 'ovs',
    good: kvm(`${ovs('uplink 10 Gbps; segment web')}\n${vm('a', 'nic web 5 Gbps')}\n${vm('b', 'nic web 5 Gbps')}`),
  },
  VS609: {
    bad: kvm(ovs('segment db vxlan 5002')) + kvm(ovs('segment db vxlan 5003')).replace('hardware h', 'hardware h2'), at: 'vxlan',
    good: kvm(ovs('segment db vxlan 5002')) + kvm(ovs('segment db vxlan 5002')).replace('hardware h', 'hardware h2'),
  },
  VS620: { bad: kvm(`${ovs('segment a')}\n${vm('a', 'nic a; function firewal')}`), at: 'firewal', good: kvm(`${ovs('segment a')}\n${vm('a', 'nic a; function lb')}`) },
  VS621: {
    bad: kvm(`${ovs('segment a; segment b')}\n${vm('fw', 'function firewall; nic a; nic a')}`), at: 'firewall',
    good: kvm(`${ovs('segment a; segment b')}\n${vm('fw', 'function firewall; nic a; nic b')}`),
  },
};
