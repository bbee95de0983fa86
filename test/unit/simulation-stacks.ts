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
