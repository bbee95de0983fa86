import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { virtFile } from '../../bench/parse/generate';
import { analyze } from '../../src/core/analyze';
import { modelBuilder } from '../../src/core/model/build';
import type { LayerProps } from '../../src/core/model/types';
import { parse } from '../../src/core/syntax/parser';
import { mutate, statementSoup } from './fuzz/inputs';
import { mulberry32 } from './fuzz/prng';

const EXAMPLES_DIR = join(__dirname, '../../examples');
const examples = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.virt'))
  .sort()
  .map((f) => readFileSync(join(EXAMPLES_DIR, f), 'utf8'));

/** Each layer's properties as the builder reads them, kept (never settled). */
function builtProps(text: string): LayerProps[] {
  const builder = modelBuilder([], text.length);
  parse(text, (tree, id) => builder.add(tree, id));
  return builder.model.layers.map((l) => l.props);
}

/** Each layer's properties after analyze(), which lets them go and reads them again on demand. */
function rereadProps(text: string): LayerProps[] {
  return analyze(text).model.layers.map((l) => l.props);
}

describe('layer properties read again on demand', () => {
  it('equal the ones the builder read, for every example', () => {
    for (const text of examples) assert.deepEqual(rereadProps(text), builtProps(text));
  });

  it('equal the ones the builder read, for the benchmark fleet and for broken and random files', () => {
    const rng = mulberry32(20261126);
    const texts = [virtFile({ lines: 2000 })];
    for (let i = 0; i < 200; i++) texts.push(mutate(rng, rng.pick(examples)), statementSoup(rng, 30));
    for (const text of texts) assert.deepEqual(rereadProps(text), builtProps(text), text.slice(0, 200));
  });

  it('are read once and then kept, so a layer answers with the same object', () => {
    const { model } = analyze(examples.find((t) => t.includes('vm ')) ?? examples[0]);
    const vm = model.layers.find((l) => l.kind === 'vm')!;
    assert.equal(vm.props, vm.props);
    assert.ok(vm.props.memory, 'a VM of the examples has memory');
  });

  it('are one shared empty object for layers without property lines', () => {
    const { model } = analyze('hardware h { cpu 4; memory 8 GiB\n  hypervisor kvm { vm a { vcpu 1; memory 1 GiB } }\n}\n');
    const hv = model.layers.find((l) => l.kind === 'hypervisor')!;
    const fresh = analyze('hardware g { cpu 2; memory 4 GiB\n  hypervisor xen\n}\n').model.layers.find((l) => l.kind === 'hypervisor')!;
    assert.equal(hv.props, fresh.props);
    assert.ok(Object.isFrozen(hv.props));
  });
});
