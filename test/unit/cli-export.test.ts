// `virtstack export` (issue 16): Mermaid and Markdown need nothing but the core; SVG and PNG are
// drawn by the built preview page in the installed Chromium, and without one the command says
// what is missing and which variable to set, with exit 2.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/paths';
import { buildCli, runCli, tempDir } from './cli-run';

describe('virtstack export', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('writes Mermaid block-beta source, and Markdown as one fenced mermaid block', () => {
    const mermaid = runCli(['export', 'examples/hello.virt', '--format', 'mermaid']);
    assert.equal(mermaid.code, 0);
    assert.match(mermaid.stdout, /^block-beta\n/);
    assert.match(mermaid.stdout, /Hardware box/);
    const markdown = runCli(['export', 'examples/hello.virt', '-f', 'markdown']);
    assert.equal(markdown.stdout, `\`\`\`mermaid\n${mermaid.stdout}\`\`\`\n`);
  });

  it('colours the Mermaid source by --theme', () => {
    const light = runCli(['export', 'examples/hello.virt', '-f', 'mermaid', '--theme', 'light']).stdout;
    const dark = runCli(['export', 'examples/hello.virt', '-f', 'mermaid', '--theme', 'dark']).stdout;
    assert.notEqual(light, dark);
  });

  it('writes to --output, and warns on standard error when the file has errors', () => {
    const dir = tempDir();
    const out = path.join(dir, 'm.md');
    const r = runCli(['export', 'examples/mistakes.virt', '-f', 'markdown', '-o', out]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /mistakes\.virt has errors/);
    assert.match(fs.readFileSync(out, 'utf8'), /^```mermaid\n/);
  });

  it('exits 2 without --format, and on a folder or a missing file', () => {
    assert.equal(runCli(['export', 'examples/hello.virt']).code, 2);
    assert.equal(runCli(['export', '-f', 'svg', 'examples']).code, 2);
    assert.equal(runCli(['export', '-f', 'mermaid', 'nope.virt']).code, 2);
  });

  it('says what is missing when CHROME_PATH names no file, with exit 2', () => {
    const r = runCli(['export', 'examples/hello.virt', '-f', 'svg'], { env: { CHROME_PATH: '/nonexistent/chromium' } });
    assert.equal(r.code, 2);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /CHROME_PATH is \/nonexistent\/chromium, but there is no such file/);
  });

  describe('drawn by the preview page in Chromium', () => {
    before(function () {
      this.timeout(120_000);
      if (!fs.existsSync(path.join(repoRoot, 'dist', 'webview', 'preview', 'main.js'))) {
        execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'pipe' });
      }
    });

    it('writes an SVG with the stack\'s title and its blocks', () => {
      const r = runCli(['export', 'examples/hello.virt', '-f', 'svg']);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg /);
      assert.match(r.stdout, /<title id="vs-export-name">Hello<\/title>/);
      assert.match(r.stdout, /Hardware box/);
    });

    it('writes a PNG (its signature, RFC 2083) to a file and through a pipe', () => {
      const dir = tempDir();
      const out = path.join(dir, 'hello.png');
      const r = runCli(['export', 'examples/hello.virt', '-f', 'png', '--theme', 'dark', '-o', out]);
      assert.equal(r.code, 0, r.stderr);
      const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
      assert.deepEqual([...fs.readFileSync(out).subarray(0, 8)], signature);
      const piped = runCli(['export', 'examples/hello.virt', '-f', 'png']);
      assert.deepEqual([...piped.bytes.subarray(0, 8)], signature);
    });
  });
});
