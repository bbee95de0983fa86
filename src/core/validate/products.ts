import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import { type MessageArg, type MessageId, msg } from '../l10n/localizer';
import type { Layer } from '../model/types';
import { markOf } from './describe';
import { didYouMean } from '../suggest';
import { CATALOGUE } from '../taxonomy/catalogue';
import { kernelName, kernelNames } from '../taxonomy/kinds';
import type { Product } from '../taxonomy/product';

const ROLE_NAMES: Record<Product['role'], MessageId> = {
  hypervisor: 'role.hypervisor', runtime: 'role.runtime', middleware: 'role.middleware', storage: 'role.storage', switch: 'role.switch', broker: 'role.broker', delivery: 'role.delivery',
};

/** How a role is named in messages ("a hypervisor"). */
export function roleName(role: Product['role']): MessageArg {
  return msg(ROLE_NAMES[role]);
}

/** Resolves products of layers[from, to) against the catalogue and settles each hypervisor's type (declared, else catalogued). */
export function checkProducts(layers: readonly Layer[], from: number, to: number, out: Diagnostic[]): void {
  for (let i = from; i < to; i++) {
    const layer = layers[i];
    if (layer.kind === 'hypervisor') checkHypervisor(layer, out);
    else if (layer.kind === 'runtime') checkRuntime(layer, out);
  }
}

function checkHypervisor(layer: Layer, out: Diagnostic[]): void {
  const declared = layer.props.type;
  const product = layer.catalogue;
  if (layer.product === undefined) return;
  const at = markOf(layer);
  if (product && product.role !== 'hypervisor') {
    out.push(makeDiagnostic('taxonomy.wrongRole', at.start, at.end, product.name, msg(ROLE_NAMES[product.role]), msg('role.hypervisor')));
    return;
  }
  if (product) {
    layer.hypervisorType = declared?.value ?? product.type;
    if (declared && declared.value !== product.type) {
      out.push(makeDiagnostic('taxonomy.typeContradicts', declared.span.start, declared.span.end, product.name, String(product.type), String(declared.value)));
      layer.hypervisorType = product.type;
    }
    checkHostKernel(layer, product.hostKernels, out);
    return;
  }
  layer.hypervisorType = declared?.value;
  const hint = didYouMean(layer.product, ids('hypervisor'));
  if (declared) out.push(makeDiagnostic('taxonomy.unknownProductTyped', at.start, at.end, layer.product));
  else out.push(makeDiagnostic('taxonomy.unknownProduct', at.start, at.end, msg('role.hypervisor'), layer.product, hint || msg('hint.declareType')));
}

function checkRuntime(layer: Layer, out: Diagnostic[]): void {
  const product = layer.catalogue;
  if (layer.product === undefined) return;
  const at = markOf(layer);
  if (product && product.role !== 'runtime') {
    out.push(makeDiagnostic('taxonomy.wrongRole', at.start, at.end, product.name, msg(ROLE_NAMES[product.role]), msg('role.runtime')));
  } else if (product) {
    checkHostKernel(layer, product.hostKernels, out);
  } else {
    const hint = didYouMean(layer.product, ids('runtime'));
    // A typo is an error; a runtime we simply do not know is only worth a note.
    const d = makeDiagnostic('taxonomy.unknownProduct', at.start, at.end, msg('role.runtime'), layer.product, hint || msg('hint.sharedRuntime'));
    out.push(hint ? d : { ...d, severity: 'information' });
  }
}

/** A product that needs a particular kernel under it (Firecracker needs Linux's KVM, Parallels needs macOS); kernels are named as VS705 and VS706 name them. */
function checkHostKernel(layer: Layer, kernels: readonly string[] | undefined, out: Diagnostic[]): void {
  const os = layer.parent?.kind === 'os' ? layer.parent : undefined;
  if (!kernels || !os?.kernel || kernels.includes(os.kernel)) return;
  const at = layer.productSpan ?? layer.nameSpan;
  out.push(makeDiagnostic('taxonomy.hostKernel', at.start, at.end, layer.catalogue?.name ?? layer.name, kernelNames(kernels), kernelName(os.kernel)));
}

function ids(role: Product['role']): string[] {
  return CATALOGUE.filter((p) => p.role === role).flatMap((p) => [p.id, ...(p.aliases ?? [])]);
}
