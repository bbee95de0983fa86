import type { Layer } from '../model/types';
import type { VirtualizationKind } from '../taxonomy/kinds';

/**
 * Labels every layer with the kind of virtualization of its branch: the innermost VM or
 * container above it decides; a hypervisor or runtime labels its own layer; an OS or app on
 * bare hardware is bare metal. Hardware itself stays unlabelled.
 */
export function classify(layers: readonly Layer[], from: number, to: number): void {
  for (let i = from; i < to; i++) layers[i].virtualization = kindOf(layers[i]);
}

function kindOf(layer: Layer): VirtualizationKind | undefined {
  if (layer.kind === 'hardware') return undefined;
  for (let l: Layer | undefined = layer; l; l = l.parent) {
    if (l.kind === 'container' || l.kind === 'runtime') return 'container';
    if (l.kind === 'vm' || l.kind === 'hypervisor') {
      const hv = l.kind === 'hypervisor' ? l : l.parent?.kind === 'hypervisor' ? l.parent : undefined;
      if (hv?.hypervisorType === 1) return 'hypervisor';
      if (hv?.hypervisorType === 2) return 'host-os';
      return undefined;
    }
  }
  return 'bare-metal';
}
