// One formatter for each kind of number a user reads in the simulation's results, so that the
// same kind always looks the same wherever it appears (cards, tables, events, axes, tooltips).
// Unit words come from the message bundles (`format.*`), so every language writes its own
// (Korean writes the units as words after the number, with no space); digits use the English separators (1,234.5), which Korean shares.
//
// The rules:
// - **Durations** name their two largest units, at a precision that fits their size: below
//   10 s up to three significant digits ("0.125 s", "4.5 s"); below a minute whole seconds
//   ("42 s"); below an hour minutes and seconds ("45 min 55 s"); below a day hours and minutes
//   ("2 h 5 min"); from a day on days and hours ("2 d 3 h"). The value is rounded to the
//   smallest unit shown before it is split, so 59.6 s is "1 min", never "60 s", and a second
//   unit that is 0 is left out ("1 h", not "1 h 0 min").
// - **Times in a run** are a clock from the run's start: "22:45:55", to the second, rounded
//   down as a clock is; milliseconds only when the run steps in less than a second
//   ("00:00:01.250"). In a run longer than a day every time names its day, the first too, so
//   that a column of times reads the same throughout ("Day 2 06:00:00"; Korean puts the day's
//   number first, as "the 2nd day", per `format.dayTime`).
//   Axis ticks are round, so they drop the seconds when their step is whole minutes ("Day 2 06:00").
// - **Percentages** have one decimal whatever their size ("3.5 %", "28.5 %", "100.0 %"), so that
//   they line up and compare at a glance; a value that is not 0 but would round to 0.0 shows as
//   "< 0.1 %", so that something small never reads as nothing.
// - **Energy** has three significant digits in the unit that keeps the number between 1 and 999:
//   Wh, kWh, MWh, GWh ("523 Wh", "56.3 kWh", "28.1 kWh", "1.25 MWh"); 0 is "0 kWh".
// - **Counts** (servers, core-hours) are whole numbers with thousands separators ("1,234").
// - **Sizes** are `formatSize` in units.ts (MiB, GiB, TiB with up to two decimals).
import type { MessageId } from './l10n/localizer';

/** Puts a message id with its values into words: a Localizer's `t`, or the extension's `Translate`. */
export type Words = (id: MessageId, ...args: (string | number)[]) => string;

/**
 * `template` with `{0}`, `{1}` … replaced by the arguments, a placeholder without one left as
 * written: for templates a host sends to a page or a notice it fills in itself (the Localizer
 * fills its own messages, whose arguments may be messages too).
 */
export function fillTemplate(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => (Number(i) < args.length ? String(args[Number(i)]) : m));
}

const MINUTE = 60;
const HOUR = 3600;
const DAY = 86400;

