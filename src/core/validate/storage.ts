// Clusters and storage virtualization (issue 14, codes VS500–VS549). Pools, clusters and the
// volumes that refer to them are checked once the whole file is read, since a volume may name a
// pool written further down. What the checks need of layers whose properties are let go after
// their host is checked (volumes, the VMs' memory on cluster hosts) is kept while it is read, as
// References keeps `depends`. A file with no cluster and no volume costs one comparison per VM or
// container.
import { type Diagnostic, makeDiagnostic, type Span } from '../diagnostics';
import { list, msg } from '../l10n/localizer';
import type { Cluster, Layer, StackModel, StoragePool, Volume } from '../model/types';
import { didYouMean } from '../suggest';
import { findProduct, STORAGE } from '../taxonomy/catalogue';
import { formatSize } from '../units';
import { machineOf } from './describe';

/** What a cluster host offers and what its VMs ask of it, kept while its props are at hand. */
interface HostLoad {
  readonly host: Layer;
  /** Memory it offers VMs: installed less `reserve`, in MiB; undefined when not declared. */
  readonly memory: number | undefined;
  readonly vms: { readonly name: string; readonly memory: number }[];
}

/** Storage ids and aliases, for "did you mean". */
const STORAGE_IDS: readonly string[] = STORAGE.flatMap((p) => [p.id, ...(p.aliases ?? [])]);

/** How many VM names a finding lists before "and N more". */
const SHOWN_NAMES = 5;

/** The checks of clusters, pools and volumes. */
export class StorageChecks {
  private readonly owners: Layer[] = [];
  private readonly volumes: (readonly Volume[])[] = [];
  /** The physical host each owner runs on (the root of its stack). */
  private readonly roots: (Layer | undefined)[] = [];
  /** Hosts of clusters by layer; filled when their cluster is read, so empty for most files. */
  private readonly loads = new Map<Layer, HostLoad>();
  private clustersSeen = 0;

  /** Notes the clusters read since the last call, while their hosts' props are at hand. */
  noteClusters(model: StackModel): void {
    for (; this.clustersSeen < model.clusters.length; this.clustersSeen++) {
      for (const host of model.clusters[this.clustersSeen].hosts) {
        const m = host.props.memory?.max;
        this.loads.set(host, { host, memory: m === undefined ? undefined : Math.max(0, m - (host.props.reserve?.max ?? 0)), vms: [] });
      }
    }
  }

  /** Keeps what the checks need of a VM or container (`layer.kind` is one of them) while its props are read. */
  collect(layer: Layer): void {
    const volumes = layer.props.volume;
    if (volumes) {
      this.owners.push(layer);
      this.volumes.push(volumes);
      this.roots.push(rootOf(layer));
    }
    if (this.loads.size > 0 && layer.kind === 'vm') {
      const machine = machineOf(layer);
      const load = machine && this.loads.get(machine);
      if (load) load.vms.push({ name: layer.name, memory: layer.props.memory?.max ?? 0 });
    }
  }

  /** Every check of clusters, pools and volumes, and each pool's usage for hovers. */
  finish(model: StackModel, out: Diagnostic[]): void {
    if (model.pools.length === 0 && model.clusters.length === 0 && this.owners.length === 0) return;
    const clusters = clusterTable(model, out);
    const pools = poolTable(model, out);
    const reach = new Map<StoragePool, Set<Layer>>();
    for (const pool of model.pools) reach.set(pool, checkPool(pool, model, clusters, out));
    const provisioned = new Map<StoragePool, number>();
    const counts = new Map<StoragePool, number>();
    for (let k = 0; k < this.owners.length; k++) {
      const owner = this.owners[k];
      const seen = new Set<string>();
      for (const v of this.volumes[k]) {
        if (seen.has(v.name)) out.push(makeDiagnostic('storage.duplicateVolume', v.nameSpan.start, v.nameSpan.end, v.name, owner.name));
        seen.add(v.name);
        const pool = pools.get(v.pool.name);
        if (!pool) {
          out.push(makeDiagnostic('storage.unknownPool', v.pool.span.start, v.pool.span.end, v.pool.name, didYouMean(v.pool.name, pools.keys())));
          continue;
        }
        const root = this.roots[k];
        if (root && !reach.get(pool)!.has(root)) {
          out.push(makeDiagnostic('storage.unreachable', v.pool.span.start, v.pool.span.end, msg(owner.kind === 'vm' ? 'subject.vm' : 'subject.container'), owner.name, root.name, pool.name));
        }
        const usable = pool.usage?.usable;
        if (usable !== undefined && v.size > usable) {
          out.push(makeDiagnostic('storage.volumeTooLarge', v.sizeSpan.start, v.sizeSpan.end, v.name, formatSize(v.size), pool.name, formatSize(usable)));
        }
        provisioned.set(pool, (provisioned.get(pool) ?? 0) + v.size);
        counts.set(pool, (counts.get(pool) ?? 0) + 1);
      }
    }
    for (const pool of model.pools) {
      const usage = pool.usage!;
      const used = provisioned.get(pool) ?? 0;
      pool.usage = { ...usage, provisioned: used, volumes: counts.get(pool) ?? 0 };
      if (usage.usable === undefined || pool.malformed || pools.get(pool.name) !== pool) continue;
      const at = pool.nameSpan;
      if (!pool.thin && used > usage.usable) {
        out.push(makeDiagnostic('storage.full', at.start, at.end, pool.name, formatSize(used), formatSize(usage.usable)));
      } else if (pool.thin && used > usage.usable * pool.thin.value) {
        out.push(makeDiagnostic('storage.thinFull', at.start, at.end, pool.name, formatSize(used), formatSize(usage.usable), String(pool.thin.value), formatSize(usage.usable * pool.thin.value)));
      }
    }
    for (const cluster of model.clusters) this.checkCluster(cluster, out);
  }

