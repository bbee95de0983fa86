import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { simulate } from '../../src/core/simulation';
import { entity, run } from './simulation-helpers';

// How the plan (src/core/simulation/plan.ts) reads what a file leaves out or the catalogue does
// not know. Expected values come from docs/simulation.md (the efficiency table, "A file with
// errors is not simulated", the refusal of hardware without cpu or memory) and from the
// assumptions the results page states (l10n/bundle.l10n.json: "{0} has no vcpu; it was given 1.",
// "{0} has no memory; it was given 1 GiB.").

const settings = 'simulate { duration 1 h; step 1 m }\n';

describe('simulation plan: defaults, refusals and products the catalogue does not know', () => {
  it('refuses hardware without cpu, naming the hardware, the missing property and an example', () => {
    const text = `hardware h {\n  memory 8 GiB\n  os linux { app a { load constant 10% } }\n}\n${settings}`;
    const outcome = simulate(analyze(text));
    assert.equal(outcome.status, 'refused');
    if (outcome.status !== 'refused') return;
    assert.equal(outcome.refusal.reason, 'no-capacity');
    assert.equal(outcome.refusal.message, "Hardware 'h' needs cpu for the simulation, e.g. `cpu 16 cores`.");
    assert.equal(text.slice(outcome.refusal.span!.start, outcome.refusal.span!.end), 'h');
  });

  it('gives a VM without vcpu or memory 1 vCPU and 1 GiB, and lists both as assumptions about it', () => {
    const text = `hardware h {\n  cpu 8 cores; memory 32 GiB\n  hypervisor kvm {\n    vm bare { os linux; app a { load constant 10% } }\n  }\n}\n${settings}`;
    const result = run(text);
    const vm = entity(result, 'bare');
    assert.equal(result.entities[vm].cores, 1);
    assert.equal(result.entities[vm].memory, 1024); // MiB
    const about = result.notes.filter((n) => n.entity === vm).map((n) => n.id).sort();
    assert.deepEqual(about, ['vm-default-memory', 'vm-default-vcpu']);
  });

  it('runs the VMs of an unknown hypervisor declared type 2 at the type-2 efficiency, 0.90, isolated by the host OS', () => {
    // An unknown product with a declared type is only a note (VS209 information), so the file runs.
    const text = `hardware h {\n  cpu 8 cores; memory 32 GiB\n  os linux {\n    hypervisor acme-hv {\n      type 2\n      vm v { vcpu 2; memory 4 GiB; os linux; app a { load constant 10% } }\n    }\n  }\n}\n${settings}`;
    assert.ok(analyze(text).diagnostics.every((d) => d.severity !== 'error'));
    const result = run(text);
    const vm = result.entities[entity(result, 'v')];
    assert.equal(vm.efficiency, 0.9);
    assert.equal(vm.isolation, 'host-os');
  });

  it('runs the containers of an unknown runtime as plain containers of the host kernel: efficiency 1.00', () => {
    // A runtime with no likely match in the catalogue is only a note (VS209 information).
    const text = `hardware h {\n  cpu 8 cores; memory 32 GiB\n  os linux {\n    runtime acme-rt {\n      container c { cpu 0.5..2; memory 256 MiB..1 GiB; app a { load constant 10% } }\n    }\n  }\n}\n${settings}`;
    assert.ok(analyze(text).diagnostics.every((d) => d.severity !== 'error'));
    const result = run(text);
    const container = result.entities[entity(result, 'c')];
    assert.equal(container.efficiency, 1);
    assert.equal(container.isolation, 'container');
  });
});
