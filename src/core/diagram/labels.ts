// What each block says: a title line with the layer's kind and name, then product details
// and resources. Plain text here; escaping for mermaid happens when the source is written.
import type { Bounds, Layer } from '../model/types';
import type { KernelFamily } from '../taxonomy/kinds';
import { formatSize } from '../units';
import { networkLines, volumeLine } from './fabric';
import { fill } from './strings';
import type { DiagramOptions, DiagramStrings } from './types';

const FAMILY_NAMES: Readonly<Record<KernelFamily, string>> = {
  linux: 'Linux', windows: 'Windows', bsd: 'BSD', macos: 'macOS', solaris: 'Solaris',
};

/** The label lines of a layer's block. */
export function labelLines(layer: Layer, options: DiagramOptions): string[] {
  const s = options.strings;
  const name = layer.name || layer.product || s.unnamed;
  const lines: string[] = [];
  const resources = options.showResources ? resourceLine(layer, s) : undefined;
  switch (layer.kind) {
    case 'hypervisor': {
      const product = layer.catalogue?.name ?? layer.product ?? s.unnamed;
      const named = layer.product !== undefined && layer.name !== layer.product;
      lines.push(named ? `${layer.name} (${product})` : product);
      const details = [s.kinds.hypervisor];
      if (layer.parent?.kind === 'vm') details.push(s.nested);
      if (layer.hypervisorType) details.push(fill(s.hypervisorType, String(layer.hypervisorType)));
      lines.push(details.join(' · '));
      break;
    }
    case 'runtime': {
      const product = layer.catalogue?.name ?? layer.product ?? s.unnamed;
      const named = layer.product !== undefined && layer.name !== layer.product;
      lines.push(named ? `${layer.name} (${product})` : product, s.containerRuntime);
      break;
    }
    case 'os': {
      const family = layer.kernel ? FAMILY_NAMES[layer.kernel] : layer.product ?? s.unnamed;
      lines.push(layer.label ?? family, `${osRole(layer, s)} · ${family}`);
      break;
    }
    case 'middleware':
      lines.push(layer.label ?? layer.catalogue?.name ?? name, s.kinds.middleware);
      break;
    // A desktop pool is drawn as one block: its count after its name, its resources per desktop.
    case 'desktops':
      lines.push(`${s.kinds.desktops} ${name}${layer.props.count ? ` ×${layer.props.count.max}` : ''}`);
      break;
    default:
      lines.push(`${s.kinds[layer.kind]} ${name}`);
  }
  if (resources) lines.push(resources);
  // Storage (issue 14): a VM's or container's volumes, one line each, under its resources.
  if (layer.kind === 'vm' || layer.kind === 'container') {
    for (const v of layer.props.volume ?? []) lines.push(volumeLine(v, s));
    // Network (issue 14): the function it is and the segments it joins, or its NICs' segments.
    for (const l of networkLines(layer, s)) lines.push(l);
  }
  return lines;
}

/** Host OS on hardware, guest OS in a VM, user space in a container. */
function osRole(layer: Layer, s: DiagramStrings): string {
  const machine = layer.parent?.kind;
  if (machine === 'vm' || machine === 'desktops') return s.guestOs;
  if (machine === 'container') return s.userSpace;
  if (machine === 'hardware') return s.hostOs;
  return s.kinds.os;
}

/** `4 vCPU / 16 GiB`, `0.5–2 CPU / 128 MiB–512 MiB`, `32 cores / 256 GiB`; undefined when nothing is known. */
export function resourceLine(layer: Layer, s: DiagramStrings): string | undefined {
  const p = layer.props;
  const parts: string[] = [];
  if (layer.kind === 'hardware' && p.cpu) parts.push(fill(s.cores, range(p.cpu, String)));
  else if ((layer.kind === 'vm' || layer.kind === 'desktops') && p.vcpu) parts.push(fill(s.vcpu, range(p.vcpu, String)));
  else if (p.cpu && layer.kind !== 'hardware') parts.push(fill(s.cpu, range(p.cpu, String)));
  if (p.memory) parts.push(range(p.memory, formatSize));
  return parts.length > 0 ? parts.join(' / ') : undefined;
}

function range(b: Bounds, format: (n: number) => string): string {
  const f = (n: number) => format(Math.round(n * 100) / 100);
  return b.min === b.max ? f(b.min) : `${f(b.min)}–${f(b.max)}`;
}
