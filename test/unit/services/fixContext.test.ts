import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic, Span } from '../../../src/core/diagnostics';
import type { Layer } from '../../../src/core/model/types';
import { applyEdits } from '../../../src/core/services/textEdits';
import { type FixContext, insertIntoBlock, layerAt, shape } from '../../../src/core/services/quickFixes/fixContext';
import { ENGLISH } from '../bundles';

// The helpers the structural fixes share (fixContext.ts): the layer a finding points at,
// a piece of source shaped at an indentation, and a statement added to the end of a block.

/** A context whose diagnostic covers exactly `span` (the helpers read only its span). */
function contextAt(text: string, span: Span): FixContext {
  const diagnostic: Diagnostic = { code: 'VS000', severity: 'error', start: span.start, end: span.end, message: '', messageId: 'test', args: [] };
  return { analysis: analyze(text), text, diagnostic, l10n: ENGLISH, eol: '\n' };
}

function spanOf(text: string, word: string): Span {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return { start, end: start + word.length };
}

const name = (l: Layer | undefined): string | undefined => l && `${l.kind} ${l.name}`;

describe('layerAt(): the layer whose product or name is exactly the finding', () => {
  // `kvm` is the product of the hypervisor named `box` (`as NAME`, docs/language.md), so its
  // product and its name are two different spans.
  const text = 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  hypervisor kvm as box {\n    vm v { os linux }\n  }\n}\n';

  it('finds the hypervisor by its product word alone', () => {
    assert.equal(name(layerAt(contextAt(text, spanOf(text, 'kvm')))), 'hypervisor box');
  });

  it('finds the hypervisor by its name alone', () => {
    assert.equal(name(layerAt(contextAt(text, spanOf(text, 'box')))), 'hypervisor box');
  });

  it('finds nothing for a span that ends with the product but starts inside it', () => {
    const kvm = spanOf(text, 'kvm');
    assert.equal(layerAt(contextAt(text, { start: kvm.start + 1, end: kvm.end })), undefined);
  });

  it('finds nothing for a span that starts with the product but ends inside it', () => {
    const kvm = spanOf(text, 'kvm');
    assert.equal(layerAt(contextAt(text, { start: kvm.start, end: kvm.end - 1 })), undefined);
  });

  it('finds nothing when the layer there is not of the kinds asked for', () => {
    assert.equal(layerAt(contextAt(text, spanOf(text, 'kvm')), ['os', 'runtime']), undefined);
    assert.equal(name(layerAt(contextAt(text, spanOf(text, 'kvm')), ['hypervisor'])), 'hypervisor box');
  });
});

describe('shape(): a piece of source formatted at an indentation', () => {
  it('leaves a blank line of the piece empty instead of indenting it (no trailing white space)', () => {
    // The formatter keeps one blank line (format.test.ts); the first line is not indented
    // because it continues where the piece is put.
    assert.equal(shape('os linux {\n  app a\n\n  app b\n}', '    ', '\n'), 'os linux {\n      app a\n\n      app b\n    }');
  });
});

describe('insertIntoBlock(): a statement added at the end of a block', () => {
  it('adds nothing to a block that is never closed (there is no end to add at)', () => {
    const text = 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux {\n    app a\n';
    const os = analyze(text).model.layers.find((l) => l.kind === 'os')!;
    assert.equal(os.statement.block?.close, -1);
    assert.equal(insertIntoBlock(text, os.statement, 'app b', '\n'), undefined);
  });

  it('opens up a block written on one line, the new statement on a line of its own', () => {
    const text = 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux { app a   }\n}\n';
    const os = analyze(text).model.layers.find((l) => l.kind === 'os')!;
    const edit = insertIntoBlock(text, os.statement, 'app b', '\n')!;
    assert.equal(applyEdits(text, [edit]), 'hardware h {\n  cpu 4 cores; memory 8 GiB\n  os linux { app a\n    app b\n  }\n}\n');
  });
});
