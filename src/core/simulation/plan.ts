import { refusalText } from './options';
import type { Layer, LoadProfile, PowerModel, StackModel } from '../model/types';
import type { RuntimeProduct } from '../taxonomy/product';
import { vmMemoryOverhead } from './formulas';
import type { EntityInfo, EntityKind, IsolationClass, Note, Refusal, UsedSettings } from './types';

// Flattens the model into parallel typed arrays in depth-first order, so that the step loop
// touches numbers only: a parent always comes before its children, so one backward pass adds
// demand up the tree and one forward pass hands CPU down.

/** Kind codes of the typed arrays. */
export const K = { host: 0, vm: 1, container: 2, app: 3, job: 4 } as const;
const KIND_NAMES: readonly EntityKind[] = ['host', 'vm', 'container', 'app', 'job'];

/** CPU efficiency of what runs in a VM, by hypervisor (docs/simulation.md). */
export const EFFICIENCY = { type1: 0.98, type2: 0.9, microvm: 0.98, kataContainer: 0.98, gvisorContainer: 0.95, native: 1 } as const;

/** Defaults for what a file leaves out (docs/simulation.md). */
export const DEFAULTS = { vmVcpus: 1, vmMemory: 1024, appLoad: 0.1 } as const;

/** The flattened model. */
export interface Plan {
  readonly n: number;
  readonly info: EntityInfo[];
  readonly kind: Uint8Array;
  readonly parent: Int32Array;
  readonly host: Int32Array;
  readonly firstChild: Int32Array;
  readonly nextSibling: Int32Array;
  /** Cores: capacity (host, VM, container limit) or demand at 100 % (app, job). */
  readonly cap: Float64Array;
  /** Share weight under contention: vCPUs, container CPU request, app cores. */
  readonly weight: Float64Array;
  /** Useful fraction of granted CPU for what runs inside. */
  readonly eff: Float64Array;
  /** VM: assigned memory plus overhead, committed while up. Host: installed memory. */
  readonly memFixed: Float64Array;
  readonly memLow: Float64Array;
  readonly memHigh: Float64Array;
  /** Container CPU request as written (0 without one). */
  readonly cpuRequest: Float64Array;
  /** Container memory limit (Infinity without) and request. */
  readonly memLimit: Float64Array;
  readonly memRequest: Float64Array;
  readonly reserve: Float64Array;
  /** Seconds from its machine being up (and its dependencies) to itself being up. */
  readonly boot: Float64Array;
  readonly work: Float64Array;
  /** Jobs: earliest start, seconds from the run's start. */
  readonly jobStart: Float64Array;
  readonly deps: (readonly number[])[];
  readonly profiles: (LoadProfile | undefined)[];
  readonly power: (PowerModel | undefined)[];
  readonly hosts: number[];
  /** Entities [0, machines) are hosts, VMs and containers, parents first; the rest are apps and jobs. */
  readonly machines: number;
  readonly notes: Note[];
}

const NO_DEPS: readonly number[] = [];

/**
 * How many entities the model's hosts hold, counted without allocating, so that a model too big
 * to simulate is refused before anything is built for it; or why it cannot be simulated at all.
 */
export function countEntities(model: StackModel): number | Refusal {
  let count = 0;
  for (const h of model.hosts) {
    const missing = !h.props.cpu ? 'cpu' : !h.props.memory ? 'memory' : undefined;
    if (missing) {
      const example = missing === 'cpu' ? 'cpu 16 cores' : 'memory 64 GiB';
      return {
        reason: 'no-capacity',
        ...refusalText('simulation.refusal.noCapacity', h.name, missing, example),
        span: h.nameSpan,
      };
    }
    count += entitiesIn(h);
  }
  if (count === 0) return { reason: 'no-hosts', ...refusalText('simulation.refusal.noHosts') };
  return count;
}

/** Entities in a layer's subtree, itself included; the parser nests blocks only so deep. */
function entitiesIn(layer: Layer): number {
  let count = isEntity(layer) ? 1 : 0;
  for (const c of layer.children) count += entitiesIn(c);
  return count;
}

