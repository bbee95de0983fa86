// The performance marks dist/web/extension.js leaves, as VS Code marks its own start-up: the web
// test run reads them (test/integration/webIndex.ts) to print how long the bundle took to load,
// evaluate and activate, and which part of that is the bundle's own work (docs/testing.md).
// webExtension.ts imports this module first, so the start mark below runs before any module's
// code but declarations and literal tables: the time before it is the fetch, VS Code's loader
// and the compilation of the script, not the extension's own work.

/** The marks' names. */
export const WEB_MARKS = {
  start: 'virtstack/web/start',
  evaluated: 'virtstack/web/evaluated',
  willActivate: 'virtstack/web/willActivate',
  didActivate: 'virtstack/web/didActivate',
} as const;

performance.mark(WEB_MARKS.start);
