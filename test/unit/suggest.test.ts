import * as assert from 'node:assert/strict';
import { comparisonCost, NameSuggester, suggest, withOneLess } from '../../src/core/suggest';
import { caseSeed, mulberry32 } from './fuzz/prng';

const hinted = (arg: unknown): string | undefined => (typeof arg === 'object' && arg !== null && 'args' in arg ? String((arg as { args: unknown[] }).args[0]) : undefined);
const table = (names: string[]): Map<string, true> => new Map(names.map((n) => [n, true]));

describe('did you mean', () => {
  it('suggest: the closest name within about one edit per three letters', () => {
    assert.equal(suggest('kvn', ['kvm', 'xen', 'esxi']), 'kvm');
    assert.equal(suggest('Storefront', ['storefront', 'orders']), 'storefront');
    assert.equal(suggest('foo', ['kvm', 'xen']), undefined);
  });

  // The limit (suggest.ts, editLimit): one edit per three letters of the word, rounded down, at
  // least one. Each case replaces that many letters of a name with letters it does not contain
  // (so the edit distance is exactly the number replaced), then one more.
  describe('the edit limit, at its boundary', () => {
    const cases: [name: string, allowed: number, within: string, beyond: string][] = [
      ['kvm', 1, 'kvq', 'kqq'], // 3 letters: 1
      ['mysql', 1, 'mzsql', 'mzsqx'], // 5 letters: 5 / 3 rounded down is 1, not 2
      ['backup', 2, 'bzckzp', 'bzckzq'], // 6 letters: 2
      ['frontend', 2, 'frqntznd', 'frqntznq'], // 8 letters: 8 / 3 rounded down is 2, not 3
      ['inventory', 3, 'qnvzntxry', 'qnvzntxrq'], // 9 letters: 3
    ];
    for (const [name, allowed, within, beyond] of cases) {
      it(`suggest: a ${name.length}-letter word ${allowed} edit(s) from '${name}' finds it, ${allowed + 1} do not`, () => {
        assert.equal(suggest(within, [name]), name);
        assert.equal(suggest(beyond, [name]), undefined);
      });
      it(`NameSuggester: a ${name.length}-letter word ${allowed} edit(s) from '${name}' finds it, ${allowed + 1} do not`, () => {
        assert.equal(hinted(new NameSuggester(table([name])).hint(within)), name);
        assert.equal(new NameSuggester(table([name])).hint(beyond), '');
      });
    }
  });

  describe('NameSuggester, over a big file\'s names', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `svc-${i}-${i % 7}`);

    it('finds a name with one letter too many among 100,000 without scanning, for every typo', () => {
      const suggester = new NameSuggester(table(many), 10);
      const hint = (w: string): unknown => suggester.hint(w);
      // A budget of 10 comparisons could not find these by scanning.
      for (const i of [5, 77_777, 99_999]) assert.equal(hinted(hint(`svc-${i}-${i % 7}x`)), `svc-${i}-${i % 7}`);
    });

    it('finds other slips by comparing, nearest lengths first', () => {
      const suggester = new NameSuggester(table(['orders-api', 'orders-db', 'billing']));
      const hint = (w: string): unknown => suggester.hint(w);
      assert.equal(hinted(hint('ordres-api')), 'orders-api', 'two letters swapped');
      assert.equal(hinted(hint('orders-apj')), 'orders-api', 'one letter wrong');
      assert.equal(hinted(hint('orders-ap')), 'orders-api', 'one letter missing');
      assert.equal(hinted(hint('ORDERS-DB')), 'orders-db', 'case is ignored');
      assert.equal(hint('inventory'), '', 'nothing close');
    });

    it('stops comparing once its budget is spent, and then offers nothing new', () => {
      const suggester = new NameSuggester(table(many), 1_000);
      const hint = (w: string): unknown => suggester.hint(w);
      assert.equal(hint('zzzzzzzzzzzz'), '', 'spends the budget on a word with no match');
      assert.equal(hint('svc-12-6'), '', 'a substitution (of svc-12-5) needs a scan, and the budget is gone');
      assert.equal(hinted(hint('svc-12-5x')), 'svc-12-5', 'lookups still work');
    });
  });

  describe('long names (issue 12, bug 2: a 40,000-character name took 10 s)', () => {
    it('a name of the usual length costs one unit of the budget; a long one its share of the work', () => {
      assert.equal(comparisonCost(64, 64), 1);
      assert.equal(comparisonCost(3, 20), 1);
      assert.equal(comparisonCost(128, 128), 4);
      assert.ok(comparisonCost(40_000, 40_000) > 20_000, 'more than a whole budget: never compared');
    });

    it('finds a long name with one letter too many as the plain lookups do, on generated names', () => {
      // Few letters, so that words have runs of the same letter and several names one letter shorter.
      for (let i = 0; i < 400; i++) {
        const rng = mulberry32(caseSeed(2, i));
        const word = Array.from({ length: 65 + rng.int(120) }, () => rng.pick(['a', 'b', 'c'])).join('');
        const names = new Map<string, true>();
        for (let k = rng.int(6); k > 0; k--) {
          const at = rng.int(word.length);
          const name = word.slice(0, at) + word.slice(at + 1);
          // Some names are one deletion away, others one more change away.
          names.set(rng.chance(0.3) ? name.slice(0, -1) + (name.endsWith('a') ? 'b' : 'a') : name, true);
        }
        const expected = withOneLess(word, names);
        const found = new NameSuggester(names).hint(word);
        if (expected !== undefined) assert.equal(hinted(found), expected, `case ${caseSeed(2, i)}`);
        else {
          // Nothing is one deletion away: whatever the comparisons offer is not.
          const offered = hinted(found);
          if (offered !== undefined) assert.equal(withOneLess(word, table([offered])), undefined, `case ${caseSeed(2, i)}`);
        }
      }
    });

    it('offers the name a 40,000-character reference has one letter too many of, among names as long', () => {
      const rng = mulberry32(7);
      const long = Array.from({ length: 40_000 }, () => String.fromCharCode(97 + rng.int(26))).join('');
      const suggester = new NameSuggester(table(['db', long, `${long.slice(0, 20_000)}q${long.slice(20_001)}`]));
      assert.equal(hinted(suggester.hint(`${long.slice(0, 100)}Z${long.slice(100)}`)), long);
      // Anything else about a name this long would cost more than the whole budget.
      assert.equal(suggester.hint(`${long}ZZ`), '');
      assert.equal(hinted(suggester.hint('dbb')), 'db', 'names of the usual length are still found');
    });

    it('suggest() skips comparisons too long to afford and still finds the usual names', () => {
      const long = 'x'.repeat(100_000);
      assert.equal(suggest(`${long}y`, [long, 'kvm']), undefined);
      assert.equal(suggest('kvn', [long, 'kvm']), 'kvm');
    });
  });
});
