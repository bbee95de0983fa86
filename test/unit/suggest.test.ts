import * as assert from 'node:assert/strict';
import { NameSuggester, suggest } from '../../src/core/suggest';

const hinted = (arg: unknown): string | undefined => (typeof arg === 'object' && arg !== null && 'args' in arg ? String((arg as { args: unknown[] }).args[0]) : undefined);
const table = (names: string[]): Map<string, true> => new Map(names.map((n) => [n, true]));

describe('did you mean', () => {
  it('suggest: the closest name within about one edit per three letters', () => {
    assert.equal(suggest('kvn', ['kvm', 'xen', 'esxi']), 'kvm');
    assert.equal(suggest('Storefront', ['storefront', 'orders']), 'storefront');
    assert.equal(suggest('foo', ['kvm', 'xen']), undefined);
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
});
