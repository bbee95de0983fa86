// The ranges of the simulation's settings (docs/simulation.md, "Ranges and limits") and the
// duration syntax of a .virt file (docs/language.md: a number and a time unit, `48 h`, `90 s`),
// which the first mutation run of options.ts found untested. Each case is a plain input at or
// just beyond a bound of the table; the expected refusal is the one the table names, its words
// those of l10n/bundle.l10n.json.
import * as assert from 'node:assert/strict';
import { LIMITS, overridesProblem, parseDuration, settingsProblem } from '../../src/core/simulation/options';
import type { UsedSettings } from '../../src/core/simulation/types';

/** A day in one-minute steps (1,440 steps), seed 1, ratios 1, the documented default boot times. */
function settings(more: Partial<UsedSettings> = {}): UsedSettings {
  return {
    duration: 86_400, step: 60, steps: 1440, seed: 1, overcommit: { cpu: 1, memory: 1 },
    boot: { host: 60, vm: 30, microvm: 0.125, container: 0.6 }, ...more,
  };
}

/** [reason, setting, English message] of a problem, or undefined. */
function said(p: ReturnType<typeof settingsProblem>): [string, string | undefined, string] | undefined {
  return p && [p.reason, p.setting, p.message];
}

const ratioMessage = 'Overcommit ratios must be finite numbers greater than zero.';

describe('simulation options rules: the user\'s overrides', () => {
  it('refuses an overridden duration of 0 s, -60 s, NaN or Infinity as not a positive time, naming the duration', () => {
    assert.deepEqual([0, -60, NaN, Infinity].map((duration) => said(overridesProblem({ duration }))), [
      ['bad-setting', 'duration', 'The duration must be a positive time, not 0 s.'],
      ['bad-setting', 'duration', 'The duration must be a positive time, not -60 s.'],
      ['bad-setting', 'duration', 'The duration must be a positive time, not NaN s.'],
      ['bad-setting', 'duration', 'The duration must be a positive time, not Infinity s.'],
    ]);
  });

  it('refuses an overridden step of 0 s or Infinity as not a positive time, naming the step', () => {
    assert.deepEqual([0, Infinity].map((step) => said(overridesProblem({ step }))), [
      ['bad-setting', 'step', 'The step must be a positive time, not 0 s.'],
      ['bad-setting', 'step', 'The step must be a positive time, not Infinity s.'],
    ]);
  });

  it('accepts overridden ratios of 1 and 1, and refuses cpu 0 with memory 1 and cpu 1 with memory -1', () => {
    assert.equal(overridesProblem({ overcommit: { cpu: 1, memory: 1 } }), undefined);
    assert.deepEqual(said(overridesProblem({ overcommit: { cpu: 0, memory: 1 } })), ['bad-setting', 'overcommit', ratioMessage]);
    assert.deepEqual(said(overridesProblem({ overcommit: { cpu: 1, memory: -1 } })), ['bad-setting', 'overcommit', ratioMessage]);
  });
});

