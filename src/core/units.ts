// Units of the language and their factors to one base unit per dimension, so that every
// comparison (fits on the host? over the limit?) is done in a single unit.

/** What a quantity measures. */
export type Dimension = 'cores' | 'size' | 'rate' | 'duration' | 'share' | 'power' | 'work';

/** Base units: cores, MiB, Mbps, seconds, fraction (1 = 100 %), watts, core-seconds. */
export const BASE_UNIT: Record<Dimension, string> = {
  cores: 'cores', size: 'MiB', rate: 'Mbps', duration: 's', share: '%', power: 'W', work: 'core-s',
};

/** What a unit measures, and its factor to the base unit of that dimension. */
export interface UnitInfo {
  readonly dimension: Dimension;
  readonly factor: number;
}

const u = (dimension: Dimension, factor: number): UnitInfo => ({ dimension, factor });

/** Every unit the language knows, with its dimension and its factor to the base unit. */
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  core: u('cores', 1), cores: u('cores', 1),
  KiB: u('size', 1 / 1024), MiB: u('size', 1), GiB: u('size', 1024), TiB: u('size', 1024 * 1024),
  KB: u('size', 1e3 / 1048576), MB: u('size', 1e6 / 1048576), GB: u('size', 1e9 / 1048576), TB: u('size', 1e12 / 1048576),
  Kbps: u('rate', 1e-3), Mbps: u('rate', 1), Gbps: u('rate', 1e3), Tbps: u('rate', 1e6),
  ms: u('duration', 1e-3), s: u('duration', 1), m: u('duration', 60), min: u('duration', 60), h: u('duration', 3600), d: u('duration', 86400),
  '%': u('share', 0.01),
  W: u('power', 1), kW: u('power', 1000),
  'core-s': u('work', 1), 'core-m': u('work', 60), 'core-h': u('work', 3600),
};

/** Every unit by a small number, so the syntax tree stores a unit in a byte; 0 is "no unit". */
export const UNIT_NAMES: readonly (string | undefined)[] = [undefined, ...Object.keys(UNITS)];
const UNIT_IDS: ReadonlyMap<string, number> = new Map(Object.keys(UNITS).map((name, i) => [name, i + 1]));

/** Dimension and factor of each unit by its number, undefined for 0. */
export const UNIT_INFOS: readonly (UnitInfo | undefined)[] = UNIT_NAMES.map((name) => (name === undefined ? undefined : UNITS[name]));

/** The number of a unit in UNIT_NAMES, 0 if the word is not a unit (so the parser attaches only units to the number before them). */
export function unitId(word: string): number {
  return UNIT_IDS.get(word) ?? 0;
}

/** Units of one dimension, for messages and completion. */
export function unitsOf(dimension: Dimension): string[] {
  return Object.keys(UNITS).filter((k) => UNITS[k].dimension === dimension);
}

/** Formats a size in MiB the way people write it (GiB above 1 GiB). */
export function formatSize(mib: number): string {
  if (mib >= 1024 * 1024) return `${round(mib / 1048576)} TiB`;
  if (mib >= 1024) return `${round(mib / 1024)} GiB`;
  return `${round(mib)} MiB`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
