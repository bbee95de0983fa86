import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';

// Examples and snippets are what learners copy, so they must stay correct as the checker
// grows. Only findings a file means to show are allowed.

const root = join(__dirname, '..', '..');

/** Findings each example shows on purpose, by file name. */
const INTENDED: Record<string, readonly string[]> = {
  'datacenter.virt': ['VS210'], // nested virtualization in the ci-lab VM
};

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

describe('examples and snippets', () => {
  const dir = join(root, 'examples');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.virt') && f !== 'mistakes.virt')) {
    it(`examples/${file} has only the findings it means to show`, () => {
      const codes = analyze(readFileSync(join(dir, file), 'utf8')).diagnostics.map((d) => `${d.code} ${d.message}`);
      const unexpected = codes.filter((c) => !(INTENDED[file] ?? []).includes(c.slice(0, 5)));
      assert.deepEqual(unexpected, []);
    });
  }

  const snippets = JSON.parse(readFileSync(join(root, 'snippets', 'virt.code-snippets'), 'utf8')) as Record<string, { body: string[] }>;
  for (const [name, snippet] of Object.entries(snippets)) {
    it(`snippet "${name}" checks clean with every choice`, () => {
      for (const text of expansions(snippet.body.join('\n'))) {
        const source = inContext(name, text);
        assert.deepEqual(analyze(source).diagnostics.map((d) => `${d.code} ${d.message}`), [], source);
      }
    });
  }
});
