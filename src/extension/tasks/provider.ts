// The `virtstack` task type (issue 16): `check` and `fmt` over the workspace's .virt files, as
// the command line runs them, with the `$virtstack` problem matcher reading the findings. The
// task runs inside the extension host (a CustomExecution writing to a pseudoterminal), not as a
// process: it needs no Node or npm package in the workspace, works in VS Code for the Web, and
// reads files through workspace.fs. It prints exactly the CLI's lines and ends with its exit codes.
import * as vscode from 'vscode';
import type { LanguageService } from '../../core/languageService';
import { uiLocalizer } from '../l10n';
import { checkFiles, formatFiles, type TaskFile, taskGlob, type VirtStackTaskDefinition } from './run';

const TASK_TYPE = 'virtstack';

/** Registers the task provider with the extension's language service; call once at activation. */
export function registerVirtStackTasks(context: vscode.ExtensionContext, service: LanguageService): void {
  context.subscriptions.push(vscode.tasks.registerTaskProvider(TASK_TYPE, {
    provideTasks: () => (vscode.workspace.workspaceFolders ?? []).flatMap((folder) => [
      taskFor(folder, { type: TASK_TYPE, command: 'check' }, service),
      taskFor(folder, { type: TASK_TYPE, command: 'fmt', check: true }, service),
      taskFor(folder, { type: TASK_TYPE, command: 'fmt' }, service),
    ]),
    resolveTask: (task) => {
      const d = task.definition as Partial<VirtStackTaskDefinition>;
      if (d.command !== 'check' && d.command !== 'fmt') return undefined;
      const folder = typeof task.scope === 'object' ? task.scope : vscode.workspace.workspaceFolders?.[0];
      if (!folder) return undefined;
      // Keep the definition object VS Code handed in: that is how it matches the task to tasks.json.
      return taskFor(folder, task.definition as VirtStackTaskDefinition, service);
    },
  }));
}

/** A task of a workspace folder. */
function taskFor(folder: vscode.WorkspaceFolder, definition: VirtStackTaskDefinition, service: LanguageService): vscode.Task {
  const l10n = uiLocalizer();
  const name = definition.command === 'check' ? l10n.t('tasks.check') : definition.check ? l10n.t('tasks.fmtCheck') : l10n.t('tasks.fmt');
  const task = new vscode.Task(definition, folder, name, TASK_TYPE, new vscode.CustomExecution(async () => new TaskTerminal(folder, definition, service)), definition.command === 'check' || definition.check ? ['$virtstack'] : []);
  task.group = definition.command === 'check' ? vscode.TaskGroup.Test : undefined;
  task.presentationOptions = { reveal: vscode.TaskRevealKind.Silent, clear: true };
  return task;
}

/** The task's terminal: runs on open, writes the lines, closes with the exit code. */
class TaskTerminal implements vscode.Pseudoterminal {
  private readonly written = new vscode.EventEmitter<string>();
  private readonly closed = new vscode.EventEmitter<number>();
  readonly onDidWrite = this.written.event;
  readonly onDidClose = this.closed.event;
  private stopped = false;

  constructor(
    private readonly folder: vscode.WorkspaceFolder,
    private readonly definition: VirtStackTaskDefinition,
    private readonly service: LanguageService,
  ) {}

  open(): void {
    void this.run().then(
      (code) => this.closed.fire(code),
      (err: unknown) => {
        this.written.fire(`${String(err instanceof Error ? err.message : err)}\r\n`);
        this.closed.fire(2);
      },
    );
  }

  close(): void {
    this.stopped = true;
  }

  private async run(): Promise<number> {
    const l10n = uiLocalizer();
    const uris = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, taskGlob(this.definition)), '**/node_modules/**');
    uris.sort((a, b) => a.path.localeCompare(b.path));
    const files: TaskFile[] = [];
    for (const uri of uris) {
      if (this.stopped) return 130;
      const bytes = await vscode.workspace.fs.readFile(uri);
      files.push({ name: relativeName(this.folder, uri), text: new TextDecoder().decode(bytes).replace(/^\ufeff/, '') });
    }
    const run = this.definition.command === 'check'
      ? checkFiles(files, this.service)
      : formatFiles(files, this.service, this.definition.check === true, { formatted: (n) => l10n.t('cli.fmt.formatted', n), notFormatted: (n) => l10n.t('cli.fmt.notFormatted', n) });
    for (const file of run.formatted) await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(this.folder.uri, file.name), new TextEncoder().encode(file.text));
    for (const line of run.lines) this.written.fire(`${line}\r\n`);
    this.written.fire(`${l10n.t('tasks.done', files.length)}\r\n`);
    return run.exitCode;
  }
}

/** A file's path relative to its folder, with `/`, as the problem matcher resolves it against ${workspaceFolder}. */
function relativeName(folder: vscode.WorkspaceFolder, uri: vscode.Uri): string {
  const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
  return uri.path.startsWith(base) ? uri.path.slice(base.length) : uri.path;
}
