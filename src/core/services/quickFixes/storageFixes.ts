// Quick fixes of clusters and storage (issue 14): a pool, host or storage product name replaced
// by the likely intended one (VS506, VS509, VS507).
import { STORAGE } from '../../taxonomy/catalogue';
import { type Candidate, fixClosest as replaceBy, type FixContext } from './fixContext';

/** VS506: the pool of the file whose name is closest. */
export function fixUnknownPool(ctx: FixContext): Candidate[] {
  return replaceBy(ctx, new Set(ctx.analysis.model.pools.map((p) => p.name)));
}

/** VS509: the host or cluster whose name is closest. */
export function fixUnknownHost(ctx: FixContext): Candidate[] {
  const { model } = ctx.analysis;
  return replaceBy(ctx, [...model.hosts.map((h) => h.name), ...model.clusters.map((c) => c.name)]);
}

/** VS507: the storage product whose id or alias is closest. */
export function fixStorageProduct(ctx: FixContext): Candidate[] {
  return replaceBy(ctx, STORAGE.flatMap((p) => [p.id, ...(p.aliases ?? [])]));
}
