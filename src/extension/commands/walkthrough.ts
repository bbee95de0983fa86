// The commands of the getting-started walkthrough (package.json `contributes.walkthroughs`).
// A walkthrough's buttons run while the walkthrough page, not a text editor, is active, so each
// command first brings a .virt document to the front and then runs the real command. The
// examples open as untitled copies of the files bundled with the extension: a learner may edit
// and fix them freely, and nothing is ever written into the workspace (which may be empty, or
// the extension's own folder).
import * as vscode from 'vscode';
import { VIRT_LANGUAGE } from '../documents';
import { uiLocalizer } from '../l10n';
import { guarded } from './general';

/** The bundled examples the walkthrough opens: the article's three kinds, then the file of mistakes. */
export const WALKTHROUGH_EXAMPLES = ['host-os', 'hypervisor', 'container', 'mistakes'] as const;

/** One of the bundled examples. */
export type ExampleName = (typeof WALKTHROUGH_EXAMPLES)[number];

/** The context key each example sets once opened; the walkthrough's steps complete on it (`onContext:`). */
export const EXAMPLE_CONTEXT: Readonly<Record<ExampleName, string>> = {
  'host-os': 'virtstack.walkthrough.hostOsOpened',
  hypervisor: 'virtstack.walkthrough.hypervisorOpened',
  container: 'virtstack.walkthrough.containerOpened',
  mistakes: 'virtstack.walkthrough.mistakesOpened',
};

/** Whether a command argument names a bundled example. */
export function isExampleName(value: unknown): value is ExampleName {
  return typeof value === 'string' && (WALKTHROUGH_EXAMPLES as readonly string[]).includes(value);
}

/** The untitled document an example opens as: named after the bundled file, so its tab says which one it is. */
export function exampleCopyUri(name: ExampleName): vscode.Uri {
  return vscode.Uri.from({ scheme: 'untitled', path: `${name}.virt` });
}

/** Registers "Open Example" and the walkthrough's preview, simulation and comparison steps. */
export function registerWalkthroughCommands(extensionUri: vscode.Uri): vscode.Disposable {
  // The kind the learner opened last: the preview, run and compare steps act on it.
  let lastKind: ExampleName | undefined;
  const open = async (arg?: unknown): Promise<vscode.TextEditor | undefined> => {
    const name = isExampleName(arg) ? arg : await pickExample();
    if (!name) return undefined;
    const editor = await openExample(extensionUri, name);
    await vscode.commands.executeCommand('setContext', EXAMPLE_CONTEXT[name], true);
    if (name === 'mistakes') await vscode.commands.executeCommand('workbench.actions.view.problems');
    else lastKind = name;
    return editor;
  };
  // Brings the stack the step is about to the front: the active .virt editor, else the example
  // opened last, else the first visible .virt editor, else the hypervisor example.
  const front = async (): Promise<void> => {
    const active = vscode.window.activeTextEditor;
    if (active?.document.languageId === VIRT_LANGUAGE) return;
    const last = lastKind && vscode.workspace.textDocuments.find((d) => d.uri.toString() === exampleCopyUri(lastKind!).toString());
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === VIRT_LANGUAGE);
    if (last) await vscode.window.showTextDocument(last, visible?.document === last ? visible.viewColumn : vscode.ViewColumn.One);
    else if (visible) await vscode.window.showTextDocument(visible.document, visible.viewColumn);
    else await open('hypervisor');
  };
  const step = (id: string, title: string, command: string) =>
    vscode.commands.registerCommand(id, guarded(title, async () => {
      await front();
      await vscode.commands.executeCommand(command);
    }));
  const l = uiLocalizer();
  return vscode.Disposable.from(
    vscode.commands.registerCommand('virtstack.openExample', guarded(l.t('walkthrough.openExample'), (arg?: unknown) => open(arg))),
    step('virtstack.walkthrough.openPreview', l.t('preview.openPreviewToTheSide'), 'virtstack.preview.openToSide'),
    step('virtstack.walkthrough.runSimulation', l.t('simulation.runSimulation'), 'virtstack.simulation.run'),
    step('virtstack.walkthrough.compare', l.t('simulation.compareKindsOfVirtualization'), 'virtstack.simulation.compare'),
  );
}

/**
 * Shows the untitled copy of a bundled example, filling it from the extension's own file the
 * first time; a copy already open is shown as the learner left it.
 */
export async function openExample(extensionUri: vscode.Uri, name: ExampleName): Promise<vscode.TextEditor> {
  const uri = exampleCopyUri(name);
  const existing = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  let document = existing ?? (await vscode.workspace.openTextDocument(uri));
  if (document.languageId !== VIRT_LANGUAGE) document = await vscode.languages.setTextDocumentLanguage(document, VIRT_LANGUAGE);
  if (document.getText() === '') {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, 'examples', `${name}.virt`));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), new TextDecoder().decode(bytes));
    await vscode.workspace.applyEdit(edit);
  }
  const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
  // Start at the top, where the example's comment explains its kind of virtualization.
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
  return editor;
}

/** Asks which example to open when the command runs from the palette without an argument. */
async function pickExample(): Promise<ExampleName | undefined> {
  const l = uiLocalizer();
  const items: (vscode.QuickPickItem & { name: ExampleName })[] = [
    { label: 'host-os.virt', detail: l.t('walkthrough.example.hostOs'), name: 'host-os' },
    { label: 'hypervisor.virt', detail: l.t('walkthrough.example.hypervisor'), name: 'hypervisor' },
    { label: 'container.virt', detail: l.t('walkthrough.example.container'), name: 'container' },
    { label: 'mistakes.virt', detail: l.t('walkthrough.example.mistakes'), name: 'mistakes' },
  ];
  return (await vscode.window.showQuickPick(items, { title: l.t('walkthrough.openExample') }))?.name;
}
