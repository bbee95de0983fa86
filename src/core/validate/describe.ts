import type { Span } from '../diagnostics';
import { type MessageArg, msg } from '../l10n/localizer';
import type { Layer } from '../model/types';

/** How a layer is named in messages ("hypervisor KVM", "VM 'web'", "host OS Windows 11"), as a phrase. */
export function describeLayer(layer: Layer): MessageArg {
  switch (layer.kind) {
    case 'hypervisor':
    case 'runtime':
      return msg(`layer.${layer.kind}`, layer.catalogue?.name ?? layer.name);
    case 'middleware':
      return msg('layer.middleware', layer.label ?? layer.catalogue?.name ?? layer.name);
    case 'os': {
      const role = layer.parent?.kind === 'vm' || layer.parent?.kind === 'desktops' ? 'layer.guestOs' : layer.parent?.kind === 'container' ? 'layer.imageOs' : 'layer.hostOs';
      return msg(role, layer.label ?? layer.name);
    }
    default:
      return msg(`layer.${layer.kind}`, layer.name);
  }
}

/** The nearest ancestor (or the layer itself) of one of the kinds. */
export function nearest(layer: Layer | undefined, kinds: readonly Layer['kind'][]): Layer | undefined {
  for (let l = layer; l; l = l.parent) if (kinds.includes(l.kind)) return l;
  return undefined;
}

/** The machine a layer's resources come from: the nearest VM, desktop pool (one desktop's share) or hardware above it. */
export function machineOf(layer: Layer): Layer | undefined {
  return nearest(layer.parent, MACHINE_KINDS);
}

const MACHINE_KINDS: readonly Layer['kind'][] = ['vm', 'desktops', 'hardware'];

/** 1-based line of an offset (kept here for the services that ask for one line at a time). */
export { lineOf } from '../syntax/lines';

/** Where findings about a layer point: its product word, else its name. Made per finding, since layers make spans on demand. */
export function markOf(layer: Layer): Span {
  return layer.productSpan ?? layer.nameSpan;
}
