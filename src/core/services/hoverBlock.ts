// The hover of a block: what kind of layer it is, the stack under it, the kind of
// virtualization its branch is, and its resources against its host's.
import type { Bounds, Layer, LoadProfile, StackModel } from '../model/types';
import { formatSize } from '../units';
import type { ValidationOptions } from '../validate';
import { machineOf } from '../validate/describe';
import { type Allocation, allocationOf, ratio, usableMemory } from './allocation';
import { HOVER } from './hoverTexts';
import { containerKernel } from './place';
import { KERNEL_NAMES, LAYER_NAMES, type Locale, OS_ROLES, say, VIRTUALIZATION } from './texts';

/** How a layer is named in a hover title: its kind, then its name or product. */
export function layerTitle(locale: Locale, layer: Layer): string {
  const kind = layer.kind === 'os' ? osRole(locale, layer) : say(locale, LAYER_NAMES[layer.kind]);
  const name = layer.kind === 'os' ? (layer.label ?? layer.name) : layer.catalogue?.name ?? layer.name;
  const shown = layer.kind === 'middleware' && layer.label ? layer.label : name;
  return shown ? `${capital(kind)} \`${shown}\`` : capital(kind);
}

/** What an OS is by where it sits. */
export function osRole(locale: Locale, os: Layer): string {
  const p = os.parent?.kind;
  return say(locale, p === 'vm' ? OS_ROLES.guest : p === 'container' ? OS_ROLES.image : OS_ROLES.host);
}

/** The markdown of a block's hover. */
export function blockMarkdown(locale: Locale, model: StackModel, layer: Layer, options?: ValidationOptions): string {
  const out: string[] = [`**${layerTitle(locale, layer)}**`, ''];
  const chain: string[] = [];
  for (let l: Layer | undefined = layer; l; l = l.parent) chain.unshift(l.kind === 'os' ? (l.label ?? l.name) : l.catalogue?.name ?? l.name);
  if (chain.length > 1) out.push(`${say(locale, HOVER.stack)}: ${chain.map((c) => `\`${c}\``).join(' → ')}`, '');
  if (layer.kind === 'hardware') out.push(capital(say(locale, HOVER.physical)) + '.', '');
  else {
    const v = layer.virtualization;
    out.push(v ? `**${say(locale, HOVER.virtualization)}:** ${say(locale, VIRTUALIZATION[v].name)}. ${say(locale, VIRTUALIZATION[v].explain)}` : `**${say(locale, HOVER.virtualization)}:** ${say(locale, HOVER.notClassified)}.`, '');
  }
  out.push(...details(locale, model, layer, options));
  while (out[out.length - 1] === '') out.pop();
  return out.join('\n');
}

function details(locale: Locale, model: StackModel, layer: Layer, options?: ValidationOptions): string[] {
  const p = layer.props;
  switch (layer.kind) {
    case 'hardware':
      return capacityTable(locale, allocationOf(model, layer, options));
    case 'vm': {
      const host = machineOf(layer);
      const lines = guestTable(locale, layer, p.vcpu, host);
      if (host) lines.push('', onMachine(locale, allocationOf(model, host, options)));
      return lines;
    }
    case 'container': {
      const host = machineOf(layer);
      const lines = guestTable(locale, layer, p.cpu, host);
      if (host) lines.push('', onMachine(locale, allocationOf(model, host, options)));
      return lines;
    }
    case 'hypervisor': {
      const vms = layer.children.filter((c) => c.kind === 'vm');
      const vcpus = vms.reduce((s, v) => s + (v.props.vcpu?.max ?? 0), 0);
      const memory = vms.reduce((s, v) => s + (v.props.memory?.max ?? 0), 0);
      return [say(locale, HOVER.guests, vms.length, vcpus, formatSize(memory))];
    }
    case 'runtime': {
      const cs = layer.children.filter((c) => c.kind === 'container');
      return [say(locale, HOVER.containers, cs.length, formatSize(cs.reduce((s, c) => s + (c.props.memory?.min ?? 0), 0)))];
    }
    case 'os': {
      const kernel = layer.kernel ? KERNEL_NAMES[layer.kernel] : say(locale, HOVER.unknownKernel);
      const lines = [`**${say(locale, HOVER.kernel)}:** ${kernel}`];
      if (layer.parent?.kind === 'container') {
        const shared = containerKernel(layer.parent);
        const runtime = layer.parent.parent?.catalogue;
        const sandboxed = runtime?.role === 'runtime' && runtime.isolation !== 'shared';
        lines.push('', sandboxed ? say(locale, HOVER.sandboxKernel) : say(locale, HOVER.sharesKernel, shared ? KERNEL_NAMES[shared as keyof typeof KERNEL_NAMES] : '?'));
      }
      const above = layer.children.map((c) => c.catalogue?.name ?? c.name).filter((n) => n !== '');
      lines.push('', say(locale, HOVER.runsHere, above.length > 0 ? above.map((n) => `\`${n}\``).join(', ') : say(locale, HOVER.nothing)));
      return lines;
    }
    case 'app':
    case 'job':
      return workload(locale, layer);
    default:
      return [];
  }
}

