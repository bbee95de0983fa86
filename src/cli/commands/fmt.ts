// `virtstack fmt FILE…` formats files in place with the editor's formatter; `--check` changes
// nothing and lists the files that are not formatted, for CI. `fmt -` is a filter, as editors'
// external formatters expect: standard input formatted to standard output.
import { applyEdits } from '../../core/languageService';
import { type CliCommand, CliError, EXIT } from '../command';
import { checkStdinOnce, readSource, STDIN, writeOutput } from '../files';

/** The fmt command. */
export const fmt: CliCommand = {
  name: 'fmt',
  summary: 'cli.fmt.summary',
  usage: 'cli.fmt.usage',
  description: 'cli.fmt.description',
  options: [{ name: 'check', type: 'boolean', help: 'cli.fmt.option.check' }],
  positionals: { min: 1 },
  exits: [[EXIT.ok, 'cli.fmt.exit.ok'], [EXIT.failed, 'cli.fmt.exit.failed'], [EXIT.usage, 'cli.exit.usage']],
  async run(files, options, ctx) {
    checkStdinOnce(files, ctx.l10n);
    let code: number = EXIT.ok;
    for (const file of files) {
      try {
        const source = readSource(file, ctx.cwd, ctx.l10n, ctx.stdin);
        const formatted = applyEdits(source.text, ctx.service.format(source.text));
        if (file === STDIN && options.check !== true) {
          ctx.stdout.write((source.bom ? '\ufeff' : '') + formatted);
          continue;
        }
        if (formatted === source.text) continue;
        if (options.check === true) {
          ctx.stdout.write(`${ctx.l10n.t('cli.fmt.notFormatted', source.name)}\n`);
          code = Math.max(code, EXIT.failed);
        } else {
          writeOutput(source.path, ctx.cwd, (source.bom ? '\ufeff' : '') + formatted, ctx.l10n);
          ctx.stdout.write(`${ctx.l10n.t('cli.fmt.formatted', source.name)}\n`);
        }
      } catch (err) {
        if (!(err instanceof CliError)) throw err;
        ctx.stderr.write(`virtstack: ${err.message}\n`);
        code = EXIT.usage;
      }
    }
    return code;
  },
};
