// Clusters and storage pools as bands under the hosts (issue 14), as the literature draws them:
// a vSAN or Ceph datastore is a band under every host whose disks build it, a local pool a band
// under its host, an external array a band under the hosts that reach it, and a cluster a band
// under all its hosts naming it and its admission policy. Each host is its own diagram, so a band
// that spans several hosts is drawn under each of them: the piece under the first host says it
// all, the others repeat only its title after an ellipsis, as the pieces of a wrapped host do.
import type { Span } from '../diagnostics';
import { SEGMENT_KIND_NAMES } from '../model/network';
import type { Cluster, Layer, SegmentDecl, StackModel, StoragePool, VirtualSwitch, Volume } from '../model/types';
import { formatSize } from '../units';
import { fill } from './strings';
import type { DiagramOptions, DiagramStrings, FabricStyle } from './types';

/** One band under a host, before it is placed in the host's grid. */
export interface FabricBand {
  readonly style: FabricStyle;
  readonly lines: readonly string[];
  /** `cluster:NAME` or `pool:NAME`, numbered when a name repeats; the same under every host. */
  readonly key: string;
  readonly source: Span;
  /** Whether an earlier host already shows the whole band. */
  readonly repeated: boolean;
}

/** The bands under each host, bottom to top: its cluster first, then its pools, then its virtual switches, each in document order. */
export type FabricBands = ReadonlyMap<Layer, readonly FabricBand[]>;

const NONE: FabricBands = new Map();

/** The bands of every host of the model; an empty map (and no work) for a file without clusters, pools or switches. */
export function fabricBands(model: StackModel, options: DiagramOptions): FabricBands {
  if (model.clusters.length === 0 && model.pools.length === 0 && model.switches.length === 0) return NONE;
  const s = options.strings;
  const order = new Map<Layer, number>();
  model.hosts.forEach((h, i) => order.set(h, i));
  const out = new Map<Layer, FabricBand[]>();
  const add = (hosts: Iterable<Layer>, band: Omit<FabricBand, 'repeated'>): void => {
    const sorted = [...new Set(hosts)].filter((h) => order.has(h)).sort((a, b) => order.get(a)! - order.get(b)!);
    sorted.forEach((h, i) => {
      let list = out.get(h);
      if (!list) out.set(h, (list = []));
      list.push({ ...band, repeated: i > 0 });
    });
  };
  const clusterKeys = keysOf(model.clusters, 'cluster');
  model.clusters.forEach((c, i) => add(c.hosts, { style: 'cluster', lines: clusterLines(c, s), key: clusterKeys[i], source: fabricSpan(c) }));
  const clusters = new Map<string, Cluster>();
  for (const c of model.clusters) if (!clusters.has(c.name)) clusters.set(c.name, c);
  const poolKeys = keysOf(model.pools, 'pool');
  model.pools.forEach((p, i) => add(poolHosts(p, model, clusters), { style: 'pool', lines: poolLines(p, s), key: poolKeys[i], source: fabricSpan(p) }));
  // A switch is drawn under the physical host that runs it, next to the hardware: a band per
  // switch statement, so a segment that spans hosts shows under each host's own switch.
  const switchKeys = keysOf(model.switches, 'switch');
  model.switches.forEach((sw, i) => add([hostOf(sw.holder)], { style: 'switch', lines: switchLines(sw, s), key: switchKeys[i], source: switchSpan(sw) }));
  return out;
}

/** `pool:NAME`, `pool:NAME#1` for a second statement of the same name: the keys locate.ts gives too. */
export function keysOf(items: readonly { readonly name: string }[], kind: FabricStyle): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = seen.get(item.name) ?? 0;
    seen.set(item.name, n + 1);
    return n === 0 ? `${kind}:${item.name}` : `${kind}:${item.name}#${n}`;
  });
}

/** The physical host at the bottom of a layer's stack. */
function hostOf(layer: Layer): Layer {
  let l = layer;
  while (l.parent) l = l.parent;
  return l;
}

/** The declaration of a switch: its keyword and product (`switch ovs`). */
export function switchSpan(sw: VirtualSwitch): Span {
  return { start: sw.start, end: Math.max(sw.keywordEnd, sw.productSpan.end) };
}

/** Where a switch's lines end as far as the model knows: its last segment, uplink or product. */
export function switchEnd(sw: VirtualSwitch): number {
  let end = switchSpan(sw).end;
  for (const seg of sw.segments) end = Math.max(end, seg.kindSpan.end, seg.nameSpan.end);
  if (sw.uplink) end = Math.max(end, sw.uplink.span.end);
  return end;
}

/** Most segments a switch's band lists, one a line, before it says how many more there are. */
const MAX_SEGMENT_LINES = 4;

