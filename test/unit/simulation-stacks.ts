import type { Random } from './fuzz/prng';

// Random but well-formed stacks of every kind, with random sizes, limits, loads, jobs and
// dependencies (also across hosts, also on jobs), for the simulation's invariant and snapshot tests.

function load(rng: Random): string {
  const lo = rng.int(60);
  const hi = lo + rng.int(100 - lo + 1);
  switch (rng.int(5)) {
    case 0: return `load constant ${rng.int(101)}%`;
    case 1: return `load daily ${lo}%..${hi}% peak ${String(rng.int(24)).padStart(2, '0')}:${rng.pick(['00', '30'])}`;
    case 2: return `load spikes ${lo}%..${hi}% every ${rng.between(1, 180)} m for ${rng.between(1, 60)} m`;
    case 3: return `load random ${lo}%..${hi}% seed ${rng.int(1000)}`;
    default: return '';
  }
}

function workload(rng: Random, name: string, names: string[], maxCores: number): string {
  const props: string[] = [];
  if (rng.chance(0.5)) props.push(`cpu ${Math.max(0.1, Math.round(rng.next() * maxCores * 10) / 10)}`);
  if (rng.chance(0.5)) props.push(`memory ${rng.between(16, 512)} MiB..${rng.between(512, 4096)} MiB`);
  if (names.length > 0 && rng.chance(0.25)) props.push(`depends ${rng.pick(names)}`);
  if (rng.chance(0.3)) {
    props.push(`work ${rng.between(1, 40)} core-m`);
    if (rng.chance(0.5)) props.push(`start ${rng.between(0, 120)} m`);
    return `job ${name} { ${props.join('; ')} }`;
  }
  const l = load(rng);
  if (l) props.push(l);
  return `app ${name} { ${props.join('; ')} }`;
}

/** A random well-formed .virt file: 1 to 3 hosts of random kinds, guests, loads, jobs and dependencies. */
export function randomStack(rng: Random): string {
  const out: string[] = ['stack "random"'];
  const names: string[] = [];
  const hosts = rng.between(1, 3);
  for (let h = 0; h < hosts; h++) {
    const cores = rng.pick([2, 4, 8, 16]);
    const memGiB = rng.pick([4, 8, 16, 32]);
    const power = rng.pick(['', `power idle ${rng.between(20, 100)} W peak ${rng.between(100, 400)} W`]);
    out.push(`hardware h${h} {`, `  cpu ${cores} cores; memory ${memGiB} GiB; reserve ${rng.int(1024)} MiB; ${power}`);
    const kind = rng.int(5);
    const guests = rng.between(0, 4);
    const guestNames: string[] = [];
    if (kind === 0) {
      out.push('  hypervisor kvm {');
      for (let g = 0; g < guests; g++) {
        const name = `v${h}-${g}`;
        const app = workload(rng, `${name}-w`, names, 2);
        out.push(`    vm ${name} { vcpu ${rng.between(1, cores)}; memory ${rng.between(256, 2048)} MiB; os linux "Debian 12"; ${app} }`);
        guestNames.push(name, `${name}-w`);
      }
      out.push('  }');
    } else if (kind === 4) {
      // Containers in a VM, and a nested hypervisor beside them.
      out.push('  hypervisor kvm {', `    vm k${h} { vcpu ${cores}; memory ${memGiB / 2} GiB`, '      os linux "Debian 12"', `      runtime ${rng.pick(['docker', 'kata'])} {`);
      for (let g = 0; g < guests; g++) {
        const name = `k${h}-${g}`;
        out.push(`        container ${name} { cpu 0.5..${rng.between(1, cores)}; memory 64 MiB..${rng.between(128, 512)} MiB; ${workload(rng, `${name}-w`, names, 2)} }`);
        guestNames.push(name, `${name}-w`);
      }
      out.push('      }', `      hypervisor kvm as inner${h} { vm n${h} { vcpu 1; memory 256 MiB; os linux "Alpine 3.20"; ${workload(rng, `n${h}-w`, names, 1)} } }`, '    }', '  }');
      guestNames.push(`k${h}`, `n${h}`, `n${h}-w`);
    } else if (kind === 1 || kind === 2) {
      out.push(`  os linux "Debian 12"`, kind === 1 ? `  runtime ${rng.pick(['docker', 'containerd', 'kata', 'gvisor'])} {` : `  hypervisor ${rng.pick(['virtualbox', 'firecracker'])} {`);
      for (let g = 0; g < guests; g++) {
        const name = `c${h}-${g}`;
        const app = workload(rng, `${name}-w`, names, 2);
        if (kind === 1) {
          const req = Math.round(rng.next() * 10) / 10 + 0.1;
          out.push(`    container ${name} { cpu ${req}..${req + rng.int(3)}; memory ${rng.between(32, 256)} MiB..${rng.between(256, 1024)} MiB; ${app} }`);
        } else {
          out.push(`    vm ${name} { vcpu ${rng.between(1, cores)}; memory ${rng.between(128, 1024)} MiB; os linux "Alpine 3.20"; ${app} }`);
        }
        guestNames.push(name, `${name}-w`);
      }
      out.push('  }');
    } else {
      out.push(`  os linux "Debian 12" {`);
      for (let g = 0; g < guests; g++) {
        out.push(`    ${workload(rng, `b${h}-${g}`, names, cores)}`);
        guestNames.push(`b${h}-${g}`);
      }
      out.push('  }');
    }
    out.push('}');
    names.push(...guestNames);
  }
  out.push(`simulate { duration ${rng.between(1, 12)} h; step ${rng.pick([1, 5, 7, 15, 30])} m; seed ${rng.int(100)}; overcommit cpu ${rng.pick([1, 2, 4, 16])} memory ${rng.pick([1, 1.5])} }`);
  return out.join('\n') + '\n';
}

