import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import type { Layer } from '../model/types';
import type { KernelFamily } from '../taxonomy/kinds';

/** How a runtime isolates its containers: `shared` (the host's kernel) unless its catalogue entry says it sandboxes them. */
function isolationOf(runtime: Layer): string {
  return runtime.catalogue?.role === 'runtime' ? runtime.catalogue.isolation : 'shared';
}

/**
 * The kernel a container's processes run on, whatever its image's OS says: its host OS's, or
 * Linux under a sandboxing runtime (Kata boots each container a Linux kernel in a light VM; gVisor
 * implements Linux's system calls itself). Undefined when the container is not in a runtime or
 * the host OS names no kernel.
 */
export function kernelUnderContainer(container: Layer): KernelFamily | undefined {
  const runtime = container.parent?.kind === 'runtime' ? container.parent : undefined;
  if (!runtime) return undefined;
  if (isolationOf(runtime) !== 'shared') return 'linux';
  return runtime.parent?.kind === 'os' ? runtime.parent.kernel : undefined;
}

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
    const isolation = isolationOf(runtime);
    const own = container.children.find((c) => c.kind === 'os');
    const kernelUnderIt = kernelUnderContainer(container);
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
