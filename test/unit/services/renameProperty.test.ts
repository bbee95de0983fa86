import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { Diagnostic } from '../../../src/core/diagnostics';
import { references, rename } from '../../../src/core/services/navigation/navigation';
import { applyEdits } from '../../../src/core/services/textEdits';
import { Scanner } from '../../../src/core/syntax/scanner';
import { T } from '../../../src/core/syntax/tokens';
import { ENGLISH } from '../bundles';
import { caseSeed, mulberry32, type Random } from '../fuzz/prng';

// Properties of Find All References and Rename over generated stacks that use every kind of name
// (hosts, VMs, clusters, pools, segments, switches) in every place that names one, and write the
// same words in comments and strings. Each name is a word used for nothing else, so the places
// where it is written as a word, found by the scanner alone, are exactly its references.

/** A stack of `clusters` clusters and a few loose hosts; returns the text and the names declared in it. */
function generate(rng: Random): { text: string; names: string[] } {
  const lines: string[] = ['stack "a lab with c0, h0 and g0"'];
  const hosts: string[] = [];
  const vms: string[] = [];
  const segments = ['g0', 'g1', 'g2'].slice(0, rng.between(1, 3));
  const clusters = Array.from({ length: rng.between(1, 2) }, (_, i) => `c${i}`);
  const pools = ['p0', 'p1'];
  const note = (): string => (rng.chance(0.5) ? `   # ${rng.pick([...hosts, ...segments, ...pools, 'c0'].filter(Boolean))} here` : '');
  const host = (indent: string): void => {
    const h = `h${hosts.length}`;
    hosts.push(h);
    lines.push(`${indent}hardware ${h} {${note()}`, `${indent}  cpu 16 cores; memory 64 GiB; disk 2 TiB; network 10 Gbps`, `${indent}  hypervisor kvm {`);
    lines.push(`${indent}    switch ovs as ${rng.pick(['s0', 's1'])} {`);
    for (const g of segments) lines.push(`${indent}      segment ${g} vlan ${segments.indexOf(g) + 10}${note()}`);
    lines.push(`${indent}    }`);
    for (let k = rng.between(1, 2); k > 0; k--) {
      const v = `v${vms.length}`;
      const depends = vms.length > 0 && rng.chance(0.5) ? `; depends ${rng.pick(vms)}` : '';
      vms.push(v);
      lines.push(`${indent}    vm ${v} { vcpu 1; memory 1 GiB; os linux "${v} on ${h}"; nic ${rng.pick(segments)}; volume d 10 GiB from ${rng.pick([...pools, 'iscsi'])}${depends} }`);
    }
    lines.push(`${indent}  }`, `${indent}}`);
  };
  for (const c of clusters) {
    lines.push(`cluster ${c} {${note()}`);
    for (let k = rng.between(1, 3); k > 0; k--) host('  ');
    lines.push('}');
  }
  for (let k = rng.between(0, 2); k > 0; k--) host('');
  lines.push(`storage ceph as p0 { disks ${hosts.slice(0, 3).join(', ')} }`);
  lines.push(`storage nfs as p1 { capacity 10 TiB; reach ${rng.pick(clusters)}, ${rng.pick(hosts)} }${note()}`);
  lines.push(`storage iscsi { capacity 10 TiB; reach ${clusters.join(', ')} }`);
  lines.push(`simulate { fail ${rng.pick(hosts)} at 1 h }   # "${rng.pick(hosts)}"`);
  lines.push(`hardware data { cpu 4 cores; memory 8 GiB; os linux { middleware trino { sources ${vms.slice(0, 2).join(', ')} } } }`, '');
  return { text: lines.join('\n'), names: [...hosts, ...vms, ...clusters, ...pools, 'iscsi', ...segments, 's0', 's1', 'data'] };
}

/** Where `word` is written as a word (not in a comment or a string), by the scanner. */
function wordsOf(text: string, word: string): number[] {
  const sink: Diagnostic[] = [];
  const scanner = new Scanner(text, sink);
  const out: number[] = [];
  for (let t = scanner.next(); t !== T.EOF; t = scanner.next()) if (t === T.Ident && scanner.text === word) out.push(scanner.start);
  return out;
}

const codes = (text: string): string => analyze(text).diagnostics.map((d) => d.code).join(' ');

describe('references and rename over generated stacks', function () {
  this.timeout(60_000);
  const seed = 20_261_207;

  it('find a name exactly where it is written as a word, from any of those places', () => {
    for (let c = 0; c < 30; c++) {
      const { text, names } = generate(mulberry32(caseSeed(seed, c)));
      const a = analyze(text);
      for (const name of names) {
        const expected = wordsOf(text, name);
        if (expected.length === 0) continue;
        for (const from of expected) assert.deepEqual(references(a, from + 1, true).map((s) => s.start), expected, `case ${c}: ${name} from ${from}\n${text}`);
      }
    }
  });

  it('rename then rename back gives the text back, byte for byte, and renaming changes no finding', () => {
    for (let c = 0; c < 30; c++) {
      const { text, names } = generate(mulberry32(caseSeed(seed, c)));
      const a = analyze(text);
      const before = codes(text);
      for (const name of names) {
        const places = wordsOf(text, name);
        if (places.length === 0) continue;
        const r = rename(a, text, places[0], 'zz-renamed', ENGLISH);
        assert.ok(r.ok, `case ${c}: ${name}: ${r.ok ? '' : r.reason}`);
        const after = applyEdits(text, r.value);
        // A pool named after its product keeps the product and gains `as NAME`.
        if (name === 'iscsi') assert.match(after, /\nstorage iscsi as zz-renamed \{/);
        assert.equal(wordsOf(after, name).length, name === 'iscsi' ? 1 : 0, `case ${c}: ${name} left behind`);
        assert.equal(codes(after), before, `case ${c}: renaming ${name}`);
        const back = rename(analyze(after), after, wordsOf(after, 'zz-renamed')[0], name, ENGLISH);
        assert.ok(back.ok);
        assert.equal(applyEdits(after, back.value), text, `case ${c}: ${name} back`);
      }
    }
  });
});
