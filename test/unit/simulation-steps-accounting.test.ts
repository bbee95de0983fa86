import * as assert from 'node:assert/strict';
import { dockerHost, entity, round, run } from './simulation-helpers';

// What the general path (src/core/simulation/hoststep.ts) and the state it starts from
// (state.ts) account for each step: time a host is not up, a job's start and end, containers
// killed for memory and restarted, and energy at full load. Expected values come from the rules
// of docs/simulation.md, worked out by hand in each test's comments.

/** A host of 2 cores booting in `boot` whose OS runs `work` directly. */
const bare = (work: string, settings: string, capacity = 'cpu 2 cores; memory 8 GiB'): string =>
  `hardware h {\n  ${capacity}\n  os linux "Debian 12" {\n    ${work}\n  }\n}\nsimulate { ${settings} }\n`;

const busy = 'app full { cpu 2; load constant 100% }';

describe('simulation steps: time a host is not up', () => {
  it('counts a host booting for 90 s as down for 90 s, so its utilization while up is 100 %', () => {
    // 10 one-minute steps. Step 0 down, step 1 up for half (1 core of 2 for 60 s = 60 core-s),
    // steps 2 to 9 full (8 × 120 = 960 core-s): 1,020 core-s granted, 1,020 / 600 = 1.7 cores on
    // average; up for 600 − 90 = 510 s, so 1,020 / (2 × 510) = 100 % while up.
    const r = run(bare(busy, 'duration 10 m; step 1 m; boot host 90 s'));
    const h = r.stats[entity(r, 'h')];
    assert.equal(h.meanGranted, 1.7);
    assert.equal(h.meanUtilization, 1);
  });

  it('grants a host up at 30 s its 2 cores for half of the first step: 1.5 cores on average over 2 min', () => {
    // Step 0: 2 × 0.5 × 60 = 60 core-s; step 1: 120 core-s; 180 / 120 s = 1.5.
    const r = run(bare(busy, 'duration 2 m; step 1 m; boot host 30 s'));
    assert.equal(r.stats[entity(r, 'h')].meanGranted, 1.5);
  });

  it('takes the up share of a short last step over its own length: a host up at 130 s of a 150 s run grants 0.2667 core on average, 100 % while up', () => {
    // Steps of 60, 60 and 30 s. The host is up for (150 − 130) / 30 of the last step and grants
    // 2 × 2/3 cores for 30 s = 40 core-s: 40 / 150 = 0.2667 core on average, and it is down for
    // 130 s, so its utilization while up is 40 / (2 × 20) = 100 %. Taken over a full minute the
    // share would be 50 / 60: down for only 125 s, and 40 / (2 × 25) = 80 %.
    const r = run(bare(busy, 'duration 150 s; step 1 m; boot host 130 s'));
    const h = r.stats[entity(r, 'h')];
    assert.equal(h.meanGranted, round(40 / 150, 4));
    assert.equal(h.meanUtilization, 1);
  });
});

describe('simulation steps: a job from start to end', () => {
  const text = bare('job batch { cpu 1; work 30 core-m }', 'duration 1 h; step 1 m; boot host 90 s');

  it('reports a job started once, at its host\'s boot (90 s), not at the start of that step (60 s)', () => {
    const r = run(text);
    const started = r.events.filter((e) => e.kind === 'job-started');
    assert.deepEqual(started.map((e) => [e.t, e.entity]), [[90, entity(r, 'batch')]]);
  });

  it('has a job want its cpu from its start to the step it finishes in (1,890 s) and nothing after', () => {
    // 1,800 core-s at 1 core from 90 s: done at 1,890 s, in step 31 [1,860 s, 1,920 s). It wants
    // half a core in step 1 (up for half of it), 1 core in steps 2 to 31, none from step 32 on.
    const r = run(text);
    const j = entity(r, 'batch');
    assert.equal(r.stats[j].finishedAt, 1890);
    const expected = [0, 0.5, ...Array.from({ length: 30 }, () => 1), ...Array.from({ length: 28 }, () => 0)];
    assert.deepEqual(r.series[j].demand, expected);
  });
});

describe('simulation steps: a job left with a rounding residue', () => {
  it('finishes a job at 1 s, in the step after which a 10^-12 share of the work it started that step with is left, and has it want nothing from the next step on', () => {
    // A job is done once what is left after a step is at most 10^-12 of what it had at the
    // step's start: a residue of rounding, not work. In one-second steps this job does its cpu,
    // 0.916933196037 core-s, a step; its work is more by exactly 10^-12 of itself in double
    // precision (checked below), so it is done in step 0, at work / cpu = 1 / (1 − 10^-12) s,
    // 1 s to four decimals, and wants nothing from step 1 on.
    const cpu = 0.916933196037;
    const work = 0.9169331960379169;
    assert.equal(work - cpu, work * 1e-12);
    const r = run(bare(`job j { cpu ${cpu}; work ${work} core-s }`, 'duration 5 s; step 1 s; boot host 0 s'));
    const j = entity(r, 'j');
    assert.deepEqual(r.series[j].demand, [0.9169, 0, 0, 0, 0]);
    assert.equal(r.stats[j].finishedAt, 1);
  });
});

