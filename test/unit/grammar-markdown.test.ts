import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vsctm from 'vscode-textmate';
import { grammarFile, textMateRegistry } from './textmate';

// The injection grammar (syntaxes/virt.markdown.tmLanguage.json) with the real TextMate engine,
// injected as package.json declares it into a Markdown grammar: a stand-in for VS Code's own
// (text.html.markdown), which has only paragraphs, so that every scope below comes from the
// injection and from the VirtStack grammar it embeds.

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { grammars: { scopeName: string; path: string; injectTo?: string[]; embeddedLanguages?: Record<string, string> }[] };
};
const injection = manifest.contributes.grammars.find((g) => g.injectTo !== undefined);

const MARKDOWN_STAND_IN = JSON.stringify({
  scopeName: 'text.html.markdown',
  patterns: [{ match: '^.+$', name: 'meta.paragraph.markdown' }],
});

let grammar: vsctm.IGrammar;

function tokenize(...lines: string[]): { text: string; scopes: readonly string[] }[][] {
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

function scopesOf(tokens: { text: string; scopes: readonly string[] }[], text: string): readonly string[] {
  const token = tokens.find((t) => t.text.trim() === text);
  assert.ok(token, `no token "${text}" in ${JSON.stringify(tokens)}`);
  return token.scopes;
}

describe('TextMate injection of ```virt blocks into Markdown', () => {
  before(async () => {
    assert.ok(injection, 'package.json contributes no grammar with injectTo');
    assert.deepEqual(injection.injectTo, ['text.html.markdown']);
    assert.deepEqual(injection.embeddedLanguages, { 'meta.embedded.block.virt': 'virt' });
    const registry = await textMateRegistry({
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? [injection!.scopeName] : undefined),
      loadGrammar: async (scopeName) => {
        if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(MARKDOWN_STAND_IN, 'markdown.json');
        const file = scopeName === 'source.virt' ? 'syntaxes/virt.tmLanguage.json' : scopeName === injection!.scopeName ? injection!.path : undefined;
        return file ? grammarFile(file) : null;
      },
    });
    const loaded = await registry.loadGrammar('text.html.markdown');
    assert.ok(loaded);
    grammar = loaded;
  });

  it('highlights a virt block with the VirtStack grammar, inside an embedded block', () => {
    const [open, hardware, vm, close, after] = tokenize('```virt', 'hardware node1 {', '  vm web {', '```', 'hardware is a word here');
    assert.ok(scopesOf(open!, 'virt').includes('fenced_code.block.language.markdown'));
    const keyword = scopesOf(hardware!, 'hardware');
    assert.ok(keyword.includes('meta.embedded.block.virt'), keyword.join(' '));
    assert.ok(keyword.includes('keyword.control.layer.virt'), keyword.join(' '));
    assert.ok(scopesOf(vm!, 'web').includes('entity.name.function.vm.virt'));
    assert.ok(scopesOf(close!, '```').includes('punctuation.definition.markdown'));
    // After the closing fence, Markdown again.
    assert.ok(!scopesOf(after!, 'hardware is a word here').some((s) => s.endsWith('.virt')));
  });

  it('accepts virtstack, any case, tildes and attributes after the language', () => {
    for (const opening of ['```virtstack', '~~~ VIRT', '````virt title="x"']) {
      const fenceChars = opening.trimStart().slice(0, opening.startsWith('````') ? 4 : 3);
      const [, line] = tokenize(opening, 'hardware h {', fenceChars);
      assert.ok(scopesOf(line!, 'hardware').includes('keyword.control.layer.virt'), opening);
    }
  });

  it('leaves other fenced languages alone', () => {
    for (const opening of ['```virtual', '```python', '```']) {
      const [, line] = tokenize(opening, 'hardware h {');
      assert.ok(!line!.some((t) => t.scopes.some((s) => s.endsWith('.virt'))), opening);
    }
  });
});
