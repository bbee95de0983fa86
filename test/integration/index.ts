import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Mocha from 'mocha';
import { setTestOptions } from './helpers';

/**
 * Entry point VS Code calls in the Node extension host (`extensionTestsPath`); webIndex.ts is the
 * web worker host's. Every compiled `*.test.js` next to this file joins the suite, so new test
 * files need no registration.
 */
export function run(): Promise<void> {
  // The runner passes its options through the environment, which the extension host inherits.
  setTestOptions({ locale: process.env.VIRTSTACK_TEST_LOCALE, grep: process.env.VIRTSTACK_TEST_GREP, scratch: os.tmpdir(), host: 'node' });
  const mocha = new Mocha({
    ui: 'bdd',
    // The reporter's output is forwarded through the browser or the Electron console; ANSI colours would only add noise there.
    color: false,
    timeout: 30_000,
  });
  // The run with a foreign display language checks only what localization changes.
  if (process.env.VIRTSTACK_TEST_LOCALE) mocha.grep('localization');
  // VIRTSTACK_TEST_GREP=PATTERN runs only the tests whose full title matches (e.g. while working on one area).
  else if (process.env.VIRTSTACK_TEST_GREP) mocha.grep(process.env.VIRTSTACK_TEST_GREP);
  for (const file of fs.readdirSync(__dirname).sort()) {
    if (file.endsWith('.test.js')) mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed`)) : resolve()));
  });
}
