// Where each layer may sit, as the taxonomy of virtualization says (a type-1 hypervisor on the
// hardware, a type-2 one on a host OS, a VM on a hypervisor, a container on a runtime …), and the
// kind of virtualization each branch of a stack is.
import { type Diagnostic, type FindingId, makeDiagnostic } from '../diagnostics';
import { type MessageArg, msg } from '../l10n/localizer';
import type { Layer, LayerKind } from '../model/types';
import type { VirtualizationKind } from '../taxonomy/kinds';
import { describeLayer, markOf, nearest } from './describe';

const push = (out: Diagnostic[], d: Diagnostic): void => void out.push(d);
/** A finding at the layer's product word or name. */
const pushAt = (out: Diagnostic[], id: FindingId, layer: Layer, ...args: MessageArg[]): void => {
  const at = markOf(layer);
  out.push(makeDiagnostic(id, at.start, at.end, ...args));
};
const OS_HOSTS: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'desktops', 'container']);
const VM_ONLY: readonly LayerKind[] = ['vm'];

/** What may sit on what, for layers[from, to): the rules of the article's three kinds of virtualization. */
export function checkPlacement(layers: readonly Layer[], from: number, to: number, out: Diagnostic[]): void {
  for (let i = from; i < to; i++) {
    const layer = layers[i];
    const p = layer.parent;
    if (!p) {
      if (layer.kind !== 'hardware') continue; // reported as misplaced at the top level
      checkBareMetal(layer, out);
      continue;
    }
    switch (layer.kind) {
      case 'hardware':
        push(out, makeDiagnostic('taxonomy.cannotHold', layer.statement.start, layer.statement.keywordEnd, msg('subject.hardware'), describeLayer(p), msg('hint.hardwareBottom')));
        break;
      case 'hypervisor':
        checkHypervisor(layer, p, out);
        break;
      case 'os':
        if (!OS_HOSTS.has(p.kind)) pushAt(out, 'taxonomy.osPlacement', layer, describeLayer(p));
        break;
      case 'vm':
        if (p.kind !== 'hypervisor') pushAt(out, 'taxonomy.vmNeedsHypervisor', layer, layer.name, describeLayer(p));
        break;
      // Desktop virtualization: a pool of desktop VMs sits on a hypervisor, as a VM does.
      case 'desktops':
        if (p.kind !== 'hypervisor') pushAt(out, 'desktop.needsHypervisor', layer, layer.name, describeLayer(p));
        break;
      case 'runtime':
        if (p.kind !== 'os') pushAt(out, 'taxonomy.runtimeNeedsOs', layer, layer.catalogue?.name ?? layer.name, describeLayer(p));
        break;
      case 'container':
        if (p.kind !== 'runtime') pushAt(out, 'taxonomy.containerNeedsRuntime', layer, layer.name, describeLayer(p));
        break;
      case 'middleware':
      case 'app':
      case 'job':
        checkWorkload(layer, p, out);
        break;
    }
  }
}

function checkHypervisor(layer: Layer, p: Layer, out: Diagnostic[]): void {
  const name = layer.catalogue?.name ?? layer.name;
  if (layer.hypervisorType === 1) {
    // A VM is virtual hardware, so a bare-metal hypervisor may run in one (nested), with or without its guest OS line.
    const onVm = p.kind === 'vm' || (p.kind === 'os' && p.parent?.kind === 'vm');
    if (p.kind !== 'hardware' && !onVm) pushAt(out, 'taxonomy.type1OnHardware', layer, name, describeLayer(p));
  } else if (layer.hypervisorType === 2 && p.kind !== 'os') {
    pushAt(out, 'taxonomy.type2NeedsHostOs', layer, name);
  }
  const vm = nearest(p, VM_ONLY);
  if (vm) pushAt(out, 'taxonomy.nested', layer, name, vm.name);
}

const NEEDS_OS: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'desktops']);

function checkWorkload(layer: Layer, p: Layer, out: Diagnostic[]): void {
  const ok = p.kind === 'os' || p.kind === 'container' || (p.kind === 'middleware' && layer.kind !== 'middleware');
  if (ok) return;
  const at = layer.nameSpan;
  if (NEEDS_OS.has(p.kind)) {
    push(out, makeDiagnostic('taxonomy.needsOs', at.start, at.end, msg(`subject.${layer.kind as 'app' | 'job' | 'middleware'}`), layer.name, describeLayer(p)));
  } else {
    const hint = p.kind === 'runtime' ? 'hint.intoContainer' : p.kind === 'hypervisor' ? 'hint.intoVm' : 'hint.workloadPlaces';
    push(out, makeDiagnostic('taxonomy.cannotHold', at.start, at.end, describeLayer(layer), describeLayer(p), msg(hint)));
  }
}

/** Bare hardware has one owner: a type-1 hypervisor or a host OS. */
function checkBareMetal(hw: Layer, out: Diagnostic[]): void {
  const hasType1 = hw.children.some((c) => c.kind === 'hypervisor' && c.hypervisorType === 1);
  const hasOs = hw.children.some((c) => c.kind === 'os');
  if (hasType1 && hasOs) push(out, makeDiagnostic('taxonomy.bareMetalConflict', hw.nameSpan.start, hw.nameSpan.end, hw.name));
}

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
    if (l.kind === 'vm' || l.kind === 'desktops' || l.kind === 'hypervisor') {
      const hv = l.kind === 'hypervisor' ? l : l.parent?.kind === 'hypervisor' ? l.parent : undefined;
      if (hv?.hypervisorType === 1) return 'hypervisor';
      if (hv?.hypervisorType === 2) return 'host-os';
      return undefined;
    }
  }
  return 'bare-metal';
}
