// "VirtStack: Import from Docker Compose / Kubernetes / libvirt…": the inventory a user already
// has (compose.yaml, manifests, `virsh dumpxml` output) becomes a .virt file. The files come from
// the Explorer's selection, else the active editor, else an open dialog; importing.ts does the
// rest. These commands load with the views (views.ts), and the importer itself, with its YAML and
// XML parsers, only when one of them has files to import.
import * as vscode from 'vscode';
import type { ImportFormat } from '../../core/languageService';
import { type CommandRegistry, guarded } from '../commands/general';
import { uiLocalizer } from '../l10n';

/** The importer's module, as importing.ts exports it. */
export type ImportersModule = typeof import('./importing');

/** Loads the importer's bundle (HostPlatform.loadImporters): a require() on desktop, a fetch on the web. */
export type ImportersLoader = () => ImportersModule | Promise<ImportersModule>;

/** The file extensions each format comes in, for the open dialog and the active editor. */
const EXTENSIONS: Readonly<Record<ImportFormat, readonly string[]>> = {
  compose: ['yaml', 'yml'],
  kubernetes: ['yaml', 'yml', 'json'],
  libvirt: ['xml'],
};

/** The message id of each command's title (package.nls: the palette's; this: the error's). */
const TITLES: Readonly<Record<ImportFormat, 'import.fromCompose' | 'import.fromKubernetes' | 'import.fromLibvirt'>> = {
  compose: 'import.fromCompose',
  kubernetes: 'import.fromKubernetes',
  libvirt: 'import.fromLibvirt',
};

/** Registers the three import commands (the Explorer passes the clicked file and the selection). */
export function registerImportCommands(registry: CommandRegistry, load: ImportersLoader): vscode.Disposable {
  const command = (from: ImportFormat) => guarded(uiLocalizer().t(TITLES[from]), async (uri?: unknown, uris?: unknown) => {
    const files = await chooseFiles(from, uri, uris);
    if (files && files.length > 0) await (await load()).importFiles(from, files);
  });
  return vscode.Disposable.from(
    registry.registerCommand('virtstack.import.compose', command('compose')),
    registry.registerCommand('virtstack.import.kubernetes', command('kubernetes')),
    registry.registerCommand('virtstack.import.libvirt', command('libvirt')),
  );
}

/** The Explorer's selection (one or several files), else the active editor's file if it fits, else the user's pick. */
async function chooseFiles(from: ImportFormat, uri: unknown, uris: unknown): Promise<vscode.Uri[] | undefined> {
  if (Array.isArray(uris) && uris.length > 0 && uris.every((u) => u instanceof vscode.Uri)) return uris as vscode.Uri[];
  if (uri instanceof vscode.Uri) return [uri];
  const active = vscode.window.activeTextEditor?.document;
  if (active && EXTENSIONS[from].some((ext) => active.uri.path.toLowerCase().endsWith(`.${ext}`))) return [active.uri];
  const l10n = uiLocalizer();
  return vscode.window.showOpenDialog({
    canSelectMany: true,
    openLabel: l10n.t('import.openLabel'),
    title: l10n.t(TITLES[from]),
    filters: { [l10n.t(TITLES[from])]: [...EXTENSIONS[from]] },
  });
}
