import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, importInventory } from '../../src/core/languageService';
import { formatText } from '../../src/core/services/formatting/format';
import { composeFile, manifest } from '../../bench/import/generate';
import { EXPECTED } from './import-expected';
import { meaningOf } from './stack-meaning';

// Real files from the repositories people start from (test/fixtures/import/SOURCES.md). Each
// imports to a file the language service reads without an error, holding the number of
// containers or VMs counted by hand from the file: services of a Compose file; replicas times
// containers of each workload (init containers run before the pod and are not counted, a
// DaemonSet with no Node runs one pod); domains of the XML.

const root = join(__dirname, '..', 'fixtures', 'import');
const read = (dir: string, f: string) => readFileSync(join(root, dir, f), 'utf8');

describe('importing real files', () => {
  it('covers every fixture, a few dozen, each named in SOURCES.md', () => {
    const sources = readFileSync(join(root, 'SOURCES.md'), 'utf8');
    let n = 0;
    for (const dir of Object.keys(EXPECTED)) {
      assert.deepEqual(readdirSync(join(root, dir)).sort(), Object.keys(EXPECTED[dir]).sort(), dir);
      for (const f of readdirSync(join(root, dir))) {
        assert.ok(sources.includes(f), `${f} in SOURCES.md`);
        n++;
      }
    }
    assert.ok(n >= 36, String(n));
  });

  for (const [dir, files] of Object.entries(EXPECTED)) {
    for (const [f, want] of Object.entries(files)) {
      it(`${dir}/${f} imports with no error and ${want.containers ?? want.vms} ${want.containers !== undefined ? 'containers' : 'VMs'}`, () => {
        const r = importInventory([{ name: f, text: read(dir, f) }]);
        assert.ok(r.ok, r.ok ? '' : r.error);
        assert.equal(r.format, dir);
        assert.equal(r.counts.containers, want.containers ?? 0);
        assert.equal(r.counts.vms, want.vms ?? 0);
        assert.equal(r.counts.hosts, 1);
        const { model, diagnostics } = analyze(r.text);
        assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), []);
        assert.equal(model.layers.filter((l) => l.kind === 'container').length, want.containers ?? 0);
        assert.equal(model.layers.filter((l) => l.kind === 'vm').length, want.vms ?? 0);
      });
    }
  }

  it('reads a domain with the capabilities of its host: the host is sized from them', () => {
    // kvm-x86_64.xml: one NUMA cell of 8 logical CPUs (`cpus num='8'`) at 2 threads per core, and 32731708 KiB.
    const r = importInventory([{ name: 'guest.xml', text: read('libvirt', 'change-guest-in.xml') }, { name: 'caps.xml', text: read('libvirt', 'kvm-x86_64.xml') }]);
    assert.ok(r.ok);
    assert.match(r.text, /cpu 4 cores\n {2}memory 32731708 KiB\n/);
    assert.match(r.text, /# Host libvirt-host: 4 cores, 32731708 KiB of memory, from caps\.xml\./);
    // A real capacity finding: the guest has 5 vCPUs (`<vcpu>5</vcpu>`), the host 4 cores (VS400).
    assert.deepEqual(analyze(r.text).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), [
      "VS400 VM 'TestGuest' asks for 5 vCPUs, but its host 'libvirt-host' has only 4 cores.",
    ]);
  });

  it('writes text the formatter leaves unchanged in meaning', () => {
    for (const [dir, files] of Object.entries(EXPECTED)) {
      for (const f of Object.keys(files)) {
        const r = importInventory([{ name: f, text: read(dir, f) }]);
        assert.ok(r.ok);
        const formatted = formatText(r.text);
        assert.deepEqual(meaningOf(formatted, 0, undefined), meaningOf(r.text, 0, undefined), f);
      }
    }
  });
});

describe('the import benchmark inputs', () => {
  it('import to clean files of 1,000 containers, and of 4,500 containers on 500 nodes', function () {
    this.timeout(60_000);
    // 1,000 services of one replica each; 5,000 objects of which every tenth is a Node (500) and,
    // of the rest, those with i % 3 == 2 are Deployments of (i % 3) + 1 = 3 replicas: 1,500 × 3.
    const c = importInventory([{ name: 'compose.yaml', text: composeFile(1000) }]);
    const k = importInventory([{ name: 'cluster.yaml', text: manifest(5000) }]);
    assert.ok(c.ok && k.ok);
    assert.deepEqual(c.counts, { hosts: 1, vms: 0, containers: 1000 });
    assert.deepEqual(k.counts, { hosts: 500, vms: 0, containers: 4500 });
    for (const r of [c, k]) assert.deepEqual(analyze(r.text).diagnostics.filter((d) => d.severity !== 'information').map((d) => d.code), []);
  });
});
