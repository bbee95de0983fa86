import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { ENGLISH } from '../../src/core/l10n/localizer';
import { complete } from '../../src/core/services/completion/completion';
import { STACK_KINDS, stackSnippet } from '../../src/core/services/completion/snippets';
import { KOREAN } from './bundles';

// Snippets are what learners start from, so every choice they offer must give a stack the
// checker accepts; a rule change that breaks one should fail here rather than ship. They come
// from the core's completion, in the user's language, only where they can stand (issue 13: the
// static snippets file offered `hardware`, `container`, `app`, `job` and `simulate` inside a
// hardware block, and each whole stack twice, once per prefix).

/** Every expansion of a snippet body: each choice in turn, placeholders at their defaults. */
function expansions(body: string): string[] {
  const choice = /\$\{(\d+)\|([^|]*)\|\}/.exec(body);
  if (choice) return choice[2].split(',').flatMap((option) => expansions(body.replace(choice[0], option)));
  let text = body;
  for (let next = ''; next !== text; ) [next, text] = [text, text.replace(/\$\{\d+:([^{}]*)\}/g, '$1')];
  return [text.replace(/\$\d+/g, '')];
}

/** The labels of the snippet items offered at the end of `text`. */
function snippetLabels(text: string, l10n = ENGLISH): string[] {
  return complete(analyze(text), text, text.length, { l10n }).items.filter((i) => i.kind === 'snippet').map((i) => i.label);
}

describe('snippets', () => {
  for (const kind of STACK_KINDS) {
    for (const [language, l10n] of [['English', ENGLISH], ['Korean', KOREAN]] as const) {
      it(`the ${kind} stack checks clean with every choice, in ${language}`, () => {
        for (const text of expansions(stackSnippet(kind, new Map(), l10n).body)) {
          assert.deepEqual(analyze(text).diagnostics.map((d) => `${d.code} ${d.message}`), [], text);
        }
      });
    }
  }

  it('an empty file is offered the three ways to virtualize a server, once each', () => {
    assert.deepEqual(snippetLabels('').filter((l) => l.startsWith('stack:')), ['stack: host-OS virtualization', 'stack: hypervisor virtualization', 'stack: container virtualization']);
  });

  it('the whole stacks speak the user\'s language: title and comments in Korean', () => {
    const body = stackSnippet('container', new Map(), KOREAN).body;
    assert.match(body, /^stack "\$\{1:컨테이너 가상화\}"/);
    assert.match(body, /# 모든 컨테이너가 이 커널을 함께 씁니다/);
    assert.deepEqual(snippetLabels('', KOREAN).filter((l) => l.startsWith('stack:')), ['stack: 호스트 OS 가상화', 'stack: 하이퍼바이저 가상화', 'stack: 컨테이너 가상화']);
  });

  it('a file that has its stack line is not offered another whole stack', () => {
    assert.deepEqual(snippetLabels('stack "Lab"\n').filter((l) => l.startsWith('stack:')), []);
  });

  it('a whole stack names its machine with a name the file does not use yet', () => {
    const text = 'hardware server1 { cpu 8 cores; memory 32 GiB; os linux }\n';
    assert.match(stackSnippet('hypervisor', analyze(text).model.names, ENGLISH).body, /hardware \$\{2:server2\}/);
  });

  it('inside a hardware block only what may stand on hardware is offered: a hypervisor or an OS, never hardware, a container, an app, a job or simulate', () => {
    const labels = snippetLabels('hardware h {\n  cpu 8 cores; memory 32 GiB\n  ');
    assert.deepEqual(labels.sort(), ['hypervisor { … }', 'os { … }']);
  });

  it('VS Code is given no static snippets file, which it would offer everywhere, whatever the place', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { contributes: Record<string, unknown> };
    assert.equal(manifest.contributes.snippets, undefined);
  });
});
