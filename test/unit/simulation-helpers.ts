import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate, type SimulationOverrides, type SimulationResult } from '../../src/core/simulation';

/** Simulates a text that must run, failing the test with the refusal otherwise. */
export function run(text: string, overrides?: SimulationOverrides): SimulationResult {
  const analysis = analyze(text);
  const outcome = simulate(analysis, overrides);
  assert.equal(outcome.status, 'done', outcome.status === 'refused' ? outcome.refusal.message : outcome.status);
  return (outcome as { result: SimulationResult }).result;
}

/** The index of the entity named `name`. */
export function entity(result: SimulationResult, name: string): number {
  const i = result.entities.findIndex((e) => e.name === name);
  assert.ok(i >= 0, `no entity ${name}`);
  return i;
}

/** A Docker host running `containers`, with a short one-hour run in one-minute steps. */
export function dockerHost(containers: string, capacity = 'cpu 8 cores; memory 32 GiB', settings = 'duration 1 h; step 1 m'): string {
  return `hardware h {\n  ${capacity}\n  os linux "Debian 12"\n  runtime docker {\n${containers}\n  }\n}\nsimulate { ${settings} }\n`;
}

/** A KVM host running `vms`. */
export function kvmHost(vms: string, capacity = 'cpu 8 cores; memory 64 GiB', settings = 'duration 1 h; step 1 m'): string {
  return `hardware h {\n  ${capacity}\n  hypervisor kvm {\n${vms}\n  }\n}\nsimulate { ${settings} }\n`;
}

/** A VM with one app of constant load. */
export function vm(name: string, vcpus: number, memoryGiB: number, app: string): string {
  return `    vm ${name} { vcpu ${vcpus}; memory ${memoryGiB} GiB; os linux "Debian 12"; app ${name}-app { ${app} } }`;
}

/** Rounds to `digits` decimals for comparisons. */
export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
