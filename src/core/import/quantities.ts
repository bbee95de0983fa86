// Quantities of the sources, read exactly as their own documentation defines them, and written
// back in the units of the `.virt` language. Nothing here evaluates text: each reader matches one
// regular expression and multiplies.
import type { Message } from '../l10n/localizer';

/** Bytes in a GiB. */
export const GIB = 1024 ** 3;

// Kubernetes resource.Quantity: <signedNumber><suffix>, suffix a binary SI (Ki … Ei), a decimal SI
// (n u m "" k M G T P E) or a decimal exponent (e3, E-2). (k8s.io/apimachinery/pkg/api/resource)
const K8S = /^([+-]?(?:\d+\.?\d*|\.\d+))(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const K8S_SUFFIX: Readonly<Record<string, number>> = {
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60,
  n: 1e-9, u: 1e-6, m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18,
};

/** A Kubernetes quantity (`100m`, `0.5`, `512Mi`, `1G`, `1e3`) as a plain number, or undefined if it is not one. */
export function kubernetesQuantity(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = K8S.exec(value.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const suffix = m[2];
  const x = suffix === undefined ? n : suffix in K8S_SUFFIX ? n * K8S_SUFFIX[suffix] : n * 10 ** Number(suffix.slice(1));
  return Number.isFinite(x) ? x : undefined;
}

// Compose byte values: "{amount}{unit}" with units b, k, m, g (and kb, mb, gb), binary, as
// docker/go-units RAMInBytes reads them (which also takes t, p and an optional "i").
const BYTES = /^(\d+(?:\.\d+)?)\s*(?:([kmgtp])i?)?b?$/i;
const BYTE_POWER: Readonly<Record<string, number>> = { k: 1, m: 2, g: 3, t: 4, p: 5 };

/** A Compose byte value (`512m`, `1.5gb`, `2048`, an integer in bytes) in bytes, or undefined. */
export function composeBytes(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const m = BYTES.exec(value.trim());
  if (!m) return undefined;
  return Number(m[1]) * 1024 ** (m[2] ? BYTE_POWER[m[2].toLowerCase()] : 0);
}

/** Compose `cpus` (`0.5`, `"1.5"`, `2`) in cores, or undefined. */
export function composeCpus(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || !/^\s*(\d+\.?\d*|\.\d+)\s*$/.test(value)) return undefined;
  return Number(value);
}

// libvirt's scaled integers (docs/formatdomain: "Memory Allocation"): b/bytes, KB, k/KiB, MB,
// M/MiB, GB, G/GiB, TB, T/TiB, PB, P/PiB, EB, E/EiB; the default unit is KiB.
const LIBVIRT_UNITS: Readonly<Record<string, number>> = {
  b: 1, bytes: 1,
  kb: 1e3, k: 2 ** 10, kib: 2 ** 10,
  mb: 1e6, m: 2 ** 20, mib: 2 ** 20,
  gb: 1e9, g: 2 ** 30, gib: 2 ** 30,
  tb: 1e12, t: 2 ** 40, tib: 2 ** 40,
  pb: 1e15, p: 2 ** 50, pib: 2 ** 50,
  eb: 1e18, e: 2 ** 60, eib: 2 ** 60,
};

/** A libvirt memory value and its `unit` attribute (KiB when absent) in bytes, or undefined. */
export function libvirtBytes(value: string, unit: string | undefined): number | undefined {
  if (!/^\s*\d+\s*$/.test(value)) return undefined;
  const scale = LIBVIRT_UNITS[(unit ?? 'KiB').toLowerCase()];
  return scale === undefined ? undefined : Number(value) * scale;
}

// A host's memory given by the user: a number and a unit of the language or of Kubernetes
// (`64 GiB`, `64GiB`, `64Gi`, `512 MB`); no unit means GiB, the unit hosts are counted in.
const HOST_MEMORY = /^\s*(\d+(?:\.\d+)?)\s*(KiB|MiB|GiB|TiB|KB|MB|GB|TB|Ki|Mi|Gi|Ti|K|M|G|T)?\s*$/;
const HOST_UNITS: Readonly<Record<string, number>> = {
  KiB: 2 ** 10, MiB: 2 ** 20, GiB: 2 ** 30, TiB: 2 ** 40, KB: 1e3, MB: 1e6, GB: 1e9, TB: 1e12,
  Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, K: 1e3, M: 1e6, G: 1e9, T: 1e12,
};

/** A host memory flag (`64 GiB`, `64Gi`, `64`) in bytes, or undefined. */
export function hostMemory(text: string): number | undefined {
  const m = HOST_MEMORY.exec(text);
  if (!m) return undefined;
  const bytes = Number(m[1]) * HOST_UNITS[m[2] ?? 'GiB'];
  return bytes > 0 ? bytes : undefined;
}

const SIZE_UNITS: readonly [string, number][] = [
  ['TiB', 2 ** 40], ['TB', 1e12], ['GiB', 2 ** 30], ['GB', 1e9], ['MiB', 2 ** 20], ['MB', 1e6], ['KiB', 2 ** 10], ['KB', 1e3],
];

/**
 * Bytes as a size of the language: the largest unit that holds them as a whole number
 * (`512 MiB`, `1 GB`), else KiB with the fraction needed (`0.5 KiB`), so that nothing is rounded away.
 */
export function sizeText(bytes: number): string {
  for (const [unit, scale] of SIZE_UNITS) {
    const n = bytes / scale;
    if (n >= 1 && Number.isInteger(n)) return `${n} ${unit}`;
  }
  return `${numberText(bytes / 1024)} KiB`;
}

/** A number as the language writes it: plain digits, no exponent, at most 9 decimals. */
export function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n);
  return n.toFixed(9).replace(/0+$/, '');
}

/** A reason a value could not be read, for a refusal naming its place. */
export type Reading = { ok: true; value: number } | { ok: false; why: Message };
