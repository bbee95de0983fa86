import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import type { Layer } from '../model/types';

/**
 * Containers share their host's kernel: a container cannot bring another one, and tenants sharing
 * it are less isolated. layers[from, to) must hold whole hosts, since a host OS is shared within one.
 */
export function checkKernels(layers: readonly Layer[], from: number, to: number, out: Diagnostic[]): void {
  let tenantsByHostOs: Map<Layer, Set<string>> | undefined;
  for (let i = from; i < to; i++) {
    const container = layers[i];
    if (container.kind !== 'container' || container.parent?.kind !== 'runtime') continue;
    const runtime = container.parent;
    const hostOs = runtime.parent?.kind === 'os' ? runtime.parent : undefined;
    const isolation = runtime.catalogue?.role === 'runtime' ? runtime.catalogue.isolation : 'shared';
    const own = container.children.find((c) => c.kind === 'os');
    // Kata boots each container its own Linux kernel in a light VM; gVisor implements Linux's system calls itself.
    const kernelUnderIt = isolation === 'shared' ? hostOs?.kernel : 'linux';
    if (own?.kernel && kernelUnderIt && own.kernel !== kernelUnderIt) {
      const at = own.productSpan ?? own.nameSpan;
      out.push(makeDiagnostic('taxonomy.kernelMismatch', at.start, at.end, container.name, own.kernel, kernelUnderIt));
    }
    if (isolation !== 'shared' || !hostOs) continue;
    const tenant = container.props.tenant?.name;
    if (tenant === undefined) continue;
    tenantsByHostOs ??= new Map();
    let set = tenantsByHostOs.get(hostOs);
    if (!set) tenantsByHostOs.set(hostOs, (set = new Set()));
    set.add(tenant);
  }
  if (!tenantsByHostOs) return;
  for (const [os, tenants] of tenantsByHostOs) {
    if (tenants.size < 2) continue;
    const at = os.productSpan ?? os.nameSpan;
    out.push(makeDiagnostic('taxonomy.sharedKernel', at.start, at.end, [...tenants].map((t) => `'${t}'`).join(', '), os.kernel ?? os.name));
  }
}
