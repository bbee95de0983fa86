import type { Span } from '../diagnostics';
import type { NameTable } from './names';
import type { Statement } from '../syntax/ast';
import type { HypervisorType, KernelFamily, VirtualizationKind } from '../taxonomy/kinds';
import type { Product } from '../taxonomy/product';

/** The kinds of layer a stack is built from, bottom to top. */
export type LayerKind = 'hardware' | 'hypervisor' | 'os' | 'vm' | 'desktops' | 'runtime' | 'container' | 'middleware' | 'app' | 'job';

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

// Desktop, application and data virtualization (docs/language.md, "Kinds of virtualization").
/** How an app reaches its user: streamed to the client, run on a session host, or packaged with its own environment. */
export type DeliveryMode = 'streamed' | 'server' | 'packaged';

/** An app's `delivery` line: the mode and, for streamed and packaged apps, the system or format that delivers it. */
export interface Delivery {
  readonly mode: DeliveryMode;
  /** The streaming system or package format as written (`app-v`, `flatpak`); undefined when not given. */
  readonly system?: NameRef;
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
  // Desktop, application and data virtualization.
  /** Desktops in a pool: a whole number. */
  count?: Bounds;
  persistent?: { readonly value: boolean; readonly span: Span };
  broker?: NameRef;
  delivery?: Delivery;
  /** What a data-virtualization view federates, by name. */
  sources?: NameRef[];
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
}
