// Loading a second bundle of the extension in VS Code for the Web. Its extension host, a web
// worker, loads an extension's `browser` file with a small CommonJS loader of its own and offers
// no require() for any other file. This does what that loader does (VS Code's
// extHostExtensionService for workers): read the file's text, wrap it in a function of `module`,
// `exports` and `require`, where require knows only the modules handed in ('vscode'), and run it.
// Only the extension's own shipped files come here (dist/web/views.js), never anything from a
// workspace. Free of `vscode` itself, so that unit tests run it.
import type * as vscode from 'vscode';

/**
 * The module id under which the web views and importer ask for the English texts, which the
 * activation bundle hands them (scripts/build.mjs, englishFromActivation, writes the same id).
 */
export const WEB_ENGLISH_MODULE = 'virtstack:english';

/** The text of one of the extension's files: fetched where it has a web address (vscode.dev), else read with `readFile` (the workspace file system, in a remote workbench). */
export async function readExtensionText(uri: vscode.Uri, readFile: (uri: vscode.Uri) => PromiseLike<Uint8Array>): Promise<string> {
  if (uri.scheme === 'http' || uri.scheme === 'https') {
    const response = await fetch(uri.toString(true));
    if (!response.ok) throw new Error(`${uri.toString(true)}: ${response.status} ${response.statusText}`);
    return response.text();
  }
  return new TextDecoder().decode(await readFile(uri));
}

/** Runs the text of a CommonJS bundle, named `file` in stack traces, and returns its exports; its require() knows only `modules`. */
export function evaluateCommonJs<T>(source: string, file: string, modules: Readonly<Record<string, unknown>>): T {
  const module: { exports: unknown } = { exports: {} };
  const require = (id: string): unknown => {
    if (Object.prototype.hasOwnProperty.call(modules, id)) return modules[id];
    throw new Error(`${file.split('/').pop()} asks for '${id}', which the web extension host cannot load`);
  };
  // The same wrapping as VS Code's own loader, with a sourceURL so that stack traces name the file.
  const run = new Function('module', 'exports', 'require', `${source}\n//# sourceURL=${file}`) as (m: typeof module, e: unknown, r: typeof require) => void;
  run(module, module.exports, require);
  return module.exports as T;
}
