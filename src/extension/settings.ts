// The one reader of the `virtstack.*` settings and their one change handler. Values are checked
// against the schema of the extension's own package.json (settingsSchema.ts), so defaults and
// ranges are written once; each setting is read in its declared scope (window settings without
// a file, resource settings for the file), so VS Code never warns about the access. A change is
// announced in stages, in a fixed order: caches drop what they computed from the old values
// before diagnostics run again, and both before the views redraw.
import * as vscode from 'vscode';
import { parseDuration } from '../core/simulation';
import type { ValidationOptions } from '../core/languageService';
import { Disposable } from './dispose';
import { buildSettings, isPerResource, type SettingKey, type SettingSchema, type Settings, type SettingsSection, settingSchemas } from './settingsSchema';

/** Who hears of a change, in this order, whatever the order they subscribed in. */
export const SETTINGS_STAGES = ['caches', 'checks', 'views'] as const;

/** A stage of the change announcement: `caches` forget, `checks` run again, `views` redraw. */
export type SettingsStage = (typeof SETTINGS_STAGES)[number];

/** What changed. */
export interface SettingsChange {
  /** Whether the change touches a section, for a file or (without one) anywhere. */
  affects(section: SettingsSection, resource?: vscode.Uri): boolean;
}

/** The reader activate() made, for the functions below; undefined before activation and after it ends. */
let active: SettingsReader | undefined;

/** Who hears of changes, by stage; kept apart from the reader so that the order of creation does not matter. */
const listeners = new Map<SettingsStage, Set<(change: SettingsChange) => void>>(SETTINGS_STAGES.map((s) => [s, new Set()]));

/** Reads the settings, keeps one checked snapshot per workspace folder, and announces changes. */
export class SettingsReader extends Disposable {
  private readonly schemas: ReadonlyMap<string, SettingSchema>;
  private readonly snapshots = new Map<string, Settings>();
  /** Invalid values already reported, so that each is logged once, not on every read. */
  private readonly reported = new Set<string>();

  /** The reader of the running extension, which the functions below use until it is disposed. */
  static activate(manifest: unknown, log: vscode.LogOutputChannel): SettingsReader {
    const reader = new SettingsReader(manifest, log);
    active = reader;
    reader._register({ dispose: () => { if (active === reader) active = undefined; } });
    return reader;
  }

  private constructor(
    /** The extension's package.json, whose `contributes.configuration` declares every setting. */
    manifest: unknown,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this.schemas = settingSchemas(manifest);
    this._register(vscode.workspace.onDidChangeConfiguration((e) => this.changed(e)));
  }

  /** The settings that apply to a file, or to no file in particular. */
  for(resource?: vscode.Uri): Settings {
    // Resource settings differ only between workspace folders (none is language-overridable).
    const key = resource ? (vscode.workspace.getWorkspaceFolder(resource)?.uri.toString() ?? '') : '';
    let settings = this.snapshots.get(key);
    if (!settings) {
      settings = this.read(resource);
      this.snapshots.set(key, settings);
    }
    return settings;
  }

  private read(resource: vscode.Uri | undefined): Settings {
    const { settings, warnings } = readSettings(this.schemas, resource);
    for (const w of warnings) {
      const id = `${w.key}=${JSON.stringify(w.value)}`;
      if (this.reported.has(id)) continue;
      this.reported.add(id);
      this.log.warn(`the setting virtstack.${w.key} is ignored (${w.problem}); ${JSON.stringify(w.fallback)} is used instead`);
    }
    return settings;
  }

  private changed(e: vscode.ConfigurationChangeEvent): void {
    if (!e.affectsConfiguration('virtstack')) return;
    this.snapshots.clear();
    this.reported.clear();
    const change: SettingsChange = { affects: (section, resource) => e.affectsConfiguration(`virtstack.${section}`, resource) };
    for (const stage of SETTINGS_STAGES) {
      for (const listener of [...listeners.get(stage)!]) {
        // One feature's failure must not keep the next stages from hearing of the change.
        try {
          listener(change);
        } catch (err) {
          this.log.error(`a settings change handler failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
        }
      }
    }
  }
}

/** Reads and checks every setting for a file (or none), each in its declared scope. */
function readSettings(schemas: ReadonlyMap<string, SettingSchema>, resource: vscode.Uri | undefined): ReturnType<typeof buildSettings> {
  const forWindow = vscode.workspace.getConfiguration('virtstack');
  // `null`: the value for no file in particular, which VS Code expects for resource settings read without one.
  const forResource = vscode.workspace.getConfiguration('virtstack', resource ?? null);
  return buildSettings(schemas, (key: SettingKey) => (isPerResource(schemas.get(key)) ? forResource : forWindow).get(key), parseDuration);
}

/** The settings of a file (or of none): from the reader activate() made, else read afresh. */
export function settingsFor(resource?: vscode.Uri): Settings {
  if (active) return active.for(resource);
  // Not active (a provider called during shutdown): read without caching.
  return readSettings(settingSchemas(vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON), resource).settings;
}

/** Calls `listener` at its stage whenever a `virtstack.*` setting changes; dispose the result to stop. */
export function onSettingsChange(stage: SettingsStage, listener: (change: SettingsChange) => void): vscode.Disposable {
  const set = listeners.get(stage)!;
  set.add(listener);
  return new vscode.Disposable(() => set.delete(listener));
}

/** Overcommit limits from the user's settings (the file's own `simulate` block still wins). */
export function readValidationOptions(scope?: vscode.Uri): ValidationOptions {
  return settingsFor(scope).validation.limits;
}

/** Milliseconds to wait after a keystroke before checking the file again. */
export function readValidationDelay(scope?: vscode.Uri): number {
  return settingsFor(scope).validation.delay;
}

/** The extension's id, `publisher.name` from package.json. */
export const EXTENSION_ID = 'virtstack.virtstack';
