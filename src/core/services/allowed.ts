// Where the cursor is in the stack: which block, which layer a new line would sit on, and
// so which layers and products may be written there. The rules mirror the checker's
// (docs/language.md, "Layers"), so that completion offers only what would check clean.
import type { Analysis } from '../analyze';
import { isLayerKind } from '../model/schema';
import type { Layer, LayerKind } from '../model/types';
import type { Statement } from '../syntax/ast';
import { HYPERVISORS, RUNTIMES } from '../taxonomy/catalogue';
import type { HypervisorProduct, RuntimeProduct } from '../taxonomy/product';
import { blockOwner, layerOf, osLineOf, touches } from './cursor';
import type { Arg } from '../syntax/ast';
import type { Dimension } from '../units';

/** The block the cursor is in and the layer that new lines there would sit on. */
export interface Place {
  readonly where: 'top' | 'simulate' | LayerKind | undefined;
  /** The statement whose block holds the cursor. */
  readonly owner?: Statement;
  readonly layer?: Layer;
  /** What a new layer would sit on: the machine's OS line when it has one, else the layer itself. */
  readonly carrier?: Layer;
  /** The statements of that block (the file's, at the top level). */
  readonly statements: readonly Statement[];
  /** The file's namespace of declared names. */
  readonly names: ReadonlyMap<string, Layer>;
}

const MACHINES: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'container']);

/** The place of an offset. */
export function placeAt(analysis: Analysis, offset: number): Place {
  const names = analysis.model.names;
  const owner = blockOwner(analysis.tree.statements, offset);
  if (!owner) return { where: 'top', statements: analysis.tree.statements, names };
  const key = owner.keyword;
  const statements = owner.block!.statements;
  if (key === 'simulate') return { where: 'simulate', owner, statements, names };
  const layer = layerOf(analysis.model, owner);
  if (!layer) return { where: isLayerKind(key) ? key : undefined, owner, statements, names };
  // An OS line carries the rest of its machine's block, except while the cursor is on it.
  const osLine = MACHINES.has(layer.kind) ? osLineOf(layer) : undefined;
  const carrier = osLine && !touches(osLine.statement, offset) ? osLine : layer;
  return { where: layer.kind, owner, layer, carrier, statements, names };
}

/** The kinds of layer that may be written at a place, in the order a stack is read. */
export function layerSlots(place: Place): LayerKind[] {
  if (place.where === 'top') return ['hardware'];
  if (place.where === 'simulate' || place.where === undefined) return [];
  const own = kindsOn(place.layer, place.where);
  if (!place.carrier || place.carrier === place.layer) return own;
  return [...new Set([...own, ...kindsOn(place.carrier, 'os')])];
}

function kindsOn(layer: Layer | undefined, kind: LayerKind): LayerKind[] {
  const has = (k: LayerKind): boolean => layer?.children.some((c) => c.kind === k) ?? false;
  switch (kind) {
    case 'hardware':
      // Bare hardware has one owner: a host OS, or type-1 hypervisors.
      if (has('os')) return [];
      return layer?.children.some((c) => c.kind === 'hypervisor' && c.hypervisorType === 1) ? ['hypervisor'] : ['hypervisor', 'os'];
    case 'vm': return has('os') ? ['hypervisor'] : ['os', 'hypervisor'];
    case 'os': return layer?.parent?.kind === 'container' ? ['middleware', 'app', 'job'] : ['hypervisor', 'runtime', 'middleware', 'app', 'job'];
    case 'hypervisor': return ['vm'];
    case 'runtime': return ['container'];
    case 'container': return has('os') ? ['middleware', 'app', 'job'] : ['os', 'middleware', 'app', 'job'];
    case 'middleware': return ['app', 'job'];
    default: return [];
  }
}

/** What a hypervisor written here would be: on the hardware, nested in a VM, or a program of an OS. */
export type HypervisorRole = 'type1' | 'nested' | 'type2' | 'any';

