// Clusters and storage virtualization (issue 14): reading `cluster`, `storage` and `volume`
// statements into model entities. Clusters and pools are not layers: a cluster's hardware blocks
// stay hosts of the model (with no parent), and pools are entities of their own, referred to by
// name from the volumes of VMs and containers. Nothing here runs for a file that writes none of
// these statements.
import { msg } from '../l10n/localizer';
import { ArgKind, NONE } from '../syntax/columns';
import { didYouMean } from '../suggest';
import { findProduct } from '../taxonomy/catalogue';
import { keyedQuantities } from './properties';
import { ALL_KEYWORDS, CLUSTER_SETTINGS, isLayerKind, isProperty, RULES, STORAGE_SETTINGS } from './schema';
import type { Cluster, Layer, Located, NameRef, StackModel, StoragePool, Volume } from './types';
import { argIs, argOrKeyword, argSpan, boundsOf, extraArgs, keywordAt, LocatedName, type ReadContext, readBounds, report, rowValue, statementSpan } from './values';

const VOLUME_EXAMPLE = 'volume data 200 GiB from vsan1';

/** `volume NAME SIZE from POOL`, or undefined after reporting what is wrong with it. */
export function readVolume(ctx: ReadContext, id: number): Volume | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  if (!argIs(rows, id, 0, ArgKind.Word)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'volume', msg('what.name'), VOLUME_EXAMPLE);
    return undefined;
  }
  if (!argIs(rows, id, 1, ArgKind.Quantity)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, rows.argCount(id) > 1 ? 1 : 0), 'volume', msg('what.size'), VOLUME_EXAMPLE);
    return undefined;
  }
  if (!argIs(rows, id, 2, ArgKind.Word) || rows.text[first + 2] !== 'from' || !argIs(rows, id, 3, ArgKind.Word)) {
    const at = argIs(rows, id, 2, ArgKind.Word) && rows.text[first + 2] === 'from' ? 3 : 2;
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, rows.argCount(id) > at ? at : 1), 'volume', msg('what.fromPool'), VOLUME_EXAMPLE);
    return undefined;
  }
  extraArgs(ctx, id, 4, 'volume');
  const size = boundsOf(ctx, 'volume', first + 1, RULES.volume);
  if (!size) return undefined;
  return { name: rows.text[first]!, nameSpan: argSpan(rows, first), size: size.max, sizeSpan: size.span, pool: name(ctx, first + 3) };
}

function name(ctx: ReadContext, row: number): NameRef {
  const rows = ctx.tree.rows;
  return new LocatedName(rows.text[row]!, rows.argStart[row], rows.argEnd[row]);
}

/** Reads `cluster NAME { … }`; `host` builds a `hardware` statement of its block as a host of the model. */
export function readCluster(ctx: ReadContext, id: number, model: StackModel, host: (id: number) => Layer): void {
  const rows = ctx.tree.rows;
  const named = argIs(rows, id, 0, ArgKind.Word);
  if (!named) report(ctx, 'schema.missingName', argOrKeyword(rows, id, 0), 'cluster', msg('what.name'), 'cluster prod { … }');
  extraArgs(ctx, id, named ? 1 : 0, 'cluster');
  const keyword = keywordAt(rows, id);
  const cluster: Cluster = {
    name: named ? rows.text[rows.argFirst[id]]! : '', nameSpan: named ? argSpan(rows, rows.argFirst[id]) : keyword, keywordSpan: keyword, span: statementSpan(rows, id), hosts: [], pools: [],
  };
  model.clusters.push(cluster);
  if (rows.open[id] === NONE) return;
  for (let i = rows.listFirst[id], end = i + rows.listCount[id]; i < end; i++) {
    const s = rows.list[i];
    const key = rows.keyword[s];
    if (key === 'hardware') cluster.hosts.push(host(s));
    else if (key === 'storage') readPool(ctx, s, model, cluster, undefined);
    else if (key === 'tolerate') {
      if (cluster.tolerate) report(ctx, 'schema.duplicateProperty', keywordAt(rows, s), key);
      const b = readBounds(ctx, s, RULES.tolerate);
      if (b) cluster.tolerate = { value: b.max, span: b.span };
      noBlock(ctx, s);
    } else misplaced(ctx, s, 'where.inCluster');
  }
}

