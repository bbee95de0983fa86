import type { PowerModel } from '../model/types';

// Power draw by CPU utilization: a straight line from idle to peak, or a measured table of 11
// points (0 %, 10 %, … 100 %, as SPECpower reports) read by linear interpolation. A server that
// is switched off draws nothing.

/** The assumed power of a host without a `power` line: peak 150 W + 5 W per core, idle half of it. */
export function defaultPower(cores: number): PowerModel {
  const peak = 150 + 5 * cores;
  return { model: 'linear', idle: peak / 2, peak, span: { start: 0, end: 0 } };
}

/** Watts drawn at a utilization between 0 and 1 (clamped). */
export function powerAt(model: PowerModel, utilization: number): number {
  const u = utilization < 0 ? 0 : utilization > 1 ? 1 : utilization;
  if (model.model === 'linear') return model.idle + (model.peak - model.idle) * u;
  const x = u * 10;
  const i = Math.min(9, Math.floor(x));
  const w = model.watts;
  return w[i] + (w[i + 1] - w[i]) * (x - i);
}

/** Kilowatt-hours from a power held for some seconds. */
export function kWh(watts: number, seconds: number): number {
  return (watts * seconds) / 3.6e6;
}