describe('simulation options rules: the settings of a run', () => {
  it('refuses a duration of 0 s, NaN or Infinity as not a positive time, naming the duration', () => {
    // A step of 60 s is longer than 0 s too; the duration, checked first, is what is named.
    assert.deepEqual([0, NaN, Infinity].map((duration) => said(settingsProblem(settings({ duration }), 1))), [
      ['bad-setting', 'duration', 'The duration must be a positive time, not 0 s.'],
      ['bad-setting', 'duration', 'The duration must be a positive time, not NaN s.'],
      ['bad-setting', 'duration', 'The duration must be a positive time, not Infinity s.'],
    ]);
  });

  it('refuses a step of 0 s, NaN or Infinity as not a positive time, naming the step', () => {
    assert.deepEqual([0, NaN, Infinity].map((step) => said(settingsProblem(settings({ step }), 1))), [
      ['bad-setting', 'step', 'The step must be a positive time, not 0 s.'],
      ['bad-setting', 'step', 'The step must be a positive time, not NaN s.'],
      ['bad-setting', 'step', 'The step must be a positive time, not Infinity s.'],
    ]);
  });

  it('accepts a step as long as the duration (one step of 3,600 s) and refuses one a second longer', () => {
    assert.equal(settingsProblem(settings({ duration: 3600, step: 3600, steps: 1 }), 1), undefined);
    assert.deepEqual(said(settingsProblem(settings({ duration: 3600, step: 3601, steps: 1 }), 1)),
      ['bad-setting', 'step', 'The step (3601 s) is longer than the duration (3600 s).']);
  });

  it('refuses cpu ratio 0 with memory 1, and cpu 1 with memory Infinity', () => {
    assert.deepEqual(said(settingsProblem(settings({ overcommit: { cpu: 0, memory: 1 } }), 1)), ['bad-setting', 'overcommit', ratioMessage]);
    assert.deepEqual(said(settingsProblem(settings({ overcommit: { cpu: 1, memory: Infinity } }), 1)), ['bad-setting', 'overcommit', ratioMessage]);
  });

  it('accepts a VM boot time of 0 s and refuses -1 s and Infinity, naming the kind', () => {
    const boot = (vm: number) => settings({ boot: { host: 60, vm, microvm: 0.125, container: 0.6 } });
    assert.equal(settingsProblem(boot(0), 1), undefined);
    assert.deepEqual([-1, Infinity].map((vm) => said(settingsProblem(boot(vm), 1))), [
      ['bad-setting', 'boot', 'The boot time of a vm must be a time of 0 s or more, not -1 s.'],
      ['bad-setting', 'boot', 'The boot time of a vm must be a time of 0 s or more, not Infinity s.'],
    ]);
  });

  it('accepts exactly 100,000 steps (100,000 s in 1 s steps) and refuses 100,001', () => {
    assert.equal(settingsProblem(settings({ duration: 100_000, step: 1, steps: 100_000 }), 1), undefined);
    assert.equal(settingsProblem(settings({ duration: 100_001, step: 1, steps: 100_001 }), 1)?.reason, 'too-many-steps');
  });

  it('accepts exactly 300,000,000 entity-steps (3,000 entities × 100,000 steps) and refuses 3,001 entities', () => {
    const s = settings({ duration: 100_000, step: 1, steps: 100_000 });
    assert.equal(settingsProblem(s, 3000), undefined);
    assert.equal(settingsProblem(s, 3001)?.reason, 'too-much-work');
  });

  it('has the limits the table of docs/simulation.md gives', () => {
    assert.deepEqual([LIMITS.maxSteps, LIMITS.maxEntities, LIMITS.maxEntitySteps], [100_000, 100_000, 300_000_000]);
  });
});

describe('simulation options rules: reading a duration', () => {
  it('reads decimals of more than one digit: 1.25 h is 4,500 s and 1.5 h is 5,400 s', () => {
    assert.deepEqual(['1.25 h', '1.5 h'].map(parseDuration), [4500, 5400]);
  });

  it('reads units of more than one letter and white space round the duration: 2 min, " 48 h "', () => {
    assert.deepEqual(['2 min', ' 48 h ', '30 ms'].map(parseDuration), [120, 172_800, 0.03]);
  });

  it('reads nothing when text comes before or after the duration: "x 48 h", "48 h x", "48 h1"', () => {
    assert.deepEqual(['x 48 h', '48 h x', '48 h1'].map(parseDuration), [undefined, undefined, undefined]);
  });

  it('reads nothing for a word that is no unit (xyz, constructor) or a unit of another dimension (core, cores)', () => {
    assert.deepEqual(['5 xyz', '5 constructor', '1 core', '16 cores'].map(parseDuration), [undefined, undefined, undefined, undefined]);
  });
});
