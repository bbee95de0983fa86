import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { layerAt, layerKey } from '../../src/core/diagram/locate';
import type { Layer, StackModel } from '../../src/core/model/types';

/** The plain definition layerAt answers by binary search: of the layers containing the offset, the one starting last. */
function referenceLayerAt(model: StackModel, offset: number): Layer | undefined {
  let best: Layer | undefined;
  for (const layer of model.layers) {
    const s = layer.statement;
    if (offset >= s.start && offset <= s.end && (!best || s.start >= best.statement.start)) best = layer;
  }
  return best;
}

/** The plain definition of the path key, counting earlier siblings of the same kind and name. */
function referenceLayerKey(layer: Layer): string {
  const segments: string[] = [];
  for (let l: Layer | undefined = layer; l; l = l.parent) {
    const base = `${l.kind}:${l.name || l.product || ''}`;
    let n = 0;
    for (const s of l.parent ? l.parent.children : []) {
      if (s === l) break;
      if (`${s.kind}:${s.name || s.product || ''}` === base) n++;
    }
    segments.push(n === 0 ? base : `${base}#${n}`);
  }
  return segments.reverse().join('/');
}

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random stacks: nested layers with repeated names, properties, comments and broken braces. */
function generated(seed: number): string {
  const next = random(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(next() * a.length)];
  const layer = (depth: number): string => {
    const head = pick(['vm a', 'vm b', 'os linux', 'container c', 'app x', 'app x', 'hypervisor kvm', 'runtime docker', 'middleware nginx', 'job j']);
    if (depth > 3 || next() < 0.3) return `${head}${next() < 0.2 ? ' { cpu 2 }' : ''}\n`;
    let body = '';
    for (let n = Math.floor(next() * 4); n > 0; n--) body += next() < 0.15 ? pick(['# note\n', 'memory 1 GiB\n', '}\n', '{\n']) : layer(depth + 1);
    return `${head} {\n${body}}\n`;
  };
  let text = '';
  for (let h = 1 + Math.floor(next() * 3); h > 0; h--) text += `hardware ${pick(['h', 'h', 'g'])} {\n${layer(1)}${layer(1)}}\n`;
  return text;
}

describe('diagram locator', () => {
  const examples = path.join(__dirname, '..', '..', 'examples');
  const texts = [
    ...fs.readdirSync(examples).filter((f) => f.endsWith('.virt')).map((f) => fs.readFileSync(path.join(examples, f), 'utf8')),
    ...Array.from({ length: 200 }, (_, i) => generated(i + 1)),
  ];

  it('finds the same layer as the plain definition at every offset of the examples and 200 generated stacks', () => {
    for (const text of texts) {
      const { model } = analyze(text);
      for (let offset = 0; offset <= text.length; offset++) {
        assert.equal(layerAt(model, offset), referenceLayerAt(model, offset), `offset ${offset} of ${JSON.stringify(text)}`);
      }
    }
  });

  it('gives every layer the same path key as the plain definition', () => {
    for (const text of texts) {
      for (const layer of analyze(text).model.layers) assert.equal(layerKey(layer), referenceLayerKey(layer));
    }
  });

  it('locates and keys 150,000 sibling layers with errors without scanning for each (it took seconds per 10,000)', function () {
    this.timeout(60_000);
    const n = 150_000;
    const text = `hardware h { cpu 4; memory 8 GiB; os linux {\n${'  runtime dockr\n'.repeat(n)}} }\n`;
    const { model, diagnostics } = analyze(text);
    const errors = diagnostics.filter((d) => d.severity === 'error');
    assert.ok(errors.length >= n);
    const start = performance.now();
    const keys = new Set<string>();
    for (const d of errors) keys.add(layerKey(layerAt(model, d.start) ?? model.hosts[0]));
    assert.equal(keys.size, n);
    // A scan per error would take minutes; a search takes well under a second.
    assert.ok(performance.now() - start < 10_000, `${(performance.now() - start).toFixed(0)} ms`);
  });
});
