// The entry of the `virtstack` command (package.json `bin`, through bin/virtstack.js), built by
// scripts/build.mjs into dist/cli/virtstack.js. It binds main() to this process: its arguments,
// streams and environment, the user's language from LC_ALL/LC_MESSAGES/LANG, and the package's
// folder (two up from dist/cli/), where l10n/, media/ and the built preview page are.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMMANDS } from './commands';
import type { Output } from './command';
import type { StdinReader } from './files';
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

/**
 * Standard input in chunks, stopping as soon as it holds more than the bound, so that an endless
 * or huge pipe is refused without being kept. A pipe that has nothing more to give ends the read.
 */
const readStdin: StdinReader = (maxBytes) => {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (err) {
      // A non-blocking pipe with nothing yet: wait a moment (without spinning) and read again.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') {
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > maxBytes) return 'tooLarge';
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
};

main(process.argv.slice(2), {
  l10n: cliLocalizer(process.env, path.join(packageRoot, 'l10n')),
  stdout: output(process.stdout),
  stderr: output(process.stderr),
  writeBytes: (bytes) => void process.stdout.write(bytes),
  cwd: process.cwd(),
  stdin: readStdin,
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
