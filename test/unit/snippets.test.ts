import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';

// Snippets are what learners start from, so every choice they offer must give a stack the
// checker accepts; a rule change that breaks one should fail here rather than ship.

/** Every expansion of a snippet body: each choice in turn, placeholders at their defaults. */
function expansions(body: string): string[] {
  const choice = /\$\{(\d+)\|([^|]*)\|\}/.exec(body);
  if (choice) return choice[2].split(',').flatMap((option) => expansions(body.replace(choice[0], option)));
  let text = body;
  for (let next = ''; next !== text; ) [next, text] = [text, text.replace(/\$\{\d+:([^{}]*)\}/g, '$1')];
  return [text.replace(/\$\d+/g, '')];
}

/** Puts a snippet for an inner layer where it belongs, so it is checked in context. */
function inContext(name: string, text: string): string {
  const host = 'hardware h { cpu 8 cores; memory 32 GiB';
  switch (name) {
    case 'VM': return `${host}\nhypervisor kvm {\n${text}\n} }`;
    case 'Container': return `${host}\nos ${text.includes('os windows') ? 'windows' : 'linux'}\nruntime docker {\n${text}\n} }`;
    case 'App with load profile':
    case 'Job': return `${host}\nos linux\n${text}\n}`;
    case 'Simulate': return `${host}; os linux }\n${text}`;
    default: return text;
  }
}

describe('snippets', () => {
  const snippets = JSON.parse(readFileSync(join(__dirname, '..', '..', 'snippets', 'virt.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;

  it('offer the three kinds of stack of the article', () => {
    for (const name of ['Stack: host-OS virtualization', 'Stack: hypervisor virtualization', 'Stack: container virtualization']) assert.ok(snippets[name], name);
  });

  for (const [name, snippet] of Object.entries(snippets)) {
    it(`"${name}" checks clean with every choice`, () => {
      for (const text of expansions(snippet.body.join('\n'))) {
        const source = inContext(name, text);
        assert.deepEqual(analyze(source).diagnostics.map((d) => `${d.code} ${d.message}`), [], source);
      }
    });
  }
});