/** Reads a statement of the fabric (`cluster`, `storage` or one of their settings) found in the block of `layer`. */
export function readFabricInLayer(ctx: ReadContext, id: number, model: StackModel, layer: Layer): void {
  if (layer.kind === 'hardware' && ctx.tree.rows.keyword[id] === 'storage') readPool(ctx, id, model, undefined, layer);
  else misplaced(ctx, id, 'where.inLayer');
}

/** Reads a fabric statement written at the top level. */
export function readFabricAtTop(ctx: ReadContext, id: number, model: StackModel, host: (id: number) => Layer): void {
  const key = ctx.tree.rows.keyword[id];
  if (key === 'cluster') readCluster(ctx, id, model, host);
  else if (key === 'storage') readPool(ctx, id, model, undefined, undefined);
  else misplaced(ctx, id, 'where.atTop');
}

/** Where each fabric statement belongs, for a statement written elsewhere. */
function misplaced(ctx: ReadContext, id: number, here: 'where.atTop' | 'where.inCluster' | 'where.inLayer' | 'where.inStorage'): void {
  const rows = ctx.tree.rows;
  const key = rows.keyword[id];
  const at = keywordAt(rows, id);
  if (key === 'cluster') report(ctx, 'storage.misplaced', at, key, msg(here), msg('where.clusterBelongs'));
  else if (key === 'storage') report(ctx, 'storage.misplaced', at, key, msg(here), msg('where.storageBelongs'));
  else if (CLUSTER_SETTINGS.includes(key)) report(ctx, 'storage.misplaced', at, key, msg(here), msg('where.clusterSettingBelongs'));
  else if (STORAGE_SETTINGS.includes(key)) report(ctx, 'storage.misplaced', at, key, msg(here), msg('where.storageSettingBelongs'));
  else if (key === 'hardware') report(ctx, 'storage.misplaced', at, key, msg(here), msg('where.hardwareBelongs'));
  else if (isLayerKind(key) || isProperty(key) || ALL_KEYWORDS.includes(key)) report(ctx, 'storage.misplaced', at, key, msg(here), msg(here === 'where.inStorage' ? 'where.storageHolds' : 'where.clusterHolds'));
  else report(ctx, 'schema.unknownKeyword', at, key, didYouMean(key, here === 'where.inStorage' ? STORAGE_SETTINGS : ['hardware', 'storage', ...CLUSTER_SETTINGS]));
}

function noBlock(ctx: ReadContext, id: number): void {
  const rows = ctx.tree.rows;
  if (rows.open[id] !== NONE) report(ctx, 'schema.unexpectedBlock', { start: rows.open[id], end: rows.open[id] + 1 }, rows.keyword[id]);
}

