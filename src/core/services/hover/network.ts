// Hover for network virtualization (VS6xx): a switch (where it runs, its uplink, its segments and
// what the NICs on it ask for), a segment (the hosts it spans, how it is carried, the NICs on it,
// their demand against each host's uplink), and the segment a NIC names.
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import type { VirtualSwitch } from '../../model/types';
import type { Statement } from '../../syntax/ast';
import { keywordSpan } from '../../syntax/ast';
import { formatRate, segmentCarriage } from '../../validate/network';
import { touches } from '../cursor';
import { layerTitle, productMarkdown } from '../explain';

/** The hover of a network statement at the offset, if the cursor is on something it explains. */
export function networkHover(analysis: Analysis, stmt: Statement, owner: Statement | undefined, offset: number, l10n: Localizer): { markdown: string; span: Span } | undefined {
  const model = analysis.model;
  const key = stmt.keyword;
  if (key === 'switch') {
    const sw = model.switches.find((s) => s.start === stmt.start);
    if (!sw) return undefined;
    if (touches(sw.productSpan, offset) && sw.catalogue) return { markdown: productMarkdown(l10n, sw.catalogue), span: sw.productSpan };
    const kw = keywordSpan(stmt);
    const name = stmt.args.find((a) => a.kind === 'word' && touches(a, offset));
    const on = touches(kw, offset) ? kw : name;
    return on ? { markdown: switchMarkdown(l10n, sw), span: on } : undefined;
  }
  if ((key === 'segment' && owner?.keyword === 'switch') || key === 'nic') {
    const first = stmt.args[0];
    const kw = keywordSpan(stmt);
    if (key === 'segment' && touches(kw, offset) && first?.kind === 'word') return { markdown: segmentMarkdown(l10n, analysis, first.text), span: kw };
    if (first?.kind === 'word' && touches(first, offset)) return { markdown: segmentMarkdown(l10n, analysis, first.text), span: first };
  }
  return undefined;
}

function switchMarkdown(l10n: Localizer, sw: VirtualSwitch): string {
  const lines = [`**${l10n.t('hover.switch.title', sw.name)}**${sw.catalogue ? ` · ${sw.catalogue.name}` : ''}`, ''];
  lines.push(`- **${l10n.t('hover.switch.in')}:** ${layerTitle(l10n, sw.holder)}`);
  let uplink = l10n.t('hover.notKnown');
  if (sw.uplink) uplink = formatRate(sw.uplink.max);
  else if (sw.capacity !== undefined && sw.machine) uplink = l10n.t('hover.switch.uplinkOfHost', formatRate(sw.capacity), sw.machine.name);
  lines.push(`- **${l10n.t('hover.switch.uplink')}:** ${uplink}`);
  const segments = sw.segments.map((s) => `\`${s.name}\` (${l10n.text(segmentCarriage(s))})`);
  lines.push(`- **${l10n.t('hover.switch.segments')}:** ${segments.length > 0 ? segments.join(', ') : l10n.t('hover.none')}`);
  lines.push(`- **${l10n.t('hover.switch.demand')}:** ${formatRate(sw.demand)}${sw.capacity !== undefined ? ` / ${formatRate(sw.capacity)}` : ''}`);
  return lines.join('\n');
}

function segmentMarkdown(l10n: Localizer, analysis: Analysis, name: string): string {
  const decls = analysis.model.switches.flatMap((sw) => sw.segments.filter((s) => s.name === name));
  if (decls.length === 0) return l10n.t('hover.segment.undeclared', name);
  const lines = [`**${l10n.t('hover.segment.title', name)}** · ${l10n.text(segmentCarriage(decls[0]))}`, ''];
  const hosts = [...new Set(decls.map((s) => s.owner.machine?.name ?? s.owner.holder.name))];
  lines.push(`- **${l10n.t('hover.segment.hosts')}:** ${hosts.join(', ')}`);
  const nics = decls.flatMap((s) => s.nics.map((n) => (n.rate === undefined ? `\`${n.layer.name}\`` : `\`${n.layer.name}\` (${formatRate(n.rate)})`)));
  lines.push(`- **${l10n.t('hover.segment.nics')}:** ${nics.length > 0 ? nics.join(', ') : l10n.t('hover.none')}`);
  for (const s of decls) {
    const demand = s.nics.reduce((sum, n) => sum + (n.rate ?? 0), 0);
    const host = s.owner.machine?.name ?? s.owner.holder.name;
    lines.push(`- ${l10n.t('hover.segment.demand', host, formatRate(demand), s.owner.capacity === undefined ? l10n.t('hover.notKnown') : formatRate(s.owner.capacity))}`);
  }
  return lines.join('\n');
}

