// Disaster recovery: the quick fix of a `fail` line that names no host (VS800).
import { type Candidate, fixClosest, type FixContext } from './fixContext';

/** VS800: the file's hardware whose name is closest to the one written. */
export function fixFailHost(ctx: FixContext): Candidate[] {
  return fixClosest(ctx, ctx.analysis.model.hosts.map((h) => h.name));
}