/** Builds the plan of a model that countEntities accepted. */
export function buildPlan(model: StackModel, s: UsedSettings): Plan {
  const layers: Layer[] = [];
  const parents: number[] = [];
  // Each layer's entity number, by its position in the model's layers (-1: not an entity).
  const entityOf = new Int32Array(model.layers.length).fill(-1);
  const walk = (layer: Layer, parent: number): void => {
    let self = parent;
    if (isEntity(layer)) {
      self = layers.length;
      entityOf[layer.index] = self;
      layers.push(layer);
      parents.push(parent);
    }
    for (const c of layer.children) walk(c, self);
  };
  for (const h of model.hosts) walk(h, -1);
  // Machines first, then workloads, each in document order (a stable partition): each host's
  // machines and each host's workloads then follow one another, which the step loop relies on
  // (see the layout in state.ts), and no cache line it loads is half full of the other kind.
  const order: number[] = [];
  for (let i = 0; i < layers.length; i++) if (!isWorkload(layers[i])) order.push(i);
  for (let i = 0; i < layers.length; i++) if (isWorkload(layers[i])) order.push(i);
  const moved = new Int32Array(layers.length);
  order.forEach((old, i) => (moved[old] = i));
  const sorted = order.map((old) => layers[old]);
  const sortedParents = order.map((old) => (parents[old] < 0 ? -1 : moved[parents[old]]));
  for (let i = 0; i < sorted.length; i++) {
    layers[i] = sorted[i];
    parents[i] = sortedParents[i];
    entityOf[sorted[i].index] = i;
  }
  const n = layers.length;
  const plan: Plan = {
    n, info: [], kind: new Uint8Array(n), parent: Int32Array.from(parents), host: new Int32Array(n),
    firstChild: new Int32Array(n).fill(-1), nextSibling: new Int32Array(n).fill(-1),
    cap: new Float64Array(n), weight: new Float64Array(n), cpuRequest: new Float64Array(n), eff: new Float64Array(n).fill(1), memFixed: new Float64Array(n),
    memLow: new Float64Array(n), memHigh: new Float64Array(n), memLimit: new Float64Array(n).fill(Infinity), memRequest: new Float64Array(n),
    reserve: new Float64Array(n), boot: new Float64Array(n), work: new Float64Array(n), jobStart: new Float64Array(n),
    deps: [], profiles: new Array(n).fill(undefined), power: new Array(n).fill(undefined), hosts: [], notes: [],
    machines: layers.filter((l) => !isWorkload(l)).length,
  };
  const lastChild = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    const p = parents[i];
    plan.host[i] = p < 0 ? i : plan.host[p];
    if (p >= 0) {
      if (lastChild[p] < 0) plan.firstChild[p] = i;
      else plan.nextSibling[lastChild[p]] = i;
      lastChild[p] = i;
    }
    fill(plan, i, layers[i], s);
    const depends = layers[i].props.depends;
    plan.deps.push(depends ? depends.map((d) => entityOf[model.names.get(d.name)?.index ?? -1] ?? -1).filter((d) => d >= 0) : NO_DEPS);
  }
  return plan;
}

function isWorkload(layer: Layer): boolean {
  return layer.kind === 'app' || layer.kind === 'job';
}

function isEntity(layer: Layer): boolean {
  return layer.kind === 'hardware' || layer.kind === 'vm' || layer.kind === 'desktops' || layer.kind === 'container' || layer.kind === 'app' || layer.kind === 'job';
}

