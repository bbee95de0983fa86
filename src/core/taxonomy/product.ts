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
  /** What checks know it as: a session host runs server-based apps, a data-virtualization engine federates `sources`. */
  readonly serves?: 'session-host' | 'data-virtualization';
  /** Kernels it runs on, when it does not run on all. */
  readonly hostKernels?: readonly KernelFamily[];
}

// Desktop and application virtualization (docs/language.md, "Kinds of virtualization").
/** A connection broker of desktop pools (`broker horizon`): it hands users their desktops. */
export interface BrokerProduct {
  readonly id: string;
  readonly role: 'broker';
  readonly name: string;
  readonly vendor: string;
  readonly aliases?: readonly string[];
}

/** A system that delivers an app to a client: a streaming system, a package format, or both (App-V). */
export interface DeliveryProduct {
  readonly id: string;
  readonly role: 'delivery';
  readonly name: string;
  readonly vendor: string;
  readonly aliases?: readonly string[];
  /** How it delivers: `streamed` to a client, or `packaged` with its own environment. */
  readonly modes: readonly ('streamed' | 'packaged')[];
  /** The kernels of the client OS it runs on. */
  readonly clientKernels: readonly KernelFamily[];
}

/** Any entry of the catalogue. */
export type Product = HypervisorProduct | RuntimeProduct | MiddlewareProduct | BrokerProduct | DeliveryProduct;
