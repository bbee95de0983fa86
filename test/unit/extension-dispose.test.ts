import * as assert from 'node:assert/strict';
import { Disposable, disposeAll, type IDisposable } from '../../src/extension/dispose';

/** A subclass that registers what a test hands it. */
class Owner extends Disposable {
  add<T extends IDisposable>(item: T): T {
    return this._register(item);
  }
}

/** An item that records each dispose in a shared log, and may throw. */
function item(log: string[], name: string, error?: Error): IDisposable {
  return {
    dispose() {
      log.push(name);
      if (error) throw error;
    },
  };
}

describe('the Disposable base of the extension', () => {
  it('disposes every registered item once, last registered first', () => {
    const log: string[] = [];
    const owner = new Owner();
    for (const name of ['a', 'b', 'c']) owner.add(item(log, name));
    assert.equal(owner.isDisposed, false);
    owner.dispose();
    assert.deepEqual(log, ['c', 'b', 'a']);
    assert.equal(owner.isDisposed, true);
  });

  it('a second dispose does nothing', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.add(item(log, 'a'));
    owner.dispose();
    owner.dispose();
    assert.deepEqual(log, ['a']);
  });

  it('disposes the others when one throws, then reports the failure once', () => {
    const log: string[] = [];
    const owner = new Owner();
    const boom = new Error('boom');
    owner.add(item(log, 'a'));
    owner.add(item(log, 'b', boom));
    owner.add(item(log, 'c'));
    assert.throws(() => owner.dispose(), (err) => err === boom);
    assert.deepEqual(log, ['c', 'b', 'a']);
    // The failure does not leave anything to dispose again.
    owner.dispose();
    assert.deepEqual(log, ['c', 'b', 'a']);
  });

  it('gathers several failures into one AggregateError', () => {
    const log: string[] = [];
    const first = new Error('first');
    const second = new Error('second');
    assert.throws(
      () => disposeAll([item(log, 'a', first), item(log, 'b'), item(log, 'c', second)]),
      (err) => err instanceof AggregateError && err.errors.length === 2 && err.errors.includes(first) && err.errors.includes(second),
    );
    assert.deepEqual(log, ['c', 'b', 'a']);
  });

  it('disposes at once an item registered after disposal', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.dispose();
    const late = owner.add(item(log, 'late'));
    assert.deepEqual(log, ['late']);
    assert.equal(typeof late.dispose, 'function', 'the item is handed back');
    owner.dispose();
    assert.deepEqual(log, ['late']);
  });

  it('lets an item dispose its owner again without a second round', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.add(item(log, 'a'));
    // A panel's onDidDispose handler calls the owner's dispose while the owner disposes the panel.
    owner.add({ dispose: () => { log.push('panel'); owner.dispose(); } });
    owner.dispose();
    assert.deepEqual(log, ['panel', 'a']);
  });
});
