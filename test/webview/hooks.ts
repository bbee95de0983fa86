// Mocha root hooks of the browser tests (.mocharc.json requires this file): the browser that
// test files share through page.ts is closed once, after all of them, whichever files run.
import { runCleanups } from '../harness/cleanup';

export const mochaHooks = {
  async afterAll(this: Mocha.Context): Promise<void> {
    this.timeout(30_000);
    await runCleanups();
  },
};