describe('simulation steps: a container killed for memory', () => {
  // The app holds 3 GiB in a container limited to 2 GiB: killed at the end of every step it is
  // up in, back after kubelet's back-off (10 s doubling to 5 min) plus its start time.
  const container = (boot: string, duration: string): string =>
    `hardware h {\n  cpu 2 cores; memory 8 GiB\n  os linux "Debian 12"\n  runtime docker {\n    container c { cpu 1; memory 1 GiB..2 GiB; app a { cpu 1; memory 3 GiB; load constant 10% } }\n  }\n}\nsimulate { duration ${duration}; step 1 m; boot host 0 s; boot container ${boot} }\n`;

  it('restarts a container 10 s after its first kill plus its 0.6 s start: at 70.6 s', () => {
    // Up at 0.6 s, killed at the end of step 0 (60 s), back at 60 + 10 + 0.6.
    const r = run(container('0.6 s', '10 m'));
    const c = entity(r, 'c');
    const first = r.events.find((e) => e.kind === 'restart' && e.entity === c);
    assert.equal(first?.t, 70.6);
  });

  it('lists every restart within a 50 min run, the last exactly at its end (3,000 s)', () => {
    // Start time 0. Kill n at the end of the step the container came back in, back-off 10 × 2^(n−1) s up to 300:
    // 60 → 70, 120 → 140, 180 → 220, 240 → 320, 360 → 520, 540 → 840, 900 → 1,200, 1,260 → 1,560,
    // 1,620 → 1,920, 1,980 → 2,280, 2,340 → 2,640, 2,700 → 3,000 (the run's end, still listed).
    const r = run(container('0 s', '50 m'));
    const c = entity(r, 'c');
    const times = (kind: string): number[] => r.events.filter((e) => e.kind === kind && e.entity === c).map((e) => e.t);
    assert.deepEqual(times('oom-kill'), [60, 120, 180, 240, 360, 540, 900, 1260, 1620, 1980, 2340, 2700]);
    assert.deepEqual(times('restart'), [70, 140, 220, 320, 520, 840, 1200, 1560, 1920, 2280, 2640, 3000]);
  });

  it('lists no restart that falls after the run: a 49 min run ends before the one at 3,000 s', () => {
    const r = run(container('0 s', '49 m'));
    const c = entity(r, 'c');
    const restarts = r.events.filter((e) => e.kind === 'restart' && e.entity === c).map((e) => e.t);
    assert.equal(restarts.at(-1), 2640);
  });
});

describe('simulation steps: a container killed while another is still starting', () => {
  it('keeps a container that boots in 30 min idle until 1,800 s after a neighbour was killed and restarted at 70.6 s', () => {
    // c's app holds 3 GiB during its one-minute burst at 0 s, over c's 2 GiB limit: killed at
    // 60 s, back at 70.6 s, when the burst is over (1 GiB). d is up at 0 + 30 min: its app
    // wants nothing before step 30 [1,800 s, 1,860 s) and its 1 core from then on.
    const r = run(dockerHost([
      '    container c { cpu 1; memory 512 MiB..2 GiB; app ca { cpu 1; memory 1 GiB..3 GiB; load spikes 0%..100% every 2 h for 1 m } }',
      '    container d { cpu 1; memory 1 GiB; boot 30 m; app da { cpu 1; load constant 100% } }',
    ].join('\n'), 'cpu 4 cores; memory 16 GiB', 'duration 1 h; step 1 m; boot host 0 s'));
    const c = entity(r, 'c');
    assert.deepEqual(r.events.filter((e) => e.entity === c && (e.kind === 'oom-kill' || e.kind === 'restart')).map((e) => [e.kind, e.t]), [['oom-kill', 60], ['restart', 70.6]]);
    const expected = [...Array.from({ length: 30 }, () => 0), ...Array.from({ length: 30 }, () => 1)];
    assert.deepEqual(r.series[entity(r, 'da')].demand, expected);
  });
});

describe('simulation steps: energy at full load', () => {
  it('draws the peak power of a linear model at 100 %: 200 W for an hour is 0.2 kWh', () => {
    const r = run(bare(busy, 'duration 1 h; step 1 m; boot host 0 s', 'cpu 2 cores; memory 8 GiB; power idle 100 W peak 200 W'));
    assert.equal(r.stats[entity(r, 'h')].energyKWh, 0.2);
  });
});
