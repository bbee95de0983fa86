// `virtstack export FILE --format mermaid|markdown|svg|png`: the preview's diagram for documents.
// Mermaid and Markdown come straight from the core (what Copy as Mermaid copies); SVG and PNG are
// drawn by the preview page in a headless Chromium (render.ts).
import * as path from 'node:path';
import { diagramStrings, mermaidMarkdown, stackSource } from '../../core/languageService';
import { type CliCommand, CliError, EXIT } from '../command';
import { readSource, writeOutput } from '../files';
import { renderImage } from '../render';

/** The export command. */
export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'cli.export.summary',
  usage: 'cli.export.usage',
  description: 'cli.export.description',
  options: [
    { name: 'format', short: 'f', type: 'string', choices: ['mermaid', 'markdown', 'svg', 'png'], help: 'cli.export.option.format' },
    { name: 'theme', short: 't', type: 'string', choices: ['light', 'dark'], help: 'cli.export.option.theme' },
    { name: 'output', short: 'o', type: 'string', value: 'cli.value.file', help: 'cli.export.option.output' },
  ],
  positionals: { min: 1, max: 1 },
  exits: [[EXIT.ok, 'cli.export.exit.ok'], [EXIT.usage, 'cli.export.exit.usage']],
  async run(files, options, ctx) {
    const format = options.format;
    if (typeof format !== 'string') throw new CliError(ctx.l10n.t('cli.export.needFormat'));
    const theme = options.theme === 'dark' ? 'dark' : 'light';
    const target = typeof options.output === 'string' ? options.output : '-';
    // A PNG's bytes would garble a terminal: it needs --output, or a pipe.
    if (format === 'png' && target === '-' && ctx.stdout.isTTY) throw new CliError(ctx.l10n.t('cli.export.pngNeedsOutput'));
    const source = readSource(files[0], ctx.cwd, ctx.l10n, ctx.stdin);
    const analysis = ctx.service.analyze(source.text);
    if (analysis.diagnostics.some((d) => d.severity === 'error')) ctx.stderr.write(`virtstack: ${ctx.l10n.t('cli.export.hasErrors', source.name)}\n`);
    const options_ = { showResources: true, strings: diagramStrings(ctx.l10n), maxLineLength: 36 };
    let data: string | Uint8Array;
    if (format === 'mermaid' || format === 'markdown') {
      const mermaid = stackSource(analysis.model, theme, options_);
      data = format === 'mermaid' ? mermaid : mermaidMarkdown(mermaid);
    } else {
      // Standard input has no file name to fall back on.
      const title = analysis.model.title ?? (source.path === '' ? 'VirtStack' : path.basename(source.name).replace(/\.virt$/i, ''));
      data = await renderImage({ analysis, options: options_, format: format === 'png' ? 'png' : 'svg', theme, title, l10n: ctx.l10n, packageRoot: ctx.packageRoot, env: ctx.env });
    }
    if (target === '-') {
      if (typeof data === 'string') ctx.stdout.write(data);
      else ctx.writeBytes(data);
    } else {
      writeOutput(target, ctx.cwd, data, ctx.l10n);
    }
    return EXIT.ok;
  },
};
