// Bundles with esbuild: the extension host (Node, CommonJS, `vscode` external), the
// simulation worker, and each webview (browser ESM with code splitting, so a page loads
// only the chunks of mermaid it uses).
import * as esbuild from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// `--analyze` prints what each bundle is made of (`npm run size`).
const analyze = process.argv.includes('--analyze');
// `--cli` builds only the command line (dist/cli/virtstack.js): what `npm ci` runs through the
// `prepare` script, so that `npx virtstack` works in a fresh clone within a second.
const cliOnly = process.argv.includes('--cli');

// package.json declares `"sideEffects": ["*.css"]`: no module of ours does anything when merely
// imported, so esbuild may leave out every module a bundle does not use. Hosts import the core
// through one facade (src/core/languageService.ts); without this the worker would carry the
// editor services and the views the whole language core along with the facade.
// charset utf8: esbuild would otherwise write every non-ASCII character as a \uXXXX escape,
// six bytes for each Korean syllable instead of three. Node reads extension code as UTF-8 and
// the webviews load their scripts as modules, which are always UTF-8.
const common = { bundle: true, sourcemap: !production, minify: production, charset: 'utf8', metafile: analyze, logLevel: analyze ? 'warning' : 'info' };

/**
 * Every `import * as vscode from 'vscode'` of an external module becomes, in a CommonJS bundle,
 * its own `__toESM(require("vscode"))`, which copies all of the API object's ~300 properties
 * as getters: 38 copies, measured as a quarter of the time to load extension.js (itself most
 * of the activation time). This resolves 'vscode' to one module that re-exports it, so the
 * properties are copied once and every module shares the one namespace.
 * @type {import('esbuild').Plugin}
 */
