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
export type Product = HypervisorProduct | RuntimeProduct | MiddlewareProduct | SwitchProduct;
