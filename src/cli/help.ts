// The texts of `--help`: the list of commands, and each command's usage, options and exit codes,
// all in the user's language. Columns are padded by characters, so Korean lines up in a terminal
// with a monospaced font too (each Hangul syllable is two columns wide, counted as such).
import type { Localizer } from '../core/languageService';
import { type CliCommand, EXIT, type OptionSpec } from './command';

/** `virtstack --help`: what the tool is, its commands, the global options and the exit codes. */
export function mainHelp(commands: readonly CliCommand[], l10n: Localizer, version: string): string {
  return [
    l10n.t('cli.help.title', version),
    '',
    `${l10n.t('cli.help.usage')} virtstack ${l10n.t('cli.help.mainUsage')}`,
    '',
    l10n.t('cli.help.commands'),
    ...table(commands.map((c) => [c.name, l10n.t(c.summary)])),
    '',
    l10n.t('cli.help.options'),
    ...table([['-h, --help', l10n.t('cli.option.help')], ['--version', l10n.t('cli.option.version')]]),
    '',
    l10n.t('cli.help.exitCodes'),
    ...table([[String(EXIT.ok), l10n.t('cli.exit.ok')], [String(EXIT.failed), l10n.t('cli.exit.failed')], [String(EXIT.usage), l10n.t('cli.exit.usage')]]),
    '',
    l10n.t('cli.help.environment'),
    ...table([['LC_ALL, LC_MESSAGES, LANG', l10n.t('cli.env.locale')], ['CHROME_PATH', l10n.t('cli.env.chrome')]]),
    '',
    l10n.t('cli.help.more'),
    '',
  ].join('\n');
}

/** `virtstack NAME --help`. */
export function commandHelp(command: CliCommand, l10n: Localizer): string {
  const options: OptionSpec[] = [...command.options, { name: 'help', short: 'h', type: 'boolean', help: 'cli.option.help' }];
  return [
    `${l10n.t('cli.help.usage')} virtstack ${command.name} ${l10n.t(command.usage)}`,
    '',
    l10n.t(command.description),
    '',
    l10n.t('cli.help.options'),
    ...table(options.map((o) => [optionName(o, l10n), l10n.t(o.help)])),
    '',
    l10n.t('cli.help.exitCodes'),
    ...table(command.exits.map(([code, meaning]) => [String(code), l10n.t(meaning)])),
    '',
  ].join('\n');
}

/** `-o, --output <file>` or `--format <text|json|sarif>`. */
function optionName(o: OptionSpec, l10n: Localizer): string {
  const name = `${o.short ? `-${o.short}, ` : ''}--${o.name}`;
  if (o.type === 'boolean') return name;
  return `${name} <${o.choices ? o.choices.join('|') : l10n.t(o.value ?? 'cli.value.value')}>`;
}

/** Two columns, the first padded to the widest entry. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(...rows.map(([a]) => columns(a)));
  return rows.map(([a, b]) => `  ${a}${' '.repeat(width - columns(a) + 2)}${b}`);
}

/** Terminal columns of a text: East Asian wide characters (Hangul, CJK) take two. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return n;
}
