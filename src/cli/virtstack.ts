// The entry of the `virtstack` command (package.json `bin`, through bin/virtstack.js), built by
// scripts/build.mjs into dist/cli/virtstack.js. It binds main() to this process: its arguments,
// streams and environment, the user's language from LC_ALL/LC_MESSAGES/LANG, and the package's
// folder (two up from dist/cli/), where l10n/, media/ and the built preview page are.
import * as path from 'node:path';
import { COMMANDS } from './commands';
import type { Output } from './command';
import { cliLocalizer } from './locale';
import { main } from './main';

const packageRoot = path.resolve(__dirname, '..', '..');

function output(stream: NodeJS.WriteStream): Output {
  return {
    write: (text) => void stream.write(text),
    get isTTY() {
      return stream.isTTY === true;
    },
    get columns() {
      return stream.columns;
    },
  };
}

main(process.argv.slice(2), {
  l10n: cliLocalizer(process.env, path.join(packageRoot, 'l10n')),
  stdout: output(process.stdout),
  stderr: output(process.stderr),
  writeBytes: (bytes) => void process.stdout.write(bytes),
  cwd: process.cwd(),
  env: process.env,
  packageRoot,
}, COMMANDS).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    // A failure of VirtStack itself, not of the input: the stack helps a bug report.
    process.stderr.write(`virtstack: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 70;
  },
);
