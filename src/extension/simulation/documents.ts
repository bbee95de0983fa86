// The results for documents (issue 15): the summary and the consolidation table copied as
// Markdown tables (built by the core's markdownTable, which escapes each cell), and a chart's
// SVG or PNG saved through the preview's save path (workspace.fs, a localized error on failure).
import * as vscode from 'vscode';
import { markdownTable } from '../../core/languageService';
import type { SimulationView } from '../../shared/simulationProtocol';
import { fileStem } from '../documents';
import { uiLocalizer } from '../l10n';
import { base64Bytes, writeOrSay } from '../preview/exporting';

/** What can be copied as Markdown. */
export type MarkdownPart = 'summary' | 'consolidation';

/** The summary cards as a table (metric, value, what it means), or the consolidation table as shown; undefined when the view has none. */
export function partMarkdown(view: SimulationView, part: MarkdownPart): string | undefined {
  const l10n = uiLocalizer();
  if (part === 'summary') {
    return markdownTable(
      [l10n.t('simulation.markdown.metric'), l10n.t('simulation.markdown.value'), l10n.t('simulation.markdown.meaning')],
      view.cards.map((c) => [c.label, c.value, c.hint]),
    );
  }
  return view.consolidation ? markdownTable(view.consolidation.table.head, view.consolidation.table.rows) : undefined;
}

/** Copies a part of the results shown as Markdown and says so; without results or that part, says why. */
export async function copyMarkdown(view: SimulationView | undefined, part: MarkdownPart): Promise<string | undefined> {
  const l10n = uiLocalizer();
  if (!view) {
    void vscode.window.showWarningMessage(l10n.t('simulation.markdown.noResults'));
    return undefined;
  }
  const markdown = partMarkdown(view, part);
  if (markdown === undefined) {
    void vscode.window.showWarningMessage(l10n.t('simulation.markdown.noConsolidation'));
    return undefined;
  }
  await vscode.env.clipboard.writeText(markdown);
  const what = part === 'summary' ? l10n.t('simulation.view.summary') : l10n.t('simulation.view.consolidationServersNeededPerKind');
  void vscode.window.showInformationMessage(l10n.t('simulation.markdown.copied', what));
  return markdown;
}

/**
 * Saves a chart the page exported: the save dialog proposes `stack-TITLE.svg` beside the file.
 * A dismissed dialog does nothing and says nothing; a failed write says why.
 */
export async function saveChart(resource: vscode.Uri, format: 'svg' | 'png', name: string, data: string, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const l10n = uiLocalizer();
  const base = fileStem(resource, 'stack');
  const slug = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'chart';
  const uri = target ?? await vscode.window.showSaveDialog({
    defaultUri: resource.scheme === 'untitled' ? undefined : vscode.Uri.joinPath(resource, '..', `${base}-${slug}.${format}`),
    filters: format === 'svg' ? { [l10n.t('preview.export.svgImage')]: ['svg'] } : { [l10n.t('preview.export.pngImage')]: ['png'] },
    saveLabel: l10n.t('preview.export.export'),
  });
  if (!uri) return undefined;
  const bytes = format === 'svg' ? new TextEncoder().encode(data) : base64Bytes(data);
  if (!(await writeOrSay(uri, bytes))) return undefined;
  if (!target) void vscode.window.showInformationMessage(l10n.t('simulation.chartSavedTo', vscode.workspace.asRelativePath(uri)));
  return uri;
}
