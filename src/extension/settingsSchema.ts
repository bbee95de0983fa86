// Every `virtstack.*` setting, typed and checked against the schema the extension's own
// package.json declares for it: defaults, ranges and scopes are written once, there. Free of
// `vscode`, so plain Node tests check it against the real manifest; settings.ts reads the values.
import type { SimulationOverrides, ValidationOptions } from '../core/languageService';
import type { PreviewTheme } from '../shared/previewProtocol';

/** The sections of the settings; a change is announced per section. */
export type SettingsSection = 'validation' | 'preview' | 'simulation';

/** Every setting the extension reads, by its key under `virtstack.`. */
export const SETTING_KEYS = [
  'validation.delay',
  'validation.cpuOvercommitRatio',
  'validation.memoryOvercommitRatio',
  'preview.updateDelay',
  'preview.theme',
  'preview.showResources',
  'preview.maxBlocks',
  'preview.followCursor',
  'simulation.duration',
  'simulation.step',
  'simulation.seed',
  'simulation.failures',
  // Output for documents (issue 15): read where they are used, src/extension/preview/exporting.ts.
  'export.theme',
  'export.onSave',
] as const;

/** A key under `virtstack.`. */
export type SettingKey = (typeof SETTING_KEYS)[number];

/** The parts of a setting's JSON schema that are checked here (patterns only guide the Settings editor). */
export interface SettingSchema {
  readonly type?: string | readonly string[];
  readonly default?: unknown;
  readonly enum?: readonly unknown[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  /** VS Code's scope: `window` settings are read without a file, `resource` ones for the file. */
  readonly scope?: string;
}

/** The `virtstack.*` schemas of a package.json, by key under `virtstack.`. */
export function settingSchemas(manifest: unknown): ReadonlyMap<string, SettingSchema> {
  const out = new Map<string, SettingSchema>();
  const contributes = record(record(manifest)?.contributes);
  const configuration = contributes?.configuration;
  // `configuration` may be one object or a list of them (categories).
  for (const section of Array.isArray(configuration) ? configuration : [configuration]) {
    const properties = record(record(section)?.properties);
    for (const [key, schema] of Object.entries(properties ?? {})) {
      if (key.startsWith('virtstack.') && record(schema)) out.set(key.slice('virtstack.'.length), schema as SettingSchema);
    }
  }
  return out;
}

/** Whether a setting is read for a file (`resource`, `language-overridable`) rather than for the window. */
export function isPerResource(schema: SettingSchema | undefined): boolean {
  return schema?.scope === 'resource' || schema?.scope === 'language-overridable' || schema?.scope === 'machine-overridable';
}

/** Why a value does not fit its schema, or undefined when it does. */
export function schemaProblem(value: unknown, schema: SettingSchema): string | undefined {
  const types = schema.type === undefined ? [] : typeof schema.type === 'string' ? [schema.type] : schema.type;
  if (types.length > 0 && !types.some((t) => hasType(value, t))) return `expected ${types.join(' or ')}, got ${describe(value)}`;
  if (schema.enum && !schema.enum.includes(value)) return `expected one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, got ${describe(value)}`;
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) return `${value} is below the minimum ${schema.minimum}`;
    if (schema.maximum !== undefined && value > schema.maximum) return `${value} is above the maximum ${schema.maximum}`;
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return `${value} is not above ${schema.exclusiveMinimum}`;
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return `${value} is not below ${schema.exclusiveMaximum}`;
  }
  return undefined;
}

/** The settings of the preview. */
export interface PreviewSettings {
  /** Milliseconds between two drawings while typing. */
  readonly updateDelay: number;
  readonly theme: PreviewTheme;
  readonly showResources: boolean;
  /** Most blocks drawn for one file. */
  readonly maxBlocks: number;
  /** Whether the block under the editor's cursor is highlighted. */
  readonly followCursor: boolean;
}

