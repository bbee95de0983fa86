import type { Span } from '../diagnostics';
import type { NameTable } from './names';
import type { Statement } from '../syntax/ast';
import type { HypervisorType, KernelFamily, VirtualizationKind } from '../taxonomy/kinds';
import type { Product, StorageProduct } from '../taxonomy/product';

/** The kinds of layer a stack is built from, bottom to top. */
export type LayerKind = 'hardware' | 'hypervisor' | 'os' | 'vm' | 'runtime' | 'container' | 'middleware' | 'app' | 'job';

/** A value or a request..limit pair in base units (cores, MiB, Mbps, seconds, fraction, W, core-seconds). */
export interface Bounds {
  readonly min: number;
  readonly max: number;
  readonly span: Span;
}

/** CPU demand over time, levels as fractions (0.2 = 20 %). */
export type LoadProfile =
  | { readonly shape: 'constant'; readonly level: number; readonly span: Span }
  | { readonly shape: 'daily'; readonly low: number; readonly high: number; readonly peakHour: number; readonly span: Span }
  | { readonly shape: 'spikes'; readonly low: number; readonly high: number; readonly every: number; readonly length: number; readonly span: Span }
  | { readonly shape: 'random'; readonly low: number; readonly high: number; readonly seed: number; readonly span: Span };

/** Power draw of a host: a linear model, or 11 points for 0 %, 10 %, … 100 % load. */
export type PowerModel =
  | { readonly model: 'linear'; readonly idle: number; readonly peak: number; readonly span: Span }
  | { readonly model: 'curve'; readonly watts: readonly number[]; readonly span: Span };

/** When a job starts: a time of day or an offset from the simulation's start, in seconds. */
export interface JobStart {
  readonly at: 'time-of-day' | 'offset';
  readonly seconds: number;
  readonly span: Span;
}

/** A use of a name, e.g. in `depends`. */
export interface NameRef {
  readonly name: string;
  readonly span: Span;
}

/** Typed properties of a layer; which ones apply depends on its kind. */
export interface LayerProps {
  cpu?: Bounds;
  vcpu?: Bounds;
  memory?: Bounds;
  disk?: Bounds;
  network?: Bounds;
  reserve?: Bounds;
  power?: PowerModel;
  type?: { readonly value: HypervisorType; readonly span: Span };
  image?: { readonly value: string; readonly span: Span };
  tenant?: NameRef;
  boot?: Bounds;
  load?: LoadProfile;
  work?: Bounds;
  start?: JobStart;
  depends?: NameRef[];
  /** Storage (issue 14): `volume NAME SIZE from POOL` lines of a VM or container, which may repeat. */
  volume?: Volume[];
  // Network virtualization (VS6xx): a workload's NICs, which may repeat, and its network function.
  nic?: Nic[];
  function?: NameRef;
}

/** One layer of a stack: what it is, what it sits on and what sits on it. */
export interface Layer {
  readonly kind: LayerKind;
  /** The layer's name; for hypervisors, runtimes and middleware the product id unless `as NAME` is given. */
  readonly name: string;
  readonly nameSpan: Span;
  /** The product word, for hypervisor, runtime, middleware and the kernel family of an os. */
  readonly product?: string;
  readonly productSpan?: Span;
  readonly catalogue?: Product;
  /** Display name given as a string (`os linux "Ubuntu 24.04"`). */
  readonly label?: string;
  readonly statement: Statement;
  /** Set by the model builder: layers without a property line share one frozen, empty object. */
  props: LayerProps;
  parent?: Layer;
  /** Set by the model builder, which trims the array to its length once the block is read. */
  children: Layer[];
  /** Effective hypervisor type: declared, else from the catalogue. */
  hypervisorType?: HypervisorType;
  /** For an os: its kernel family when known. */
  kernel?: KernelFamily;
  /** Which kind of virtualization the branch of this layer is, when it has been classified. */
  virtualization?: VirtualizationKind;
  /** Position in the model's `layers`, so that checks can keep per-layer state in arrays. */
  readonly index: number;
}

/** Settings of the top-level `simulate` block, with defaults filled in. */
export interface SimulationSettings {
  duration: number;
  step: number;
  seed: number;
  overcommit: { cpu: number; memory: number };
  boot: { vm: number; container: number; microvm: number; host: number };
  /** Where each setting was written, for diagnostics that point at it. */
  readonly spans: Partial<Record<'duration' | 'step' | 'seed' | 'overcommit' | 'boot', Span>>;
}

/** The meaning of a .virt file: its hosts and everything that sits on them. */
export interface StackModel {
  title?: string;
  readonly hosts: Layer[];
  /** Every layer in document order. */
  readonly layers: Layer[];
  /** Named layers (hardware, vm, container, app, job) by name; the first declaration wins. */
  readonly names: NameTable;
  /** Named layers whose name an earlier layer already took, in document order. */
  readonly duplicates: Layer[];
  readonly simulation: SimulationSettings;
  // Clusters and storage (issue 14): fabric entities, not layers; empty in files without them.
  /** `cluster` statements in document order; their hosts are also in `hosts`. */
  readonly clusters: Cluster[];
  /** `storage` pools in document order, wherever written. */
  readonly pools: StoragePool[];
  /** Virtual switches in document order (network virtualization, VS6xx); empty in most files. */
  readonly switches: VirtualSwitch[];
}

