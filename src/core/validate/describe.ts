import type { Layer } from '../model/types';

/** How a layer is named in messages: "hypervisor KVM", "VM 'web'", "host OS Windows 11". */
export function describeLayer(layer: Layer): string {
  switch (layer.kind) {
    case 'hardware': return `hardware '${layer.name}'`;
    case 'hypervisor': return `hypervisor ${layer.catalogue?.name ?? layer.name}`;
    case 'runtime': return `runtime ${layer.catalogue?.name ?? layer.name}`;
    case 'middleware': return `middleware ${layer.label ?? layer.catalogue?.name ?? layer.name}`;
    case 'os': {
      const role = layer.parent?.kind === 'vm' ? 'guest OS' : layer.parent?.kind === 'container' ? 'container image OS' : 'host OS';
      return `${role} ${layer.label ?? layer.name}`;
    }
    case 'vm': return `VM '${layer.name}'`;
    default: return `${layer.kind} '${layer.name}'`;
  }
}

/** The nearest ancestor (or the layer itself) of one of the kinds. */
export function nearest(layer: Layer | undefined, kinds: readonly Layer['kind'][]): Layer | undefined {
  for (let l = layer; l; l = l.parent) if (kinds.includes(l.kind)) return l;
  return undefined;
}

/** The machine a layer's resources come from: the nearest VM or hardware above it. */
export function machineOf(layer: Layer): Layer | undefined {
  return nearest(layer.parent, MACHINE_KINDS);
}

const MACHINE_KINDS: readonly Layer['kind'][] = ['vm', 'hardware'];

/** 1-based line of an offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
