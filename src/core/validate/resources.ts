import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import { msg } from '../l10n/localizer';
import type { Layer, StackModel } from '../model/types';
import { formatSize } from '../units';
import { machineOf } from './describe';

/** Overcommit limits the checks use when the file does not set them. */
export interface ResourceLimits {
  readonly cpuOvercommit: number;
  readonly memoryOvercommit: number;
}

/** What the guests of one machine ask of it, and what the machine offers (read while its host is checked). */
export interface Tally {
  readonly machine: Layer;
  vcpus: number;
  memory: number;
  readonly cores: number | undefined;
  readonly capacity: number | undefined;
  readonly reserve: number;
}

/**
 * Guests fit their machines, for layers[from, to): no VM or container larger than its machine.
 * Adds each guest's demand to its machine's tally, which `checkOvercommit` weighs once the file's
 * overcommit ratios are known (the `simulate` block may come last).
 */
export function checkSizes(layers: readonly Layer[], from: number, to: number, tallies: Map<Layer, Tally>, out: Diagnostic[]): void {
  for (let i = from; i < to; i++) {
    const layer = layers[i];
    if (layer.kind === 'hardware') {
      // A capacity written but invalid has its own finding already; only a missing one is reported here.
      for (const key of ['cpu', 'memory'] as const) {
        if (!layer.props[key] && !layer.statement.block?.statements.some((s) => s.keyword === key)) out.push(makeDiagnostic('resources.noCapacity', layer.nameSpan.start, layer.nameSpan.end, layer.name, key));
      }
    }
    // A desktop pool is `count` VMs alike: each must fit (VS400), and all of them count in the tally (VS401, VS402).
    const virtual = layer.kind === 'vm' || layer.kind === 'desktops';
    if (!virtual && layer.kind !== 'container') continue;
    const machine = machineOf(layer);
    if (!machine) continue;
    const cores = capacityCores(machine);
    const memory = machine.props.memory?.max;
    const wantCores = virtual ? layer.props.vcpu?.max : layer.props.cpu?.max;
    const wantMemory = layer.props.memory?.max;
    const what = msg(layer.kind === 'vm' ? 'subject.vm' : layer.kind === 'desktops' ? 'subject.desktops' : 'subject.container');
    if (wantCores !== undefined && cores !== undefined && wantCores > cores) {
      const span = (virtual ? layer.props.vcpu : layer.props.cpu)!.span;
      out.push(makeDiagnostic('resources.vmTooLarge', span.start, span.end, what, layer.name, msg(virtual ? 'amount.vcpus' : 'amount.cores', String(wantCores)), machine.name, msg(machine.kind === 'hardware' ? 'amount.cores' : 'amount.vcpus', String(cores))));
    }
    if (wantMemory !== undefined && memory !== undefined && wantMemory > memory) {
      const span = layer.props.memory!.span;
      out.push(makeDiagnostic('resources.vmTooLarge', span.start, span.end, what, layer.name, msg('amount.memory', formatSize(wantMemory)), machine.name, formatSize(memory)));
    }
    let t = tallies.get(machine);
    if (!t) tallies.set(machine, (t = { machine, vcpus: 0, memory: 0, cores, capacity: memory, reserve: machine.props.reserve?.max ?? 0 }));
    const copies = layer.kind === 'desktops' ? (layer.props.count?.max ?? 1) : 1;
    if (virtual) t.vcpus += (layer.props.vcpu?.max ?? 0) * copies;
    // A VM holds its whole memory; a container is placed by its request.
    t.memory += virtual ? (wantMemory ?? 0) * copies : (layer.props.memory?.min ?? 0);
  }
}

/** Overcommit within limits: the file's `simulate { overcommit … }` if it sets one, else `limits`. */
export function checkOvercommit(model: StackModel, limits: ResourceLimits, tallies: Iterable<Tally>, out: Diagnostic[]): void {
  const fileSets = model.simulation.spans.overcommit !== undefined;
  const cpuRatio = fileSets ? model.simulation.overcommit.cpu : limits.cpuOvercommit;
  const memRatio = fileSets ? model.simulation.overcommit.memory : limits.memoryOvercommit;
  for (const { machine, vcpus, memory: wanted, cores, capacity: memory, reserve } of tallies) {
    const at = machine.nameSpan;
    if (cores !== undefined && vcpus > cores * cpuRatio) {
      out.push(makeDiagnostic('resources.cpuOvercommit', at.start, at.end, machine.name, String(vcpus), String(cores), ratio(vcpus / cores), ratio(cpuRatio)));
    }
    if (memory === undefined) continue;
    const usable = Math.max(0, memory - reserve) * memRatio;
    if (wanted > usable + 1e-9) {
      out.push(makeDiagnostic('resources.memoryOvercommit', at.start, at.end, machine.name, formatSize(wanted), formatSize(usable), formatSize(memory), formatSize(reserve), ratio(memRatio)));
    }
  }
}

/** Cores a machine offers to what runs on it: physical cores of hardware, vCPUs of a VM. */
function capacityCores(machine: Layer): number | undefined {
  return machine.kind === 'hardware' ? machine.props.cpu?.max : machine.props.vcpu?.max;
}

function ratio(x: number): string {
  return String(Math.round(x * 100) / 100);
}

