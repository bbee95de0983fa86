// The data behind the generated benchmark files: one description of a fleet, rendered once
// as .virt and once as JSON, so the two parsers are timed on the same information.
// Choices cycle through small lists by index instead of a PRNG: deterministic, and every
// variant (three kinds of stack, Korean names, load shapes) recurs throughout the file.

/** A load profile in the terms of docs/language.md. */
export type Load =
  | { shape: 'constant'; level: number }
  | { shape: 'daily'; low: number; high: number; peak: string }
  | { shape: 'spikes'; low: number; high: number; every: string; for: string }
  | { shape: 'random'; low: number; high: number; seed: number };

/** An application, or a batch job when `work` is set. */
export interface Workload { kind: 'app' | 'job'; name: string; memory?: string; load?: Load; work?: string; start?: string; depends?: string[] }
/** Middleware with what runs on it. */
export interface Middleware { product: string; label: string; workloads: Workload[] }
/** A guest: VM (vcpu) or container (cpu range, image). */
export interface Guest {
  kind: 'vm' | 'container';
  name: string; cpu: string; memory: string; disk?: string; image?: string; tenant?: string;
  os: { family: string; label: string };
  middleware: Middleware[];
  /** Network and storage virtualization: segments its NICs are on, and a volume from its host's pool. */
  nics?: string[]; volume?: { name: string; size: string; pool: string };
}
/** A physical host with either a type-1 hypervisor, or a host OS carrying a type-2 hypervisor or a container runtime. */
export interface Host {
  name: string; comment: string;
  cpu: number; memory: number; reserve: number; disk: string; network: string; power: [idle: number, peak: number];
  hostOs?: { family: string; label: string };
  platform: { keyword: 'hypervisor' | 'runtime'; product: string; guests: Guest[] };
  /** Network and storage virtualization of a rack server: a virtual switch with VLAN segments, and a thin pool of its disks. */
  fabric?: { switch: string; uplink: string; segments: [name: string, vlan: number][]; pool: { product: string; name: string; thin: number } };
}

const LINUX = ['Ubuntu 24.04', 'Debian 12', 'Rocky Linux 9', 'Alpine 3.20', 'openSUSE Leap 15.6'];
const TYPE1 = ['kvm', 'esxi', 'xen', 'proxmox', 'hyper-v'];
const RUNTIMES = ['docker', 'containerd', 'podman', 'cri-o'];
const STACKS: [product: string, label: string, app: string][] = [
  ['nginx', 'NGINX 1.27', 'storefront'], ['nodejs', 'Node.js 22', 'orders-api'], ['postgresql', 'PostgreSQL 16', 'inventory-db'],
  ['openjdk', 'OpenJDK 21', '결제-서비스'], ['redis', 'Redis 7', 'session-cache'], ['tomcat', 'Tomcat 10', '주문-관리'], ['apache', 'Apache 2.4', 'intranet'],
];
const LOADS: Load[] = [
  { shape: 'daily', low: 20, high: 90, peak: '14:00' }, { shape: 'constant', level: 35 },
  { shape: 'spikes', low: 10, high: 85, every: '30 m', for: '3 m' }, { shape: 'random', low: 15, high: 70, seed: 3 },
];

/** The virtual switch each type-1 hypervisor runs (docs/language.md, "Networks"). */
const SWITCH_OF: Record<string, string> = { kvm: 'ovs', proxmox: 'linux-bridge', xen: 'ovs', esxi: 'vss', 'hyper-v': 'hyperv-switch' };

const at = <T>(items: readonly T[], i: number): T => items[i % items.length];

/** Host number `i`: kinds rotate 3:1:1 between type-1 hypervisor, container host and desktop with a type-2 hypervisor. */
export function host(i: number): Host {
  const kind = i % 5;
  if (kind === 3) {
    const guests = range(4 + (i % 5), (j) => guest('container', i, j));
    return {
      name: `ct-${i}`, comment: `container host ${i}: one kernel shared by every container`, cpu: 32, memory: 128, reserve: 4, disk: '2 TB', network: '10 Gbps',
      power: [110, 380], hostOs: { family: 'linux', label: at(LINUX, i) }, platform: { keyword: 'runtime', product: at(RUNTIMES, i), guests },
    };
  }
  if (kind === 4) {
    const windows = i % 2 === 0;
    return {
      name: `desk-${i}`, comment: `desktop ${i}: a type-2 hypervisor is a program of the host OS`, cpu: 16, memory: 64, reserve: 8, disk: '1 TB', network: '1 Gbps',
      power: [35, 180], hostOs: windows ? { family: 'windows', label: 'Windows 11 Pro' } : { family: 'linux', label: 'Fedora 40' },
      platform: { keyword: 'hypervisor', product: windows ? 'virtualbox' : 'qemu', guests: range(2 + (i % 2), (j) => guest('vm', i, j, true)) },
    };
  }
  const product = at(TYPE1, i);
  const pool = `pool-${i}`;
  const guests = range(3 + (i % 3), (j) => ({ ...guest('vm', i, j), nics: j % 2 === 0 ? ['web', 'db'] : ['web'], volume: { name: 'data', size: '40 GiB', pool } }));
  return {
    name: `rack-${i}`, comment: `rack server ${i}: type-1 hypervisor on bare metal`, cpu: 64, memory: 512, reserve: 16, disk: '8 TB', network: '25 Gbps',
    power: [180, 650], platform: { keyword: 'hypervisor', product, guests },
    fabric: { switch: SWITCH_OF[product], uplink: '25 Gbps', segments: [['web', 10], ['db', 20]], pool: { product: 'lvm-thin', name: pool, thin: 2 } },
  };
}

function guest(kind: Guest['kind'], i: number, j: number, small = false): Guest {
  const n = i * 7 + j;
  const [product, label, app] = at(STACKS, n);
  const name = `${kind === 'vm' ? 'vm' : 'ct'}-${i}-${j}`;
  const first: Workload = { kind: 'app', name: `${app}-${i}-${j}`, load: at(LOADS, n), memory: n % 3 === 0 ? '1 GiB..4 GiB' : undefined };
  // One host in 50 misspells a dependency, as real files do; that also times the "did you mean" path.
  const typo = i % 50 === 49 && j === 0 ? 'x' : '';
  const workloads: Workload[] = [first, { kind: 'app', name: `worker-${i}-${j}`, load: at(LOADS, n + 1), depends: [first.name + typo] }];
  if (n % 4 === 0) workloads.push({ kind: 'job', name: `backup-${i}-${j}`, work: '2 core-h', start: '02:30' });
  const middleware = [{ product, label, workloads }];
  if (kind === 'container') {
    return { kind, name, cpu: '0.5..2', memory: '256 MiB..2 GiB', image: `${product}:${label.split(' ')[1] ?? 'latest'}`, os: { family: 'linux', label: 'Alpine 3.20' }, middleware };
  }
  return {
    kind, name, cpu: String(small ? 2 + (j % 2) * 2 : at([4, 8, 16], n)), memory: small ? '8 GiB' : at(['16 GiB', '32 GiB', '64 GiB'], n), disk: '80 GiB',
    tenant: at(['shop', 'payments', 'analytics'], i), os: { family: 'linux', label: at(LINUX, n) }, middleware,
  };
}

function range<T>(n: number, f: (j: number) => T): T[] {
  return Array.from({ length: n }, (_, j) => f(j));
}
