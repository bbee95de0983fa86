// One ```virt block of a Markdown file as HTML for VS Code's Markdown preview: its hosts' mermaid
// sources, escaped into hidden <pre> elements that the preview script (src/webview/markdown/)
// draws, its legend, and its findings with line numbers of the Markdown file. Free of `vscode`,
// so the unit tests and the benchmark run exactly what the extension does. Nothing here throws:
// a block that cannot be drawn becomes a notice, and the rest of the document renders as usual.
import { type Analysis, type DiagramOptions, type Diagnostic, fillTemplate, type Localizer, MAX_HOST_BLOCKS, MAX_TEXT_SIZE, stackDiagrams } from '../../core/languageService';
import { escapeAttr } from '../panel/page';

/**
 * Largest block drawn, in characters. The preview draws one file of any size, but a Markdown
 * document renders on every keystroke, with all its blocks, inside the Markdown extension's
 * own renderer: a block past this gets a notice instead of holding up the whole document.
 */
export const MAX_BLOCK_SIZE = 1_000_000;

/** Most blocks of one ```virt block drawn, over all its hosts. */
export const MAX_BLOCK_LAYERS = 1_000;

/** Findings listed under a block; the rest are counted. */
export const MAX_LISTED_FINDINGS = 20;

/** The words of a block, in the user's language (templates with `{0}`). */
export interface BlockStrings {
  readonly empty: string;
  /** `{0}` the block's size in kB, `{1}` the limit in kB. */
  readonly tooLarge: string;
  readonly noHosts: string;
  /** `{0}` the reason. */
  readonly failed: string;
  /** `{0}` how many findings. */
  readonly findings: string;
  /** `{0}` a line number. */
  readonly line: string;
  /** `{0}` how many more. */
  readonly more: string;
  /** `{0}` host, `{1}` blocks, `{2}` limit. */
  readonly hostTooLarge: string;
  /** `{0}` host, `{1}` limit. */
  readonly overBudget: string;
  /** Shown by the script when mermaid fails on a host: `{0}` the reason. */
  readonly renderFailed: string;
  readonly legend: string;
  readonly error: string;
  readonly warning: string;
  readonly info: string;
}

/** What a block is drawn with. */
export interface BlockContext {
  /** The user's language, for the findings' messages. */
  readonly l10n: Localizer;
  /**
   * The core's analysis, handed in by the host: the extension passes its language service's,
   * already loaded for .virt files, so that dist/markdown.js carries only the diagram code.
   */
  readonly analyze: (text: string) => Analysis;
  readonly options: DiagramOptions;
  readonly strings: BlockStrings;
}

/**
 * The HTML of one block. `text` is the block's content; `firstLine` is the 1-based line of the
 * Markdown file its first line stands on, so that findings name lines of the Markdown file.
 */
export function blockHtml(text: string, firstLine: number, context: BlockContext): string {
  const s = context.strings;
  try {
    if (text.length > MAX_BLOCK_SIZE) {
      return container(firstLine, notice(fillTemplate(s.tooLarge, [Math.ceil(text.length / 1000), MAX_BLOCK_SIZE / 1000])), s);
    }
    if (text.trim() === '') return container(firstLine, notice(s.empty), s);
    return drawn(text, firstLine, context);
  } catch (e) {
    // A bug of ours must cost one block its drawing, never the document its preview.
    return container(firstLine, notice(fillTemplate(s.failed, [e instanceof Error ? e.message : String(e)])), s);
  }
}

function drawn(text: string, firstLine: number, context: BlockContext): string {
  const s = context.strings;
  const analysis = context.analyze(text);
  const stack = stackDiagrams(analysis.model, context.options);
  const parts: string[] = [];
  if (stack.title) parts.push(`<div class="virtstack-title">${escapeAttr(stack.title)}</div>`);
  let budget = MAX_BLOCK_LAYERS;
  const hosts: string[] = [];
  for (const host of stack.hosts) {
    const count = host.blocks.length;
    if (count > MAX_HOST_BLOCKS || host.source.length > MAX_TEXT_SIZE) {
      hosts.push(notice(fillTemplate(s.hostTooLarge, [host.name, count, MAX_HOST_BLOCKS])));
    } else if (count > budget) {
      budget = 0;
      hosts.push(notice(fillTemplate(s.overBudget, [host.name, MAX_BLOCK_LAYERS])));
    } else {
      budget -= count;
      hosts.push(`<div class="virtstack-host"><pre class="virtstack-source" hidden>${escapeAttr(host.source)}</pre></div>`);
    }
  }
  parts.push(hosts.length > 0 ? `<div class="virtstack-hosts">${hosts.join('')}</div>` : notice(s.noHosts));
  if (stack.hosts.length > 0 && stack.legend.length > 0) {
    const entries = stack.legend.map((e) => `<li><span class="virtstack-swatch" data-style="${escapeAttr(e.style)}"></span>${escapeAttr(e.label)}</li>`);
    parts.push(`<ul class="virtstack-legend" aria-label="${escapeAttr(s.legend)}">${entries.join('')}</ul>`);
  }
  parts.push(findingsHtml(analysis.diagnostics, text, firstLine, context));
  return container(firstLine, parts.join(''), s, analysis.diagnostics.some((d) => d.severity === 'error'));
}

/** The findings under a block, each with its code, its line in the Markdown file and its message. */
function findingsHtml(diagnostics: readonly Diagnostic[], text: string, firstLine: number, context: BlockContext): string {
  if (diagnostics.length === 0) return '';
  const s = context.strings;
  const lineOf = lineCounter(text);
  const listed = diagnostics.slice(0, MAX_LISTED_FINDINGS).map((d) => {
    const severity = d.severity === 'error' ? s.error : d.severity === 'warning' ? s.warning : s.info;
    const line = fillTemplate(s.line, [firstLine + lineOf(d.start)]);
    return `<li class="virtstack-${escapeAttr(d.severity)}"><span class="virtstack-severity">${escapeAttr(severity)}</span> <code>${escapeAttr(d.code)}</code> <span class="virtstack-line">${escapeAttr(line)}</span>: ${escapeAttr(context.l10n.textOf(d.messageId, d.args, d.message))}</li>`;
  });
  const rest = diagnostics.length - listed.length;
  if (rest > 0) listed.push(`<li class="virtstack-more">${escapeAttr(fillTemplate(s.more, [rest]))}</li>`);
  return `<div class="virtstack-findings" role="note"><div class="virtstack-findings-title">${escapeAttr(fillTemplate(s.findings, [diagnostics.length]))}</div><ul>${listed.join('')}</ul></div>`;
}

/** A function from an offset of the text to its 0-based line, for offsets asked in increasing order or not. */
function lineCounter(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

function notice(text: string): string {
  return `<div class="virtstack-notice" role="status">${escapeAttr(text)}</div>`;
}

/**
 * The block's element. `code-line` and `data-line` (0-based, of the fence) are what VS Code's
 * Markdown preview scrolls by, so the editor and the preview stay in step over a diagram. The
 * script's own notice for a failed drawing comes with it, already in the user's language.
 */
function container(firstLine: number, inner: string, s: BlockStrings, errors = false): string {
  return `<div class="virtstack-block code-line${errors ? ' virtstack-has-errors' : ''}" data-line="${firstLine - 2}" data-render-failed="${escapeAttr(s.renderFailed)}">${inner}</div>\n`;
}
