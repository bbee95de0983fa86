import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_MAX_BLOCKS } from '../../src/core/diagram/types';
import { parseDuration } from '../../src/core/simulation';
import { DEFAULT_VALIDATION } from '../../src/core/validate/validator';
import { buildSettings, isPerResource, schemaProblem, SETTING_KEYS, type SettingKey, settingSchemas } from '../../src/extension/settingsSchema';

const manifest: unknown = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const schemas = settingSchemas(manifest);

/** The settings built from the given raw values (everything else unset). */
function build(values: Partial<Record<SettingKey, unknown>> = {}) {
  return buildSettings(schemas, (key) => values[key], parseDuration);
}

describe('the settings reader (against the real package.json)', () => {
  it('reads exactly the settings package.json declares, each with a scope and a default that fits its own schema', () => {
    assert.deepEqual([...schemas.keys()].sort(), [...SETTING_KEYS].sort());
    for (const [key, schema] of schemas) {
      assert.ok(['window', 'resource', 'machine-overridable'].includes(schema.scope ?? ''), `${key} declares scope ${schema.scope}`);
      assert.equal(schemaProblem(schema.default, schema), undefined, `${key}'s default`);
    }
  });

  it('reads the policies of a file and the machine\'s delays for the file, and preferences of the window without one', () => {
    const perResource = SETTING_KEYS.filter((k) => isPerResource(schemas.get(k)));
    assert.deepEqual(perResource, ['validation.delay', 'validation.cpuOvercommitRatio', 'validation.memoryOvercommitRatio', 'preview.updateDelay', 'preview.showResources', 'preview.maxBlocks', 'simulation.duration', 'simulation.step', 'simulation.seed', 'simulation.failures', 'export.theme', 'export.onSave']);
    const perWindow = SETTING_KEYS.filter((k) => !isPerResource(schemas.get(k)));
    assert.deepEqual(perWindow, ['preview.theme', 'preview.followCursor']);
  });

  it('gives the defaults of package.json when nothing is set, and they agree with the core\'s', () => {
    const { settings, warnings } = build();
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings, {
      validation: { delay: 150, limits: { cpuOvercommit: 4, memoryOvercommit: 1 } },
      preview: { updateDelay: 100, theme: 'auto', showResources: true, maxBlocks: 2000, followCursor: true },
      simulation: { overrides: {} },
    });
    assert.deepEqual(settings.validation.limits, DEFAULT_VALIDATION);
    assert.equal(settings.preview.maxBlocks, DEFAULT_MAX_BLOCKS);
  });

  it('uses every value that fits', () => {
    const { settings, warnings } = build({
      'validation.delay': 0, 'validation.cpuOvercommitRatio': 1.5, 'validation.memoryOvercommitRatio': 0.5,
      'preview.updateDelay': 5000, 'preview.theme': 'highContrastLight', 'preview.showResources': false, 'preview.maxBlocks': 1, 'preview.followCursor': false,
      'simulation.duration': '2 h', 'simulation.step': '30 s', 'simulation.seed': 9,
    });
    assert.deepEqual(warnings, []);
    assert.deepEqual(settings, {
      validation: { delay: 0, limits: { cpuOvercommit: 1.5, memoryOvercommit: 0.5 } },
      preview: { updateDelay: 5000, theme: 'highContrastLight', showResources: false, maxBlocks: 1, followCursor: false },
      simulation: { overrides: { duration: 7200, step: 30, seed: 9 } },
    });
  });

  it('falls back to the default, with a warning naming the setting, for a value that does not fit', () => {
    const bad: [SettingKey, unknown][] = [
      ['validation.delay', -1], ['validation.delay', 10_001], ['validation.delay', '150'], ['validation.delay', null], ['validation.delay', Number.NaN],
      ['validation.cpuOvercommitRatio', 0], ['validation.cpuOvercommitRatio', -2], ['validation.cpuOvercommitRatio', Number.POSITIVE_INFINITY],
      ['validation.memoryOvercommitRatio', 'lots'], ['validation.memoryOvercommitRatio', {}],
      ['preview.updateDelay', 5001], ['preview.theme', 'solarized'], ['preview.theme', 3],
      ['preview.showResources', 'no'], ['preview.showResources', 0],
      ['preview.maxBlocks', 0], ['preview.maxBlocks', 2.5], ['preview.maxBlocks', 100_001], ['preview.followCursor', []],
    ];
    const defaults = build().settings;
    for (const [key, value] of bad) {
      const { settings, warnings } = build({ [key]: value });
      assert.deepEqual(settings, defaults, `${key} = ${String(value)}`);
      assert.equal(warnings.length, 1, `${key} = ${String(value)}`);
      assert.equal(warnings[0].key, key);
      assert.equal(warnings[0].fallback, schemas.get(key)?.default);
      assert.match(warnings[0].problem, /expected|below|above|not above/);
    }
  });

  it('reports an unusable simulation setting instead of running on another value', () => {
    assert.deepEqual(build({ 'simulation.duration': 'soon' }).settings.simulation, { overrides: {}, invalid: { key: 'duration', value: 'soon' } });
    assert.deepEqual(build({ 'simulation.step': 30 }).settings.simulation, { overrides: {}, invalid: { key: 'step', value: 30 } });
    assert.deepEqual(build({ 'simulation.duration': '1 h', 'simulation.seed': -1 }).settings.simulation, { overrides: { duration: 3600 }, invalid: { key: 'seed', value: -1 } });
    assert.deepEqual(build({ 'simulation.seed': 1.5 }).settings.simulation.invalid, { key: 'seed', value: 1.5 });
    // Empty means "the file's own value".
    assert.deepEqual(build({ 'simulation.duration': '', 'simulation.step': null, 'simulation.seed': null }).settings.simulation, { overrides: {} });
  });

  it('hands the failures setting to the core as written, which reads and checks each entry (an empty list is no failure)', () => {
    assert.deepEqual(build({ 'simulation.failures': ['esx1 at 2 h recover at 3 h'] }).settings.simulation, { overrides: { failures: ['esx1 at 2 h recover at 3 h'] } });
    assert.deepEqual(build({ 'simulation.failures': [] }).settings.simulation, { overrides: {} });
    assert.deepEqual(build({ 'simulation.failures': null }).settings.simulation, { overrides: {} });
    // Not a list: passed on, so that the run refuses with the core's message rather than running without it.
    assert.deepEqual(build({ 'simulation.failures': 'esx1 at 2 h' }).settings.simulation, { overrides: { failures: 'esx1 at 2 h' } });
    assert.deepEqual(schemas.get('simulation.failures')?.default, []);
  });

  it('finds the settings in a configuration split into categories', () => {
    const split = { contributes: { configuration: [{ properties: { 'virtstack.preview.theme': { type: 'string', default: 'dark' } } }, { properties: { 'other.x': {} } }] } };
    assert.deepEqual([...settingSchemas(split).keys()], ['preview.theme']);
    assert.deepEqual([...settingSchemas(undefined).keys()], []);
  });
});
