// Reading and writing the user's files, with every way it can fail said in the user's words: a
// missing file, a folder, a file that is not text (a NUL byte, or bytes that are not UTF-8).
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

/** Reads a source file; throws CliError (exit 2) saying why it cannot. */
export function readSource(file: string, cwd: string, l10n: Localizer): SourceFile {
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
  let text: string;
  // ignoreBOM keeps a byte order mark in the text, so that fmt can write it back.
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new CliError(l10n.t('cli.error.notText', file));
  }
  if (text.includes('\u0000')) throw new CliError(l10n.t('cli.error.notText', file));
  const bom = text.charCodeAt(0) === 0xfeff;
  return { name: displayName(full, cwd), path: full, text: bom ? text.slice(1) : text, bom };
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
