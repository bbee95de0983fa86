// The vocabulary of virtualization the whole product speaks: kinds, hypervisor types,
// kernel families. Kept apart from the product catalogue so rules can import it cheaply.

/** The three kinds of virtualization, plus a stack with no virtualization at all. */
export type VirtualizationKind = 'host-os' | 'hypervisor' | 'container' | 'bare-metal';

/** Hypervisor type: 1 runs on the hardware (bare metal), 2 runs on a host OS (hosted). */
export type HypervisorType = 1 | 2;

/** Kernel families an `os` line may name. */
export const KERNEL_FAMILIES = ['linux', 'windows', 'bsd', 'macos', 'solaris'] as const;

/** One of KERNEL_FAMILIES. */
export type KernelFamily = (typeof KERNEL_FAMILIES)[number];

/** Whether a word is a known kernel family. */
export function isKernelFamily(word: string): word is KernelFamily {
  return (KERNEL_FAMILIES as readonly string[]).includes(word);
}

/** Display names of the kernel families: proper names, the same in every language. */
export const KERNEL_NAMES: Readonly<Record<KernelFamily, string>> = {
  linux: 'Linux', windows: 'Windows', bsd: 'BSD', macos: 'macOS', solaris: 'Solaris',
};

/** The display name of a kernel family, or the word itself when it is not one. */
export function kernelName(kernel: string): string {
  return isKernelFamily(kernel) ? KERNEL_NAMES[kernel] : kernel;
}

/** The display names of kernels, joined with commas, as the findings on a wrong kernel list them (VS216, VS705, VS706). */
export function kernelNames(kernels: readonly string[]): string {
  return kernels.map(kernelName).join(', ');
}
