// The command line's dispatcher: global options, the command by its name from the table
// (commands/index.ts), its own --help, and one place that turns errors into a message and an
// exit code. Nothing here touches process: virtstack.ts hands in the streams and the environment.
import { getLanguageService } from '../core/languageService';
import { type CliCommand, type CliContext, CliError, EXIT } from './command';
import { parseCommand } from './args';
import { commandHelp, mainHelp } from './help';
import { VERSION } from './version';

/** Runs one command line; resolves with the exit code. */
export async function main(argv: readonly string[], ctx: Omit<CliContext, 'service'>, commands: readonly CliCommand[]): Promise<number> {
  const { l10n } = ctx;
  const full: CliContext = { ...ctx, service: getLanguageService({ l10n }) };
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? commands.find((c) => c.name === rest[0]) : undefined;
    ctx.stdout.write(topic ? commandHelp(topic, l10n) : mainHelp(commands, l10n, VERSION));
    // Without any argument the help is an answer to a mistake, so it ends as a usage error.
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-V') {
    ctx.stdout.write(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    const message = first.startsWith('-') ? l10n.t('cli.error.unknownGlobalOption', first) : l10n.t('cli.error.unknownCommand', first, l10n.orList(commands.map((c) => c.name)));
    ctx.stderr.write(`virtstack: ${message}\n${l10n.t('cli.error.seeHelp')}\n`);
    return EXIT.usage;
  }
  try {
    const parsed = parseCommand(command, rest, l10n);
    if (parsed.help) {
      ctx.stdout.write(commandHelp(command, l10n));
      return EXIT.ok;
    }
    return await command.run(parsed.files, parsed.options, full);
  } catch (err) {
    if (err instanceof CliError) {
      ctx.stderr.write(`virtstack: ${err.message}\n`);
      return err.exitCode;
    }
    throw err;
  }
}
