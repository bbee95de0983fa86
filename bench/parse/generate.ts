import { host, type Guest, type Host, type Load, type Workload } from './fleet';

const HEADER = `# Generated benchmark fleet: rack servers (with virtual switches and storage pools), container hosts and desktops.
stack "Benchmark fleet"

simulate {
  duration 24 h
  step 1 m
  seed 7
  overcommit cpu 4.0 memory 1.0
}
`;

/** A .virt file of whole hosts, grown until it has at least `lines` lines or `bytes` UTF-8 bytes. */
export function virtFile(target: { lines?: number; bytes?: number }): string {
  return grow(HEADER, renderHost, '', target);
}

/** A JSON document describing the same kind of fleet, at least `bytes` UTF-8 bytes long. */
export function jsonFile(bytes: number): string {
  // Indented like a hand-kept config file, so both formats carry similar white space.
  const render = (h: Host): string => JSON.stringify(h, null, 2).replace(/^/gm, '    ');
  const body = grow('', render, ',\n', { bytes: bytes - 60 });
  return `{\n  "stack": "Benchmark fleet",\n  "hosts": [\n${body}\n  ]\n}\n`;
}

function grow(head: string, render: (h: Host) => string, joiner: string, target: { lines?: number; bytes?: number }): string {
  const parts = [head];
  let bytes = Buffer.byteLength(head);
  let lines = countLines(head);
  for (let i = 0; (target.bytes !== undefined && bytes < target.bytes) || (target.lines !== undefined && lines < target.lines); i++) {
    const part = (i > 0 ? joiner : '') + render(host(i));
    parts.push(part);
    bytes += Buffer.byteLength(part);
    lines += countLines(part);
  }
  return parts.join('');
}

function countLines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function renderHost(h: Host): string {
  const out = [
    '',
    `# ${h.comment}`,
    `hardware ${h.name} {`,
    `  cpu ${h.cpu} cores`,
    `  memory ${h.memory} GiB`,
    `  reserve ${h.reserve} GiB          # kept by the host itself`,
    `  disk ${h.disk}`,
    `  network ${h.network}`,
    `  power idle ${h.power[0]} W peak ${h.power[1]} W`,
  ];
  if (h.fabric) out.push(`  storage ${h.fabric.pool.product} as ${h.fabric.pool.name} { thin ${h.fabric.pool.thin.toFixed(1)} }`);
  if (h.hostOs) out.push(`  os ${h.hostOs.family} "${h.hostOs.label}"`);
  out.push(`  ${h.platform.keyword} ${h.platform.product} {`);
  if (h.fabric) {
    out.push(`    switch ${h.fabric.switch} {`, `      uplink ${h.fabric.uplink}`);
    for (const [name, vlan] of h.fabric.segments) out.push(`      segment ${name} vlan ${vlan}`);
    out.push('    }');
  }
  for (const g of h.platform.guests) out.push(...renderGuest(g).map((l) => `    ${l}`));
  out.push('  }', '}', '');
  return out.join('\n');
}

function renderGuest(g: Guest): string[] {
  const out = [`${g.kind} ${g.name} {`];
  if (g.image) out.push(`  image "${g.image}"`);
  out.push(g.kind === 'vm' ? `  vcpu ${g.cpu}` : `  cpu ${g.cpu}`, `  memory ${g.memory}`);
  if (g.disk) out.push(`  disk ${g.disk}`);
  if (g.tenant) out.push(`  tenant ${g.tenant}`);
  for (const nic of g.nics ?? []) out.push(`  nic ${nic} 1 Gbps`);
  if (g.volume) out.push(`  volume ${g.volume.name} ${g.volume.size} from ${g.volume.pool}`);
  out.push(`  os ${g.os.family} "${g.os.label}"`);
  for (const m of g.middleware) {
    out.push(`  middleware ${m.product} "${m.label}" {`);
    for (const w of m.workloads) out.push(`    ${renderWorkload(w)}`);
    out.push('  }');
  }
  out.push('}');
  return out;
}

function renderWorkload(w: Workload): string {
  const props: string[] = [];
  if (w.memory) props.push(`memory ${w.memory}`);
  if (w.work) props.push(`work ${w.work}`);
  if (w.start) props.push(`start ${w.start}`);
  if (w.depends) props.push(`depends ${w.depends.join(', ')}`);
  if (w.load) props.push(`load ${renderLoad(w.load)}`);
  return `${w.kind} ${w.name} { ${props.join('; ')} }`;
}

function renderLoad(l: Load): string {
  switch (l.shape) {
    case 'constant': return `constant ${l.level}%`;
    case 'daily': return `daily ${l.low}%..${l.high}% peak ${l.peak}`;
    case 'spikes': return `spikes ${l.low}%..${l.high}% every ${l.every} for ${l.for}`;
    case 'random': return `random ${l.low}%..${l.high}% seed ${l.seed}`;
  }
}
