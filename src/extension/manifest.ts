// What the extension reads from its own package.json besides the settings (settingsSchema.ts):
// the commands and webview types of the views, which lazyViews.ts registers stubs for, so that
// a command added to package.json needs no second list to reach the views. No `vscode` import,
// so that unit tests check it against the real manifest.

/** The commands that belong to the views (loaded on first use): every contributed command under these prefixes. */
const VIEW_COMMAND_PREFIXES = ['virtstack.preview.', 'virtstack.simulation.', 'virtstack.import.'];

/** The parts of package.json read here. */
interface Manifest {
  readonly activationEvents?: readonly string[];
  readonly contributes?: { readonly commands?: readonly { readonly command: string }[] };
}

/** The ids of the views' commands in a manifest. */
export function viewCommandIds(manifest: unknown): string[] {
  const commands = (manifest as Manifest).contributes?.commands ?? [];
  return commands.map((c) => c.command).filter((id) => VIEW_COMMAND_PREFIXES.some((p) => id.startsWith(p)));
}

/** The webview types whose panels VS Code may revive after a reload: its `onWebviewPanel:` activation events. */
export function viewTypes(manifest: unknown): string[] {
  return ((manifest as Manifest).activationEvents ?? []).filter((e) => e.startsWith('onWebviewPanel:')).map((e) => e.slice('onWebviewPanel:'.length));
}
