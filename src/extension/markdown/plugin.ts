// The markdown-it plugin VS Code's Markdown preview calls through `extendMarkdownIt` (the
// extension's exports, see lazy.ts): a fenced block whose info string is `virt` or `virtstack`
// renders as its stack diagram (blocks.ts) instead of as code. This module is its own bundle,
// dist/markdown.js, loaded on the preview's first use, so activation never pays for the diagram code.
import { type Analysis, diagramStrings, type Localizer } from '../../core/languageService';
import { type BlockContext, blockHtml, type BlockStrings } from './blocks';

/** The languages of a fence drawn as a stack, compared without case. */
export const VIRT_FENCES: readonly string[] = ['virt', 'virtstack'];

/** The parts of a markdown-it token the plugin reads. */
export interface FenceToken {
  readonly info: string;
  readonly content: string;
  readonly map: [number, number] | null;
}

/** A fence renderer as markdown-it keeps them in `md.renderer.rules.fence`. */
export type FenceRule = (tokens: FenceToken[], index: number, options: unknown, env: unknown, self: unknown) => string;

/** The parts of a markdown-it instance the plugin touches. */
export interface MarkdownIt {
  readonly renderer: { readonly rules: { fence?: FenceRule } };
}

/** The block's words in a language. */
export function blockStrings(l10n: Localizer): BlockStrings {
  return {
    empty: l10n.template('markdown.block.empty'),
    tooLarge: l10n.template('markdown.block.tooLarge'),
    noHosts: l10n.template('markdown.block.noHosts'),
    failed: l10n.template('markdown.block.failed'),
    findings: l10n.template('markdown.block.findings'),
    line: l10n.template('markdown.block.line'),
    more: l10n.template('markdown.block.more'),
    hostTooLarge: l10n.template('preview.update.hostTooLarge'),
    overBudget: l10n.template('preview.update.overBudget'),
    renderFailed: l10n.template('preview.page.renderFailed'),
    legend: l10n.template('preview.page.legend'),
    error: l10n.template('markdown.block.error'),
    warning: l10n.template('markdown.block.warning'),
    info: l10n.template('markdown.block.info'),
  };
}

/** Whether a fence's info string names a VirtStack block (its first word, as CommonMark reads a language). */
export function isVirtFence(info: string): boolean {
  const language = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  return VIRT_FENCES.includes(language);
}

/** What the plugin needs of its host: the user's language and the core's analysis. */
export interface MarkdownHost {
  readonly l10n: Localizer;
  readonly analyze: (text: string) => Analysis;
}

/** Adds the ```virt rule to a markdown-it instance, keeping every other fence as it was rendered; returns the instance. */
export function extendMarkdownIt<T extends MarkdownIt>(md: T, host: MarkdownHost): T {
  const { l10n } = host;
  const context: BlockContext = {
    l10n,
    analyze: host.analyze,
    options: { showResources: true, strings: diagramStrings(l10n), maxLineLength: 36 },
    strings: blockStrings(l10n),
  };
  const previous = md.renderer.rules.fence;
  md.renderer.rules.fence = (tokens, index, options, env, self) => {
    const token = tokens[index];
    if (token && isVirtFence(token.info)) {
      // map[0] is the 0-based line of the opening fence: the content starts on the next line, 1-based map[0] + 2.
      return blockHtml(token.content, (token.map?.[0] ?? 0) + 2, context);
    }
    return previous ? previous(tokens, index, options, env, self) : '';
  };
  return md;
}
