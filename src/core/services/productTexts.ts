// How a catalogue product is described to the user, in completion details and hovers:
// its role and type, the kernels it needs, and what kind of virtualization it provides.
import { MIDDLEWARE } from '../taxonomy/catalogue-middleware';
import type { Product } from '../taxonomy/product';
import { COMPLETION } from './completionTexts';
import { HYPERVISOR_TYPES, ISOLATION, KERNEL_NAMES, type Locale, orList, say, VIRTUALIZATION } from './texts';

const b = (en: string, ko: string) => ({ en, ko });

/** Words of the product hover. */
export const PRODUCT = {
  hypervisor: b('hypervisor, {0}', '하이퍼바이저, {0}'),
  runtime: b('container runtime', '컨테이너 런타임'),
  middleware: b('middleware', '미들웨어'),
  vendor: b('Vendor', '제공'),
  sitsOn: b('Sits on', '놓이는 곳'),
  onHardware: b('the hardware, with no host OS under it (or nested, in a VM)', '하드웨어 위, 아래에 호스트 OS 없음(중첩이라면 가상 머신 안)'),
  onHostOs: b('a host OS with a {0} kernel', '{0} 커널의 호스트 OS 위'),
  kernel: b('Kernel', '커널'),
  kvmKernel: b('the Linux kernel itself acts as the hypervisor', '리눅스 커널 자체가 하이퍼바이저 역할을 함'),
  ownKernels: b('each VM runs its own guest kernel', '가상 머신마다 자체 게스트 커널을 실행'),
  provides: b('Provides', '제공하는 가상화'),
} as const;

/** The kernels a product needs under it, as readable names. */
export function kernelList(locale: Locale, kernels: readonly string[] | undefined): string {
  if (!kernels) return say(locale, COMPLETION.anyKernel);
  return orList(locale, kernels.map((k) => KERNEL_NAMES[k as keyof typeof KERNEL_NAMES] ?? k));
}

/** The one-line detail of a product in a completion list. */
export function productDetail(locale: Locale, p: Product): string {
  if (p.role === 'hypervisor') {
    return p.type === 1 ? say(locale, COMPLETION.productType1, p.name) : say(locale, COMPLETION.productType2, p.name, kernelList(locale, p.hostKernels));
  }
  if (p.role === 'runtime') return say(locale, COMPLETION.productRuntime, p.name, kernelList(locale, p.hostKernels), say(locale, ISOLATION[p.isolation]));
  return say(locale, COMPLETION.productMiddleware, p.name);
}

/** Markdown about a product: name and role, where it sits, its kernel, the virtualization it provides, and its summary. */
export function productMarkdown(locale: Locale, p: Product): string {
  const lines: string[] = [];
  if (p.role === 'hypervisor') {
    lines.push(`**${p.name}** · ${say(locale, PRODUCT.hypervisor, say(locale, HYPERVISOR_TYPES[p.type]))}`, '', p.summary[locale], '');
    const sits = p.type === 1 ? say(locale, PRODUCT.onHardware) : say(locale, PRODUCT.onHostOs, kernelList(locale, p.hostKernels));
    lines.push(`- **${say(locale, PRODUCT.sitsOn)}:** ${sits}`);
    const kernel = p.id === 'kvm' ? say(locale, PRODUCT.kvmKernel) : say(locale, PRODUCT.ownKernels);
    lines.push(`- **${say(locale, PRODUCT.kernel)}:** ${kernel}`);
    const kind = VIRTUALIZATION[p.type === 1 ? 'hypervisor' : 'host-os'];
    lines.push(`- **${say(locale, PRODUCT.provides)}:** ${say(locale, kind.name)}. ${say(locale, kind.explain)}`);
  } else if (p.role === 'runtime') {
    lines.push(`**${p.name}** · ${say(locale, PRODUCT.runtime)}`, '', p.summary[locale], '');
    lines.push(`- **${say(locale, PRODUCT.sitsOn)}:** ${say(locale, PRODUCT.onHostOs, kernelList(locale, p.hostKernels))}`);
    lines.push(`- **${say(locale, PRODUCT.kernel)}:** ${say(locale, ISOLATION[p.isolation])}`);
    lines.push(`- **${say(locale, PRODUCT.provides)}:** ${say(locale, VIRTUALIZATION.container.name)}. ${say(locale, VIRTUALIZATION.container.explain)}`);
  } else {
    lines.push(`**${p.name}** · ${say(locale, PRODUCT.middleware)}`, '', p.summary[locale]);
  }
  lines.push('', `${say(locale, PRODUCT.vendor)}: ${p.vendor}`);
  return lines.join('\n');
}

/** Middleware ids, for completion. */
export const MIDDLEWARE_IDS: readonly string[] = MIDDLEWARE.map((m) => m.id);
