import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, type Analysis } from '../../../src/core/analyze';
import { definition, prepareRename, references, rename } from '../../../src/core/services/navigation/navigation';
import { applyEdits } from '../../../src/core/services/textEdits';
import { ENGLISH, KOREAN } from '../bundles';
import { offsetOf } from './cursor';

// Go to Definition, Find All References and Rename for the names of clusters, storage pools,
// segments and switches, and for the hosts and layers that `disks`, `reach`, `fail` and `sources`
// name (docs/language.md: "Clusters and storage", "Networks", "Desktops, applications and data").

const example = (name: string): string => readFileSync(join(__dirname, '..', '..', '..', 'examples', `${name}.virt`), 'utf8');
/** The spans as `text@offset`, to compare with offsets found in the text. */
const shown = (text: string, spans: readonly { start: number; end: number }[]): string[] => spans.map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
/** Every whole-word occurrence of `word` after each needle, as `word@offset`. */
const at = (text: string, word: string, needles: readonly string[]): string[] =>
  needles.map((n) => `${word}@${offsetOf(text, n) + n.lastIndexOf(word)}`).sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]));
function renamed(analysis: Analysis, offset: number, newName: string): string {
  const r = rename(analysis, analysis.text, offset, newName, ENGLISH);
  assert.ok(r.ok, r.ok ? '' : r.reason);
  return applyEdits(analysis.text, r.value);
}
const codes = (text: string): string[] => analyze(text).diagnostics.map((d) => d.code);

describe('names of storage pools', () => {
  const text = example('storage');
  const a = analyze(text);

  it('go from a volume to its pool, and find every volume of the pool from its declaration', () => {
    const decl = offsetOf(text, 'as vsan1', 3);
    assert.deepEqual(shown(text, [definition(a, offsetOf(text, 'from vsan1', 6))!]), [`vsan1@${decl}`]);
    const volumes = [...text.matchAll(/from vsan1/g)].map((m) => `vsan1@${m.index + 5}`);
    assert.equal(volumes.length, 5);
    assert.deepEqual(shown(text, references(a, decl + 2, false)), volumes);
    assert.deepEqual(shown(text, references(a, offsetOf(text, 'from vsan1', 7), true)), [...volumes, `vsan1@${decl}`]);
  });

  it('rename the pool and its volumes, and nothing else: the checks find the same', () => {
    const after = renamed(a, offsetOf(text, 'from tank', 6), 'scratch');
    assert.equal(after, text.replace('zfs as tank', 'zfs as scratch').replaceAll('from tank', 'from scratch'));
    assert.deepEqual(codes(after), codes(text));
  });

  it('name a pool after its product unless `as` names it: renaming writes `as`, and renaming back to the product drops it', () => {
    const plain = 'storage nfs { capacity 1 TiB; reach h }\nhardware h { cpu 4 cores; memory 8 GiB; hypervisor kvm { vm v { vcpu 1; memory 1 GiB; os linux; volume d 1 GiB from nfs } } }\n';
    const pa = analyze(plain);
    assert.deepEqual(shown(plain, references(pa, offsetOf(plain, 'from nfs', 5), true)), [`nfs@${offsetOf(plain, 'nfs')}`, `nfs@${offsetOf(plain, 'from nfs', 5)}`]);
    const named = renamed(pa, offsetOf(plain, 'nfs', 1), 'nas1');
    assert.equal(named, plain.replace('storage nfs {', 'storage nfs as nas1 {').replace('from nfs', 'from nas1'));
    assert.equal(renamed(analyze(named), offsetOf(named, 'from nas1', 6), 'nfs'), plain);
    assert.deepEqual(codes(named), []);
  });

  it('treat a second pool of a taken name as its own, and refuse a name another pool has', () => {
    const dup = 'storage nfs as p { capacity 1 TiB }\nstorage iscsi as p { capacity 1 TiB }\nstorage nfs as q { capacity 1 TiB }\n';
    const da = analyze(dup);
    const second = offsetOf(dup, 'as p', 3, 1);
    assert.deepEqual(references(da, second, true).map((s) => s.start), [second]);
    assert.equal(definition(da, second), definition(da, offsetOf(dup, 'as p', 3)));
    const r = rename(da, dup, offsetOf(dup, 'as q', 3), 'p', ENGLISH);
    assert.deepEqual(r, { ok: false, reason: "'p' is already the name of the storage pool on line 1; names must be unique." });
    const ko = rename(da, dup, offsetOf(dup, 'as q', 3), 'p', KOREAN);
    assert.deepEqual(ko, { ok: false, reason: "'p'는 이미 1번째 줄의 스토리지 풀 이름입니다. 이름은 유일해야 합니다." });
  });
});

