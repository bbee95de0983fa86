import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic } from '../../../src/core/diagnostics';
import type { TextEdit } from '../../../src/core/services/textEdits';
import { improves, quickFixes } from '../../../src/core/services/quickFixes/quickFixes';
import { ENGLISH } from '../bundles';

// The filter every candidate fix passes before it is offered (quickFixes.ts): applied to the
// text and checked again, it must remove a finding like its diagnostic (same code, message and
// severity), add no error of any code, and keep every comment. The candidates here are crafted
// by hand, so that each breaks exactly one of these rules.

/** An edit that replaces the first occurrence of `find` in `text`. */
function replace(text: string, find: string, newText: string): TextEdit {
  const start = text.indexOf(find);
  assert.ok(start >= 0, `no ${JSON.stringify(find)} in the text`);
  return { start, end: start + find.length, newText };
}

/** The finding with this message id (there is exactly one in each text below). */
function finding(text: string, messageId: string): Diagnostic {
  const found = analyze(text).diagnostics.filter((d) => d.messageId === messageId);
  assert.equal(found.length, 1, `${messageId} in ${JSON.stringify(text)}`);
  return found[0];
}

function check(text: string, messageId: string, edits: TextEdit[]): boolean {
  return improves(analyze(text), text, finding(text, messageId), { title: 'candidate', edits });
}

// `memory 16 W`: a unit of power where a size belongs, VS103 (schema.wrongUnit, an error).
const WRONG_UNIT = 'hardware h {\n  cpu 4 cores\n  memory 16 W\n}\n';

describe('improves(): the check a candidate fix passes before it is offered', () => {
  it('accepts a candidate that writes a size unit, as the VS103 fix does', () => {
    assert.equal(check(WRONG_UNIT, 'schema.wrongUnit', [replace(WRONG_UNIT, '16 W', '16 GiB')]), true);
  });

  it('rejects a candidate that changes nothing: the finding is still there', () => {
    assert.equal(check(WRONG_UNIT, 'schema.wrongUnit', []), false);
  });

  it('rejects a candidate that only changes text elsewhere: the finding is still there', () => {
    assert.equal(check(WRONG_UNIT, 'schema.wrongUnit', [replace(WRONG_UNIT, 'cpu 4 cores', 'cpu 8 cores')]), false);
  });

  it('rejects a candidate whose edits overlap (applying them throws), even though each alone would fix the unit', () => {
    const text = WRONG_UNIT;
    const at = text.indexOf('16 W');
    const edits = [
      { start: at, end: at + 4, newText: '16 GiB' },
      { start: at + 3, end: at + 4, newText: 'GiB' },
    ];
    assert.equal(check(text, 'schema.wrongUnit', edits), false);
  });

  it('rejects a candidate that fixes the unit but deletes the comment on its line', () => {
    const text = 'hardware h {\n  cpu 4 cores\n  memory 16 W   # the old box\n}\n';
    assert.equal(check(text, 'schema.wrongUnit', [replace(text, '16 W   # the old box', '16 GiB')]), false);
  });

  it('accepts the same fix when the comment is kept', () => {
    const text = 'hardware h {\n  cpu 4 cores\n  memory 16 W   # the old box\n}\n';
    assert.equal(check(text, 'schema.wrongUnit', [replace(text, '16 W', '16 GiB')]), true);
  });

  it('rejects a candidate that removes another error of another code instead of its own finding', () => {
    // `frob` is an unknown keyword (VS100, an error); deleting its line leaves VS103 in place.
    const text = 'hardware h {\n  cpu 4 cores\n  memory 16 W\n  frob 3\n}\n';
    assert.equal(check(text, 'schema.wrongUnit', [replace(text, '  frob 3\n', '')]), false);
  });

  it('rejects a candidate that removes another VS103 of another message (a missing unit) instead of the wrong unit', () => {
    // Same code, same severity, other message: `boot 5` lacks a unit (schema.missingUnit).
    const text = 'hardware h {\n  cpu 4 cores\n  memory 16 W\n  boot 5\n}\n';
    assert.equal(check(text, 'schema.wrongUnit', [replace(text, 'boot 5', 'boot 5 s')]), false);
  });

  it('rejects a candidate that fixes its finding but adds an error of another code', () => {
    // The unit is fixed, but `frob` (VS100) is new.
    const text = WRONG_UNIT;
    assert.equal(check(text, 'schema.wrongUnit', [replace(text, '16 W', '16 GiB\n  frob 3')]), false);
  });

  describe('VS209, whose one message is an error for a misspelt runtime and a note for an unknown one', () => {
    // docs/language.md, VS209: `dokcer` is close to `docker`, an error; `zzqq` is close to
    // nothing, a runtime the catalogue does not know, only a note.
    const typo = 'hardware h {\n  cpu 4 cores\n  memory 8 GiB\n  os linux { runtime dokcer { } }\n}\n';

    it('accepts a candidate that turns the error into a note of the same code and message: the error is what it removes', () => {
      assert.equal(check(typo, 'taxonomy.unknownProduct', [replace(typo, 'dokcer', 'zzqq')]), true);
    });

    it('accepts a fix of another finding that also adds a note of a code that already has an error: only errors count as added', () => {
      const text = 'hardware h {\n  cpu 4 cores\n  memory 16 W\n  os linux { runtime dokcer { } }\n}\n';
      const edits = [replace(text, '16 W', '16 GiB'), replace(text, 'runtime dokcer { }', 'runtime dokcer { }\n    runtime zzqq { }')];
      assert.equal(check(text, 'schema.wrongUnit', edits), true);
    });

    it('rejects a fix of another finding that also turns a note into an error of the same code: one error of VS209 more', () => {
      const text = 'hardware h {\n  cpu 4 cores\n  memory 16 W\n  os linux { runtime zzqq { } }\n}\n';
      const edits = [replace(text, '16 W', '16 GiB'), replace(text, 'zzqq', 'dokcer')];
      assert.equal(check(text, 'schema.wrongUnit', edits), false);
    });
  });
});

describe('quickFixes(): which findings a range asks about, and which fix is preferred', () => {
  const text = WRONG_UNIT;
  const d = finding(text, 'schema.wrongUnit');
  const at = (start: number, end: number) => quickFixes(analyze(text), text, { start, end }, { l10n: ENGLISH }).map((f) => f.title);
  // docs/language.md, VS103: a size unit is offered, GiB then MiB.
  const both = ['Use GiB', 'Use MiB'];

  it('offers the fixes of a finding that starts exactly where the range (a cursor) is', () => {
    assert.deepEqual(at(d.start, d.start), both);
  });

  it('offers the fixes of a finding that ends exactly where the range (a cursor) is', () => {
    assert.deepEqual(at(d.end, d.end), both);
  });

  it('offers nothing for a range that starts after the finding ends', () => {
    assert.deepEqual(at(d.end + 1, text.length), []);
  });

  it('offers nothing for a range that ends before the finding starts', () => {
    assert.deepEqual(at(0, d.start - 1), []);
  });

  it('marks only the first fix of a finding as preferred', () => {
    const list = quickFixes(analyze(text), text, { start: 0, end: text.length }, { l10n: ENGLISH });
    assert.deepEqual(list.map((f) => [f.title, f.preferred]), [['Use GiB', true], ['Use MiB', false]]);
  });
});
