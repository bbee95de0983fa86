import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, openFixture, testOptions, waitFor } from './helpers';

// markdown-it ships no types of its own; the part used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownIt = require('markdown-it') as new (options?: { html?: boolean }) => { render(text: string): string };

// Only in the web run (code-server.ts --web): proof that the suite and the extension really run in
// the web worker extension host, from the `browser` bundle, as they do on vscode.dev.
if (testOptions().host === 'web') {
  describe('VS Code for the Web', () => {
    it('runs the extension from its browser bundle in a web worker, with no Node API', async () => {
      await openFixture('hello.virt');
      const ext = extension();
      await waitFor('the extension to activate', () => ext.isActive);
      // The web worker host places an extension on the UI side; the remote Node host says Workspace.
      assert.equal(ext.extensionKind, vscode.ExtensionKind.UI);
      const scope = globalThis as Record<string, unknown>;
      assert.equal(typeof scope.document, 'undefined', 'no DOM: a worker, not a page');
      assert.equal(typeof scope.process, 'undefined', 'no Node process object');
      assert.equal(typeof scope.importScripts, 'function', 'a worker global scope');
      assert.equal((ext.packageJSON as { browser?: string }).browser, './dist/web/extension.js');
    });

    // code-server ships VS Code's Markdown extension without its browser build, so its preview
    // cannot run in this host (the Node host's preview is tested in test/ui/markdown.test.ts).
    // What the web preview would call is tested here instead: the extension's extendMarkdownIt
    // with the real markdown-it that preview renders with, in the web worker host.
    it('renders ```virt blocks through extendMarkdownIt with markdown-it, a block with an error listing its finding', async () => {
      const ext = extension();
      const api = (ext.isActive ? ext.exports : await ext.activate()) as { extendMarkdownIt<T>(md: T): T };
      const md = api.extendMarkdownIt(new MarkdownIt({ html: true }));
      const good = 'hardware box {\n  cpu 8 cores\n  memory 32 GiB\n  hypervisor esxi {\n    vm web { vcpu 2; memory 4 GiB; os linux "Ubuntu" }\n  }\n}\n';
      // A VM straight on a host OS, with no hypervisor: the finding VS203 (docs/language.md).
      const bad = 'hardware box {\n  cpu 8 cores\n  memory 32 GiB\n  os linux "Ubuntu" {\n    vm web { vcpu 2; memory 4 GiB }\n  }\n}\n';
      const html = md.render(`# Notes\n\n\`\`\`virt\n${good}\`\`\`\n\ntext\n\n\`\`\`virt\n${bad}\`\`\`\n`);
      const blocks = html.split('<div class="virtstack-block').slice(1);
      assert.equal(blocks.length, 2, html);
      assert.doesNotMatch(blocks[0]!, /virtstack-findings/);
      assert.match(blocks[1]!, /VS203/);
      assert.match(html, /<h1>Notes<\/h1>/);
    });
  });
}
