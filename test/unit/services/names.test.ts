import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { definition } from '../../../src/core/services/navigation/navigation';
import { applyEdits } from '../../../src/core/services/textEdits';
import { references } from '../../../src/core/services/navigation/navigation';
import { isName, prepareRename, rename } from '../../../src/core/services/navigation/navigation';
import { offsetOf } from './cursor';
import { ENGLISH, KOREAN } from '../bundles';

const text = [
  'hardware h {',
  '  cpu 8 cores; memory 16 GiB',
  '  os linux {',
  '    app db',
  '    app web { depends db }',
  '    job backup { work 1 core-h; depends db, web }',
  '    runtime docker as engine { }',
  '  }',
  '}',
  '',
].join('\n');
const analysis = analyze(text);
const covered = (spans: readonly { start: number; end: number }[]) => spans.map((s) => `${text.slice(s.start, s.end)}@${s.start}`);

describe('definition and references', () => {
  it('go from a reference to the declaration', () => {
    const span = definition(analysis, offsetOf(text, 'depends db', 9));
    assert.deepEqual(span && covered([span]), [`db@${offsetOf(text, 'app db', 4)}`]);
    assert.equal(definition(analysis, offsetOf(text, 'cpu')), undefined);
  });

  it('find every reference, from the declaration or from a reference, with or without the declaration', () => {
    const all = references(analysis, offsetOf(text, 'app db', 5), true);
    assert.deepEqual(covered(all), [`db@${offsetOf(text, 'app db', 4)}`, `db@${offsetOf(text, 'depends db', 8)}`, `db@${offsetOf(text, 'depends db, web', 8)}`]);
    assert.deepEqual(covered(references(analysis, offsetOf(text, 'depends db, web', 13), false)), [`web@${offsetOf(text, 'depends db, web', 12)}`]);
  });

  it('treat a second declaration of a name as its own layer, which nothing refers to', () => {
    const dup = 'hardware h { cpu 1; memory 1 GiB; os linux { app a; app b { depends a }; app a } }\n';
    const second = offsetOf(dup, 'app a', 4, 1);
    assert.deepEqual(references(analyze(dup), second, true).map((s) => s.start), [second]);
  });
});

describe('rename', () => {
  it('renames the declaration and every reference', () => {
    const result = rename(analysis, text, offsetOf(text, 'depends db', 9), 'database', ENGLISH);
    assert.ok(result.ok);
    const after = applyEdits(text, result.value);
    assert.match(after, /app database\n {4}app web \{ depends database \}\n {4}job backup \{ work 1 core-h; depends database, web \}/);
    assert.deepEqual(analyze(after).diagnostics, []);
  });

  it('accepts names in any script, and refuses what is not a name', () => {
    assert.ok(rename(analysis, text, offsetOf(text, 'app db', 5), '데이터베이스', ENGLISH).ok);
    for (const bad of ['', 'two words', '9lives', 'ends-', 'a;b', '"q"']) {
      const r = rename(analysis, text, offsetOf(text, 'app db', 5), bad, ENGLISH);
      assert.ok(!r.ok && /is not a name/.test(r.reason), bad);
    }
    assert.ok(isName('web-01') && isName('_x') && !isName('web 01'));
  });

  it('refuses a name another layer has, saying which', () => {
    const r = rename(analysis, text, offsetOf(text, 'app web', 5), 'db', ENGLISH);
    assert.deepEqual(r, { ok: false, reason: "'db' is already the name of the app on line 4; names must be unique." });
    const ko = rename(analysis, text, offsetOf(text, 'app web', 5), 'h', KOREAN);
    assert.ok(!ko.ok && ko.reason === "'h'는 이미 1번째 줄의 하드웨어 이름입니다. 이름은 유일해야 합니다.");
  });

  it('refuses anything that is not a declared name: keywords, products, aliases, undeclared references', () => {
    for (const at of [offsetOf(text, 'hardware', 2), offsetOf(text, 'docker', 2), offsetOf(text, 'engine', 2), offsetOf(text, 'linux', 2)]) {
      const r = prepareRename(analysis, at, ENGLISH);
      assert.ok(!r.ok && /^Only names can be renamed: of hardware, VMs, desktop pools, containers, apps and jobs, of clusters, storage pools and segments, and of virtual switches named with 'as'\.$/.test(r.reason));
    }
    const dangling = 'hardware h { cpu 1; memory 1 GiB; os linux { app a { depends ghost } } }\n';
    const r = prepareRename(analyze(dangling), offsetOf(dangling, 'ghost', 1), ENGLISH);
    assert.ok(!r.ok && /Nothing is named 'ghost'/.test(r.reason));
  });

  it('renames only the second of two declarations, keeping references with the first', () => {
    const dup = 'hardware h { cpu 1; memory 1 GiB; os linux { app a; app b { depends a }; app a } }\n';
    const r = rename(analyze(dup), dup, offsetOf(dup, 'app a', 4, 1), 'c', ENGLISH);
    assert.ok(r.ok);
    assert.equal(applyEdits(dup, r.value), 'hardware h { cpu 1; memory 1 GiB; os linux { app a; app b { depends a }; app c } }\n');
  });
});