  /** A cluster has hosts, tolerates fewer failures than it has hosts, and has room to restart its VMs after them. */
  private checkCluster(cluster: Cluster, out: Diagnostic[]): void {
    const hosts = cluster.hosts;
    if (hosts.length === 0) {
      // A cluster without a name has its finding (VS109) already.
      if (cluster.name !== '') out.push(makeDiagnostic('cluster.empty', cluster.nameSpan.start, cluster.nameSpan.end, cluster.name));
      return;
    }
    const tolerate = cluster.tolerate;
    if (!tolerate || tolerate.value === 0) return;
    if (tolerate.value >= hosts.length) {
      out.push(makeDiagnostic('cluster.tolerateTooMany', tolerate.span.start, tolerate.span.end, cluster.name, String(tolerate.value), String(hosts.length)));
      return;
    }
    const loads = hosts.map((h) => this.loads.get(h)!);
    if (loads.some((l) => l.memory === undefined)) return; // VS403 says so already
    admission(cluster.name, loads, tolerate.value, tolerate.span, out);
  }
}

/**
 * Admission control as vSphere HA's "host failures cluster tolerates" sizes it (vSphere
 * Availability guide, "Admission Control"): the cluster keeps enough capacity that the VMs of
 * its N largest hosts can restart on the others. Memory is pooled across the hosts that remain
 * (as the "cluster resource percentage" policy counts it); the VMs of the failed hosts restart
 * in the order they are written, and those that find no room are named.
 */
function admission(name: string, loads: readonly HostLoad[], failures: number, at: Span, out: Diagnostic[]): void {
  // The largest hosts by memory fail; a stable sort keeps document order among equals.
  const order = [...loads].sort((a, b) => b.memory! - a.memory!);
  const failed = order.slice(0, failures);
  const remaining = order.slice(failures);
  const capacity = remaining.reduce((s, l) => s + l.memory!, 0);
  const demand = loads.reduce((s, l) => s + l.vms.reduce((t, v) => t + v.memory, 0), 0);
  if (demand <= capacity + 1e-9) return;
  let spare = capacity - remaining.reduce((s, l) => s + l.vms.reduce((t, v) => t + v.memory, 0), 0);
  const lost: string[] = [];
  for (const l of failed) {
    for (const vm of l.vms) {
      if (vm.memory <= spare + 1e-9) spare -= vm.memory;
      else lost.push(vm.name);
    }
  }
  const shown: (string | ReturnType<typeof msg>)[] = lost.slice(0, SHOWN_NAMES).map((n) => `'${n}'`);
  if (lost.length > SHOWN_NAMES) shown.push(msg('cluster.more', String(lost.length - SHOWN_NAMES)));
  out.push(makeDiagnostic('cluster.admission', at.start, at.end, name, String(failures), list(failed.map((l) => `'${l.host.name}'`)), formatSize(capacity), formatSize(demand), list(shown)));
}

/** The physical host a layer runs on: the hardware at the root of its stack. */
function rootOf(layer: Layer): Layer | undefined {
  let l: Layer | undefined = layer;
  while (l?.parent) l = l.parent;
  return l?.kind === 'hardware' ? l : undefined;
}

/** Clusters by name, the first declaration winning; a second one is reported. */
function clusterTable(model: StackModel, out: Diagnostic[]): Map<string, Cluster> {
  const table = new Map<string, Cluster>();
  for (const c of model.clusters) {
    if (c.name === '') continue;
    const first = table.get(c.name);
    if (!first) table.set(c.name, c);
    else out.push({ ...makeDiagnostic('cluster.duplicate', c.nameSpan.start, c.nameSpan.end, c.name), related: [{ start: first.nameSpan.start, end: first.nameSpan.end, message: msg('related.firstDeclared', c.name) }] });
  }
  return table;
}

/** Pools by name, the first declaration winning; a second one is reported. */
function poolTable(model: StackModel, out: Diagnostic[]): Map<string, StoragePool> {
  const table = new Map<string, StoragePool>();
  for (const p of model.pools) {
    const first = table.get(p.name);
    if (!first) table.set(p.name, p);
    else out.push({ ...makeDiagnostic('storage.duplicatePool', p.nameSpan.start, p.nameSpan.end, p.name), related: [{ start: first.nameSpan.start, end: first.nameSpan.end, message: msg('related.firstDeclared', p.name) }] });
  }
  return table;
}