function capacityTable(locale: Locale, a: Allocation): string[] {
  const usable = usableMemory(a);
  const cpuRatio = a.cores ? a.vcpus / a.cores : undefined;
  const cpuCell = cpuRatio === undefined ? '' : say(locale, HOVER.overcommit, ratio(cpuRatio), ratio(a.cpuLimit)) + (cpuRatio > a.cpuLimit ? ` ${say(locale, HOVER.over)}` : '');
  const share = usable ? (a.assigned / usable) * 100 : undefined;
  const memCell = share === undefined ? '' : say(locale, HOVER.share, Math.round(share)) + (share > 100.0000001 ? ` ${say(locale, HOVER.over)}` : '');
  const memCapacity = a.memory === undefined ? say(locale, HOVER.unknown) : say(locale, HOVER.usable, formatSize(usable!), formatSize(a.memory), formatSize(a.reserve), ratio(a.memoryLimit));
  const lines = [
    `| ${say(locale, HOVER.resource)} | ${say(locale, HOVER.allocated)} | ${say(locale, HOVER.capacity)} | ${say(locale, HOVER.ratio)} |`,
    '| --- | ---: | ---: | ---: |',
    `| ${say(locale, HOVER.cpu)} | ${say(locale, HOVER.vcpus, a.vcpus)} | ${a.cores === undefined ? say(locale, HOVER.unknown) : say(locale, HOVER.cores, a.cores)} | ${cpuCell} |`,
    `| ${say(locale, HOVER.memory)} | ${formatSize(a.assigned)} | ${memCapacity} | ${memCell} |`,
  ];
  const missing = a.cores === undefined ? 'cpu' : a.memory === undefined ? 'memory' : undefined;
  if (missing) lines.push('', say(locale, HOVER.noCapacity, missing));
  return lines;
}

function guestTable(locale: Locale, layer: Layer, cpu: Bounds | undefined, host: Layer | undefined): string[] {
  const hostCores = host?.kind === 'vm' ? host.props.vcpu?.max : host?.props.cpu?.max;
  const unitOf = (n: number) => (host?.kind === 'vm' ? say(locale, HOVER.vcpus, n) : say(locale, HOVER.cores, n));
  const own = (b: Bounds | undefined, show: (n: number) => string): string =>
    b === undefined ? say(locale, HOVER.unknown) : b.min === b.max ? show(b.max) : say(locale, HOVER.requestLimit, show(b.min), show(b.max));
  const cpuShow = layer.kind === 'vm' ? (n: number) => say(locale, HOVER.vcpus, n) : (n: number) => say(locale, HOVER.cores, n);
  const lines = [
    `| ${say(locale, HOVER.resource)} | ${say(locale, HOVER.thisOne, say(locale, LAYER_NAMES[layer.kind]))} | ${host ? say(locale, HOVER.host, host.name) : ''} |`,
    '| --- | ---: | ---: |',
    `| ${say(locale, HOVER.cpu)} | ${own(cpu, cpuShow)} | ${hostCores === undefined ? say(locale, HOVER.unknown) : unitOf(hostCores)} |`,
    `| ${say(locale, HOVER.memory)} | ${own(layer.props.memory, formatSize)} | ${host?.props.memory === undefined ? say(locale, HOVER.unknown) : formatSize(host.props.memory.max)} |`,
  ];
  return lines;
}

