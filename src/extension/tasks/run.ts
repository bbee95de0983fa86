// What a `virtstack` task does with the files it found, free of `vscode` so that unit tests run
// it: the command line's `check` and `fmt`, over texts instead of paths. A check writes each
// finding as the CLI's `file:line:col: severity code message` line, which the `$virtstack`
// problem matcher (package.json `problemMatchers`) turns into problems; exit codes are the CLI's.
import { applyEdits, findingLine, type LanguageService, positionsOf } from '../../core/languageService';

/** A `virtstack` task as tasks.json declares it (package.json `taskDefinitions`). */
export interface VirtStackTaskDefinition {
  readonly type: 'virtstack';
  readonly command: 'check' | 'fmt';
  /** A glob of the files, relative to the workspace folder; `**\/*.virt` when left out. */
  readonly files?: string;
  /** With `fmt`: list the files that are not formatted and change nothing (`fmt --check`). */
  readonly check?: boolean;
}

/** A file of the workspace: its path relative to the folder (as printed) and its text. */
export interface TaskFile {
  readonly name: string;
  readonly text: string;
}

/** What a run printed and how it ended; `formatted` holds the new texts `fmt` writes back. */
export interface TaskRun {
  readonly lines: string[];
  readonly exitCode: number;
  readonly formatted: TaskFile[];
}

/** The definition's glob, or every .virt file. */
export function taskGlob(definition: Pick<VirtStackTaskDefinition, 'files'>): string {
  return typeof definition.files === 'string' && definition.files.trim() !== '' ? definition.files : '**/*.virt';
}

/** `check`: the findings of every file as lines; exit 1 when any is an error. */
export function checkFiles(files: readonly TaskFile[], service: LanguageService): TaskRun {
  const lines: string[] = [];
  let exitCode = 0;
  for (const file of files) {
    const analysis = service.analyze(file.text);
    const at = positionsOf(file.text);
    for (const d of analysis.diagnostics) {
      if (d.severity === 'error') exitCode = 1;
      lines.push(findingLine(file.name, at(d.start), d, service.describe(d).message));
    }
  }
  return { lines, exitCode, formatted: [] };
}

/** `fmt`: the files that change when formatted, as new texts to write, or with `check` as a list and exit 1. */
export function formatFiles(files: readonly TaskFile[], service: LanguageService, check: boolean, words: { formatted(name: string): string; notFormatted(name: string): string }): TaskRun {
  const lines: string[] = [];
  const formatted: TaskFile[] = [];
  for (const file of files) {
    const text = applyEdits(file.text, service.format(file.text));
    if (text === file.text) continue;
    if (check) lines.push(words.notFormatted(file.name));
    else {
      formatted.push({ name: file.name, text });
      lines.push(words.formatted(file.name));
    }
  }
  return { lines, exitCode: check && lines.length > 0 ? 1 : 0, formatted };
}
