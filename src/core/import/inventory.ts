// What an importer finds, before it is written as `.virt` text: hosts, and on each the VMs or
// containers it runs. Importers fill it from their source; `writer.ts` writes it; the defaults for
// a host nobody described are worked out here, from what the file asks.
import type { Message } from '../l10n/localizer';
import { GIB } from './quantities';

/** A kernel family of the language. */
export type Family = 'linux' | 'windows' | 'bsd' | 'macos' | 'solaris';

/** An OS line: its family and, if known, the name shown. */
export interface OsLine {
  readonly family: Family;
  readonly display?: string;
}

/** A request..limit pair; either may be missing. */
export interface Span {
  readonly request?: number;
  readonly limit?: number;
}

/** A container to write; `depends` holds the written names of what it waits for. */
export interface ContainerSpec {
  readonly name: string;
  readonly image?: string;
  readonly cores?: Span;
  /** Bytes. */
  readonly memory?: Span;
  readonly os?: OsLine;
  readonly depends: readonly string[];
  readonly notes: readonly Message[];
}

/** A VM to write. */
export interface VmSpec {
  readonly name: string;
  readonly vcpus?: number;
  /** Bytes. */
  readonly memory?: number;
  readonly os?: OsLine;
  readonly notes: readonly Message[];
}

/** A hypervisor or runtime on a host, and what it runs. */
export interface Engine {
  readonly role: 'hypervisor' | 'runtime';
  readonly product: string;
  /** A type-1 hypervisor stands on the hardware; everything else in the host OS. */
  readonly onHardware: boolean;
  readonly vms: VmSpec[];
  readonly containers: ContainerSpec[];
}

/** A physical host. */
export interface HostSpec {
  readonly name: string;
  cores: number;
  /** Bytes. */
  memory: number;
  /** Bytes the host keeps for itself. */
  readonly reserve?: number;
  readonly os?: OsLine;
  readonly engines: Engine[];
  readonly notes: Message[];
}

/** Everything an importer found. */
export interface Inventory {
  readonly title: string;
  /** Lines of the header, after the source line. */
  readonly header: Message[];
  readonly unmapped: Message[];
  readonly hosts: HostSpec[];
}

/** The smallest host assumed when none is given: a common two-socket-less server. */
export const DEFAULT_CORES = 8;
/** Bytes of the smallest host assumed. */
export const DEFAULT_MEMORY = 32 * GIB;
/** The CPU overcommit ratio the checker uses by default (docs/language.md, VS401). */
const CPU_OVERCOMMIT = 4;

/**
 * The size of a host nobody described: at least DEFAULT_CORES and DEFAULT_MEMORY, and enough
 * for what runs on it, so that the imported file shows the file's own findings, not the guess's:
 * cores for the largest VM or container and for all vCPUs at the default overcommit of 4, memory
 * for all VMs and container requests (or limits when a container has no request), in whole GiB
 * rounded up to a power of two, as memory is installed.
 */
export function assumedSize(engines: readonly Engine[]): { cores: number; memory: number } {
  let largest = 0;
  let vcpus = 0;
  let memory = 0;
  for (const e of engines) {
    for (const vm of e.vms) {
      largest = Math.max(largest, vm.vcpus ?? 0);
      vcpus += vm.vcpus ?? 0;
      memory += vm.memory ?? 0;
    }
    for (const c of e.containers) {
      largest = Math.max(largest, c.cores?.limit ?? c.cores?.request ?? 0);
      memory += c.memory?.request ?? c.memory?.limit ?? 0;
    }
  }
  const cores = Math.min(8192, Math.max(DEFAULT_CORES, Math.ceil(largest), Math.ceil(vcpus / CPU_OVERCOMMIT)));
  let gib = DEFAULT_MEMORY / GIB;
  while (gib * GIB < memory && gib < 4 * 1024 * 1024) gib *= 2;
  return { cores, memory: gib * GIB };
}

/** The number of hosts, VMs and containers of an inventory. */
export function countsOf(inv: Inventory): { hosts: number; vms: number; containers: number } {
  let vms = 0;
  let containers = 0;
  for (const h of inv.hosts) for (const e of h.engines) {
    vms += e.vms.length;
    containers += e.containers.length;
  }
  return { hosts: inv.hosts.length, vms, containers };
}