describe('names of clusters and hosts', () => {
  const text = example('storage');
  const a = analyze(text);

  it('go from `reach` to the cluster, and rename the cluster with its uses', () => {
    const decl = offsetOf(text, 'cluster prod', 8);
    assert.deepEqual(shown(text, [definition(a, offsetOf(text, 'reach prod', 7))!]), [`prod@${decl}`]);
    assert.deepEqual(shown(text, references(a, decl, true)), [`prod@${decl}`, `prod@${offsetOf(text, 'reach prod', 6)}`]);
    const after = renamed(a, decl + 1, 'live');
    assert.equal(after, text.replace('cluster prod {', 'cluster live {').replace('reach prod', 'reach live'));
    assert.deepEqual(codes(after), codes(text));
  });

  it('rename a host everywhere it is named: depends, disks, reach and fail, not in comments or strings', () => {
    const src = [
      'simulate { fail esx1 at 2 h }',
      'cluster c { hardware esx1 { cpu 8 cores; memory 64 GiB; disk 1 TiB; hypervisor esxi { vm a { vcpu 1; memory 1 GiB; os linux "esx1" } } } }',
      'storage ceph as pool1 { disks esx1, c }   # esx1 gives its disks',
      'storage nfs as nas { capacity 1 TiB; reach esx1 }',
      'hardware other { cpu 4 cores; memory 8 GiB; os linux { app b { depends esx1 } } }',
      '',
    ].join('\n');
    const sa = analyze(src);
    const uses = at(src, 'esx1', ['fail esx1', 'hardware esx1', 'disks esx1', 'reach esx1', 'depends esx1']);
    assert.deepEqual(shown(src, references(sa, offsetOf(src, 'reach esx1', 7), true)), uses);
    assert.deepEqual(shown(src, [definition(sa, offsetOf(src, 'fail esx1', 6))!]), [`esx1@${offsetOf(src, 'hardware esx1', 9)}`]);
    const after = renamed(sa, offsetOf(src, 'disks esx1', 7), 'host-1');
    assert.equal(after, src.replace(/(fail|hardware|disks|reach|depends) esx1/g, '$1 host-1'));
    assert.deepEqual(codes(after), codes(src));
  });

  it('look `disks` and `reach` up as a host first, then as a cluster, and refuse a rename that would change what they name', () => {
    const src = 'cluster prod { hardware h1 { cpu 4 cores; memory 8 GiB; hypervisor kvm { vm web { vcpu 1; memory 1 GiB; os linux } } } }\nhardware prod { cpu 4 cores; memory 8 GiB }\nstorage nfs as nas { capacity 1 TiB; reach prod }\n';
    const sa = analyze(src);
    // The host named prod, not the cluster, is what `reach prod` names.
    assert.deepEqual(shown(src, [definition(sa, offsetOf(src, 'reach prod', 6))!]), [`prod@${offsetOf(src, 'hardware prod', 9)}`]);
    assert.deepEqual(shown(src, references(sa, offsetOf(src, 'cluster prod', 8), true)), [`prod@${offsetOf(src, 'cluster prod', 8)}`]);
    const r = rename(sa, src, offsetOf(src, 'hardware h1', 9), 'prod', ENGLISH);
    assert.ok(!r.ok && r.reason === "'prod' is already the name of the hardware on line 2; names must be unique.", r.ok ? '' : r.reason);
    // A host renamed to a cluster's name would take `reach` from the cluster; a VM is never looked up there.
    const free = 'cluster c1 { hardware h1 { cpu 4 cores; memory 8 GiB; hypervisor kvm { vm web { vcpu 1; memory 1 GiB; os linux } } } }\nstorage nfs as nas { capacity 1 TiB; reach c1 }\n';
    const fa = analyze(free);
    const clash = rename(fa, free, offsetOf(free, 'hardware h1', 9), 'c1', KOREAN);
    assert.deepEqual(clash, { ok: false, reason: "'c1'는 이미 1번째 줄의 클러스터 이름입니다. 이름은 유일해야 합니다." });
    const back = rename(fa, free, offsetOf(free, 'cluster c1', 8), 'h1', ENGLISH);
    assert.deepEqual(back, { ok: false, reason: "'h1' is already the name of the hardware on line 1; names must be unique." });
    assert.ok(rename(fa, free, offsetOf(free, 'vm web', 3), 'c1', ENGLISH).ok);
  });

  it('leave `fail` naming a VM out of the VM\'s references: it names hosts only', () => {
    const src = 'simulate { fail web at 1 h }\nhardware h { cpu 4 cores; memory 8 GiB; hypervisor kvm { vm web { vcpu 1; memory 1 GiB; os linux } } }\n';
    const sa = analyze(src);
    assert.deepEqual(references(sa, offsetOf(src, 'vm web', 3), true).map((s) => s.start), [offsetOf(src, 'vm web', 3)]);
    assert.equal(definition(sa, offsetOf(src, 'fail web', 6)), undefined);
    const r = prepareRename(sa, offsetOf(src, 'fail web', 6), ENGLISH);
    assert.deepEqual(r, { ok: false, reason: "Nothing is named 'web', so there is nothing to rename." });
  });

  it('rename a layer that a data view names in `sources`', () => {
    const text2 = example('kinds');
    const ka = analyze(text2);
    const decl = offsetOf(text2, 'vm orders-db', 3);
    assert.deepEqual(shown(text2, references(ka, offsetOf(text2, 'sources orders-db', 9), true)), [`orders-db@${decl}`, `orders-db@${offsetOf(text2, 'sources orders-db', 8)}`]);
    const after = renamed(ka, decl, 'orders');
    assert.equal(after, text2.replace('vm orders-db', 'vm orders').replace('sources orders-db', 'sources orders'));
    assert.deepEqual(codes(after), codes(text2));
  });
});

