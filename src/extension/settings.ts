// The one reader of the `virtstack.*` settings and their one change handler. Values are checked
// against the schema of the extension's own package.json (settingsSchema.ts), so defaults and
// ranges are written once; each setting is read in its declared scope (window settings without
// a file, resource settings for the file), so VS Code never warns about the access. A change is
// announced in stages, in a fixed order: caches drop what they computed from the old values
// before diagnostics run again, and both before the views redraw.
import * as vscode from 'vscode';
import { parseDuration } from '../core/languageService';
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

/** Reads the settings, keeps one checked snapshot per workspace folder, and announces changes. */
export class SettingsReader extends Disposable {
  private readonly schemas: ReadonlyMap<string, SettingSchema>;
  private readonly snapshots = new Map<string, Settings>();
  /** Invalid values already reported, so that each is logged once, not on every read. */
  private readonly reported = new Set<string>();
  /** Who hears of changes, by stage, so that the order in which features subscribe does not matter. */
  private readonly listeners = new Map<SettingsStage, Set<(change: SettingsChange) => void>>(SETTINGS_STAGES.map((s) => [s, new Set()]));

  constructor(
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

  /** Calls `listener` at its stage whenever a `virtstack.*` setting changes; dispose the result to stop. */
  onChange(stage: SettingsStage, listener: (change: SettingsChange) => void): vscode.Disposable {
    const set = this.listeners.get(stage)!;
    set.add(listener);
    return new vscode.Disposable(() => set.delete(listener));
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
      for (const listener of [...this.listeners.get(stage)!]) {
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
