import type { SimulationResult } from './types';

// Exports of a result. JSON holds everything; the two CSV tables are what a spreadsheet needs:
// the time series in long form (one row per entity and point) and the totals per entity.

/** The whole result as compact JSON; the same run gives the same bytes. */
export function toJson(result: SimulationResult): string {
  return JSON.stringify(result);
}

/** Time series in long form: time, entity, kind, host, demand, granted, utilization, memory. */
export function seriesCsv(result: SimulationResult): string {
  const lines = ['time_s,entity,kind,host,demand_cores,granted_cores,utilization,memory_mib'];
  result.entities.forEach((e, i) => {
    const s = result.series[i];
    const host = result.entities[e.host].name;
    for (let p = 0; p < s.demand.length; p++) {
      const util = e.cores > 0 ? Math.round((s.granted[p] / e.cores) * 1e4) / 1e4 : 0;
      lines.push([p * s.every, cell(e.name), e.kind, cell(host), s.demand[p], s.granted[p], util, s.memory[p]].join(','));
    }
  });
  return lines.join('\n') + '\n';
}

/** Totals per entity, one row each. */
export function statsCsv(result: SimulationResult): string {
  const head = 'entity,kind,host,cores,memory_mib,mean_demand,mean_granted,mean_utilization,peak_utilization,short_pct,throttled_pct,peak_memory_mib,oom_kills,started_s,finished_s,energy_kwh';
  const rows = result.entities.map((e, i) => {
    const s = result.stats[i];
    return [
      cell(e.name), e.kind, cell(result.entities[e.host].name), e.cores, e.memory, s.meanDemand, s.meanGranted, s.meanUtilization, s.peakUtilization,
      s.shortPct, s.throttledPct, s.peakMemory, s.oomKills, s.startedAt ?? '', s.finishedAt ?? '', s.energyKWh,
    ].join(',');
  });
  return [head, ...rows].join('\n') + '\n';
}

/**
 * A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). A cell starting with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a spreadsheet (CSV injection,
 * OWASP): it gets a leading apostrophe, so that a name from the file stays text.
 */
export function cell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
