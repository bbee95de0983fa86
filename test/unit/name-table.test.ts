import * as assert from 'node:assert/strict';
import { NameTable } from '../../src/core/model/names';
import type { Layer } from '../../src/core/model/types';

const layer = (name: string): Layer => ({ name }) as Layer;

describe('NameTable', () => {
  it('keeps the first layer that claims a name, and answers like a Map', () => {
    const table = new NameTable();
    const web = layer('web');
    const db = layer('데이터베이스');
    assert.equal(table.claim('web', web), web);
    assert.equal(table.claim('데이터베이스', db), db);
    assert.equal(table.claim('web', layer('web')), web, 'a second claim gets the first holder');
    assert.equal(table.size, 2);
    assert.equal(table.get('web'), web);
    assert.equal(table.get('Web'), undefined, 'names are case-sensitive');
    assert.ok(table.has('데이터베이스') && !table.has('db'));
    assert.deepEqual([...table.keys()], ['web', '데이터베이스']);
    assert.deepEqual([...table.values()], [web, db]);
    assert.deepEqual([...table], [['web', web], ['데이터베이스', db]]);
    const seen: string[] = [];
    table.forEach((l, name, map) => seen.push(`${name}:${l === map.get(name)}`));
    assert.deepEqual(seen, ['web:true', '데이터베이스:true']);
  });

  it('holds 100,000 similar names through its growth, in declaration order, the same as a Map', () => {
    const table = new NameTable();
    const map = new Map<string, Layer>();
    for (let i = 0; i < 100_000; i++) {
      // Every name is claimed twice, the second time by another layer that must lose.
      for (const name of [`vm-${i % 997}-${i}`, `vm-${(i * 7) % 100_000 % 997}-${(i * 7) % 100_000}`]) {
        const l = layer(name);
        if (!map.has(name)) map.set(name, l);
        assert.equal(table.claim(name, l), map.get(name));
      }
    }
    assert.equal(table.size, map.size);
    assert.deepEqual([...table.keys()], [...map.keys()]);
    assert.equal(table.get('vm-0-0'), map.get('vm-0-0'));
    assert.equal(table.get('vm-0-1'), undefined);
  });
});
