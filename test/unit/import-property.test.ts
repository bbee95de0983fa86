import * as assert from 'node:assert/strict';
import { analyze, importInventory } from '../../src/core/languageService';
import { formatText } from '../../src/core/services/formatting/format';
import { meaningOf } from './stack-meaning';

// Property: for random Compose files and manifests (names and images with any characters,
// random resources, replicas and dependencies), the import writes a file with no error finding
// that the core formatter leaves unchanged in meaning, and every service or pod is a container.

/** A seeded generator (a 32-bit LCG), so that a failure repeats. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALPHABET = ['a', 'B', '7', '-', '_', '.', ' ', '"', '\\', '}', '{', '#', ';', '\n', 'é', '웹', '$'];

function word(next: () => number): string {
  let s = '';
  const n = 1 + Math.floor(next() * 8);
  for (let i = 0; i < n; i++) s += ALPHABET[Math.floor(next() * ALPHABET.length)];
  return s.replace(/\$/g, 'S'); // `$` starts Compose interpolation, which the importer lists rather than reads
}

function composeCase(next: () => number): { text: string; containers: number } {
  const names = Array.from({ length: 1 + Math.floor(next() * 6) }, () => word(next));
  const unique = [...new Set(names)];
  let containers = 0;
  const services = unique.map((name, i) => {
    const replicas = Math.floor(next() * 3);
    containers += replicas;
    const lines = [`  ${JSON.stringify(name)}:`, `    image: ${JSON.stringify(word(next))}`, `    deploy: { replicas: ${replicas}, resources: { limits: { cpus: "${(1 + Math.floor(next() * 8)) / 2}", memory: ${1 + Math.floor(next() * 900)}m } } }`];
    if (i > 0 && next() < 0.5) lines.push(`    depends_on: [${JSON.stringify(unique[Math.floor(next() * i)])}]`);
    return lines.join('\n');
  });
  return { text: `services:\n${services.join('\n')}\n`, containers };
}

function kubernetesCase(next: () => number): { text: string; containers: number } {
  let containers = 0;
  const docs = Array.from({ length: 1 + Math.floor(next() * 5) }, () => {
    const replicas = Math.floor(next() * 4);
    const inPod = 1 + Math.floor(next() * 3);
    containers += replicas * inPod;
    const list = Array.from({ length: inPod }, (_, j) => `      - { name: ${JSON.stringify(`${word(next)}${j}`)}, image: ${JSON.stringify(word(next))}, resources: { requests: { cpu: ${1 + Math.floor(next() * 900)}m, memory: ${1 + Math.floor(next() * 500)}Mi } } }`);
    return `apiVersion: apps/v1\nkind: Deployment\nmetadata: { name: ${JSON.stringify(word(next))} }\nspec:\n  replicas: ${replicas}\n  template:\n    spec:\n      containers:\n${list.join('\n')}\n`;
  });
  return { text: docs.join('---\n'), containers };
}

describe('importing random inputs (property)', () => {
  for (const [format, make] of [['compose', composeCase], ['kubernetes', kubernetesCase]] as const) {
    it(`${format}: 150 random files import clean, with every container, and survive the formatter unchanged in meaning`, () => {
      const next = random(format === 'compose' ? 16 : 17);
      for (let i = 0; i < 150; i++) {
        const { text, containers } = make(next);
        const r = importInventory([{ name: word(next), text }], { from: format });
        assert.ok(r.ok, r.ok ? '' : `${r.error}\n${text}`);
        assert.equal(r.counts.containers, containers, text);
        const { model, diagnostics } = analyze(r.text);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), [], r.text);
        assert.equal(model.layers.filter((l) => l.kind === 'container').length, containers);
        assert.deepEqual(meaningOf(formatText(r.text), 0, undefined), meaningOf(r.text, 0, undefined), r.text);
      }
    });
  }
});