function onMachine(locale: Locale, a: Allocation): string {
  const capacity = a.cores === undefined ? say(locale, HOVER.unknown) : a.machine.kind === 'vm' ? say(locale, HOVER.vcpus, a.cores) : say(locale, HOVER.cores, a.cores);
  const over = a.cores ? `, ${say(locale, HOVER.overcommit, ratio(a.vcpus / a.cores), ratio(a.cpuLimit))}` : '';
  return say(locale, HOVER.onMachine, a.machine.name, a.guests, a.vcpus, capacity + over, formatSize(a.assigned));
}

function workload(locale: Locale, layer: Layer): string[] {
  const p = layer.props;
  const lines: string[] = [];
  const cpu = p.cpu ? say(locale, HOVER.cores, p.cpu.max) : say(locale, HOVER.whole);
  const memory = p.memory && (p.memory.min === p.memory.max ? formatSize(p.memory.max) : `${formatSize(p.memory.min)}..${formatSize(p.memory.max)}`);
  lines.push(`- **${say(locale, HOVER.demand)}:** ${say(locale, HOVER.cpu)}: ${cpu}${memory ? ` · ${say(locale, HOVER.memory)}: ${memory}` : ''}`);
  if (p.load) lines.push(`- **${say(locale, HOVER.load)}:** ${profile(locale, p.load)}`);
  if (p.work) lines.push(`- **${say(locale, HOVER.work)}:** ${round(p.work.max / 3600)} core-h`);
  if (p.start) lines.push(`- **${say(locale, HOVER.start)}:** ${p.start.at === 'time-of-day' ? say(locale, HOVER.startAt, clock(p.start.seconds)) : say(locale, HOVER.startAfter, duration(p.start.seconds))}`);
  if (p.tenant) lines.push(`- **${say(locale, HOVER.tenant)}:** ${p.tenant.name}`);
  if (p.depends?.length) lines.push(`- **${say(locale, HOVER.dependsOn)}:** ${p.depends.map((d) => `\`${d.name}\``).join(', ')}`);
  return lines;
}

/** A load profile in words. */
export function profile(locale: Locale, load: LoadProfile): string {
  const pct = (x: number): string => `${round(x * 100)} %`;
  switch (load.shape) {
    case 'constant': return say(locale, HOVER.profileConstant, pct(load.level));
    case 'daily': return say(locale, HOVER.profileDaily, pct(load.low), pct(load.high), clock(load.peakHour * 3600));
    case 'spikes': return say(locale, HOVER.profileSpikes, pct(load.low), pct(load.high), duration(load.every), duration(load.length));
    case 'random': return say(locale, HOVER.profileRandom, pct(load.low), pct(load.high), load.seed);
  }
}

function clock(seconds: number): string {
  const m = Math.round(seconds / 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Seconds in the largest unit that keeps them readable: `2 h`, `5 m`, `0.6 s`. */
export function duration(seconds: number): string {
  if (seconds >= 86400 && seconds % 3600 === 0) return `${round(seconds / 86400)} d`;
  if (seconds >= 3600) return `${round(seconds / 3600)} h`;
  if (seconds >= 60) return `${round(seconds / 60)} m`;
  return `${round(seconds)} s`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