/** Fills entity i's numbers from its layer; parents are already filled. */
function fill(plan: Plan, i: number, layer: Layer, s: UsedSettings): void {
  const p = plan.parent[i];
  const props = layer.props;
  // A desktop pool is simulated as one VM of `count` times a desktop's vCPUs and memory
  // (docs/simulation.md): its desktops are alike, so they share the host as one guest would.
  const code = layer.kind === 'hardware' ? K.host : layer.kind === 'desktops' ? K.vm : K[layer.kind as 'vm' | 'container' | 'app' | 'job'];
  const copies = layer.kind === 'desktops' ? (props.count?.max ?? 1) : 1;
  plan.kind[i] = code;
  let memory: number;
  let efficiency = 1;
  let isolation: IsolationClass | undefined;
  if (code === K.host) {
    plan.cap[i] = props.cpu!.max;
    plan.memFixed[i] = memory = props.memory!.max;
    plan.reserve[i] = props.reserve?.max ?? 0;
    plan.boot[i] = props.boot?.max ?? s.boot.host;
    plan.power[i] = props.power;
    plan.hosts.push(i);
  } else if (code === K.vm) {
    const hv = layer.parent?.kind === 'hypervisor' ? layer.parent : undefined;
    const micro = hv?.catalogue?.role === 'hypervisor' && hv.catalogue.microVm === true;
    efficiency = micro ? EFFICIENCY.microvm : hv?.hypervisorType === 2 ? EFFICIENCY.type2 : EFFICIENCY.type1;
    isolation = hv?.hypervisorType === 2 ? 'host-os' : 'hypervisor';
    if (!props.vcpu) plan.notes.push({ id: 'vm-default-vcpu', entity: i });
    if (!props.memory) plan.notes.push({ id: 'vm-default-memory', entity: i });
    const perVcpus = props.vcpu?.max ?? DEFAULTS.vmVcpus;
    const perMemory = props.memory?.max ?? DEFAULTS.vmMemory;
    const vcpus = perVcpus * copies;
    memory = perMemory * copies;
    plan.cap[i] = vcpus;
    plan.weight[i] = vcpus;
    // Each desktop of a pool is a VM of its own, with its own hypervisor overhead.
    plan.memFixed[i] = memory + copies * vmMemoryOverhead(perMemory, perVcpus);
    plan.boot[i] = props.boot?.max ?? (micro ? s.boot.microvm : s.boot.vm);
  } else if (code === K.container) {
    const runtime = layer.parent?.kind === 'runtime' ? (layer.parent.catalogue as RuntimeProduct | undefined) : undefined;
    efficiency = runtime?.isolation === 'microvm' ? EFFICIENCY.kataContainer : runtime?.isolation === 'userspace' ? EFFICIENCY.gvisorContainer : EFFICIENCY.native;
    isolation = runtime?.isolation === 'microvm' || runtime?.isolation === 'userspace' ? 'sandboxed-container' : 'container';
    plan.cap[i] = props.cpu?.max ?? plan.cap[machineOf(plan, p)];
    // A container without a request still gets the few CPU shares the kernel gives BestEffort pods.
    plan.cpuRequest[i] = props.cpu?.min ?? 0;
    plan.weight[i] = Math.max(plan.cpuRequest[i], 0.002);
    plan.memLimit[i] = props.memory?.max ?? Infinity;
    plan.memRequest[i] = props.memory?.min ?? 0;
    memory = props.memory?.max ?? 0;
    plan.boot[i] = props.boot?.max ?? s.boot.container;
  } else {
    const machineCores = plan.cap[machineOf(plan, p)];
    if (plan.kind[p] === K.host) isolation = 'bare-metal';
    plan.cap[i] = props.cpu?.max ?? machineCores;
    plan.weight[i] = plan.cap[i];
    plan.memLow[i] = props.memory?.min ?? 0;
    plan.memHigh[i] = memory = props.memory?.max ?? 0;
    if (code === K.app) {
      plan.profiles[i] = props.load;
      if (!props.load) plan.notes.push({ id: 'app-default-load', entity: i });
    } else {
      plan.work[i] = props.work?.max ?? 0;
      plan.jobStart[i] = props.start?.seconds ?? 0;
    }
  }
  plan.eff[i] = efficiency;
  plan.info.push({
    id: i, kind: KIND_NAMES[code], name: layer.name, parent: p, host: plan.host[i], virtualization: layer.virtualization, isolation,
    cores: plan.cap[i], memory, efficiency, span: { start: layer.nameSpan.start, end: layer.nameSpan.end },
  });
}

/** The nearest machine (host, VM or container) at or above i, whose cores an app may use. */
function machineOf(plan: Plan, i: number): number {
  let m = i;
  while (m >= 0 && plan.kind[m] !== K.host && plan.kind[m] !== K.vm && plan.kind[m] !== K.container) m = plan.parent[m];
  return m;
}
