// `virtstack import FILE…`: Docker Compose files, Kubernetes manifests or libvirt domain XML as a
// .virt file, through the core's importers (src/core/import/). The .virt text goes to standard
// output, or to the file of `-o`; what was imported and what could not be mapped goes to standard
// error, so that a pipe carries only the file.
import { importInventory, type ImportFormat } from '../../core/languageService';
import { type CliCommand, CliError, EXIT } from '../command';
import { checkStdinOnce, readSource, writeOutput } from '../files';

const FORMATS: readonly ImportFormat[] = ['compose', 'kubernetes', 'libvirt'];

/** The import command. */
export const importCommand: CliCommand = {
  name: 'import',
  summary: 'cli.import.summary',
  usage: 'cli.import.usage',
  description: 'cli.import.description',
  options: [
    { name: 'from', type: 'string', choices: FORMATS, value: 'cli.value.format', help: 'cli.import.option.from' },
    { name: 'cores', type: 'string', value: 'cli.value.number', help: 'cli.import.option.cores' },
    { name: 'memory', type: 'string', value: 'cli.value.size', help: 'cli.import.option.memory' },
    { name: 'output', short: 'o', type: 'string', value: 'cli.value.file', help: 'cli.import.option.output' },
  ],
  positionals: { min: 1 },
  exits: [[EXIT.ok, 'cli.import.exit.ok'], [EXIT.usage, 'cli.import.exit.usage']],
  async run(files, options, ctx) {
    checkStdinOnce(files, ctx.l10n);
    const sources = files.map((file) => {
      const source = readSource(file, ctx.cwd, ctx.l10n, ctx.stdin);
      return { name: source.name, text: source.text };
    });
    const cores = typeof options.cores === 'string' ? Number(options.cores) : undefined;
    if (cores !== undefined && !Number.isInteger(cores)) throw new CliError(ctx.l10n.t('cli.import.badCores', String(options.cores)));
    const memory = typeof options.memory === 'string' ? options.memory : undefined;
    const result = importInventory(sources, {
      from: typeof options.from === 'string' ? (options.from as ImportFormat) : undefined,
      host: cores !== undefined || memory !== undefined ? { cores, memory } : undefined,
      l10n: ctx.l10n,
    });
    if (!result.ok) throw new CliError(result.error);
    if (typeof options.output === 'string') writeOutput(options.output, ctx.cwd, result.text, ctx.l10n);
    else ctx.stdout.write(result.text);
    const { hosts, vms, containers } = result.counts;
    ctx.stderr.write(`${ctx.l10n.t('import.done', sources.map((s) => s.name).join(', '), hosts, vms, containers)}\n`);
    if (result.unmapped.length > 0) ctx.stderr.write(`${ctx.l10n.t('import.doneUnmapped', result.unmapped.length)}\n`);
    return EXIT.ok;
  },
};
