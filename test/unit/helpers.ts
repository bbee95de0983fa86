import { analyze } from '../../src/core/analyze';
import type { Diagnostic } from '../../src/core/diagnostics';
import type { ValidationOptions } from '../../src/core/validate/validator';

/** Diagnostics of a text, each as `CODE text-it-covers`. */
export function findings(text: string, options?: ValidationOptions): string[] {
  return analyze(text, options).diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`);
}

/** The codes found in a text. */
export function codes(text: string, options?: ValidationOptions): string[] {
  return analyze(text, options).diagnostics.map((d) => d.code);
}

/** Diagnostics with a given code. */
export function withCode(text: string, code: string): Diagnostic[] {
  return analyze(text).diagnostics.filter((d) => d.code === code);
}

/** A host with capacity, wrapping `inner`. */
export function host(inner: string, capacity = 'cpu 32 cores; memory 256 GiB'): string {
  return `hardware h {\n  ${capacity}\n${inner}\n}\n`;
}

/**
 * `full`, or `small` while Stryker runs the tests (`npm run test:mutation`, which defines
 * `__stryker__`): there each test runs once for every mutant it reaches, so the few tests whose
 * inputs are large run smaller ones, with the same assertions.
 */
export function sized(full: number, small: number): number {
  return underStryker() ? small : full;
}

/**
 * Whether Stryker runs the tests: a test of time (a ratio of two sizes) then skips itself, as the
 * timing files are left out of its runs altogether: instrumented code times nothing the user
 * sees, and a ratio upset by the counters would pass for a killed mutant.
 */
export function underStryker(): boolean {
  return '__stryker__' in globalThis;
}
