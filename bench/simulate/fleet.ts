// A generated fleet for the simulation benchmark: hosts of 32 cores and 256 GiB, alternating
// between KVM with 20 VMs and a Docker host with 20 containers, each guest running one app
// whose load profile cycles through the four shapes. Hosts come in clusters of four (two of
// each kind), and two of them fail during the day, so that the disaster-recovery model runs
// too. Deterministic: built from indices only.

const LOADS = ['daily 20%..90% peak 14:00', 'constant 35%', 'spikes 10%..85% every 30 m for 3 m', 'random 15%..70% seed 3'];

/** Guests per host. */
export const GUESTS_PER_HOST = 20;

/** Hosts per cluster. */
const CLUSTER = 4;

/** A .virt file with `guests` VMs and containers (a multiple of 20) on guests / 20 hosts, over a day in one-minute steps. */
export function simulationFleet(guests: number): string {
  const hosts = Math.ceil(guests / GUESTS_PER_HOST);
  // The second failure only where there is a second host: a one-host fleet (the small one the
  // tests use under Stryker) must check clean too.
  const failures = hosts > 1 ? 'fail host-0 at 6 h recover at 8 h; fail host-1 at 12 h' : 'fail host-0 at 6 h recover at 8 h';
  const out = ['stack "Simulation benchmark"', `simulate { duration 24 h; step 1 m; seed 7; ${failures} }`];
  for (let h = 0; h < hosts; h++) {
    const vms = h % 2 === 0;
    // A cluster tolerates one failure, but a last cluster of one host has none to spare (VS521).
    if (h % CLUSTER === 0) out.push(`cluster c${h / CLUSTER} {`, `  tolerate ${Math.min(1, hosts - h - 1)}`);
    out.push(`hardware host-${h} {`, '  cpu 32 cores; memory 256 GiB; reserve 4 GiB; power idle 120 W peak 400 W');
    if (vms) out.push('  hypervisor kvm {');
    else out.push('  os linux "Ubuntu 24.04"', '  runtime containerd {');
    for (let g = 0; g < GUESTS_PER_HOST; g++) {
      const name = `g${h}-${g}`;
      const load = LOADS[(h + g) % LOADS.length];
      if (vms) out.push(`    vm ${name} { vcpu 2; memory 8 GiB; os linux "Debian 12"; app ${name}-app { memory 1 GiB..4 GiB; load ${load} } }`);
      else out.push(`    container ${name} { cpu 0.5..2; memory 2 GiB..8 GiB; app ${name}-app { memory 512 MiB..3 GiB; load ${load} } }`);
    }
    out.push('  }', '}');
    if (h % CLUSTER === CLUSTER - 1 || h === hosts - 1) out.push('}');
  }
  return out.join('\n') + '\n';
}
