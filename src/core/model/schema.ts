// What the language allows: its keywords and where each may stand, and the rules and ranges of
// its quantities, in one place so that the checks, completion, messages and docs agree.
import { type MessageArg, msg } from '../l10n/localizer';
import type { LayerKind } from './types';
import type { QuantityRule } from './values';

/** Layer keywords, bottom to top. */
export const LAYER_KINDS: readonly LayerKind[] = ['hardware', 'hypervisor', 'os', 'vm', 'runtime', 'container', 'middleware', 'app', 'job'];

/** Where each property may be written. */
export const PROPERTY_PLACES: Readonly<Record<string, readonly LayerKind[]>> = {
  cpu: ['hardware', 'container', 'app', 'job'],
  vcpu: ['vm'],
  memory: ['hardware', 'vm', 'container', 'app', 'job'],
  disk: ['hardware', 'vm', 'container'],
  network: ['hardware', 'vm', 'container'],
  reserve: ['hardware'],
  power: ['hardware'],
  type: ['hypervisor'],
  image: ['container'],
  tenant: ['vm', 'container', 'app'],
  boot: ['hardware', 'vm', 'container'],
  load: ['app'],
  work: ['job'],
  start: ['job'],
  depends: ['vm', 'container', 'app', 'job'],
  // Storage (issue 14): may repeat, one line per volume.
  volume: ['vm', 'container'],
  // Network virtualization (VS6xx)
  nic: ['vm', 'container'],
  function: ['vm', 'container'],
};

// Network virtualization (VS6xx): `switch` is a block of a hypervisor or an OS, not a layer;
// `uplink` and `segment` stand only in its block; `nic` may repeat in one block.
/** Layers whose block may hold a `switch`. */
export const SWITCH_PLACES: readonly LayerKind[] = ['hypervisor', 'os'];
/** Statements of a switch block. */
export const SWITCH_STATEMENTS: readonly string[] = ['uplink', 'segment'];
/** Properties that may be written more than once in a block (each line adds one). */
export const REPEATABLE: ReadonlySet<string> = new Set(['nic', 'volume']);

/** Keywords of the top-level `simulate` block. */
export const SIMULATE_SETTINGS: readonly string[] = ['duration', 'step', 'seed', 'overcommit', 'boot'];

/** Statements that stand only at the top level. */
export const TOP_LEVEL_ONLY: readonly string[] = ['stack', 'simulate'];

/** Layers whose names share the file's namespace (others are named after their product). */
export const NAMED_KINDS: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'container', 'app', 'job']);

// Clusters and storage (issue 14): statements that are not layers but fabric around them.
/** Statements of a `cluster` block besides its `hardware` and `storage`. */
export const CLUSTER_SETTINGS: readonly string[] = ['tolerate'];
/** Statements of a `storage` block. */
export const STORAGE_SETTINGS: readonly string[] = ['replicas', 'erasure', 'thin', 'capacity', 'disks', 'reach'];
/** Fabric statements: `cluster` (top level), `storage` (top level, cluster, hardware) and their settings. */
export const FABRIC_KEYWORDS: readonly string[] = ['cluster', 'storage', ...CLUSTER_SETTINGS, ...STORAGE_SETTINGS];

/** Every keyword, for "did you mean". */
export const ALL_KEYWORDS: readonly string[] = [...TOP_LEVEL_ONLY, ...LAYER_KINDS, ...Object.keys(PROPERTY_PLACES), ...SIMULATE_SETTINGS, ...FABRIC_KEYWORDS, 'switch', ...SWITCH_STATEMENTS];

/** What a keyword is: a layer, a property (with where it applies), a top-level statement, or a statement of the fabric around the layers. */
export type KeywordRole =
  | { readonly role: 'layer'; readonly kind: LayerKind }
  | { readonly role: 'property'; readonly places: readonly LayerKind[] }
  | { readonly role: 'top' }
  // Clusters and storage: `cluster`, `storage` and their settings.
  | { readonly role: 'fabric' }
  // Network virtualization: a switch block, and the statements that stand only inside one.
  | { readonly role: 'switch' }
  | { readonly role: 'switchItem' };

