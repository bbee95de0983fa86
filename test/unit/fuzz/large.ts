// A big file that is valid except for three planted mistakes at the start, middle and end, so
// a test can demand exactly those findings: anything else would be a false report or noise.

/** Hosts with a hypervisor, VMs, guest OSes and apps, unique names, `size` chars or a little more. */
export function largeStack(size: number): string {
  const parts: string[] = ['stack "large"\n'];
  let length = parts[0].length;
  let planted = 0;
  for (let i = 0; length < size || planted < 3; i++) {
    // Plant the mistakes once 0 %, 50 % and 100 % of the size has been written.
    const due = planted < 3 && length >= (planted * size) / 2;
    const part = host(i, due ? planted++ : -1);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

function host(i: number, mistake: number): string {
  // `disk`, not `cpu`: an invalid hardware cpu also draws a VS403 follow-on finding.
  const disk = mistake === 0 ? '-4 TB' : '4 TB';
  const vmMemory = mistake === 1 ? '4 Gbps' : '32 GiB';
  const load = mistake === 2 ? '150%' : '40%';
  return `
# rack ${i}
hardware h${i} {
  cpu 64 cores
  memory 512 GiB
  disk ${disk}
  network 10 Gbps
  hypervisor kvm {
    vm web${i} {
      vcpu 8
      memory ${vmMemory}
      os linux "Ubuntu 24.04"
      middleware nginx { app shop${i} { load daily 20%..90% peak 14:00 } }
    }
    vm db${i} {
      vcpu 16
      memory 128 GiB
      os linux "Debian 12"
      app store${i} { memory 8 GiB..64 GiB; load constant ${load} }
    }
  }
}
`;
}
