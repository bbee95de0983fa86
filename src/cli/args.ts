// Reads a command's arguments with node:util's parseArgs (strict: an unknown option is an error),
// and turns its English errors into the user's language, naming the option at fault.
import { parseArgs } from 'node:util';
import type { Localizer } from '../core/languageService';
import { CliError, type CliCommand, type OptionValues } from './command';

/** The arguments of one command: its files and options, or a request for its help. */
export interface ParsedCommand {
  readonly files: readonly string[];
  readonly options: OptionValues;
  readonly help: boolean;
}

/** Parses the arguments after the command's name; throws CliError (exit 2) on bad usage. */
export function parseCommand(command: CliCommand, argv: readonly string[], l10n: Localizer): ParsedCommand {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const o of command.options) options[o.name] = o.short ? { type: o.type, short: o.short } : { type: o.type };
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(argumentError(err, command.name, l10n));
  }
  const help = parsed.values.help === true;
  if (help) return { files: parsed.positionals, options: parsed.values, help };
  for (const o of command.options) {
    const value = parsed.values[o.name];
    if (o.choices && typeof value === 'string' && !o.choices.includes(value)) {
      throw new CliError(l10n.t('cli.error.badChoice', `--${o.name}`, value, l10n.orList(o.choices.map(String))));
    }
  }
  const n = parsed.positionals.length;
  if (n < command.positionals.min) throw new CliError(l10n.t('cli.error.missingFile', command.name));
  if (command.positionals.max !== undefined && n > command.positionals.max) throw new CliError(l10n.t('cli.error.tooManyFiles', command.name, command.positionals.max));
  return { files: parsed.positionals, options: parsed.values, help };
}

/** parseArgs's error in the user's words; its codes say what went wrong, its message quotes the option. */
function argumentError(err: unknown, command: string, l10n: Localizer): string {
  const e = err as { code?: string; message?: string };
  // "Option '-f, --format <value>' argument missing": the long name when it has one.
  const quoted = /'(?:-\w, )?(-[^' ]*)/.exec(e.message ?? '')?.[1] ?? '';
  switch (e.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': return l10n.t('cli.error.unknownOption', quoted, command);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': return l10n.t('cli.error.optionValue', quoted, command);
    default: return l10n.t('cli.error.arguments', e.message ?? String(err), command);
  }
}
