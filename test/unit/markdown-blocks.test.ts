import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, localizerFor } from '../../src/core/languageService';
import { MAX_BLOCK_SIZE } from '../../src/extension/markdown/blocks';
import { extendMarkdownIt, isVirtFence, type MarkdownIt } from '../../src/extension/markdown/plugin';

// The ```virt rule with the real markdown-it, the library VS Code's Markdown preview renders with.
// Expected values come from the Markdown text itself (line numbers counted in it) and from the
// rule that no text of a block ever reaches the HTML as markup.

interface Md extends MarkdownIt {
  render(text: string): string;
}
// markdown-it ships no types of its own; the plugin declares the part of its API it uses.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const MarkdownItCtor = require('markdown-it') as new (options?: { html?: boolean }) => Md;

const root = join(__dirname, '..', '..');
const ko = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.ko.json'), 'utf8')) as Record<string, string>;

function render(markdown: string, l10n = localizerFor('en')): string {
  return extendMarkdownIt(new MarkdownItCtor({ html: true }), { l10n, analyze }).render(markdown);
}

/** The elements of a class, as their outer HTML (the blocks' HTML is flat enough for a regex of whole divs). */
function blocks(html: string): string[] {
  return html.split('<div class="virtstack-block').slice(1);
}

/** The hidden mermaid sources, decoded as the browser's textContent decodes them. */
function sources(html: string): string[] {
  return [...html.matchAll(/<pre class="virtstack-source" hidden>([^<]*)<\/pre>/g)].map((m) => decode(m[1]!));
}