/** `br0 (Open vSwitch)`, `Network virtualization`, `web · VLAN 10`, `db · VXLAN 5002`. */
function switchLines(sw: VirtualSwitch, s: DiagramStrings): string[] {
  const product = sw.catalogue?.name ?? sw.product;
  const lines = [sw.name !== sw.product ? `${sw.name} (${product})` : product, s.network];
  for (const seg of sw.segments.slice(0, MAX_SEGMENT_LINES)) lines.push(segmentLine(seg));
  if (sw.segments.length > MAX_SEGMENT_LINES) lines.push(fill(s.more, String(sw.segments.length - MAX_SEGMENT_LINES)));
  return lines;
}

/** `web · VLAN 10`, `db · VXLAN 5002`, `mgmt` for an untagged segment: ids as the standards name them. */
function segmentLine(seg: SegmentDecl): string {
  if (seg.kind === 'flat') return seg.name;
  const kind = SEGMENT_KIND_NAMES[seg.kind];
  return seg.id === undefined ? `${seg.name} · ${kind}` : `${seg.name} · ${kind} ${seg.id}`;
}

/** The declaration of a cluster or pool: its keyword up to its name, without the block. */
export function fabricSpan(item: Cluster | StoragePool): Span {
  const ends = [item.nameSpan.end, 'productSpan' in item ? item.productSpan.end : item.nameSpan.end];
  return { start: item.keywordSpan.start, end: Math.max(...ends) };
}

/**
 * The hosts a pool stands under: its own host (a local pool), the hosts whose disks build it,
 * the hosts of its cluster, and the hosts or clusters its `reach` names.
 */
function poolHosts(pool: StoragePool, model: StackModel, clusters: ReadonlyMap<string, Cluster>): Layer[] {
  if (pool.host) return [pool.host];
  const hosts: Layer[] = [...(pool.usage?.hosts ?? [])];
  if (pool.cluster) for (const h of pool.cluster.hosts) hosts.push(h);
  for (const ref of [...(pool.disks ?? []), ...(pool.reach ?? [])]) {
    const layer = model.names.get(ref.name);
    if (layer?.kind === 'hardware') hosts.push(layer);
    else for (const h of clusters.get(ref.name)?.hosts ?? []) hosts.push(h);
  }
  return hosts;
}

/** `Cluster prod`, `tolerates 1 host failure`. */
function clusterLines(cluster: Cluster, s: DiagramStrings): string[] {
  const lines = [fill(s.cluster, cluster.name || s.unnamed)];
  const n = cluster.tolerate?.value;
  if (n !== undefined) lines.push(n === 1 ? s.toleratesOne : fill(s.tolerates, String(n)));
  return lines;
}

/** `vsan1 (VMware vSAN)`, `Storage virtualization`, `2 copies · thin 1.5×`, `12 TiB usable of 24 TiB`. */
function poolLines(pool: StoragePool, s: DiagramStrings): string[] {
  const product = pool.catalogue?.name ?? pool.product;
  const lines = [pool.name !== pool.product ? `${pool.name} (${product})` : product];
  lines.push(s.storage);
  const details: string[] = [];
  const usage = pool.usage;
  if (pool.erasure) details.push(fill(s.erasure, String(pool.erasure.data), String(pool.erasure.parity)));
  // An external array protects its data itself; the pool says copies only when they are written.
  else if (usage && (pool.catalogue?.placement !== 'external' || pool.replicas)) details.push(usage.copies === 1 ? s.copy : fill(s.copies, String(usage.copies)));
  if (pool.thin) details.push(fill(s.thin, String(pool.thin.value)));
  if (details.length > 0) lines.push(details.join(' · '));
  if (usage?.raw !== undefined && usage.usable !== undefined) {
    const usable = formatSize(usage.usable);
    lines.push(usage.usable === usage.raw ? fill(s.usable, usable) : fill(s.usableOf, usable, formatSize(usage.raw)));
  }
  return lines;
}

/**
 * A network function on its VM's or container's label, and the path through it: the segments
 * of its NICs in the order written (`web ⇄ db`: it forwards between them). Any other workload
 * with NICs names their segments (`NIC web`).
 */
export function networkLines(layer: Layer, s: DiagramStrings): string[] {
  const fn = layer.props.function;
  const nics = layer.props.nic ?? [];
  const segments = [...new Set(nics.map((n) => n.segment))];
  if (fn) return segments.length > 0 ? [fill(s.networkFunction, fn.name), segments.join(' ⇄ ')] : [fill(s.networkFunction, fn.name)];
  return segments.length > 0 ? [fill(s.nics, segments.join(', '))] : [];
}

/** A volume on its VM's or container's label: `data 2 TiB from vsan1`. */
export function volumeLine(volume: Volume, s: DiagramStrings): string {
  return fill(s.volume, volume.name, formatSize(volume.size), volume.pool.name);
}
