// Hover of clusters and storage (issue 14): a pool shows its raw and usable capacity, its
// protection and what its volumes take; a volume shows the same of its pool; a cluster its
// hosts and the failures it keeps room for; a pool's product explains itself.
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import { FABRIC_KEYWORDS } from '../../model/schema';
import type { Cluster, StoragePool, Volume } from '../../model/types';
import { keywordSpan, type Statement } from '../../syntax/ast';
import { formatSize } from '../../units';
import { layerOf, touches } from '../cursor';
import { keywordDoc, keywordMarkdown, productMarkdown } from '../explain';

/** The hover of a fabric statement or a volume at `offset`, if the cursor is on one. */
export function fabricHover(analysis: Analysis, path: readonly Statement[], offset: number, l10n: Localizer): { markdown: string; span: Span } | undefined {
  const stmt = path[path.length - 1];
  const model = analysis.model;
  const key = stmt.keyword;
  const onKeyword = touches(keywordSpan(stmt), offset);
  if (key === 'storage') {
    const pool = model.pools.find((p) => p.keywordSpan.start === stmt.start);
    if (!pool) return undefined;
    if (touches(pool.productSpan, offset) && pool.catalogue) return { markdown: productMarkdown(l10n, pool.catalogue), span: pool.productSpan };
    const on = onKeyword ? keywordSpan(stmt) : touches(pool.nameSpan, offset) ? pool.nameSpan : touches(pool.productSpan, offset) ? pool.productSpan : undefined;
    return on && { markdown: poolMarkdown(l10n, pool), span: on };
  }
  if (key === 'cluster') {
    const cluster = model.clusters.find((c) => c.keywordSpan.start === stmt.start);
    const on = cluster && (onKeyword ? keywordSpan(stmt) : touches(cluster.nameSpan, offset) ? cluster.nameSpan : undefined);
    return on && { markdown: clusterMarkdown(l10n, cluster), span: on };
  }
  if (key === 'volume' && !onKeyword && path.length > 1) {
    const owner = layerOf(model, path[path.length - 2]);
    const volume = owner?.props.volume?.find((v) => v.nameSpan.start <= offset && offset <= v.pool.span.end);
    return volume && { markdown: volumeMarkdown(l10n, volume, model.pools.find((p) => p.name === volume.pool.name)), span: { start: volume.nameSpan.start, end: volume.pool.span.end } };
  }
  if (onKeyword && FABRIC_KEYWORDS.includes(key)) {
    const doc = keywordDoc(key, undefined);
    return doc && { markdown: `**${key}**\n\n${keywordMarkdown(l10n, doc)}`, span: keywordSpan(stmt) };
  }
  return undefined;
}

function poolMarkdown(l10n: Localizer, pool: StoragePool): string {
  const title = `**${l10n.t('hover.pool', pool.name)}** · ${pool.catalogue?.name ?? pool.product}`;
  return [title, '', ...poolLines(l10n, pool)].join('\n');
}

function poolLines(l10n: Localizer, pool: StoragePool): string[] {
  const u = pool.usage;
  if (!u || u.raw === undefined || u.usable === undefined) return [`- ${l10n.t('hover.poolNoCapacity')}`];
  const protection = pool.erasure ? l10n.t('hover.poolErasure', pool.erasure.data, pool.erasure.parity) : l10n.t('hover.poolCopies', u.copies);
  const limit = u.usable * u.thin;
  const lines = [
    `- ${l10n.t('hover.poolRaw', formatSize(u.raw))}`,
    `- ${l10n.t('hover.poolUsable', formatSize(u.usable), protection)}`,
    `- ${l10n.t('hover.poolUsed', u.volumes, formatSize(u.provisioned), formatSize(limit))} · ${pool.thin ? l10n.t('hover.poolThin', pool.thin.value) : l10n.t('hover.poolThick')}`,
  ];
  if (u.hosts.length > 0) lines.push(`- ${l10n.t('hover.poolHosts', u.hosts.map((h) => `\`${h.name}\``).join(', '))}`);
  return lines;
}

function volumeMarkdown(l10n: Localizer, volume: Volume, pool: StoragePool | undefined): string {
  const title = `**${l10n.t('hover.volume', volume.name, formatSize(volume.size), volume.pool.name)}**`;
  if (!pool) return `${title}\n\n${l10n.t('storage.unknownPool', volume.pool.name, '')}`;
  return [title, '', `${l10n.t('hover.pool', pool.name)} · ${pool.catalogue?.name ?? pool.product}`, ...poolLines(l10n, pool)].join('\n');
}

function clusterMarkdown(l10n: Localizer, cluster: Cluster): string {
  const lines = [`**${l10n.t('hover.cluster', cluster.name)}**`, ''];
  lines.push(`- ${l10n.t('hover.clusterHosts', cluster.hosts.length, cluster.hosts.map((h) => `\`${h.name}\``).join(', '))}`);
  const t = cluster.tolerate;
  lines.push(`- ${t && t.value > 0 ? l10n.t('hover.clusterTolerate', t.value) : l10n.t('hover.clusterNoTolerate')}`);
  if (cluster.pools.length > 0) lines.push(`- ${l10n.t('hover.clusterPools', cluster.pools.map((p) => `\`${p.name}\``).join(', '))}`);
  return lines.join('\n');
}
