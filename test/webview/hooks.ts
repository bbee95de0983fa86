// Mocha root hooks of the browser tests (.mocharc.json requires this file): the browser that
// test files share through page.ts is closed once, after all of them, whichever files run.
import { runCleanups } from '../harness/cleanup';

/**
 * What the readability tests of both pages measured (issue 13), for the line that ends the run:
 * the smallest label of the preview at its default zoom in an 800 px panel, the tick labels of
 * the results' charts that overlap at any width, and the horizontal overflow: the larger of the
 * preview's at 800 px and the results page's at any width the tests try (each test keeps the maximum).
 */
export const readability: { label?: number; overflow?: number; overlaps?: number } = {};

export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(30_000);
    await runCleanups();
    // After mocha's own summary, so that it is the last line of `npm run test:webview`.
    const figure = (x: number | undefined, digits = 0): string => (x === undefined ? 'not measured' : x.toFixed(digits));
    const line = `readability: smallest label ${figure(readability.label, 1)} px at default zoom in an 800 px panel; overlapping ticks ${figure(readability.overlaps)}; horizontal overflow ${figure(readability.overflow)} px`;
    process.once('exit', () => console.log(line));
  },
};
