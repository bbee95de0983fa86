import * as assert from 'node:assert/strict';
import { seriesCsv, statsCsv } from '../../src/core/simulation/export';
import type { EntityInfo, EntitySeries, EntityStats, SimulationResult } from '../../src/core/simulation/types';

// The two CSV exports, cell for cell, on a result built by hand (docs/simulation.md, Exports;
// docs/cli.md for the cells): quoted per RFC 4180, a formula's first character guarded with `'`,
// utilization as granted over the entity's cores to four decimals (0 without cores), times in
// seconds, a start or finish that never came as an empty cell, and every line, the last too,
// ending in a line feed. The exports read only `entities`, `series` and `stats`.

const info = (id: number, kind: EntityInfo['kind'], name: string, cores: number, memory: number): EntityInfo => ({
  id, kind, name, parent: id === 0 ? -1 : 0, host: 0, cores, memory, efficiency: 1, span: { start: 0, end: 0 },
});
const stat = (meanDemand: number, startedAt: number | null, finishedAt: number | null): EntityStats => ({
  meanDemand, meanGranted: meanDemand, meanUtilization: 0.5, peakUtilization: 0.75, shortPct: 1, throttledPct: 0, peakMemory: 64, oomKills: 2, startedAt, finishedAt, energyKWh: 0.25,
});

/** A host `rack "A"` (4 cores) with a VM `=calc` (3 vCPUs), an app `idle, app` of no cores and a job `backup` (2 cores); two points a minute apart. */
const result = {
  entities: [info(0, 'host', 'rack "A"', 4, 8192), info(1, 'vm', '=calc', 3, 2048), info(2, 'app', 'idle, app', 0, 0), info(3, 'job', 'backup', 2, 64)],
  series: [
    { every: 60, demand: [1, 2], granted: [1, 2], memory: [100, 200] },
    { every: 60, demand: [1, 3], granted: [1, 2], memory: [512, 1024] },
    { every: 60, demand: [0.5, 0], granted: [0.5, 0], memory: [10, 10] },
    { every: 60, demand: [2, 0], granted: [2, 0], memory: [64, 0] },
  ] satisfies EntitySeries[],
  stats: [stat(1.5, 0, null), stat(1.25, 45, null), stat(0.25, null, null), stat(1, 30, 1800)],
} as unknown as SimulationResult;

describe('simulation exports: the CSV tables cell for cell', () => {
  it('writes the time series with times of index × bucket, utilization granted / cores to four decimals (0 without cores), quoted and guarded names, and a line feed after every line', () => {
    // Utilization by hand: host 1/4 = 0.25, 2/4 = 0.5; VM 1/3 = 0.3333, 2/3 = 0.6667 (rounded
    // to 4 decimals); the app has no cores: 0; job 2/2 = 1, 0/2 = 0. Times: point 0 at 0 s,
    // point 1 at 1 × 60 s. `rack "A"` holds quotes, so it is quoted with its quotes doubled;
    // `=calc` starts a formula: `'=calc`; `idle, app` holds a comma: quoted.
    assert.equal(
      seriesCsv(result),
      [
        'time_s,entity,kind,host,demand_cores,granted_cores,utilization,memory_mib',
        '0,"rack ""A""",host,"rack ""A""",1,1,0.25,100',
        '60,"rack ""A""",host,"rack ""A""",2,2,0.5,200',
        '0,\'=calc,vm,"rack ""A""",1,1,0.3333,512',
        '60,\'=calc,vm,"rack ""A""",3,2,0.6667,1024',
        '0,"idle, app",app,"rack ""A""",0.5,0.5,0,10',
        '60,"idle, app",app,"rack ""A""",0,0,0,10',
        '0,backup,job,"rack ""A""",2,2,1,64',
        '60,backup,job,"rack ""A""",0,0,0,0',
        '',
      ].join('\n'),
    );
  });

  it('writes the totals with a start or finish that never came as an empty cell, and a line feed after every line', () => {
    // Columns in the header's order. The host started at 0 s, the VM at 45 s, the app never
    // (empty), the job at 30 s; only the job finished, at 1800 s.
    assert.equal(
      statsCsv(result),
      [
        'entity,kind,host,cores,memory_mib,mean_demand,mean_granted,mean_utilization,peak_utilization,short_pct,throttled_pct,peak_memory_mib,oom_kills,started_s,finished_s,energy_kwh',
        '"rack ""A""",host,"rack ""A""",4,8192,1.5,1.5,0.5,0.75,1,0,64,2,0,,0.25',
        '\'=calc,vm,"rack ""A""",3,2048,1.25,1.25,0.5,0.75,1,0,64,2,45,,0.25',
        '"idle, app",app,"rack ""A""",0,0,0.25,0.25,0.5,0.75,1,0,64,2,,,0.25',
        'backup,job,"rack ""A""",2,64,1,1,0.5,0.75,1,0,64,2,30,1800,0.25',
        '',
      ].join('\n'),
    );
  });
});
