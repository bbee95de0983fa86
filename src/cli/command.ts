// What every command of the command line is: a name, its words for `--help`, its options (read by
// args.ts with node:util's parseArgs) and its run. The table of commands is commands/index.ts;
// adding a command is one module and one entry there.
import type { LanguageService, Localizer, MessageId } from '../core/languageService';
import type { StdinReader } from './files';

/** The exit codes, the same for every command (docs/cli.md). */
export const EXIT = {
  /** Done; no errors found, everything formatted. */
  ok: 0,
  /** The command ran and found what it reports: errors (`check`), unformatted files (`fmt --check`), a refused simulation. */
  failed: 1,
  /** Usage or input error: an unknown option, a missing or unreadable file, no Chromium for an image. */
  usage: 2,
} as const;

/** One option of a command. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  readonly short?: string;
  readonly type: 'string' | 'boolean';
  /** The placeholder of its value in the help (a message id, so that it is translated). */
  readonly value?: MessageId;
  /** The values it accepts, checked before the command runs. */
  readonly choices?: readonly string[];
  readonly help: MessageId;
}

/** Where a command writes: the standard streams, told whether they are terminals. */
export interface Output {
  write(text: string): void;
  readonly isTTY: boolean;
  /** The terminal's width in columns, when it is one. */
  readonly columns?: number;
}

/** What a command runs with. */
export interface CliContext {
  readonly l10n: Localizer;
  readonly service: LanguageService;
  readonly stdout: Output;
  readonly stderr: Output;
  /** Raw bytes to standard output (a PNG piped on). */
  writeBytes(bytes: Uint8Array): void;
  readonly cwd: string;
  /** Standard input, for the file name `-`. */
  readonly stdin?: StdinReader;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The folder that holds the l10n/ and dist/ folders of the package. */
  readonly packageRoot: string;
}

/** The options as parseArgs read them. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>;

/** A command of the command line. */
export interface CliCommand {
  readonly name: string;
  /** One line for the list of commands. */
  readonly summary: MessageId;
  /** The usage line after `virtstack NAME `, e.g. `[options] FILE…`. */
  readonly usage: MessageId;
  /** A paragraph under the usage line. */
  readonly description: MessageId;
  readonly options: readonly OptionSpec[];
  /** How many file arguments it takes. */
  readonly positionals: { readonly min: number; readonly max?: number };
  /** What each exit code means for this command. */
  readonly exits: readonly (readonly [code: number, meaning: MessageId])[];
  /** Runs; resolves with the exit code. Input errors are thrown as CliError. */
  run(files: readonly string[], options: OptionValues, ctx: CliContext): Promise<number>;
}

/** An error to show as one line on standard error, with the exit code to end with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
  ) {
    super(message);
  }
}
