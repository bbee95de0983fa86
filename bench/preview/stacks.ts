// Stacks of an exact number of blocks, spread over several hosts, for the preview benchmark.
// Each host: hardware, a type-1 hypervisor and its caption, then VMs with a guest OS and apps.
// Hosts with room for them (7 blocks or more) also carry the fabric of issue 14, as the
// literature draws it: pairs of hosts form a cluster (`tolerate 1`) on a vSAN pool of their
// disks, a band each under both hosts; a host left over has a local ZFS pool, one band; the
// first VM of each host takes a volume from its pool. Their hypervisors run a virtual switch
// with a VLAN and a VXLAN segment (one more band), the first VM has a NIC on the VLAN and the
// second is a firewall between both segments (a network function, drawn in its own colour).

/** A .virt text whose diagram has exactly `blocks` blocks over `hosts` hosts. */
export function stackOf(blocks: number, hosts: number): string {
  const out: string[] = [`stack "Benchmark: ${blocks} blocks on ${hosts} hosts"`];
  const own = (h: number) => Math.floor(blocks / hosts) + (h < blocks % hosts ? 1 : 0);
  for (let h = 0; h < hosts; h++) {
    // Spread the blocks evenly; the first hosts take the remainder.
    const pair = h + 1 < hosts && own(h) >= 8 && own(h + 1) >= 8;
    if (pair) {
      // A cluster frame (not a block) around two hosts, each with a pool band and a switch band.
      out.push(`cluster c-${h} {`, '  tolerate 1', host(h, own(h) - 2, `pool-${h}`), host(h + 1, own(h + 1) - 2, `pool-${h}`), `  storage vsan as pool-${h} { replicas 2 }`, '}');
      h++;
    } else if (own(h) >= 8) {
      // A local pool band and a switch band.
      out.push(host(h, own(h) - 2, `local-${h}`, `  storage zfs as local-${h}`));
    } else {
      out.push(host(h, own(h)));
    }
  }
  return `${out.join('\n')}\n`;
}

function host(h: number, blocks: number, pool?: string, poolLine?: string): string {
  // hardware + hypervisor + caption, then 2 blocks per VM (vm, os) plus its apps.
  let left = blocks - 3;
  const vms: string[] = [];
  const vmCount = Math.max(1, Math.floor(left / 4));
  for (let v = 0; v < vmCount; v++) {
    const apps = v === vmCount - 1 ? left - 2 : Math.min(2, left - 2);
    left -= 2 + apps;
    const appLines = Array.from({ length: apps }, (_, a) => `        app app-${h}-${v}-${a} { load constant 20% }`);
    const volume = pool && v === 0 ? [`      volume data-${h} 20 GiB from ${pool}`, '      nic web'] : [];
    const firewall = pool && v === 1 ? ['      function firewall', '      nic web', '      nic db'] : [];
    vms.push([`    vm vm-${h}-${v} {`, '      vcpu 2', '      memory 4 GiB', ...volume, ...firewall, '      os linux "Debian 12" {', ...appLines, '      }', '    }'].join('\n'));
  }
  const disk = pool ? ['  disk 8 TiB', '  network 25 Gbps'] : [];
  const net = pool ? ['    switch ovs as br0 { segment web vlan 10; segment db vxlan 5000 }'] : [];
  return [`hardware host-${h} {`, '  cpu 256 cores', '  memory 2 TiB', ...disk, ...(poolLine ? [poolLine] : []), '  hypervisor kvm {', ...net, ...vms, '  }', '}'].join('\n');
}

/** The same stack with the first VM of one host renamed: an edit that changes that host only. */
export function editOneHost(text: string, host: number, round: number): string {
  return text.replace(`vm vm-${host}-0 {`, `vm vm-${host}-0-r${round} {`);
}