/** Reads `storage PRODUCT [as NAME] [{ … }]` written in `cluster`'s block, in `host`'s, or at the top level. */
function readPool(ctx: ReadContext, id: number, model: StackModel, cluster: Cluster | undefined, host: Layer | undefined): void {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  const keyword = keywordAt(rows, id);
  if (!argIs(rows, id, 0, ArgKind.Word)) {
    report(ctx, 'schema.missingName', argOrKeyword(rows, id, 0), 'storage', msg('what.productName'), 'storage vsan as vsan1 { … }');
    return;
  }
  let i = 1;
  let nameRow = first;
  if (argIs(rows, id, 1, ArgKind.Word) && rows.text[first + 1] === 'as') {
    if (argIs(rows, id, 2, ArgKind.Word)) {
      nameRow = first + 2;
      i = 3;
    } else {
      report(ctx, 'schema.missingName', argSpan(rows, first + (rows.argCount(id) > 2 ? 2 : 1)), 'as', msg('what.name'), 'storage vsan as vsan1 { … }');
      i = rows.argCount(id) > 2 ? 3 : 2;
    }
  }
  extraArgs(ctx, id, i, 'storage');
  const product = rows.text[first]!;
  const found = findProduct(product);
  const pool: StoragePool = {
    name: rows.text[nameRow]!, nameSpan: argSpan(rows, nameRow), product, productSpan: argSpan(rows, first), catalogue: found?.role === 'storage' ? found : undefined,
    keywordSpan: keyword, span: statementSpan(rows, id), cluster, host,
  };
  model.pools.push(pool);
  cluster?.pools.push(pool);
  if (rows.open[id] === NONE) return;
  const seen = new Set<string>();
  for (let k = rows.listFirst[id], end = k + rows.listCount[id]; k < end; k++) {
    const s = rows.list[k];
    const key = rows.keyword[s];
    if (!STORAGE_SETTINGS.includes(key)) {
      misplaced(ctx, s, 'where.inStorage');
      continue;
    }
    if (seen.has(key)) report(ctx, 'schema.duplicateProperty', keywordAt(rows, s), key);
    seen.add(key);
    noBlock(ctx, s);
    switch (key) {
      case 'replicas': pool.malformed ||= !(pool.replicas = located(readBounds(ctx, s, RULES.replicas))); break;
      case 'capacity': pool.malformed ||= !(pool.capacity = located(readBounds(ctx, s, RULES.capacity))); break;
      case 'thin': pool.malformed ||= !(pool.thin = readThin(ctx, s)); break;
      case 'erasure': pool.malformed ||= !(pool.erasure = readErasure(ctx, s)); break;
      case 'disks': pool.disks = readHostNames(ctx, s, 'disks esx1, esx2, esx3'); break;
      case 'reach': pool.reach = readHostNames(ctx, s, 'reach esx1, esx2'); break;
    }
  }
}

function located(b: { readonly max: number; readonly span: { start: number; end: number } } | undefined): Located<number> | undefined {
  return b && { value: b.max, span: b.span };
}

/** `thin RATIO`: at least 1, since a ratio below 1 would promise less than the pool holds. */
function readThin(ctx: ReadContext, id: number): Located<number> | undefined {
  const b = readBounds(ctx, id, RULES.thin);
  if (b && b.max < 1) {
    report(ctx, 'schema.outOfRange', b.span, 'thin', msg('req.atLeastOne'), String(b.max));
    return undefined;
  }
  return located(b);
}

/** `erasure data K parity M`. */
function readErasure(ctx: ReadContext, id: number): StoragePool['erasure'] {
  const rows = ctx.tree.rows;
  const example = RULES.fragments.example;
  const kv = keyedQuantities(ctx, id, ['data', 'parity'], example);
  if (!kv) return undefined;
  const data = rowValue(ctx, 'erasure', kv[0], RULES.fragments);
  const parity = rowValue(ctx, 'erasure', kv[1], RULES.fragments);
  return data === undefined || parity === undefined ? undefined : { data, parity, span: statementSpan(rows, id) };
}

/** Names of hosts (or clusters) separated by commas. */
function readHostNames(ctx: ReadContext, id: number, example: string): NameRef[] | undefined {
  const rows = ctx.tree.rows;
  const key = rows.keyword[id];
  const out: NameRef[] = [];
  for (let row = rows.argFirst[id], end = row + rows.argCount(id); row < end; row++) {
    if (rows.argKind[row] === ArgKind.Word) out.push(name(ctx, row));
    else report(ctx, 'schema.expectedValue', argSpan(rows, row), key, msg('what.hostNames'), example);
  }
  if (rows.argCount(id) === 0) report(ctx, 'schema.expectedValue', keywordAt(rows, id), key, msg('what.hostNames'), example);
  return out.length > 0 ? out : undefined;
}