function decode(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

const HOST = 'hardware box {\n  cpu 8 cores\n  memory 32 GiB\n  hypervisor esxi {\n    vm web { vcpu 2; memory 4 GiB; os linux "Ubuntu" }\n  }\n}\n';

function fence(body: string, language = 'virt'): string {
  return `\`\`\`${language}\n${body}\`\`\`\n`;
}

describe('```virt blocks in Markdown (src/extension/markdown)', () => {
  it('recognises virt and virtstack fences by their first word, in any case, and nothing else', () => {
    assert.ok(isVirtFence('virt'));
    assert.ok(isVirtFence(' VirtStack title="x"'));
    assert.ok(!isVirtFence('virtual'));
    assert.ok(!isVirtFence(''));
    assert.ok(!isVirtFence('mermaid'));
  });

  it('draws every virt block of a document and leaves other code blocks as code', () => {
    const html = render(`# Notes\n\n${fence(HOST)}\ntext\n\n${fence('print(1)\n', 'python')}\n${fence(HOST.replace('box', 'other'), 'virtstack')}`);
    assert.equal(blocks(html).length, 2);
    assert.equal(sources(html).length, 2);
    assert.ok(sources(html).every((s) => s.startsWith('block-beta\n')));
    assert.match(html, /<code class="language-python">print\(1\)/);
    assert.match(html, /<h1>Notes<\/h1>/);
    assert.ok(!html.includes('virtstack-findings'), 'a correct block lists no findings');
  });

  it('lists a broken block\'s findings with lines of the Markdown file, and draws the blocks after it', () => {
    // Line 1 heading, 2 blank, 3 the fence, 4 hardware, 5 cpu, 6 memory, 7 os, 8 the VM without a hypervisor (VS203).
    const broken = 'hardware box {\n  cpu 8 cores\n  memory 32 GiB\n  os linux "Host" {\n    vm lost { vcpu 1; memory 1 GiB }\n  }\n}\n';
    const html = render(`# Broken\n\n${fence(broken)}\n${fence(HOST)}`);
    const [first, second] = blocks(html);
    assert.match(first!, /virtstack-has-errors/);
    assert.match(first!, /<code>VS203<\/code> <span class="virtstack-line">line 8<\/span>/);
    assert.match(first!, /Findings in this block: 1/);
    assert.ok(!second!.includes('virtstack-findings'));
    assert.equal(sources(second!).length, 1);
  });

  it('gives an empty block a notice instead of a diagram', () => {
    for (const body of ['', '\n\n  \n']) {
      const html = render(`${fence(body)}after\n`);
      assert.match(html, /virtstack-notice[^>]*>This virt block is empty/);
      assert.equal(sources(html).length, 0);
      assert.match(html, /<p>after<\/p>/);
    }
  });

  it('gives a block of 10 MB a notice, quickly, and renders the rest of the document', function () {
    // markdown-it itself reads the 10 MB before the plugin sees the block.
    this.timeout(60_000);
    const huge = `${HOST}${'# filler\n'.repeat(Math.ceil(10_000_000 / 9))}`;
    assert.ok(huge.length > MAX_BLOCK_SIZE);
    const start = performance.now();
    const html = render(`${fence(huge)}\n${fence(HOST)}`);
    const ms = performance.now() - start;
    const [first, second] = blocks(html);
    assert.ok(first!.includes(`too large to draw (${Math.ceil(huge.length / 1000)} kB; the limit is 1000 kB)`), first);
    assert.equal(sources(first!).length, 0);
    assert.equal(sources(second!).length, 1);
    assert.ok(ms < 20_000, `took ${ms} ms`);
  });

  it('names a block without hardware', () => {
    assert.match(render(fence('# only a comment\n')), /Nothing to draw: this virt block has no hardware block/);
  });

  it('keeps hostile labels out of the HTML and out of mermaid\'s syntax', () => {
    const hostile = [
      'stack "<script>alert(1)</script> %%{init: {\'theme\':\'dark\'}}%%"',
      'hardware "x" {',
      '  hypervisor esxi {',
      '    vm web { vcpu 2; memory 4 GiB; os linux "<img src=x onerror=alert(1)> \\" %% click b0 call alert() ]\\n[" }',
      '  }',
      '}',
      '',
    ].join('\n');
    const html = render(`${fence(hostile)}\n${fence(HOST)}`);
    // No element but the plugin's own: every < of the block's text arrives escaped.
    assert.ok(!/<script|<img/i.test(html), html);
    for (const source of sources(html)) {
      // In the mermaid source, the label's text is entity-encoded: no directive, comment, quote or tag of the user's survives.
      assert.ok(!source.includes('%%'), source);
      assert.ok(!source.includes('<img') && !source.includes('<script'), source);
      assert.ok(!/\bclick\b[^"\n]*call/.test(source.split('\n').filter((l) => !l.includes('["')).join('\n')), source);
      for (const line of source.split('\n')) assert.equal((line.match(/"/g) ?? []).length % 2, 0, `unbalanced quotes in ${line}`);
    }
    assert.equal(blocks(html).length, 2);
    // The title is plain text in the HTML, escaped.
    assert.match(html, /<div class="virtstack-title">&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  });

  it('speaks the user\'s language in notices and findings', () => {
    const korean = localizerFor('ko', ko);
    assert.ok(render(fence(''), korean).includes(ko['markdown.block.empty']!));
    const html = render(fence('hardware box {\n  os linux "Host" {\n    vm lost { vcpu 1; memory 1 GiB }\n  }\n}\n'), korean);
    assert.ok(html.includes(ko['markdown.block.line']!.replace('{0}', '4')), html);
    assert.ok(html.includes(ko['markdown.block.error']!));
  });

  it('keeps the fence renderer it found for other languages', () => {
    const md = new MarkdownItCtor();
    const seen: string[] = [];
    const before = md.renderer.rules.fence!;
    md.renderer.rules.fence = (tokens, index, ...rest) => {
      seen.push(tokens[index]!.info);
      return before(tokens, index, ...rest);
    };
    extendMarkdownIt(md, { l10n: localizerFor('en'), analyze }).render(`${fence('x\n', 'js')}${fence(HOST)}`);
    assert.deepEqual(seen, ['js']);
  });
});