/**
 * A random fleet built to take every path of the step loop: hosts of VMs or containers each
 * running one app (pairs), VMs running several apps, hosts short of CPU and over their memory
 * ratio, containers killed for memory well after start-up, jobs, nested machines, empty
 * machines, bare-metal apps, and settings whose last step is short. `hosts` hosts.
 */
export function shapedFleet(rng: Random, hosts: number, settings: string): string {
  const out: string[] = ['stack "shaped"'];
  const loads = ['constant 35%', 'daily 20%..95% peak 02:00', 'spikes 10%..90% every 20 m for 4 m', 'random 10%..90% seed 5', ''];
  const loadOf = (): string => {
    const l = rng.pick(loads);
    return l ? `load ${l}` : '';
  };
  for (let h = 0; h < hosts; h++) {
    const shape = h % 10;
    const cores = rng.pick([4, 8, 16]);
    // Some hosts draw with a measured table, some with a line, some with the default.
    const power = rng.pick(['', 'power idle 90 W peak 310 W', 'power curve 60 W 80 W 95 W 110 W 125 W 140 W 160 W 180 W 200 W 220 W 240 W']);
    // Shape 4's three VMs of 2.5 GiB fit in 8 GiB, but not with their overhead: memory pressure.
    const memory = shape === 4 ? 'memory 8 GiB' : `memory 64 GiB; reserve ${rng.int(1024)} MiB`;
    out.push(`hardware h${h} {`, `  cpu ${cores} cores; ${memory}; boot ${rng.between(0, 90)} s; ${power}`);
    const guests = shape === 4 ? 3 : rng.between(1, 6);
    if (shape === 0 || shape === 3 || shape === 4) {
      // Pairs on KVM; shape 3 asks for more CPU than the host has, shape 4 for more memory.
      out.push('  hypervisor kvm {');
      for (let g = 0; g < guests; g++) {
        const cpu = shape === 3 ? `cpu ${rng.between(2, 4)}; load constant ${rng.between(60, 100)}%` : `${rng.chance(0.5) ? `cpu ${rng.between(1, 2)}; ` : ''}${loadOf()}`;
        out.push(`    vm v${h}-${g} { vcpu ${rng.between(1, 4)}; memory ${shape === 4 ? 2.5 : 2} GiB; boot ${rng.between(0, 120)} s; os linux "Debian 12"; app a${h}-${g} { memory 256 MiB..1 GiB; ${cpu} } }`);
      }
      out.push('  }');
    } else if (shape === 1 || shape === 6) {
      // Container pairs; some outgrow their limit two hours in, as the day's load rises.
      out.push('  os linux "Debian 12"', `  runtime ${rng.pick(['docker', 'containerd', 'kata', 'gvisor'])} {`);
      for (let g = 0; g < guests; g++) {
        const tight = rng.chance(0.4);
        const app = tight ? 'memory 256 MiB..2 GiB; load daily 10%..100% peak 09:00' : `memory 128 MiB..512 MiB; ${loadOf()}`;
        const limit = tight ? '1 GiB' : `${rng.between(1, 2)} GiB`;
        const cpu = shape === 6 ? `cpu ${rng.between(1, 4)}` : `cpu 0.${rng.between(1, 9)}..${rng.between(1, 3)}`;
        out.push(`    container c${h}-${g} { ${cpu}; memory 128 MiB..${limit}; boot ${rng.between(0, 30)} s; app a${h}-${g} { ${app} } }`);
      }
      // Two apps in a container that outgrows its limit; a container without apps holds its
      // request; one without a limit is never killed.
      out.push(`    container duo${h} { cpu 1..2; memory 128 MiB..1 GiB; app d${h}-a { memory 128 MiB..1 GiB; load daily 10%..100% peak 09:00 }; app d${h}-b { memory 64 MiB..128 MiB } }`);
      out.push(`    container idle${h} { cpu 0.5..1; memory 300 MiB..1 GiB }`, `    container free${h} { app f${h} { memory 64 MiB..128 MiB; ${loadOf()} } }`, '  }');
    } else if (shape === 2) {
      // VMs of several apps, an empty VM, and bare-metal-like density.
      out.push('  hypervisor kvm {');
      for (let g = 0; g < guests; g++) {
        const apps = Array.from({ length: rng.between(2, 4) }, (_, a) => `app a${h}-${g}-${a} { cpu ${rng.between(1, 3)}; memory 64 MiB..512 MiB; ${loadOf()} }`);
        out.push(`    vm v${h}-${g} { vcpu ${rng.between(2, cores)}; memory 4 GiB; os linux "Debian 12"; ${apps.join('; ')} }`);
      }
      out.push(`    vm empty${h} { vcpu 1; memory 1 GiB }`, '  }');
    } else if (shape === 5) {
      // Jobs beside apps on a host OS, and a job in a container.
      out.push('  os linux "Debian 12" {');
      for (let g = 0; g < guests; g++) out.push(`    job j${h}-${g} { cpu ${rng.between(1, 2)}; memory 128 MiB..256 MiB; work ${rng.between(5, 90)} core-m; start ${rng.between(0, 90)} m }`);
      out.push(`    app b${h} { cpu 1; ${loadOf()} }`, '    runtime docker {', `      container jc${h} { cpu 1..2; memory 64 MiB..1 GiB; job cj${h} { cpu 1; work 20 core-m } }`, '    }', '  }');
    } else if (shape === 7) {
      // Nested: containers in a VM, a VM in a VM, beside a pair.
      out.push('  hypervisor kvm {', `    vm outer${h} { vcpu ${cores}; memory 16 GiB`, '      os linux "Debian 12"', '      runtime docker {');
      for (let g = 0; g < guests; g++) out.push(`        container n${h}-${g} { cpu 0.5..${rng.between(1, 4)}; memory 64 MiB..1 GiB; app a${h}-${g} { cpu 2; memory 64 MiB..700 MiB; ${loadOf()} } }`);
      out.push('      }', `      hypervisor kvm as inner${h} { vm nv${h} { vcpu 2; memory 2 GiB; os linux "Alpine 3.20"; app na${h} { cpu 3; ${loadOf()} } } }`, '    }');
      out.push(`    vm p${h} { vcpu 2; memory 2 GiB; os linux "Debian 12"; app pa${h} { ${loadOf()} } }`, '  }');
    } else if (shape === 8) {
      // Hosted and micro VMs: other efficiencies and boot times.
      out.push('  os linux "Debian 12"', `  hypervisor ${rng.pick(['virtualbox', 'firecracker'])} {`);
      for (let g = 0; g < guests; g++) out.push(`    vm v${h}-${g} { vcpu ${rng.between(1, 2)}; memory 512 MiB; os linux "Alpine 3.20"; app a${h}-${g} { cpu 1; ${loadOf()} } }`);
      out.push('  }');
    } else {
      // Apps straight on the host's OS, some without a load.
      out.push('  os linux "Debian 12" {');
      for (let g = 0; g < guests; g++) out.push(`    app a${h}-${g} { cpu ${rng.between(1, cores)}; memory 64 MiB..2 GiB; ${loadOf()} }`);
      out.push('  }');
    }
    out.push('}');
  }
  out.push(`simulate { ${settings} }`);
  return out.join('\n') + '\n';
}
