// The formatters of core/format.ts, one per kind of number. Every expected value is worked out
// by hand from the rules in that module's doc comment; the Korean unit words are those of
// l10n/bundle.l10n.ko.json.
import * as assert from 'node:assert/strict';
import { clockStyle, fillTemplate, formatClock, formatCount, formatDuration, formatEnergy, formatPercent, MAX_TICKS, timeTicks, type Words } from '../../src/core/format';
import { ENGLISH, KOREAN } from './bundles';

const en: Words = (id, ...args) => ENGLISH.t(id, ...args);
const ko: Words = (id, ...args) => KOREAN.t(id, ...args);
const H = 3600;
const D = 86400;

describe('number formats: durations', () => {
  it('keep up to three significant digits below 10 s, and whole seconds below a minute', () => {
    assert.deepEqual([0, 0.6, 0.125, 4.25, 9.5, 42.4].map((s) => formatDuration(s, en)), ['0 s', '0.6 s', '0.125 s', '4.25 s', '9.5 s', '42 s']);
  });

  it('name the two largest units, rounded to the smaller one, and leave out a second unit of 0', () => {
    // 2755.102 s = 45 min 55.102 s; 7530 s = 2 h 5.5 min, rounded to 2 h 6 min; 86399 s rounds to 24 h = 1 d.
    assert.deepEqual([90, 2755.102, 3600, 5400, 7530, 86399, 90000, 172800].map((s) => formatDuration(s, en)),
      ['1 min 30 s', '45 min 55 s', '1 h', '1 h 30 min', '2 h 6 min', '1 d', '1 d 1 h', '2 d']);
  });

  it('never show 60 of a unit: 59.6 s is 1 min, 3599.6 s is 1 h, 9.999 s is 10 s', () => {
    assert.deepEqual([59.6, 3599.6, 9.999].map((s) => formatDuration(s, en)), ['1 min', '1 h', '10 s']);
  });

  it('write Korean unit words', () => {
    assert.deepEqual([0.6, 2755.102, 5400, 90000].map((s) => formatDuration(s, ko)), ['0.6초', '45분 55초', '1시간 30분', '1일 1시간']);
  });
});

describe('number formats: times in a run', () => {
  it('read to the second, rounded down as a clock is, in a run of one day or less', () => {
    const style = clockStyle(D, 60);
    // 22 h 45 min 55.102 s = 81955.102 s.
    assert.deepEqual([0, 3725, 81955.102, 3599.9999999].map((s) => formatClock(s, style, en)), ['00:00:00', '01:02:05', '22:45:55', '01:00:00']);
  });

  it('name the day, the first one too, in a run longer than a day', () => {
    const style = clockStyle(2 * D, 60);
    assert.deepEqual([0, D + 60, D + 6 * H].map((s) => formatClock(s, style, en)), ['Day 1 00:00:00', 'Day 2 00:01:00', 'Day 2 06:00:00']);
    assert.equal(formatClock(D + 6 * H, style, ko), '2일차 06:00:00');
  });

  it('show milliseconds only in a run that steps in less than a second', () => {
    assert.equal(formatClock(1.25, clockStyle(600, 0.5), en), '00:00:01.250');
    assert.equal(formatClock(1.25, clockStyle(600, 1), en), '00:00:01');
  });

  it('drop the seconds of times spaced by whole minutes', () => {
    assert.equal(formatClock(6 * H, clockStyle(D, 60), en, 60), '06:00');
    assert.equal(formatClock(D + 6 * H, clockStyle(2 * D, 60), en, 15 * 60), 'Day 2 06:00');
    assert.equal(formatClock(90, clockStyle(600, 1), en, 30), '00:01:30');
  });
});

describe('number formats: percentages, energy and counts', () => {
  it('give every percentage one decimal, and show a small value that is not 0 as below 0.1 %', () => {
    assert.deepEqual([3.49, 28.5, 0, 100, 0.04, -0.04].map((p) => formatPercent(p, en)), ['3.5 %', '28.5 %', '0.0 %', '100.0 %', '< 0.1 %', '< 0.1 %']);
    assert.equal(formatPercent(0.04, ko), '0.1 % 미만');
  });

  it('give energy three significant digits in the unit that keeps the number from 1 to 999', () => {
    // 56.26 and 28.13 kWh, the "56.26 kWh · 28.1 kWh a day"; 999.6 kWh rounds to 1,000 kWh, so it is 1.00 MWh.
    assert.deepEqual([56.26, 28.13, 5.634, 563.4, 0.523, 1250, 999.6, 2.5e6, 0].map((k) => formatEnergy(k, en)),
      ['56.3 kWh', '28.1 kWh', '5.63 kWh', '563 kWh', '523 Wh', '1.25 MWh', '1.00 MWh', '2.50 GWh', '0 kWh']);
  });

  it('write counts as whole numbers with thousands separators', () => {
    assert.deepEqual([0, 12.4, 1234.5, 1e6].map(formatCount), ['0', '12', '1,235', '1,000,000']);
  });
});

describe('number formats: tick sets of a time axis', () => {
  it('offer a two-day run every round step from 1 h to 1 d, with ticks inside the axis only', () => {
    const sets = timeTicks(2 * D, clockStyle(2 * D, 60), en);
    // 30 min would give 95 ticks (more than MAX_TICKS = 64); 2 d gives none inside the axis.
    assert.equal(MAX_TICKS, 64);
    assert.deepEqual(sets.map((s) => s.every), [H, 2 * H, 3 * H, 6 * H, 12 * H, D]);
    assert.equal(sets[0].at.length, 47);
    const six = sets.find((s) => s.every === 6 * H)!;
    assert.deepEqual(six.at, [6, 12, 18, 24, 30, 36, 42].map((h) => h * H));
    assert.deepEqual(six.labels, ['Day 1 06:00', 'Day 1 12:00', 'Day 1 18:00', 'Day 2 00:00', 'Day 2 06:00', 'Day 2 12:00', 'Day 2 18:00']);
    assert.deepEqual(timeTicks(2 * D, clockStyle(2 * D, 60), ko).find((s) => s.every === 6 * H)!.labels.slice(3, 5), ['2일차 00:00', '2일차 06:00']);
  });

  it('offer a one-hour run minutes, and a two-minute run seconds', () => {
    const hour = timeTicks(H, clockStyle(H, 60), en);
    assert.deepEqual(hour.map((s) => s.every), [60, 120, 300, 600, 900, 1800]);
    assert.deepEqual(hour.find((s) => s.every === 900)!.labels, ['00:15', '00:30', '00:45']);
    const short = timeTicks(120, clockStyle(120, 1), en);
    // 1 s gives 119 ticks; 2 s gives 59.
    assert.deepEqual(short.map((s) => s.every), [2, 5, 10, 15, 30, 60]);
    assert.deepEqual(short.find((s) => s.every === 30)!.labels, ['00:00:30', '00:01:00', '00:01:30']);
  });

  it('fills a template\'s numbered placeholders, any number of digits, and leaves those without an argument as written', () => {
    assert.equal(fillTemplate('{1} has {0} blocks, more than {2}', [1201, 'host-0', 400]), 'host-0 has 1201 blocks, more than 400');
    const eleven = Array.from({ length: 11 }, (_, i) => `a${i}`);
    assert.equal(fillTemplate('{10} {1}', eleven), 'a10 a1');
    assert.equal(fillTemplate('{0} and {3}', ['x']), 'x and {3}');
    assert.equal(fillTemplate('no placeholders', []), 'no placeholders');
  });
});
