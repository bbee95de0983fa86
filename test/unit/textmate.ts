// The real TextMate engine VS Code highlights with (vscode-textmate on vscode-oniguruma), for the
// grammar tests: the .virt grammar alone, and its injection into Markdown's fenced code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const root = join(__dirname, '..', '..');

/** A grammar file of the repository, parsed as VS Code parses it. */
export function grammarFile(path: string): vsctm.IRawGrammar {
  return vsctm.parseRawGrammar(readFileSync(join(root, path), 'utf8'), join(root, path));
}

/** A registry on the Oniguruma WebAssembly VS Code uses, with the given grammar loader and injections. */
export async function textMateRegistry(options: Pick<vsctm.RegistryOptions, 'loadGrammar' | 'getInjections'>): Promise<vsctm.Registry> {
  const wasm = readFileSync(join(root, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  return new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    ...options,
  });
}
