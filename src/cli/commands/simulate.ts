// `virtstack simulate FILE`: runs the simulation the results panel shows, in this process, and
// prints a one-screen summary (the panel's cards, built by the same buildView); `--json` and
// `--csv` write the same exports as the panel's Export command. A progress bar goes to standard
// error on a terminal only.
import { formatDuration, parseDuration, SIMULATION_LIMITS, type SimulationOutcome, type SimulationOverrides, type SimulationResult, seriesCsv, simulate, statsCsv, toJson } from '../../core/languageService';
import { buildView, type Translate } from '../../extension/simulation/view';
import { type CliCommand, type CliContext, CliError, EXIT } from '../command';
import { columns } from '../help';
import { readSource, writeOutput } from '../files';
import { ProgressBar } from '../progress';

/** The simulate command. */
export const simulateCommand: CliCommand = {
  name: 'simulate',
  summary: 'cli.simulate.summary',
  usage: 'cli.simulate.usage',
  description: 'cli.simulate.description',
  options: [
    { name: 'duration', short: 'd', type: 'string', value: 'cli.value.duration', help: 'cli.simulate.option.duration' },
    { name: 'step', short: 's', type: 'string', value: 'cli.value.duration', help: 'cli.simulate.option.step' },
    { name: 'seed', type: 'string', value: 'cli.value.number', help: 'cli.simulate.option.seed' },
    { name: 'json', type: 'string', value: 'cli.value.file', help: 'cli.simulate.option.json' },
    { name: 'csv', type: 'string', value: 'cli.value.file', help: 'cli.simulate.option.csv' },
    { name: 'series-csv', type: 'string', value: 'cli.value.file', help: 'cli.simulate.option.seriesCsv' },
    { name: 'quiet', short: 'q', type: 'boolean', help: 'cli.simulate.option.quiet' },
  ],
  positionals: { min: 1, max: 1 },
  exits: [[EXIT.ok, 'cli.simulate.exit.ok'], [EXIT.failed, 'cli.simulate.exit.failed'], [EXIT.usage, 'cli.exit.usage']],
  async run(files, options, ctx) {
    const overrides = readOverrides(options, ctx);
    const source = readSource(files[0], ctx.cwd, ctx.l10n, ctx.stdin);
    const analysis = ctx.service.analyze(source.text);
    const bar = new ProgressBar(ctx.stderr, ctx.l10n.t('cli.simulate.progress'));
    let outcome: SimulationOutcome;
    try {
      outcome = simulate(analysis, overrides, (done, total) => {
        bar.update(done, total);
        return true;
      });
    } finally {
      bar.done();
    }
    if (outcome.status !== 'done') {
      const why = outcome.status === 'refused' ? ctx.l10n.text(outcome.refusal.text) : '';
      ctx.stderr.write(`virtstack: ${ctx.l10n.t('cli.simulate.refused', source.name, why)}\n`);
      return EXIT.failed;
    }
    const result = outcome.result;
    const outputs: [string | undefined, () => string][] = [
      [options.json as string | undefined, () => toJson(result) + '\n'],
      [options.csv as string | undefined, () => statsCsv(result)],
      [options['series-csv'] as string | undefined, () => seriesCsv(result)],
    ];
    let toStdout = false;
    for (const [target, text] of outputs) {
      if (target === undefined) continue;
      if (target === '-') {
        ctx.stdout.write(text());
        toStdout = true;
      } else {
        writeOutput(target, ctx.cwd, text(), ctx.l10n);
      }
    }
    // The summary goes to standard output unless an export does, or --quiet.
    if (!toStdout && options.quiet !== true) ctx.stdout.write(summaryText(result, source.name, ctx));
    return EXIT.ok;
  },
};

/** --duration, --step and --seed as overrides; a value that cannot be read is a usage error. */
export function readOverrides(options: Readonly<Record<string, string | boolean | undefined>>, ctx: CliContext): SimulationOverrides {
  const overrides: SimulationOverrides = {};
  for (const key of ['duration', 'step'] as const) {
    const text = options[key];
    if (typeof text !== 'string') continue;
    const seconds = parseDuration(text);
    if (seconds === undefined) throw new CliError(ctx.l10n.t('cli.simulate.badDuration', `--${key}`, text));
    overrides[key] = seconds;
  }
  if (typeof options.seed === 'string') {
    const seed = /^\d+$/.test(options.seed) ? Number(options.seed) : NaN;
    if (!(seed <= SIMULATION_LIMITS.maxSeed)) throw new CliError(ctx.l10n.t('cli.simulate.badSeed', options.seed, SIMULATION_LIMITS.maxSeed));
    overrides.seed = seed;
  }
  return overrides;
}

/** The summary: the title, the settings, and the panel's cards as `label  value` lines, with a `!` on those worth attention. */
export function summaryText(result: SimulationResult, fileName: string, ctx: CliContext): string {
  const t: Translate = (id, ...args) => ctx.l10n.t(id, ...args);
  const view = buildView(result, fileName, 1, t);
  const width = Math.max(...view.cards.map((c) => columns(c.label)));
  const lines = [
    view.title,
    view.subtitle,
    '',
    ...view.cards.map((c) => `${c.alert ? '!' : ' '} ${c.label}${' '.repeat(width - columns(c.label) + 2)}${c.value}`),
  ];
  if (view.notes.length > 0) lines.push('', ...view.notes.slice(0, 5).map((n) => `- ${n}`));
  lines.push('', ctx.l10n.t('cli.simulate.more', formatDuration(result.settings.duration, t)));
  return lines.join('\n') + '\n';
}
