import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { complete, type CompletionEntry } from '../../../src/core/services/completion/completion';
import { applyEdits } from '../../../src/core/services/textEdits';
import { ENGLISH } from '../bundles';
import { cursor } from './cursor';

// The block snippets completion offers for a layer (src/core/services/completion/snippets.ts):
// their choices are what may stand there and their names are free in the file, so that a
// snippet accepted as offered checks clean. These cover the snippets completion.test.ts does
// not reach: middleware, the OS of a container, and a runtime where none runs.

/** Everything offered at the `|` of a text. */
function offered(marked: string): CompletionEntry[] {
  const { text, offset, analysis } = cursor(marked);
  return complete(analysis, text, offset, { l10n: ENGLISH }).items;
}

/** The snippet offered for a layer kind at the `|`. */
function snippet(marked: string, kind: string): CompletionEntry {
  const items = offered(marked);
  const found = items.find((i) => i.label === `${kind} { … }`);
  assert.ok(found, `no '${kind} { … }' among ${items.map((i) => i.label).join(', ')}`);
  return found;
}

/** The text with the snippet accepted as offered: first choices, placeholders' defaults, tabs as two spaces. */
function accepted(marked: string, kind: string): string {
  const { text, offset } = cursor(marked);
  const body = snippet(marked, kind).insertText
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$0/g, '')
    .replace(/\t/g, '  ');
  return applyEdits(text, [{ start: offset, end: offset, newText: body }]);
}

describe('completion: block snippets', () => {
  it('offers middleware with an app on it, the app named with the first free number', () => {
    const marked = 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux {\n    app app1\n    |\n  }\n}\n';
    const item = snippet(marked, 'middleware');
    assert.equal(item.insertText, 'middleware ${1:nginx} {\n\tapp ${2:app2} { load ${3:constant 40%} }\n}');
    assert.equal(item.detail, 'middleware with an app on it');
    assert.deepEqual(analyze(accepted(marked, 'middleware')).diagnostics.map((d) => d.code), []);
  });

  it("starts the OS of a container on a Windows host with a Windows image's name", () => {
    // A container brings only user space and shares its host's kernel (docs/language.md).
    const marked = 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os windows {\n    runtime docker {\n      container c {\n        |\n      }\n    }\n  }\n}\n';
    const item = snippet(marked, 'os');
    assert.equal(item.insertText, 'os windows "${1:Windows Server 2022}"');
    assert.equal(item.detail, "the image's user space, on the host's kernel");
    assert.deepEqual(analyze(accepted(marked, 'os')).diagnostics.map((d) => d.code), []);
  });

  it('starts the OS of a container in a FreeBSD jail with a BSD name', () => {
    const marked = 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os bsd {\n    runtime jail {\n      container c {\n        |\n      }\n    }\n  }\n}\n';
    assert.equal(snippet(marked, 'os').insertText, 'os bsd "${1:FreeBSD 14}"');
    assert.deepEqual(analyze(accepted(marked, 'os')).diagnostics.map((d) => d.code), []);
  });

  it('offers the runtime keyword on macOS but no runtime snippet, since no runtime of the catalogue runs on macOS', () => {
    // src/core/taxonomy/catalogue.ts: the host kernels of Docker, containerd, CRI-O, Podman,
    // LXC, LXD, Kata, gVisor, runc, jails and zones leave macOS out, so no choice would check clean.
    const labels = offered('hardware h {\n  cpu 4 cores; memory 8 GiB\n  os macos {\n    |\n  }\n}\n').map((i) => i.label);
    assert.ok(labels.includes('runtime'), labels.join(', '));
    assert.ok(!labels.includes('runtime { … }'), labels.join(', '));
  });
});