/**
 * A pool's product, where it stands, the hosts that build it, its capacity and its protection;
 * sets its usage (without volumes yet) and returns the hosts that can reach it.
 */
function checkPool(pool: StoragePool, model: StackModel, clusters: ReadonlyMap<string, Cluster>, out: Diagnostic[]): Set<Layer> {
  const product = pool.catalogue;
  const at = pool.productSpan;
  if (!product) {
    const other = findProduct(pool.product);
    if (other && other.role !== 'storage') out.push(makeDiagnostic('taxonomy.wrongRole', at.start, at.end, other.name, msg(`role.${other.role}`), msg('role.storage')));
    else out.push(makeDiagnostic('storage.unknownProduct', at.start, at.end, pool.product, didYouMean(pool.product, STORAGE_IDS) || msg('hint.storageProducts', STORAGE.map((p) => p.id).join(', '))));
  }
  const placement = product?.placement;
  // A pool in the wrong place, or of an unknown product, has its finding; the capacity checks would only repeat it.
  const misplaced = placement !== undefined && (placement === 'local') !== (pool.host !== undefined);
  const quiet = misplaced || pool.malformed === true;
  if (misplaced) out.push(makeDiagnostic('storage.placement', pool.keywordSpan.start, pool.keywordSpan.end, product!.name, msg(`storagePlacement.${placement}`)));
  // The hosts whose disks build the pool: its own host, those `disks` names, or its cluster's hosts with a disk.
  let hosts: Layer[];
  if (pool.host) hosts = [pool.host];
  else if (pool.disks) hosts = resolveHosts(pool.disks, model, clusters, out);
  else if (pool.cluster && placement !== 'external') hosts = pool.cluster.hosts.filter((h) => h.props.disk !== undefined);
  else hosts = [];
  let raw = pool.capacity?.value;
  if (raw === undefined && placement !== 'external') {
    for (const h of hosts) {
      const d = h.props.disk?.max;
      if (d !== undefined) raw = (raw ?? 0) + d;
    }
  }
  if (raw === undefined && product && !quiet) out.push(makeDiagnostic('storage.noCapacity', pool.nameSpan.start, pool.nameSpan.end, pool.name));
  // Copies: erasure coding keeps one copy in k+m fragments; else `replicas`, else the product's default.
  const erasure = pool.erasure;
  let copies = pool.replicas?.value ?? product?.defaultReplicas ?? 1;
  if (!pool.replicas && product?.defaultUpToHosts && hosts.length > 0) copies = Math.min(copies, hosts.length);
  if (erasure) copies = 1;
  const efficiency = erasure ? erasure.data / (erasure.data + erasure.parity) : 1 / copies;
  // Each copy or fragment sits on its own host, so a distributed pool needs that many hosts with disks.
  const pieces = erasure ? erasure.data + erasure.parity : copies;
  if (placement === 'distributed' && !quiet && hosts.length > 0 && pieces > hosts.length) {
    const span = erasure?.span ?? pool.replicas?.span ?? pool.nameSpan;
    const what = erasure ? msg('amount.fragments', String(pieces)) : msg('amount.copies', String(pieces));
    out.push(makeDiagnostic('storage.tooManyCopies', span.start, span.end, pool.name, what, String(hosts.length)));
  }
  if (erasure && product && !product.erasure) out.push(makeDiagnostic('storage.noErasure', erasure.span.start, erasure.span.end, product.name));
  pool.usage = { raw, usable: raw === undefined ? undefined : raw * efficiency, copies, efficiency, thin: pool.thin?.value ?? 1, provisioned: 0, volumes: 0, hosts };
  // Who can reach it: the hosts that build it, its cluster's or hardware's hosts, and those `reach` names.
  const reach = new Set<Layer>(hosts);
  if (pool.cluster) for (const h of pool.cluster.hosts) reach.add(h);
  if (pool.reach) for (const h of resolveHosts(pool.reach, model, clusters, out)) reach.add(h);
  return reach;
}

/** The hosts that names of hosts or clusters stand for; an unknown name is reported. */
function resolveHosts(names: readonly { name: string; span: Span }[], model: StackModel, clusters: ReadonlyMap<string, Cluster>, out: Diagnostic[]): Layer[] {
  const hosts: Layer[] = [];
  for (const ref of names) {
    const layer = model.names.get(ref.name);
    const cluster = clusters.get(ref.name);
    if (layer?.kind === 'hardware') hosts.push(layer);
    else if (cluster) for (const h of cluster.hosts) hosts.push(h);
    else {
      const candidates = [...model.hosts.map((h) => h.name), ...clusters.keys()];
      out.push(makeDiagnostic('storage.unknownHost', ref.span.start, ref.span.end, ref.name, didYouMean(ref.name, candidates)));
    }
  }
  return hosts;
}
