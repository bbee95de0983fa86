// Go to Definition of clusters and storage (issue 14): a volume's pool, and the hosts and
// clusters that `disks` and `reach` name.
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import { layerOf, statementPath, touches } from '../cursor';

/** The declaration of the pool, host or cluster named at the offset, if the cursor is on such a name. */
export function fabricDefinition(analysis: Analysis, offset: number): Span | undefined {
  const path = statementPath(analysis.tree.statements, offset);
  const stmt = path[path.length - 1];
  if (!stmt || path.length < 2) return undefined;
  const model = analysis.model;
  if (stmt.keyword === 'volume') {
    const owner = layerOf(model, path[path.length - 2]);
    const ref = owner?.props.volume?.find((v) => touches(v.pool.span, offset))?.pool;
    return ref && model.pools.find((p) => p.name === ref.name)?.nameSpan;
  }
  if (stmt.keyword === 'disks' || stmt.keyword === 'reach') {
    const word = stmt.args.find((a) => a.kind === 'word' && touches(a, offset));
    if (word?.kind !== 'word') return undefined;
    const host = model.names.get(word.text);
    if (host?.kind === 'hardware') return host.nameSpan;
    return model.clusters.find((c) => c.name === word.text)?.nameSpan;
  }
  return undefined;
}
