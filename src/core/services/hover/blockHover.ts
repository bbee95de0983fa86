// The hover of a block: what kind of layer it is, the stack under it, the kind of
// virtualization its branch is, and its resources against its host's.
import { type ClockStyle, formatClock, formatDuration, formatPercent, type Words } from '../../format';
import type { Localizer } from '../../l10n/localizer';
import type { Bounds, Layer, LoadProfile, StackModel } from '../../model/types';
import { kernelName } from '../../taxonomy/kinds';
import { formatSize } from '../../units';
import type { ValidationOptions } from '../../validate/validator';
import { machineOf } from '../../validate/describe';
import { type Allocation, allocationOf, ratio, usableMemory } from '../allocation';
import { containerKernel } from '../allowed';
import { capital, layerTitle } from '../explain';
import { deliveryLines, poolLines, viewLines } from './desktopHover';

/** The markdown of a block's hover. */
export function blockMarkdown(l10n: Localizer, model: StackModel, layer: Layer, options?: ValidationOptions): string {
  const out: string[] = [`**${layerTitle(l10n, layer)}**`, ''];
  const chain: string[] = [];
  for (let l: Layer | undefined = layer; l; l = l.parent) chain.unshift(l.kind === 'os' ? (l.label ?? l.name) : l.catalogue?.name ?? l.name);
  if (chain.length > 1) out.push(`${l10n.t('hover.stack')}: ${chain.map((c) => `\`${c}\``).join(' → ')}`, '');
  if (layer.kind === 'hardware') out.push(capital(l10n.t('hover.physical')) + '.', '');
  else {
    const v = layer.virtualization;
    out.push(v ? `**${l10n.t('hover.virtualization')}:** ${l10n.t(`virtualization.${v}.name`)}. ${l10n.t(`virtualization.${v}.explain`)}` : `**${l10n.t('hover.virtualization')}:** ${l10n.t('hover.notClassified')}.`, '');
  }
  out.push(...details(l10n, model, layer, options));
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function details(l10n: Localizer, model: StackModel, layer: Layer, options?: ValidationOptions): string[] {
  const p = layer.props;
  switch (layer.kind) {
    case 'hardware':
      return capacityTable(l10n, allocationOf(model, layer, options));
    case 'vm': {
      const host = machineOf(layer);
      const lines = guestTable(l10n, layer, p.vcpu, host);
      if (host) lines.push('', onMachine(l10n, allocationOf(model, host, options)));
      return lines;
    }
    case 'container': {
      const host = machineOf(layer);
      const lines = guestTable(l10n, layer, p.cpu, host);
      if (host) lines.push('', onMachine(l10n, allocationOf(model, host, options)));
      return lines;
    }
    case 'hypervisor': {
      const vms = layer.children.filter((c) => c.kind === 'vm');
      const vcpus = vms.reduce((s, v) => s + (v.props.vcpu?.max ?? 0), 0);
      const memory = vms.reduce((s, v) => s + (v.props.memory?.max ?? 0), 0);
      return [l10n.t('hover.guests', vms.length, vcpus, formatSize(memory))];
    }
    case 'runtime': {
      const cs = layer.children.filter((c) => c.kind === 'container');
      return [l10n.t('hover.containers', cs.length, formatSize(cs.reduce((s, c) => s + (c.props.memory?.min ?? 0), 0)))];
    }
    case 'os': {
      const kernel = layer.kernel ? kernelName(layer.kernel) : l10n.t('hover.unknownKernel');
      const lines = [`**${l10n.t('hover.kernel')}:** ${kernel}`];
      if (layer.parent?.kind === 'container') {
        const shared = containerKernel(layer.parent);
        const runtime = layer.parent.parent?.catalogue;
        const sandboxed = runtime?.role === 'runtime' && runtime.isolation !== 'shared';
        lines.push('', sandboxed ? l10n.t('hover.sandboxKernel') : l10n.t('hover.sharesKernel', shared ? kernelName(shared) : '?'));
      }
      const above = layer.children.map((c) => c.catalogue?.name ?? c.name).filter((n) => n !== '');
      lines.push('', l10n.t('hover.runsHere', above.length > 0 ? above.map((n) => `\`${n}\``).join(', ') : l10n.t('hover.nothing')));
      return lines;
    }
    // Desktop, application and data virtualization (desktopHover.ts).
    case 'desktops': {
      const host = machineOf(layer);
      const lines = poolLines(l10n, layer, host);
      if (host) lines.push('', onMachine(l10n, allocationOf(model, host, options)));
      return lines;
    }
    case 'middleware':
      return viewLines(l10n, model, layer);
    case 'app':
    case 'job':
      return [...workload(l10n, layer), ...deliveryLines(l10n, layer)];
    default:
      return [];
  }
}

function capacityTable(l10n: Localizer, a: Allocation): string[] {
  const usable = usableMemory(a);
  const cpuRatio = a.cores ? a.vcpus / a.cores : undefined;
  const cpuCell = cpuRatio === undefined ? '' : l10n.t('hover.overcommit', ratio(cpuRatio), ratio(a.cpuLimit)) + (cpuRatio > a.cpuLimit ? ` ${l10n.t('hover.over')}` : '');
  const share = usable ? (a.assigned / usable) * 100 : undefined;
  const memCell = share === undefined ? '' : l10n.t('hover.share', formatPercent(share, words(l10n)), formatPercent(100, words(l10n))) + (share > 100.0000001 ? ` ${l10n.t('hover.over')}` : '');
  const memCapacity = a.memory === undefined ? l10n.t('hover.unknown') : l10n.t('hover.usable', formatSize(usable!), formatSize(a.memory), formatSize(a.reserve), ratio(a.memoryLimit));
  const lines = [
    `| ${l10n.t('hover.resource')} | ${l10n.t('hover.allocated')} | ${l10n.t('hover.capacity')} | ${l10n.t('hover.ratio')} |`,
    '| --- | ---: | ---: | ---: |',
    `| ${l10n.t('hover.cpu')} | ${l10n.t('hover.vcpus', a.vcpus)} | ${a.cores === undefined ? l10n.t('hover.unknown') : l10n.t('hover.cores', a.cores)} | ${cpuCell} |`,
    `| ${l10n.t('hover.memory')} | ${formatSize(a.assigned)} | ${memCapacity} | ${memCell} |`,
  ];
  const missing = a.cores === undefined ? 'cpu' : a.memory === undefined ? 'memory' : undefined;
  if (missing) lines.push('', l10n.t('hover.noCapacity', missing));
  return lines;
}

