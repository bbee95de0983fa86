// What a machine has and what has been handed out on it, added up the way the resource
// checks (VS400–VS402) add it up, so a hover and a finding never disagree.
import type { Layer, StackModel } from '../model/types';
import type { ValidationOptions } from '../validate/validator';
import { DEFAULT_VALIDATION } from '../validate/validator';
import { machineOf } from '../validate/describe';

/** Capacity and allocation of one machine (hardware or VM), in cores and MiB. */
export interface Allocation {
  readonly machine: Layer;
  /** Physical cores of hardware, vCPUs of a VM. */
  readonly cores?: number;
  readonly memory?: number;
  readonly reserve: number;
  /** vCPUs of the VMs on it. */
  readonly vcpus: number;
  /** VM memory plus container memory requests. */
  readonly assigned: number;
  readonly guests: number;
  /** The overcommit limits in force: the file's `simulate` block, else the settings. */
  readonly cpuLimit: number;
  readonly memoryLimit: number;
}

/** The overcommit limits that apply to a file. */
export function limitsOf(model: StackModel, options: ValidationOptions = DEFAULT_VALIDATION): { cpu: number; memory: number } {
  const fileSets = model.simulation.spans.overcommit !== undefined;
  return fileSets ? model.simulation.overcommit : { cpu: options.cpuOvercommit, memory: options.memoryOvercommit };
}

/** Adds up what the VMs and containers whose machine is `machine` ask of it. */
export function allocationOf(model: StackModel, machine: Layer, options?: ValidationOptions): Allocation {
  let vcpus = 0;
  let assigned = 0;
  let guests = 0;
  const visit = (layer: Layer): void => {
    for (const child of layer.children) {
      // A desktop pool counts as `count` VMs alike, as resources.ts counts it.
      const virtual = child.kind === 'vm' || child.kind === 'desktops';
      if ((virtual || child.kind === 'container') && machineOf(child) === machine) {
        const copies = child.kind === 'desktops' ? (child.props.count?.max ?? 1) : 1;
        guests += copies;
        if (virtual) vcpus += (child.props.vcpu?.max ?? 0) * copies;
        // A VM holds its whole memory; a container is placed by its request.
        assigned += virtual ? (child.props.memory?.max ?? 0) * copies : (child.props.memory?.min ?? 0);
      }
      // What runs inside a VM is the VM's business, not this machine's.
      if (!virtual) visit(child);
    }
  };
  visit(machine);
  const limits = limitsOf(model, options);
  return {
    machine,
    cores: machine.kind === 'hardware' ? machine.props.cpu?.max : machine.props.vcpu?.max,
    memory: machine.props.memory?.max,
    reserve: machine.props.reserve?.max ?? 0,
    vcpus, assigned, guests, cpuLimit: limits.cpu, memoryLimit: limits.memory,
  };
}

/** Memory the machine can hand out: installed minus reserve, times the memory ratio. */
export function usableMemory(a: Allocation): number | undefined {
  return a.memory === undefined ? undefined : Math.max(0, a.memory - a.reserve) * a.memoryLimit;
}

/** A ratio as the checks print it (two decimals at most). */
export function ratio(x: number): string {
  return String(Math.round(x * 100) / 100);
}