// Clusters and storage virtualization (issue 14).
/** A value of a fabric statement with where it is written. */
export interface Located<T> {
  readonly value: T;
  readonly span: Span;
}

/** `volume NAME SIZE from POOL`: a disk of a VM or container taken from a storage pool. */
export interface Volume {
  readonly name: string;
  readonly nameSpan: Span;
  /** Size in MiB. */
  readonly size: number;
  readonly sizeSpan: Span;
  readonly pool: NameRef;
}

/** `cluster NAME { … }`: hosts managed together, with room kept to restart the VMs of failed hosts. */
export interface Cluster {
  readonly name: string;
  readonly nameSpan: Span;
  /** The `cluster` keyword. */
  readonly keywordSpan: Span;
  /** The whole statement, block included. */
  readonly span: Span;
  /** Its `hardware` blocks, which are also hosts of the model (with no parent). */
  readonly hosts: Layer[];
  /** `tolerate N`: host failures whose VMs must still find room (admission control). */
  tolerate?: Located<number>;
  /** Pools written in its block. */
  readonly pools: StoragePool[];
}

/** `erasure data K parity M`: K data and M parity fragments, each on its own host. */
export interface ErasureCode {
  readonly data: number;
  readonly parity: number;
  readonly span: Span;
}

/** `storage PRODUCT [as NAME] { … }`: a pool of capacity that volumes are taken from. */
export interface StoragePool {
  /** `as NAME`, else the product word. */
  readonly name: string;
  readonly nameSpan: Span;
  readonly product: string;
  readonly productSpan: Span;
  readonly catalogue: StorageProduct | undefined;
  readonly keywordSpan: Span;
  readonly span: Span;
  /** The cluster whose block holds it, if any. */
  readonly cluster: Cluster | undefined;
  /** The hardware whose block holds it (a local pool), if any. */
  readonly host: Layer | undefined;
  replicas?: Located<number>;
  erasure?: ErasureCode;
  /** Thin-provisioning ratio: volumes may add up to this many times the usable capacity. */
  thin?: Located<number>;
  /** Raw capacity in MiB, instead of the hosts' disks. */
  capacity?: Located<number>;
  /** Hosts whose disks build the pool. */
  disks?: NameRef[];
  /** Hosts or clusters that can reach the pool. */
  reach?: NameRef[];
  /** A setting of its block was written but could not be read: the checks that need it stay quiet. */
  malformed?: boolean;
  /** What the storage checks worked out at the end of the file, for hovers. */
  usage?: PoolUsage;
}

/** A pool's capacity and what its volumes take, in MiB. */
export interface PoolUsage {
  /** Raw capacity: `capacity`, else the `disk` of the hosts that build it; undefined when unknown. */
  readonly raw: number | undefined;
  /** Raw capacity after copies or parity. */
  readonly usable: number | undefined;
  /** How many copies each block has (1 for erasure coding, whose overhead `efficiency` holds). */
  readonly copies: number;
  /** usable / raw. */
  readonly efficiency: number;
  /** Thin-provisioning ratio (1 for a thick pool). */
  readonly thin: number;
  /** The sum of the sizes of the volumes taken from it. */
  readonly provisioned: number;
  readonly volumes: number;
  /** The hosts whose disks build it. */
  readonly hosts: readonly Layer[];
}

// Network virtualization (VS6xx): switches and segments are entities of the model, not layers.
// A segment with the same name on several hosts is one segment spanning them.

/** How a segment is carried: untagged, a VLAN (802.1Q), or an overlay with a VNI. */
export type SegmentKind = 'flat' | 'vlan' | 'vxlan' | 'geneve';

/** `nic SEGMENT [RATE]` of a VM or container. */
export interface Nic {
  readonly segment: string;
  /** Where the segment's name is written. */
  readonly span: Span;
  /** Mbps, when given. */
  readonly rate: number | undefined;
}

/** A NIC as its segment sees it: whose it is and what it asks of the uplink. */
export interface NicAttachment {
  readonly layer: Layer;
  readonly span: Span;
  readonly rate: number | undefined;
}

/** `segment NAME [vlan ID | vxlan VNI | geneve VNI]` in a switch block. */
export interface SegmentDecl {
  readonly name: string;
  readonly nameSpan: Span;
  readonly kind: SegmentKind;
  /** The VLAN id or VNI when valid; undefined for a flat segment or after a finding. */
  readonly id: number | undefined;
  /** Where the kind word is written (the name's span for a flat segment). */
  readonly kindSpan: Span;
  readonly owner: VirtualSwitch;
  /** NICs on this segment of this switch, filled by the checks of its host. */
  readonly nics: NicAttachment[];
}

/** `switch PRODUCT [as NAME] { … }` in a hypervisor or OS block. */
export interface VirtualSwitch {
  readonly product: string;
  readonly productSpan: Span;
  /** `as NAME`, else the product id. */
  readonly name: string;
  readonly catalogue: Product | undefined;
  /** The layer whose block holds it (a hypervisor or an OS, when well placed). */
  readonly holder: Layer;
  /** Where the statement starts, and its keyword's end. */
  readonly start: number;
  readonly keywordEnd: number;
  uplink: Bounds | undefined;
  readonly segments: SegmentDecl[];
  /** Set by the checks: the machine it serves, its uplink in Mbps (declared, else the machine's `network`), and the NICs' demand. */
  machine: Layer | undefined;
  capacity: number | undefined;
  demand: number;
}