/** The user's overrides of a file's `simulate` block; `invalid` names one that cannot be used (the run refuses). */
export interface SimulationSettings {
  readonly overrides: SimulationOverrides;
  readonly invalid?: { readonly key: 'duration' | 'step' | 'seed'; readonly value: unknown };
}

/** Every setting, typed and checked: what the features read. */
export interface Settings {
  readonly validation: {
    /** Milliseconds after a keystroke before the file is checked again. */
    readonly delay: number;
    /** Overcommit limits (the file's own `simulate` block still wins). */
    readonly limits: ValidationOptions;
  };
  readonly preview: PreviewSettings;
  readonly simulation: SimulationSettings;
}

/** A value that did not fit its schema and was replaced by the default. */
export interface SettingWarning {
  readonly key: SettingKey;
  readonly value: unknown;
  readonly problem: string;
  readonly fallback: unknown;
}

/**
 * Builds the settings from the raw values (`read` gives undefined for a setting nobody set).
 * A value that does not fit its schema falls back to the default, with a warning: a typo in a
 * hand-edited settings.json must not stop diagnostics or the preview. The simulation's values
 * are the exception: a run on other settings than the user asked for would give misleading
 * figures, so an unusable one is reported and the run refuses. Durations are parsed by the
 * caller's `parseDuration` (the core's), the one judge of what a duration is.
 */
export function buildSettings(
  schemas: ReadonlyMap<string, SettingSchema>,
  read: (key: SettingKey) => unknown,
  parseDuration: (text: string) => number | undefined,
): { settings: Settings; warnings: SettingWarning[] } {
  const warnings: SettingWarning[] = [];
  const checked = (key: SettingKey): unknown => {
    const schema = schemas.get(key) ?? {};
    const value = read(key);
    if (value === undefined) return schema.default;
    const problem = schemaProblem(value, schema);
    if (problem === undefined) return value;
    warnings.push({ key, value, problem, fallback: schema.default });
    return schema.default;
  };
  const simulation = (): SimulationSettings => {
    const overrides: SimulationOverrides = {};
    for (const key of ['duration', 'step'] as const) {
      const value = read(`simulation.${key}`);
      if (value === undefined || value === null || value === '') continue;
      const seconds = typeof value === 'string' ? parseDuration(value) : undefined;
      if (seconds === undefined) return { overrides, invalid: { key, value } };
      overrides[key] = seconds;
    }
    // Host failures besides the file's: handed to the core as they are, which reads each entry as
    // a `fail` line and refuses the run with a message naming a bad one (a list of strings or not).
    const failures = read('simulation.failures');
    if (failures !== undefined && failures !== null && !(Array.isArray(failures) && failures.length === 0)) overrides.failures = failures as string[];
    const seed = read('simulation.seed');
    if (seed !== undefined && seed !== null) {
      if (schemaProblem(seed, schemas.get('simulation.seed') ?? {}) !== undefined) return { overrides, invalid: { key: 'seed', value: seed } };
      overrides.seed = seed as number;
    }
    return { overrides };
  };
  const settings: Settings = {
    validation: {
      delay: checked('validation.delay') as number,
      limits: { cpuOvercommit: checked('validation.cpuOvercommitRatio') as number, memoryOvercommit: checked('validation.memoryOvercommitRatio') as number },
    },
    preview: {
      updateDelay: checked('preview.updateDelay') as number,
      theme: checked('preview.theme') as PreviewTheme,
      showResources: checked('preview.showResources') as boolean,
      maxBlocks: checked('preview.maxBlocks') as number,
      followCursor: checked('preview.followCursor') as boolean,
    },
    simulation: simulation(),
  };
  return { settings, warnings };
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return typeof value === 'number' && Number.isInteger(value);
    case 'string': return typeof value === 'string';
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    case 'array': return Array.isArray(value);
    case 'object': return record(value) !== undefined;
    default: return true;
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}