// One Intl.NumberFormat per number of decimals: building one costs tens of microseconds, and a
// view formats thousands of numbers (a label for every point of every chart).
const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** A number with English separators and exactly `decimals` decimals. */
export function formatNumber(x: number, decimals: number): string {
  let f = NUMBER_FORMATS.get(decimals);
  if (!f) NUMBER_FORMATS.set(decimals, (f = new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return f.format(x);
}

/** A whole number with thousands separators: 1,234. */
export function formatCount(x: number): string {
  return formatNumber(Math.round(x), 0);
}

/** A duration for people: 0.6 s, 42 s, 45 min 55 s, 2 h 5 min, 2 d 3 h. */
export function formatDuration(seconds: number, t: Words): string {
  const x = Math.max(0, seconds);
  if (x < 10) {
    // Three significant digits, trailing zeros dropped: 0.125 s, 4.5 s, 9.99 s.
    const digits = x === 0 ? 0 : Math.max(0, 2 - Math.floor(Math.log10(x)));
    const rounded = Number(x.toFixed(Math.min(digits, 3)));
    if (rounded < 10) return t('format.seconds', String(rounded));
  }
  // Round to the smallest unit that will be shown, then split.
  const unit = x < HOUR - 0.5 ? 1 : x < DAY - 30 ? MINUTE : HOUR;
  const s = Math.round(x / unit) * unit;
  if (s < MINUTE) return t('format.seconds', String(s));
  const [big, small, bigId, smallId]: [number, number, MessageId, MessageId] =
    s >= DAY ? [Math.floor(s / DAY), Math.round((s % DAY) / HOUR), 'format.days', 'format.hours']
      : s >= HOUR ? [Math.floor(s / HOUR), Math.round((s % HOUR) / MINUTE), 'format.hours', 'format.minutes']
        : [Math.floor(s / MINUTE), s % MINUTE, 'format.minutes', 'format.seconds'];
  const first = t(bigId, formatCount(big));
  return small === 0 ? first : `${first} ${t(smallId, String(small))}`;
}

/** How the times of one run are written: whether they name the day, and their precision. */
export interface ClockStyle {
  /** The run lasts more than a day: every time names its day. */
  readonly days: boolean;
  /** The run steps in less than a second: times show milliseconds. */
  readonly milliseconds: boolean;
}

/** The clock style of a run of `duration` seconds in steps of `step` seconds. */
export function clockStyle(duration: number, step: number): ClockStyle {
  return { days: duration > DAY, milliseconds: step < 1 };
}

/**
 * A time in a run, from its start: 22:45:55, Day 2 06:00:00, 00:00:01.250. `resolution` is the
 * spacing of the times it is one of (the step of an axis or a series) in seconds: whole minutes
 * drop the seconds (06:00); by default, times are to the second, or the millisecond in a run
 * that steps in less than a second.
 */
export function formatClock(seconds: number, style: ClockStyle, t: Words, resolution = style.milliseconds ? 0.001 : 1): string {
  const precision = resolution >= MINUTE && resolution % MINUTE === 0 ? 'min' : resolution >= 1 && Number.isInteger(resolution) ? 's' : 'ms';
  // A clock reads 22:45:55 until 22:45:56; the allowance of a microsecond keeps a sum such as
  // 3599.9999999 (an hour, added up in steps) from reading 00:59:59.
  const ms = Math.floor(Math.max(0, seconds) * 1000 + 1e-3);
  const s = Math.floor(ms / 1000);
  const two = (n: number): string => String(n).padStart(2, '0');
  let text = `${two(Math.floor((s % DAY) / HOUR))}:${two(Math.floor((s % HOUR) / MINUTE))}`;
  if (precision !== 'min') text += `:${two(s % MINUTE)}`;
  if (precision === 'ms') text += `.${String(ms % 1000).padStart(3, '0')}`;
  return style.days ? t('format.dayTime', formatCount(Math.floor(s / DAY) + 1), text) : text;
}

/** A percentage, given in percent (45.3 for 45.3 %). */
export function formatPercent(percent: number, t: Words): string {
  if (percent !== 0 && Math.abs(percent) < 0.05) return t('format.percentBelow', formatNumber(0.1, 1));
  return t('format.percent', formatNumber(percent, 1));
}

/** Energy, given in kWh. */
export function formatEnergy(kWh: number, t: Words): string {
  if (kWh === 0) return t('format.kwh', '0');
  const units: [number, MessageId][] = [[1e-3, 'format.wh'], [1, 'format.kwh'], [1e3, 'format.mwh'], [1e6, 'format.gwh']];
  // The largest unit in which the value, rounded to three significant digits, is at least 1.
  let [factor, id] = units[0];
  for (const [f, u] of units) if (Math.abs(Number((kWh / f).toPrecision(3))) >= 1) [factor, id] = [f, u];
  const value = kWh / factor;
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(Number(value.toPrecision(3))))));
  return t(id, formatNumber(value, digits));
}

/** One way to put ticks on a time axis: a round step, the times of its ticks and their labels. */
export interface TickSet {
  /** Seconds between ticks. */
  readonly every: number;
  /** Seconds from the start of the run of each tick. */
  readonly at: readonly number[];
  readonly labels: readonly string[];
}

/** The round steps of a time axis, in seconds: seconds, minutes, hours that divide a day, days. */
export const TICK_STEPS: readonly number[] = [
  1, 2, 5, 10, 15, 30,
  MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE,
  HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR,
  DAY, 2 * DAY, 7 * DAY, 14 * DAY, 28 * DAY, 56 * DAY, 112 * DAY, 224 * DAY, 448 * DAY,
];

/** Most ticks one set may have: a chart 2,000 px wide with a label every 30 px. */
export const MAX_TICKS = 64;

/**
 * The tick sets a time axis from 0 to `end` seconds may use, finest first: every round step
 * that gives at most MAX_TICKS ticks and at least one. Ticks fall on whole multiples of the
 * step inside the axis; the axis's two ends get none, as their labels would hang over the
 * chart's edges. The page picks the finest set whose labels fit its width (`pickTicks`).
 */
export function timeTicks(end: number, style: ClockStyle, t: Words): TickSet[] {
  const sets: TickSet[] = [];
  for (const every of TICK_STEPS) {
    const at: number[] = [];
    for (let k = 1; k * every < end && at.length <= MAX_TICKS; k++) at.push(k * every);
    if (at.length > MAX_TICKS) continue;
    if (at.length === 0) break;
    sets.push({ every, at, labels: at.map((s) => formatClock(s, style, t, every)) });
  }
  return sets;
}