const oneVscodeNamespace = {
  name: 'virtstack-one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === 'virtstack-vscode' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'virtstack-vscode' });
    build.onLoad({ filter: /.*/, namespace: 'virtstack-vscode' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/**
 * The views (the preview and the simulation panel, src/extension/views.ts) are a bundle of their
 * own, which src/extension/extension.ts loads with require('./views') on first use (lazyViews.ts
 * says when): left out of extension.js here, so that activation loads only the language features.
 * The importer (src/extension/import/importing.ts, with the YAML and XML parsers) is a third,
 * required as './importers' when an import command first has files, so that opening a preview
 * does not load it either. The web build fetches both itself (webExtension.ts).
 * @type {import('esbuild').Plugin}
 */
const viewsOnDemand = {
  name: 'virtstack-views-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/(views|importers)$/ }, (args) => (/[\\/](extension|webExtension)\.ts$/.test(args.importer) ? { path: `${args.path}.js`, external: true } : undefined));
  },
};

/**
 * The ```virt blocks of the Markdown preview (src/extension/markdown/plugin.ts) are a bundle of
 * their own too, dist/markdown.js, which src/extension/markdown/lazy.ts requires when the
 * Markdown preview first asks for the plugin: activation does not load the diagram code for it.
 * @type {import('esbuild').Plugin}
 */
const markdownOnDemand = {
  name: 'virtstack-markdown-on-demand',
  setup(build) {
    build.onResolve({ filter: /^\.\/plugin$/ }, (args) => (args.importer.endsWith(path.join('markdown', 'lazy.ts')) ? { path: './markdown.js', external: true } : undefined));
  },
};

/**
 * The English texts, l10n/bundle.l10n.json, which the core imports, stay a file for the Node
 * bundles: each reads it at run time (a JSON.parse, cheaper than compiling the same object as
 * code) from the copy the VSIX ships anyway beside the other languages' bundles, instead of
 * carrying 30 kB of it three times. Browser bundles, which cannot read files, keep it inlined.
 * @type {import('esbuild').Plugin}
 */
const englishBesideTheBundle = {
  name: 'virtstack-english-beside-the-bundle',
  setup(build) {
    build.onResolve({ filter: /[\\/]bundle\.l10n\.json$/ }, (args) => {
      const file = path.resolve(args.resolveDir, args.path);
      const relative = path.relative(path.resolve(build.initialOptions.outdir), file).split(path.sep).join('/');
      return { path: relative.startsWith('.') ? relative : `./${relative}`, external: true };
    });
  },
};

/**
 * Browser bundles cannot read a file synchronously, so they carry the English texts, but as one
 * string given to JSON.parse rather than an object literal: V8 parses JSON several times faster
 * than the same object as JavaScript, and this is most of a web bundle's evaluation at activation
 * (the web test run prints it; docs/performance.md).
 * @type {import('esbuild').Plugin}
 */
const englishAsJsonText = {
  name: 'virtstack-english-as-json-text',
  setup(build) {
    build.onLoad({ filter: /[\\/]bundle\.l10n\.json$/ }, async (args) => {
      const text = JSON.stringify(JSON.parse(await fs.promises.readFile(args.path, 'utf8')));
      return { contents: `export default JSON.parse(${JSON.stringify(text)});`, loader: 'js' };
    });
  },
};

/**
 * The web views and importer are fetched by the activation bundle, which has the English texts
 * already: they take that one object as the module `virtstack:english`, which webExtension.ts
 * hands to their require() (WEB_ENGLISH_MODULE in src/extension/webModule.ts), instead of fetching 95 kB of it again each.
 * @type {import('esbuild').Plugin}
 */
const englishFromActivation = {
  name: 'virtstack-english-from-activation',
  setup(build) {
    build.onResolve({ filter: /[\\/]bundle\.l10n\.json$/ }, () => ({ path: 'virtstack:english', external: true }));
  },
};

/**
 * The command line (src/cli/, issue 16): Node CommonJS with a shebang, started by bin/virtstack.js.
 * It reads the English texts beside it like the extension, and loads playwright-core (a
 * devDependency, only for SVG and PNG) from node_modules at run time rather than carrying it.
 * @type {import('esbuild').BuildOptions}
 */
const cli = {
  ...common,
  plugins: [englishBesideTheBundle],
  entryPoints: { virtstack: 'src/cli/virtstack.ts' },
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  outdir: 'dist/cli',
  external: ['playwright-core'],
  banner: { js: '#!/usr/bin/env node' },
  define: { VIRTSTACK_VERSION: JSON.stringify(JSON.parse(fs.readFileSync('package.json', 'utf8')).version) },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = cliOnly ? [] : [
  {
    ...common,
    plugins: [oneVscodeNamespace, viewsOnDemand, markdownOnDemand, englishBesideTheBundle],
    entryPoints: { extension: 'src/extension/extension.ts', views: 'src/extension/views.ts', importers: 'src/extension/import/importing.ts', markdown: 'src/extension/markdown/plugin.ts' },
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    outdir: 'dist',
    external: ['vscode'],
  },
];
if (cliOnly) builds.push(cli);

// VS Code for the Web (package.json's `browser`): the same extension as browser bundles: the
// activation (with the Markdown plugin inside, since the Markdown preview asks for it
// synchronously, and the English texts inlined), the views and the importer, which webExtension.ts
// loads itself (webModule.ts: a web worker host has no require() for a second file) and hands the
// activation's English texts, and the simulation's Web Worker beside them, with its own copy. No Node API may reach these: test/unit/web-extension.test.ts builds them
// and looks for any.
if (!cliOnly) builds.push(
  cli,
  { ...common, plugins: [oneVscodeNamespace, englishAsJsonText], entryPoints: { extension: 'src/extension/webExtension.ts' }, platform: 'browser', format: 'cjs', target: 'es2022', outdir: 'dist/web', external: ['vscode'] },
  { ...common, plugins: [oneVscodeNamespace, englishFromActivation], entryPoints: { views: 'src/extension/views.ts', importers: 'src/extension/import/importing.ts' }, platform: 'browser', format: 'cjs', target: 'es2022', outdir: 'dist/web', external: ['vscode'] },
  { ...common, plugins: [englishAsJsonText], entryPoints: { worker: 'src/extension/simulation/webWorker.ts' }, platform: 'browser', format: 'iife', target: 'es2022', outdir: 'dist/web' },
);

// Worker entry points (Node worker_threads), added by the features that need them.
const workers = ['src/extension/simulation/worker.ts'].filter((f) => fs.existsSync(f));
if (workers.length > 0 && !cliOnly) {
  builds.push({ ...common, plugins: [englishBesideTheBundle], entryPoints: workers, platform: 'node', format: 'cjs', target: 'node18', outdir: 'dist/workers' });
}

// Modules built with a page so that they share its chunks. The ```virt blocks of the Markdown
// preview draw with the stack preview's mermaid: built apart, they would ship a second copy of it.
const SHARED_ENTRIES = { preview: { markdown: 'src/webview/markdown/render.ts' } };

// The script the Markdown preview loads (`markdown.previewScripts`) as a classic script, which
// imports dist/webview/preview/markdown.js (above): one small file, no chunks.
if (!cliOnly) builds.push({ ...common, entryPoints: { loader: 'src/webview/markdown/loader.ts' }, platform: 'browser', format: 'iife', target: 'es2022', outdir: 'dist/webview/markdown' });

// One folder per webview under src/webview/<name>/main.ts, built to dist/webview/<name>/.
// Chunk names carry content hashes, so each build starts from an empty folder; otherwise the
// previous build's chunks would stay behind and the VSIX would ship all of them. A one-off
// build writes to a staging folder and swaps it in at the end, so that a page being tested
// from dist/ meanwhile never finds its folder missing for the length of a build.
const swaps = [];
for (const name of fs.existsSync('src/webview') && !cliOnly ? fs.readdirSync('src/webview') : []) {
  const entry = `src/webview/${name}/main.ts`;
  if (!fs.existsSync(entry)) continue;
  const outdir = `dist/webview/${name}`;
  const staging = watch ? outdir : `dist/webview/.${name}-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  if (staging !== outdir) swaps.push([staging, outdir]);
  // A webview may bring esbuild plugins of its own in src/webview/<name>/esbuild.mjs.
  const own = `src/webview/${name}/esbuild.mjs`;
  const plugins = fs.existsSync(own) ? ((await import(new URL(`../${own}`, import.meta.url).href)).plugins ?? []) : [];
  builds.push({
    ...common,
    plugins,
    entryPoints: { main: entry, ...(SHARED_ENTRIES[name] ?? {}) },
    platform: 'browser',
    format: 'esm',
    splitting: true,
    target: 'es2022',
    outdir: staging,
    chunkNames: 'chunks/[name]-[hash]',
    loader: { '.css': 'css' },
  });
}

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  try {
    const results = await Promise.all(builds.map((b) => esbuild.build(b)));
    if (analyze) for (const r of results) printComposition(r.metafile);
    for (const [staging, outdir] of swaps) {
      fs.rmSync(outdir, { recursive: true, force: true });
      fs.renameSync(staging, outdir);
    }
  } finally {
    for (const [staging] of swaps) fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** Bytes of each output file by where its code comes from: a folder of src/ (two levels) or a package. */
function printComposition(metafile) {
  for (const [file, output] of Object.entries(metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    const parts = new Map();
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const p = input.split('/');
      const at = p.lastIndexOf('node_modules');
      const key = at >= 0 ? p.slice(at + 1, at + (p[at + 1].startsWith('@') ? 3 : 2)).join('/') : p.slice(0, p[0] === 'src' ? 3 : 2).join('/');
      parts.set(key, (parts.get(key) ?? 0) + bytesInOutput);
    }
    console.log(`\n${file.replace(/\/\.([\w-]+)-\d+\//, '/$1/')}  ${output.bytes} bytes`);
    for (const [key, bytes] of [...parts].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${String(bytes).padStart(10)}  ${key}`);
  }
}
