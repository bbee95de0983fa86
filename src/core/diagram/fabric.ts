// Clusters, storage pools and virtual switches as the literature draws them (issue 14): a vSAN or
// Ceph datastore is a band under every host whose disks build it, a local pool a band under its
// host, an external array a band under the hosts that reach it. A virtual switch is a band between
// the hardware and the VMs: right above the hypervisor or host OS that runs it, under the VMs and
// containers whose NICs plug into it, with the path through each network function on it. A cluster
// is a frame around its hosts (`clusterFrames`, drawn by the page), and a band under them only in
// the combined source, where mermaid cannot draw the frame (generate.ts). Each host is its own
// diagram, so a band that spans several hosts is drawn under each of them: the piece under the
// first host says it all, the others repeat only its title after an ellipsis, as the pieces of a
// wrapped host do.
import type { Span } from '../diagnostics';
import { SEGMENT_KIND_NAMES } from '../model/network';
import type { Cluster, Layer, SegmentDecl, StackModel, StoragePool, VirtualSwitch, Volume } from '../model/types';
import { formatSize } from '../units';
import { fill } from './strings';
import type { DiagramOptions, DiagramStrings, FabricStyle } from './types';

/** One band of a host's grid that is not a layer, before it is placed. */
export interface FabricBand {
  readonly style: FabricStyle;
  readonly lines: readonly string[];
  /** `cluster:NAME`, `pool:NAME` or `switch:NAME`, numbered when a name repeats; the same under every host. */
  readonly key: string;
  readonly source: Span;
  /** Whether an earlier host already shows the whole band. */
  readonly repeated: boolean;
}

/** Where the bands go: pools under each host's hardware, switches right above the layer that holds them. */
export interface FabricBands {
  /** Per host, bottom to top: its cluster when drawn as a band, then its pools, in document order. */
  readonly under: ReadonlyMap<Layer, readonly FabricBand[]>;
  /** Per holder (a hypervisor or an OS), bottom to top: its switches in document order. */
  readonly above: ReadonlyMap<Layer, readonly FabricBand[]>;
}

const NONE: FabricBands = { under: new Map(), above: new Map() };

/**
 * The bands of every host of the model; empty maps (and no work) for a file without pools or
 * switches. `clusterBands`: each cluster is also a band under its hosts, below their pools (the
 * combined source, where mermaid cannot frame hosts: generate.ts).
 */
export function fabricBands(model: StackModel, options: DiagramOptions, clusterBands = false): FabricBands {
  if (model.pools.length === 0 && model.switches.length === 0 && (!clusterBands || model.clusters.length === 0)) return NONE;
  const s = options.strings;
  const order = new Map<Layer, number>();
  model.hosts.forEach((h, i) => order.set(h, i));
  const under = new Map<Layer, FabricBand[]>();
  const add = (hosts: Iterable<Layer>, band: Omit<FabricBand, 'repeated'>): void => {
    const sorted = [...new Set(hosts)].filter((h) => order.has(h)).sort((a, b) => order.get(a)! - order.get(b)!);
    sorted.forEach((h, i) => {
      let list = under.get(h);
      if (!list) under.set(h, (list = []));
      list.push({ ...band, repeated: i > 0 });
    });
  };
  if (clusterBands) {
    const clusterKeys = keysOf(model.clusters, 'cluster');
    model.clusters.forEach((c, i) => add(c.hosts, { style: 'cluster', lines: clusterLines(c, s), key: clusterKeys[i], source: fabricSpan(c) }));
  }
  const clusters = new Map<string, Cluster>();
  for (const c of model.clusters) if (!clusters.has(c.name)) clusters.set(c.name, c);
  const poolKeys = keysOf(model.pools, 'pool');
  model.pools.forEach((p, i) => add(poolHosts(p, model, clusters), { style: 'pool', lines: poolLines(p, s), key: poolKeys[i], source: fabricSpan(p) }));
  // A switch stands on the layer that runs it, a band per switch statement, so a segment that
  // spans hosts shows in each host's own switch.
  const above = new Map<Layer, FabricBand[]>();
  const switchKeys = keysOf(model.switches, 'switch');
  model.switches.forEach((sw, i) => {
    let list = above.get(sw.holder);
    if (!list) above.set(sw.holder, (list = []));
    list.push({ style: 'switch', lines: switchLines(sw, s), key: switchKeys[i], source: switchSpan(sw), repeated: false });
  });
  return { under, above };
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

/** Most paths through network functions a switch's band lists before it says how many more there are. */
const MAX_PATH_LINES = 3;

/**
 * `br0 (Open vSwitch)`, `Network virtualization`, `web · VLAN 10`, `db · VXLAN 5002`, then the
 * path through each network function plugged into it: `web ⇄ fw1 ⇄ db`.
 */
function switchLines(sw: VirtualSwitch, s: DiagramStrings): string[] {
  const product = sw.catalogue?.name ?? sw.product;
  const lines = [sw.name !== sw.product ? `${sw.name} (${product})` : product, s.network];
  for (const seg of sw.segments.slice(0, MAX_SEGMENT_LINES)) lines.push(segmentLine(seg));
  if (sw.segments.length > MAX_SEGMENT_LINES) lines.push(fill(s.more, String(sw.segments.length - MAX_SEGMENT_LINES)));
  const paths = functionPaths(sw);
  for (const path of paths.slice(0, MAX_PATH_LINES)) lines.push(path);
  if (paths.length > MAX_PATH_LINES) lines.push(fill(s.more, String(paths.length - MAX_PATH_LINES)));
  return lines;
}

/**
 * The traffic path through each network function whose NICs plug into the switch, in the order
 * they first appear on its segments: segment, function, segment (`web ⇄ fw1 ⇄ db`), the further
 * segments after a comma (`a ⇄ fw ⇄ b, c`), a one-armed function after its only segment (`a ⇄ lb`).
 * The segments are the function's NICs on this switch, in the order the NICs are written.
 */
export function functionPaths(sw: VirtualSwitch): string[] {
  const on = new Map<Layer, { readonly segment: string; readonly at: number }[]>();
  for (const seg of sw.segments) {
    for (const nic of seg.nics) {
      if (!nic.layer.props.function) continue;
      let nics = on.get(nic.layer);
      if (!nics) on.set(nic.layer, (nics = []));
      nics.push({ segment: seg.name, at: nic.span.start });
    }
  }
  const out: string[] = [];
  for (const [layer, nics] of on) {
    // The NICs' order in the text, each segment once.
    const segments = [...new Set(nics.sort((a, b) => a.at - b.at).map((n) => n.segment))];
    const name = layer.name || layer.props.function!.name;
    out.push(segments.length > 1 ? `${segments[0]} ⇄ ${name} ⇄ ${segments.slice(1).join(', ')}` : `${segments[0]} ⇄ ${name}`);
  }
  return out;
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

/** `Cluster prod`, `tolerates 1 host failure`: the caption of a cluster's frame. */
export function clusterLines(cluster: Cluster, s: DiagramStrings): string[] {
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