/** Every keyword's role, for one hash lookup per statement on the hot path. */
export const KEYWORD_ROLES: ReadonlyMap<string, KeywordRole> = new Map<string, KeywordRole>([
  ...LAYER_KINDS.map((kind) => [kind, { role: 'layer', kind }] as const),
  ...Object.entries(PROPERTY_PLACES).map(([k, places]) => [k, { role: 'property', places }] as const),
  ...TOP_LEVEL_ONLY.map((k) => [k, { role: 'top' }] as const),
  ...FABRIC_KEYWORDS.map((k) => [k, { role: 'fabric' }] as const),
  ['switch', { role: 'switch' }],
  ...SWITCH_STATEMENTS.map((k) => [k, { role: 'switchItem' }] as const),
]);

/** Whether a word is a property keyword (own keys only: `constructor` is not a property). */
export function isProperty(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROPERTY_PLACES, word);
}

const LAYER_SET: ReadonlySet<string> = new Set(LAYER_KINDS);

/** Whether a word starts a layer. */
export function isLayerKind(word: string): word is LayerKind {
  return LAYER_SET.has(word);
}

/** A kind of layer in running text ("a VM"), as a phrase to translate. */
export function describeKind(kind: LayerKind): MessageArg {
  return msg(`kind.${kind}`);
}

// The quantity rules of the language in one place, so messages and docs agree. Every quantity has
// a range (docs/language.md, "Ranges of values"): the upper bounds are generous for real hardware
// and keep the simulation's arithmetic meaningful; `cpu 1e300 cores` once reported 1.15e299 kWh.

/** Upper bounds of the language's values, in base units (cores, MiB, Mbps, s, W, core-s), each with why. */
export const LIMITS = {
  /** Linux's largest configurable CPU count (NR_CPUS with MAXSMP); the largest servers have under 2,000 cores. */
  cores: 8192,
  /** 4 PiB, as much as 52-bit physical addresses (x86-64, Arm) reach; the largest servers hold 48 TiB. */
  memory: 4096 * 1024 * 1024,
  /** 64 PiB: a storage server with expansion shelves holds a few PiB. */
  disk: 65536 * 1024 * 1024,
  /** 100 Tbps: the fastest Ethernet port carries 1.6 Tbps. */
  network: 100e6,
  /** 1 MW: the densest racks of GPU servers draw about 130 kW. */
  power: 1e6,
  /** A day: the slowest servers take tens of minutes to boot. */
  boot: 86_400,
  /**
   * 1,000 years: far beyond any plan (the simulation runs at most 100,000 steps, however long),
   * and short enough that seconds summed in doubles keep a precision of microseconds.
   */
  duration: 365_000 * 86_400,
  /** 10^11 core-hours: more than 8,192 cores busy for 1,000 years (7.2 × 10^10). */
  work: 1e11 * 3600,
  /** Seeds are 32-bit: a larger one would wrap onto a smaller one and repeat its run. */
  seed: 4_294_967_295,
  /** An overcommit ratio of 1,000:1 is no limit at all. */
  ratio: 1000,
  // Clusters and storage (issue 14).
  /** Copies of a block: Ceph allows a pool size up to 10, vSAN keeps at most 4 (FTT=3). */
  copies: 16,
  /** Data or parity fragments of an erasure code: Ceph profiles use tens at most. */
  fragments: 64,
  /** Host failures a cluster keeps room for: vSphere clusters hold at most 96 hosts (vSphere 8 maximums). */
  hostFailures: 1024,
} as const;

/**
 * A rule with every field present, in one order: the readers of quantities then meet a single
 * object shape, which V8 reads faster than a dozen shapes of optional fields.
 */
function rule(r: QuantityRule): QuantityRule {
  return {
    dimension: r.dimension, what: r.what, example: r.example, range: r.range ?? false, sign: r.sign,
    integer: r.integer ?? false, max: r.max, maxWritten: r.maxWritten, bare: r.bare ?? false,
  };
}

const cores = (range: boolean, integer: boolean, example: string): QuantityRule =>
  rule({ dimension: 'cores', what: range ? 'what.coresRange' : integer ? 'what.wholeCores' : 'what.cores', example, range, sign: 'positive', integer, bare: true, max: LIMITS.cores, maxWritten: '8192 cores' });

const size = { dimension: 'size', max: LIMITS.memory, maxWritten: '4096 TiB' } as const;
const time = { dimension: 'duration', max: LIMITS.duration, maxWritten: '365000 d' } as const;

