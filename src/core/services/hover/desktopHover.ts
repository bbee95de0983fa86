// The hover lines of desktop, application and data virtualization: a desktop pool (how many
// desktops, each one's resources and all of them together, its broker and persistence), an
// app's delivery, and a data view's sources.
import type { Localizer } from '../../l10n/localizer';
import type { Layer, StackModel } from '../../model/types';
import { findProduct } from '../../taxonomy/catalogue';
import { formatSize } from '../../units';

/** A pool's desktops, resources per desktop and in all, broker and persistence. */
export function poolLines(l10n: Localizer, pool: Layer, host: Layer | undefined): string[] {
  const p = pool.props;
  const count = p.count?.max ?? 1;
  const vcpu = p.vcpu?.max;
  const memory = p.memory?.max;
  const hostCores = host?.kind === 'hardware' ? host.props.cpu?.max : host?.props.vcpu?.max;
  const unknown = l10n.t('hover.unknown');
  const lines = [
    `- **${l10n.t('hover.pool.count')}:** ${count}`,
    `- **${l10n.t('hover.pool.broker')}:** ${p.broker ? (findProduct(p.broker.name)?.name ?? p.broker.name) : l10n.t('hover.pool.noBroker')}`,
    `- **${l10n.t('hover.pool.persistence')}:** ${l10n.t(p.persistent?.value === true ? 'hover.pool.persistent' : p.persistent?.value === false ? 'hover.pool.nonPersistent' : 'hover.pool.unsaid')}`,
    '',
    `| ${l10n.t('hover.resource')} | ${l10n.t('hover.pool.each')} | ${l10n.t('hover.pool.all', count)} | ${host ? l10n.t('hover.host', host.name) : ''} |`,
    '| --- | ---: | ---: | ---: |',
    `| ${l10n.t('hover.cpu')} | ${vcpu === undefined ? unknown : l10n.t('hover.vcpus', vcpu)} | ${vcpu === undefined ? unknown : l10n.t('hover.vcpus', vcpu * count)} | ${hostCores === undefined ? unknown : l10n.t(host?.kind === 'hardware' ? 'hover.cores' : 'hover.vcpus', hostCores)} |`,
    `| ${l10n.t('hover.memory')} | ${memory === undefined ? unknown : formatSize(memory)} | ${memory === undefined ? unknown : formatSize(memory * count)} | ${host?.props.memory === undefined ? unknown : formatSize(host.props.memory.max)} |`,
  ];
  return lines;
}

/** How an app is delivered, and by what. */
export function deliveryLines(l10n: Localizer, app: Layer): string[] {
  const d = app.kind === 'app' ? app.props.delivery : undefined;
  if (!d) return [];
  const system = d.system && (findProduct(d.system.name)?.name ?? d.system.name);
  const how = l10n.t(`hover.delivery.${d.mode}`);
  return [`- **${l10n.t('hover.delivery')}:** ${system ? `${how} (${system})` : how}`];
}

/** A data view's sources, each with what it names. */
export function viewLines(l10n: Localizer, model: StackModel, view: Layer): string[] {
  const sources = view.props.sources;
  if (!sources || sources.length === 0) return [];
  const named = sources.map((s) => {
    const target = model.names.get(s.name);
    return target ? `\`${s.name}\` (${l10n.t(`layerName.${target.kind}`)})` : `\`${s.name}\` (${l10n.t('hover.pool.unknownSource')})`;
  });
  return [`- **${l10n.t('hover.sources')}:** ${named.join(', ')}`];
}
