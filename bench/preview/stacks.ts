// Stacks of an exact number of blocks, spread over several hosts, for the preview benchmark.
// Each host: hardware, a type-1 hypervisor and its caption, then VMs with a guest OS and apps.

/** A .virt text whose diagram has exactly `blocks` blocks over `hosts` hosts. */
export function stackOf(blocks: number, hosts: number): string {
  const out: string[] = [`stack "Benchmark: ${blocks} blocks on ${hosts} hosts"`];
  for (let h = 0; h < hosts; h++) {
    // Spread the blocks evenly; the first hosts take the remainder.
    const own = Math.floor(blocks / hosts) + (h < blocks % hosts ? 1 : 0);
    out.push(host(h, own));
  }
  return `${out.join('\n')}\n`;
}

function host(h: number, blocks: number): string {
  // hardware + hypervisor + caption, then 2 blocks per VM (vm, os) plus its apps.
  let left = blocks - 3;
  const vms: string[] = [];
  const vmCount = Math.max(1, Math.floor(left / 4));
  for (let v = 0; v < vmCount; v++) {
    const apps = v === vmCount - 1 ? left - 2 : Math.min(2, left - 2);
    left -= 2 + apps;
    const appLines = Array.from({ length: apps }, (_, a) => `        app app-${h}-${v}-${a} { load constant 20% }`);
    vms.push([`    vm vm-${h}-${v} {`, '      vcpu 2', '      memory 4 GiB', '      os linux "Debian 12" {', ...appLines, '      }', '    }'].join('\n'));
  }
  return [`hardware host-${h} {`, '  cpu 256 cores', '  memory 2 TiB', '  hypervisor kvm {', ...vms, '  }', '}'].join('\n');
}

/** The same stack with the first VM of one host renamed: an edit that changes that host only. */
export function editOneHost(text: string, host: number, round: number): string {
  return text.replace(`vm vm-${host}-0 {`, `vm vm-${host}-0-r${round} {`);
}