/** Quantity rules by property and the kind of layer it is written in. */
export const RULES = {
  hardwareCpu: cores(false, true, 'cpu 32 cores'),
  containerCpu: cores(true, false, 'cpu 0.5..2'),
  appCpu: cores(false, false, 'cpu 2 cores'),
  vcpu: cores(false, true, 'vcpu 4'),
  memory: rule({ ...size, what: 'what.size', example: 'memory 16 GiB', sign: 'positive' }),
  memoryRange: rule({ ...size, what: 'what.sizeRange', example: 'memory 256 MiB..1 GiB', range: true, sign: 'positive' }),
  disk: rule({ dimension: 'size', what: 'what.size', example: 'disk 4 TiB', sign: 'positive', max: LIMITS.disk, maxWritten: '65536 TiB' }),
  reserve: rule({ ...size, what: 'what.size', example: 'reserve 512 MiB', sign: 'nonNegative' }),
  network: rule({ dimension: 'rate', what: 'what.rate', example: 'network 10 Gbps', sign: 'positive', max: LIMITS.network, maxWritten: '100 Tbps' }),
  boot: rule({ dimension: 'duration', what: 'what.duration', example: 'boot 30 s', sign: 'nonNegative', max: LIMITS.boot, maxWritten: '1 d' }),
  duration: rule({ ...time, what: 'what.duration', example: 'duration 24 h', sign: 'positive' }),
  step: rule({ ...time, what: 'what.duration', example: 'step 1 m', sign: 'positive' }),
  offset: rule({ ...time, what: 'what.startTime', example: 'start 01:30', sign: 'nonNegative' }),
  work: rule({ dimension: 'work', what: 'what.work', example: 'work 8 core-h', sign: 'positive', max: LIMITS.work, maxWritten: '100000000000 core-h' }),
  share: rule({ dimension: 'share', what: 'what.share', example: 'load constant 40%', sign: 'nonNegative', max: 1, maxWritten: '100%' }),
  shareRange: rule({ dimension: 'share', what: 'what.shareRange', example: 'load daily 20%..90% peak 14:00', range: true, sign: 'nonNegative', max: 1, maxWritten: '100%' }),
  watts: rule({ dimension: 'power', what: 'what.power', example: 'power idle 50 W peak 200 W', sign: 'nonNegative', max: LIMITS.power, maxWritten: '1000 kW' }),
  seed: rule({ dimension: 'cores', what: 'what.wholeNumber', example: 'seed 42', sign: 'nonNegative', integer: true, bare: true, max: LIMITS.seed, maxWritten: '4294967295' }),
  ratio: rule({ dimension: 'cores', what: 'what.ratio', example: 'overcommit cpu 4.0 memory 1.0', sign: 'positive', bare: true, max: LIMITS.ratio, maxWritten: '1000' }),
  // Clusters and storage (issue 14).
  volume: rule({ dimension: 'size', what: 'what.size', example: 'volume data 200 GiB from vsan1', sign: 'positive', max: LIMITS.disk, maxWritten: '65536 TiB' }),
  capacity: rule({ dimension: 'size', what: 'what.size', example: 'capacity 100 TiB', sign: 'positive', max: LIMITS.disk, maxWritten: '65536 TiB' }),
  replicas: rule({ dimension: 'cores', what: 'what.wholeNumber', example: 'replicas 2', sign: 'positive', integer: true, bare: true, max: LIMITS.copies, maxWritten: '16' }),
  fragments: rule({ dimension: 'cores', what: 'what.wholeNumber', example: 'erasure data 4 parity 2', sign: 'positive', integer: true, bare: true, max: LIMITS.fragments, maxWritten: '64' }),
  thin: rule({ dimension: 'cores', what: 'what.ratio', example: 'thin 2.0', sign: 'positive', bare: true, max: LIMITS.ratio, maxWritten: '1000' }),
  tolerate: rule({ dimension: 'cores', what: 'what.wholeNumber', example: 'tolerate 1', sign: 'nonNegative', integer: true, bare: true, max: LIMITS.hostFailures, maxWritten: '1024' }),
  // Network virtualization (VS6xx)
  uplink: rule({ dimension: 'rate', what: 'what.rate', example: 'uplink 25 Gbps', sign: 'positive', max: LIMITS.network, maxWritten: '100 Tbps' }),
  nicRate: rule({ dimension: 'rate', what: 'what.rate', example: 'nic web 1 Gbps', sign: 'positive', max: LIMITS.network, maxWritten: '100 Tbps' }),
} as const;
