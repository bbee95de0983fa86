// `extendMarkdownIt` of the extension's exports: VS Code's Markdown preview calls it once, when
// it first renders, with its markdown-it instance. The plugin and the diagram code it needs are
// their own bundle (dist/markdown.js), required here on that first call only, so activation for
// a .virt file never loads them (scripts/build.mjs keeps './plugin' out of extension.js).
import type { MarkdownHost, MarkdownIt } from './plugin';

/** Extends the Markdown preview's markdown-it with the ```virt rule, loading the plugin on first use. */
export function extendMarkdownItLazily<T extends MarkdownIt>(md: T, host: MarkdownHost): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const plugin = require('./plugin') as typeof import('./plugin');
  return plugin.extendMarkdownIt(md, host);
}
