// `virtstack check FILE…`: the editor's diagnostics on the command line, for CI and tasks.
import * as path from 'node:path';
import { type CliCommand, CliError, EXIT } from '../command';
import { checkStdinOnce, readSource } from '../files';
import { type CheckedFile, findingLines, findingsJson, findingsOf } from '../formats/findings';
import { sarifLog } from '../formats/sarif';
import { VERSION } from '../version';

/** The check command. */
export const check: CliCommand = {
  name: 'check',
  summary: 'cli.check.summary',
  usage: 'cli.check.usage',
  description: 'cli.check.description',
  options: [{ name: 'format', short: 'f', type: 'string', choices: ['text', 'json', 'sarif'], help: 'cli.check.option.format' }],
  positionals: { min: 1 },
  exits: [[EXIT.ok, 'cli.check.exit.ok'], [EXIT.failed, 'cli.check.exit.failed'], [EXIT.usage, 'cli.exit.usage']],
  async run(files, options, ctx) {
    checkStdinOnce(files, ctx.l10n);
    const checked: CheckedFile[] = [];
    let code: number = EXIT.ok;
    for (const file of files) {
      try {
        const source = readSource(file, ctx.cwd, ctx.l10n, ctx.stdin);
        const analysis = ctx.service.analyze(source.text);
        if (analysis.diagnostics.some((d) => d.severity === 'error')) code = Math.max(code, EXIT.failed);
        checked.push({ name: source.name, absolute: path.isAbsolute(source.name), findings: findingsOf(analysis, ctx.service) });
      } catch (err) {
        // One unreadable file does not hide the findings of the others.
        if (!(err instanceof CliError)) throw err;
        ctx.stderr.write(`virtstack: ${err.message}\n`);
        code = EXIT.usage;
      }
    }
    const format = options.format ?? 'text';
    ctx.stdout.write(format === 'json' ? findingsJson(checked) : format === 'sarif' ? sarifLog(checked, ctx.l10n, VERSION) : findingLines(checked));
    return code;
  },
};