describe('names of segments and switches', () => {
  const text = example('network');
  const a = analyze(text);
  const webs = [...text.matchAll(/(segment|nic) web\b/g)].map((m) => `web@${m.index + m[1].length + 1}`);

  it('find a segment spanning hosts as one name: its declarations on each host and every NIC on it', () => {
    assert.equal(webs.length, 5);
    assert.deepEqual(shown(text, references(a, offsetOf(text, 'nic web', 5), true)), webs);
    assert.deepEqual(shown(text, references(a, offsetOf(text, 'segment web', 9, 1), false)), webs.filter((_, i) => i !== 0 && i !== 3));
  });

  it('go from a NIC to the segment of its own host\'s switch, and from a declaration to itself', () => {
    const second = offsetOf(text, 'segment db', 8, 1);
    assert.equal(definition(a, offsetOf(text, 'nic db 10 Gbps', 5, 1)), definition(a, second));
    assert.deepEqual(shown(text, [definition(a, second)!]), [`db@${second}`]);
    assert.deepEqual(shown(text, [definition(a, offsetOf(text, 'nic db', 5))!]), [`db@${offsetOf(text, 'segment db', 8)}`]);
  });

  it('rename a segment on every host and NIC; refuse to join it to another segment', () => {
    const after = renamed(a, offsetOf(text, 'nic web', 5), 'front');
    assert.equal(after, text.replace(/(segment|nic) web\b/g, '$1 front'));
    assert.deepEqual(codes(after), codes(text));
    const r = rename(a, text, offsetOf(text, 'nic web', 5), 'db', ENGLISH);
    assert.deepEqual(r, { ok: false, reason: `'db' is already the name of the segment on line ${text.slice(0, offsetOf(text, 'segment db')).split('\n').length}; renaming would join the two into one.` });
    const ko = rename(a, text, offsetOf(text, 'nic web', 5), 'db', KOREAN);
    assert.ok(!ko.ok && ko.reason.endsWith('세그먼트 이름입니다. 이름을 바꾸면 둘이 하나로 합쳐집니다.'), ko.ok ? '' : ko.reason);
  });

  it('rename a switch named with `as` on every host; a product is not a name', () => {
    const decls = [...text.matchAll(/as br0/g)].map((m) => `br0@${m.index + 3}`);
    assert.deepEqual(shown(text, references(a, offsetOf(text, 'as br0', 4), true)), decls);
    assert.equal(renamed(a, offsetOf(text, 'as br0', 4), 'br-lab'), text.replaceAll('as br0', 'as br-lab'));
    for (const word of ['ovs', 'vlan', 'uplink']) {
      const r = prepareRename(a, offsetOf(text, word, 1), KOREAN);
      assert.ok(!r.ok && r.reason.startsWith('이름만 바꿀 수 있습니다.'), word);
    }
    const plain = 'hardware h { cpu 4 cores; memory 8 GiB; network 1 Gbps; hypervisor kvm { switch ovs { segment s } } }\n';
    assert.ok(!prepareRename(analyze(plain), offsetOf(plain, 'ovs', 1), ENGLISH).ok);
  });

  it('refuse a new name that is not a name, for every namespace, and change nothing for the same name', () => {
    for (const [t, needle] of [[text, 'nic web'], [text, 'as br0'], [example('storage'), 'from vsan1'], [example('storage'), 'reach prod']] as const) {
      const r = rename(analyze(t), t, offsetOf(t, needle, needle.length - 1), 'two words', ENGLISH);
      assert.ok(!r.ok && r.reason.startsWith("'two words' is not a name"), needle);
    }
    // The same name again changes nothing.
    assert.deepEqual(rename(a, text, offsetOf(text, 'nic web', 5), 'web', ENGLISH), { ok: true, value: [] });
  });

  it('leave a broker, which names a product, alone', () => {
    const k = example('kinds');
    const at2 = offsetOf(k, 'broker horizon', 8);
    assert.equal(definition(analyze(k), at2), undefined);
    assert.deepEqual(references(analyze(k), at2, true), []);
  });
});