/** The role a hypervisor would have on this carrier. */
export function hypervisorRole(carrier: Layer | undefined): HypervisorRole {
  if (!carrier) return 'any';
  if (carrier.kind === 'hardware') return 'type1';
  if (carrier.kind === 'vm') return 'nested';
  return carrier.kind === 'os' ? 'type2' : 'any';
}

/** Hypervisors that may sit on the carrier: type 1 on hardware and in VMs, type 2 on a fitting OS (and type 1 nested in a guest). */
export function hypervisorsFor(carrier: Layer | undefined): HypervisorProduct[] {
  const role = hypervisorRole(carrier);
  if (role === 'any') return [...HYPERVISORS];
  if (role !== 'type2') return HYPERVISORS.filter((h) => h.type === 1);
  const kernel = carrier?.kernel;
  const hosted = HYPERVISORS.filter((h) => h.type === 2 && (!kernel || !h.hostKernels || h.hostKernels.includes(kernel)));
  return carrier?.parent?.kind === 'vm' ? [...hosted, ...HYPERVISORS.filter((h) => h.type === 1)] : hosted;
}

/** Runtimes that run on the carrier's kernel (all of them when it is unknown). */
export function runtimesFor(carrier: Layer | undefined): RuntimeProduct[] {
  const kernel = carrier?.kind === 'os' ? carrier.kernel : undefined;
  return RUNTIMES.filter((r) => !kernel || r.hostKernels.includes(kernel));
}

/** The kernel a container's own OS must have: its host's, or Linux on a sandboxing runtime. */
export function containerKernel(container: Layer | undefined): string | undefined {
  const runtime = container?.kind === 'container' && container.parent?.kind === 'runtime' ? container.parent : undefined;
  if (!runtime) return undefined;
  const isolation = runtime.catalogue?.role === 'runtime' ? runtime.catalogue.isolation : 'shared';
  if (isolation !== 'shared') return 'linux';
  return runtime.parent?.kind === 'os' ? runtime.parent.kernel : undefined;
}

/** A name of the form `base1`, `base2`, … that nothing in the file uses yet. */
export function freshName(names: ReadonlyMap<string, unknown>, base: string): string {
  for (let i = 1; ; i++) if (!names.has(`${base}${i}`)) return `${base}${i}`;
}

/** Units by dimension, the usual one first. */
export const UNIT_ORDER: Readonly<Record<Dimension, readonly string[]>> = {
  cores: ['cores', 'core'], size: ['GiB', 'MiB', 'TiB', 'GB', 'MB', 'TB', 'KiB', 'KB'], rate: ['Gbps', 'Mbps', 'Tbps', 'Kbps'],
  duration: ['s', 'm', 'h', 'ms', 'min', 'd'], share: ['%'], power: ['W', 'kW'], work: ['core-h', 'core-m', 'core-s'],
};

/**
 * The dimension of the quantity `arg` among the arguments of a `keyword` statement, or undefined
 * where no unit belongs (ratios, seeds). `inSimulate` tells the simulate block's settings apart.
 */
export function dimensionOf(keyword: string, inSimulate: boolean, args: readonly Arg[], arg: Arg): Dimension | undefined {
  const i = args.indexOf(arg);
  const before = i > 0 ? args[i - 1] : undefined;
  const option = before?.kind === 'word' ? before.text : undefined;
  switch (keyword) {
    case 'cpu': case 'vcpu': return inSimulate ? undefined : 'cores';
    case 'memory': case 'disk': case 'reserve': return inSimulate ? undefined : 'size';
    case 'volume': case 'capacity': return 'size'; // clusters and storage (issue 14)
    case 'network': case 'uplink': case 'nic': return 'rate';
    case 'boot': case 'duration': case 'step': case 'start': return 'duration';
    case 'work': return 'work';
    case 'power': return 'power';
    case 'load': return option === 'every' || option === 'for' ? 'duration' : option === 'seed' || option === 'peak' ? undefined : 'share';
    default: return undefined;
  }
}
