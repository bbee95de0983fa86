import type { HypervisorType, KernelFamily } from './kinds';

/** A hypervisor product: its type decides where it may sit. */
export interface HypervisorProduct {
  readonly id: string;
  readonly role: 'hypervisor';
  readonly name: string;
  readonly vendor: string;
  readonly type: HypervisorType;
  /** Other spellings users write for the same product (lowercase); findProduct matches them too. */
  readonly aliases?: readonly string[];
  /** Kernel the host must run for a type-2 product (e.g. Firecracker needs Linux/KVM); undefined = any. */
  readonly hostKernels?: readonly KernelFamily[];
  /** A microVM monitor boots guests in about a tenth of a second. */
  readonly microVm?: boolean;
}

/** A container runtime: containers on it share the host kernel unless it sandboxes them. */
export interface RuntimeProduct {
  readonly id: string;
  readonly role: 'runtime';
  readonly name: string;
  readonly vendor: string;
  /** Other spellings users write for the same product (lowercase); findProduct matches them too. */
  readonly aliases?: readonly string[];
  /** Kernels it runs on. */
  readonly hostKernels: readonly KernelFamily[];
  /** 'shared': containers use the host kernel; 'microvm': each gets its own kernel in a light VM; 'userspace': a user-space kernel intercepts system calls. */
  readonly isolation: 'shared' | 'microvm' | 'userspace';
}

/** A middleware product, known only for hovers; unknown middleware is fine. */
export interface MiddlewareProduct {
  readonly id: string;
  readonly role: 'middleware';
  readonly name: string;
  readonly vendor: string;
  /** Other spellings users write for the same product (lowercase); findProduct matches them too. */
  readonly aliases?: readonly string[];
}

// Storage virtualization (issue 14): pools of capacity that VMs and containers take volumes from.
/**
 * Where a storage product's capacity comes from, which decides where its pool is written:
 * 'distributed' pools the disks of several hosts (in a `cluster`, or with `disks`); 'local'
 * pools the disks of one host (inside its `hardware`); 'external' is an array or file server
 * reached over the network (with `capacity` and `reach`).
 */
export type StoragePlacement = 'distributed' | 'local' | 'external';

/** A storage product: where its capacity comes from and how it protects data, facts that decide the checks. */
export interface StorageProduct {
  readonly id: string;
  readonly role: 'storage';
  readonly name: string;
  readonly vendor: string;
  readonly aliases?: readonly string[];
  readonly placement: StoragePlacement;
  /** Copies of each block kept when the pool says nothing (`replicas`); 1 for arrays, which protect data inside. */
  readonly defaultReplicas: number;
  /** The default copies are at most the hosts that hold them (Storage Spaces Direct mirrors two ways on two servers). */
  readonly defaultUpToHosts?: boolean;
  /** Whether the product offers erasure coding (`erasure data K parity M`) across hosts. */
  readonly erasure: boolean;
}

/** A virtual switch (network virtualization): where it runs decides where it may stand, and it carries some kinds of segment. */
export interface SwitchProduct {
  readonly id: string;
  readonly role: 'switch';
  readonly name: string;
  readonly vendor: string;
  /** Other spellings users write for the same product (lowercase); findProduct matches them too. */
  readonly aliases?: readonly string[];
  /** Hypervisor products (catalogue ids) in whose block it may stand. */
  readonly hypervisors: readonly string[];
  /** Kernels of an OS in whose block it may stand (host or guest). */
  readonly kernels: readonly KernelFamily[];
  /** The kinds of segment it carries: 'vlan' and the overlays 'vxlan', 'geneve' (an untagged segment, every switch). */
  readonly carries: readonly ('vlan' | 'vxlan' | 'geneve')[];
}

/** Any entry of the catalogue. */
export type Product = HypervisorProduct | RuntimeProduct | MiddlewareProduct | StorageProduct | SwitchProduct;
