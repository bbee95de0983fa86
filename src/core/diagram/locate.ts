// From the text to the diagram: the layer under an offset and the path key its block has.
// The preview asks for both once per error on every update and for every layer on a click, so
// neither scans: the layer is found by binary search in an index made once per model, and each
// segment of a path is computed once, for all of a parent's children together. Scanning made
// 20,000 errors take 18 s per update. test/unit/diagram-locate.test.ts compares both with their
// plain definitions at every offset of the examples and of generated stacks.
import type { Span } from '../diagnostics';
import type { Cluster, Layer, StackModel, StoragePool } from '../model/types';
import { fabricSpan, keysOf, switchEnd, switchSpan } from './fabric';

/** A model's layers by where their statements start, each with the nearest layer whose statement encloses it. */
interface LayerIndex {
  readonly layers: readonly Layer[];
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** Position of the enclosing layer, -1 for none. */
  readonly enclosing: Int32Array;
}

const indexes = new WeakMap<StackModel, LayerIndex>();

/**
 * The index of a model, made once (a model never changes once built). By the ranges of the
 * statements, not by the layers' parents: error recovery can give a layer a parent written
 * after it (an app on the hardware goes to the host OS), while statements always nest.
 */
function indexOf(model: StackModel): LayerIndex {
  let index = indexes.get(model);
  if (!index) {
    const layers = model.layers.slice().sort((a, b) => a.statement.start - b.statement.start);
    const starts = new Float64Array(layers.length);
    const ends = new Float64Array(layers.length);
    const enclosing = new Int32Array(layers.length);
    const open: number[] = [];
    for (let i = 0; i < layers.length; i++) {
      starts[i] = layers[i].statement.start;
      ends[i] = layers[i].statement.end;
      while (open.length > 0 && ends[open[open.length - 1]] < starts[i]) open.pop();
      enclosing[i] = open.length > 0 ? open[open.length - 1] : -1;
      open.push(i);
    }
    index = { layers, starts, ends, enclosing };
    indexes.set(model, index);
  }
  return index;
}

/**
 * The innermost layer whose statement (with its block) contains the offset, for the block to
 * highlight under the cursor. Nested statements start later and end earlier than their
 * parents, so among the layers that contain the offset the one that starts last is innermost:
 * the last layer starting at or before the offset, or else the nearest statement enclosing it
 * that still reaches the offset.
 */
export function layerAt(model: StackModel, offset: number): Layer | undefined {
  const { layers, starts, ends, enclosing } = indexOf(model);
  let lo = 0;
  let hi = layers.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i = enclosing[i]) if (offset <= ends[i]) return layers[i];
  return undefined;
}

/** The segment of each layer's path, filled for all of a parent's children at once. */
const segments = new WeakMap<Layer, string>();

/** `vm:web`, numbered when an earlier sibling has the same kind and name (`vm:web#1`). */
function segmentOf(layer: Layer): string {
  let segment = segments.get(layer);
  if (segment === undefined) {
    const seen = new Map<string, number>();
    for (const sibling of layer.parent ? layer.parent.children : [layer]) {
      const n = seen.get(baseOf(sibling)) ?? 0;
      seen.set(baseOf(sibling), n + 1);
      segments.set(sibling, n === 0 ? baseOf(sibling) : `${baseOf(sibling)}#${n}`);
    }
    segment = segments.get(layer) ?? baseOf(layer);
  }
  return segment;
}

function baseOf(layer: Layer): string {
  return `${layer.kind}:${layer.name || layer.product || ''}`;
}

/** The path key of a layer, as the grid names its block (`hardware:h/os:linux/vm:web`). */
export function layerKey(layer: Layer): string {
  const path: string[] = [];
  for (let l: Layer | undefined = layer; l; l = l.parent) path.push(segmentOf(l));
  return path.reverse().join('/');
}

// Clusters and storage pools (issue 14): bands of their own, found by their statements' ranges.
/**
 * The key of the block drawn for what is under an offset: a pool's band when the offset is in a
 * `storage` statement (a local pool sits inside its hardware's block, and wins over it), a
 * switch's band on the lines of a `switch` statement (inside its hypervisor's or OS's block), else
 * the innermost layer's block, else a cluster's band when it is in a `cluster` statement but in
 * none of its hosts. Files without pools, switches or clusters take exactly `layerKey(layerAt(…))`.
 */
export function blockKeyAt(model: StackModel, offset: number): string | undefined {
  if (model.pools.length > 0) {
    const i = model.pools.findIndex((p) => p.span.start <= offset && offset <= p.span.end);
    if (i >= 0) return fabricKeys(model).pools[i];
  }
  if (model.switches.length > 0) {
    const i = model.switches.findIndex((sw) => sw.start <= offset && offset <= switchEnd(sw));
    if (i >= 0) return fabricKeys(model).switches[i];
  }
  const layer = layerAt(model, offset);
  if (layer) return layerKey(layer);
  if (model.clusters.length > 0) {
    const i = model.clusters.findIndex((c) => c.span.start <= offset && offset <= c.span.end);
    if (i >= 0) return fabricKeys(model).clusters[i];
  }
  return undefined;
}

/** The declaration of the cluster, pool or switch a band's key names, or undefined for a layer's key. */
export function fabricDeclaration(model: StackModel, key: string): Span | undefined {
  if (key.startsWith('switch:')) {
    const i = fabricKeys(model).switches.indexOf(key);
    return i >= 0 ? switchSpan(model.switches[i]) : undefined;
  }
  const kind = key.startsWith('pool:') ? 'pool' : key.startsWith('cluster:') ? 'cluster' : undefined;
  if (!kind) return undefined;
  const items: readonly (Cluster | StoragePool)[] = kind === 'pool' ? model.pools : model.clusters;
  const i = fabricKeys(model)[kind === 'pool' ? 'pools' : 'clusters'].indexOf(key);
  return i >= 0 ? fabricSpan(items[i]) : undefined;
}

const fabricKeyCache = new WeakMap<StackModel, { readonly pools: string[]; readonly clusters: string[]; readonly switches: string[] }>();

/** The keys of a model's pools, clusters and switches, made once per model (the preview asks once per error). */
function fabricKeys(model: StackModel): { readonly pools: string[]; readonly clusters: string[]; readonly switches: string[] } {
  let keys = fabricKeyCache.get(model);
  if (!keys) {
    keys = { pools: keysOf(model.pools, 'pool'), clusters: keysOf(model.clusters, 'cluster'), switches: keysOf(model.switches, 'switch') };
    fabricKeyCache.set(model, keys);
  }
  return keys;
}