function guestTable(l10n: Localizer, layer: Layer, cpu: Bounds | undefined, host: Layer | undefined): string[] {
  const hostCores = host?.kind === 'vm' ? host.props.vcpu?.max : host?.props.cpu?.max;
  const unitOf = (n: number) => (host?.kind === 'vm' ? l10n.t('hover.vcpus', n) : l10n.t('hover.cores', n));
  const own = (b: Bounds | undefined, show: (n: number) => string): string =>
    b === undefined ? l10n.t('hover.unknown') : b.min === b.max ? show(b.max) : l10n.t('hover.requestLimit', show(b.min), show(b.max));
  const cpuShow = layer.kind === 'vm' ? (n: number) => l10n.t('hover.vcpus', n) : (n: number) => l10n.t('hover.cores', n);
  const lines = [
    `| ${l10n.t('hover.resource')} | ${l10n.t('hover.thisOne', l10n.t(`layerName.${layer.kind}`))} | ${host ? l10n.t('hover.host', host.name) : ''} |`,
    '| --- | ---: | ---: |',
    `| ${l10n.t('hover.cpu')} | ${own(cpu, cpuShow)} | ${hostCores === undefined ? l10n.t('hover.unknown') : unitOf(hostCores)} |`,
    `| ${l10n.t('hover.memory')} | ${own(layer.props.memory, formatSize)} | ${host?.props.memory === undefined ? l10n.t('hover.unknown') : formatSize(host.props.memory.max)} |`,
  ];
  return lines;
}

function onMachine(l10n: Localizer, a: Allocation): string {
  const capacity = a.cores === undefined ? l10n.t('hover.unknown') : a.machine.kind !== 'hardware' ? l10n.t('hover.vcpus', a.cores) : l10n.t('hover.cores', a.cores);
  const over = a.cores ? `, ${l10n.t('hover.overcommit', ratio(a.vcpus / a.cores), ratio(a.cpuLimit))}` : '';
  return l10n.t('hover.onMachine', a.machine.name, a.guests, a.vcpus, capacity + over, formatSize(a.assigned));
}

function workload(l10n: Localizer, layer: Layer): string[] {
  const p = layer.props;
  const lines: string[] = [];
  const cpu = p.cpu ? l10n.t('hover.cores', p.cpu.max) : l10n.t('hover.whole');
  const memory = p.memory && (p.memory.min === p.memory.max ? formatSize(p.memory.max) : `${formatSize(p.memory.min)}..${formatSize(p.memory.max)}`);
  lines.push(`- **${l10n.t('hover.demand')}:** ${l10n.t('hover.cpu')}: ${cpu}${memory ? ` · ${l10n.t('hover.memory')}: ${memory}` : ''}`);
  if (p.load) lines.push(`- **${l10n.t('hover.load')}:** ${profile(l10n, p.load)}`);
  if (p.work) lines.push(`- **${l10n.t('hover.work')}:** ${round(p.work.max / 3600)} core-h`);
  if (p.start) {
    const t = words(l10n);
    const when = p.start.at === 'time-of-day' ? l10n.t('hover.startAt', timeOfDay(p.start.seconds, t)) : l10n.t('hover.startAfter', formatDuration(p.start.seconds, t));
    lines.push(`- **${l10n.t('hover.start')}:** ${when}`);
  }
  if (p.tenant) lines.push(`- **${l10n.t('hover.tenant')}:** ${p.tenant.name}`);
  if (p.depends?.length) lines.push(`- **${l10n.t('hover.dependsOn')}:** ${p.depends.map((d) => `\`${d.name}\``).join(', ')}`);
  return lines;
}

/** A load profile in words, its levels, times and durations written as the results write them (format.ts). */
export function profile(l10n: Localizer, load: LoadProfile): string {
  const t = words(l10n);
  const pct = (x: number): string => formatPercent(x * 100, t);
  const duration = (seconds: number): string => formatDuration(seconds, t);
  switch (load.shape) {
    case 'constant': return l10n.t('hover.profileConstant', pct(load.level));
    case 'daily': return l10n.t('hover.profileDaily', pct(load.low), pct(load.high), timeOfDay(load.peakHour * 3600, t));
    case 'spikes': return l10n.t('hover.profileSpikes', pct(load.low), pct(load.high), duration(load.every), duration(load.length));
    case 'random': return l10n.t('hover.profileRandom', pct(load.low), pct(load.high), load.seed);
  }
}

/** A localizer's `t` as the formatters take it. */
function words(l10n: Localizer): Words {
  return (id, ...args) => l10n.t(id, ...args);
}

/** A time of day as the file writes it (hours and minutes): the clock of a run's first day, to the minute. */
function timeOfDay(seconds: number, t: Words): string {
  return formatClock(seconds, FIRST_DAY, t, 60);
}

/** The clock of a run no longer than a day: times of day name no day. */
const FIRST_DAY: ClockStyle = { days: false, milliseconds: false };

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
