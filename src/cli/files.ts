// Reading and writing the user's files, with every way it can fail said in the user's words: a
// missing file, a folder, a file that is not text (a NUL byte, or bytes that are not UTF-8).
// The name `-` is standard input (`kubectl get nodes -o yaml | virtstack import -`), read once,
// under the same size bound, and shown as `<stdin>`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Localizer } from '../core/languageService';
import { CliError } from './command';

/** A `.virt` file as read: its text without a byte order mark, and whether it had one. */
export interface SourceFile {
  /** The path as the user wrote it, relative to the working folder when it is inside it. */
  readonly name: string;
  readonly path: string;
  readonly text: string;
  readonly bom: boolean;
}

/** The largest file read: the same bound as a diagram's text, far beyond any real stack file. */
const MAX_BYTES = 64 * 1024 * 1024;

/** The file name that stands for standard input, and the name findings give it. */
export const STDIN = '-';
const STDIN_NAME = '<stdin>';

/** Standard input, read at most once: its bytes, or `tooLarge` once more than `maxBytes` came (read no further). */
export type StdinReader = (maxBytes: number) => Uint8Array | 'tooLarge';

/** Reads a source file, or standard input for `-`; throws CliError (exit 2) saying why it cannot. */
export function readSource(file: string, cwd: string, l10n: Localizer, stdin?: StdinReader): SourceFile {
  if (file === STDIN) return readStdin(l10n, stdin);
  const full = path.resolve(cwd, file);
  let stat: fs.Stats;
  try {
    stat = fs.statSync(full);
  } catch {
    throw new CliError(l10n.t('cli.error.noSuchFile', file));
  }
  if (stat.isDirectory()) throw new CliError(l10n.t('cli.error.isDirectory', file));
  if (stat.size > MAX_BYTES) throw new CliError(l10n.t('cli.error.tooLarge', file, Math.round(MAX_BYTES / 1024 / 1024)));
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(full);
  } catch (err) {
    throw new CliError(l10n.t('cli.error.cannotRead', file, (err as Error).message));
  }
  return { name: displayName(full, cwd), path: full, ...decode(bytes, file, l10n) };
}

/** Standard input as a source file: no path, shown as `<stdin>`. */
function readStdin(l10n: Localizer, stdin: StdinReader | undefined): SourceFile {
  const bytes = stdin?.(MAX_BYTES) ?? new Uint8Array();
  if (bytes === 'tooLarge') throw new CliError(l10n.t('cli.error.tooLarge', STDIN_NAME, Math.round(MAX_BYTES / 1024 / 1024)));
  return { name: STDIN_NAME, path: '', ...decode(bytes, STDIN_NAME, l10n) };
}

/** The text of a file's bytes, without its byte order mark; throws CliError when they are not UTF-8 text. */
function decode(bytes: Uint8Array, name: string, l10n: Localizer): { text: string; bom: boolean } {
  let text: string;
  // ignoreBOM keeps a byte order mark in the text, so that fmt can write it back.
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(l10n.t('cli.error.notText', name));
  }
  if (text.includes('\u0000')) throw new CliError(l10n.t('cli.error.notText', name));
  const bom = text.charCodeAt(0) === 0xfeff;
  return { text: bom ? text.slice(1) : text, bom };
}

/** Throws CliError when `-` (standard input, which can be read only once) is named more than once. */
export function checkStdinOnce(files: readonly string[], l10n: Localizer): void {
  if (files.filter((f) => f === STDIN).length > 1) throw new CliError(l10n.t('cli.error.stdinTwice'));
}

/** A path as findings print it: relative to the working folder when inside it, with `/` separators. */
export function displayName(full: string, cwd: string): string {
  const relative = path.relative(cwd, full);
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : full).split(path.sep).join('/');
}

/** Writes a file the user named; throws CliError (exit 2) saying why it cannot. */
export function writeOutput(file: string, cwd: string, data: string | Uint8Array, l10n: Localizer): void {
  try {
    fs.writeFileSync(path.resolve(cwd, file), data);
  } catch (err) {
    throw new CliError(l10n.t('cli.error.cannotWrite', file, (err as Error).message));
  }
}
