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
        assert.equal(r.counts.hosts, want.hosts ?? 1);
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

  it('reads the real Nodes of a kind cluster as its hardware, and puts its pods on them by nodeName', () => {
    // sonobuoy's dump (SOURCES.md): 3 Nodes, each with capacity and allocatable cpu "8" and memory
    // "30821896Ki" (30821896 / 1048576 = 29.39 GiB, not a whole MiB, so written in KiB); allocatable
    // equals capacity, so no reserve; osImage "Ubuntu Groovy Gorilla (development branch)",
    // containerRuntimeVersion "containerd://1.4.0".
    const nodes = read('kubernetes', 'pkg_discovery_testdata_healthsummary_resources_cluster_core_v1_nodes.json');
    const pods = read('kubernetes', 'pkg_discovery_testdata_healthsummary_resources_ns_kube-system_core_v1_pods.json');
    const r = importInventory([{ name: 'core_v1_nodes.json', text: nodes }, { name: 'core_v1_pods.json', text: pods }]);
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.equal(r.format, 'kubernetes');
    assert.deepEqual(r.counts, { hosts: 3, vms: 0, containers: 14 });
    assert.deepEqual(r.unmapped, []);
    const { model, diagnostics } = analyze(r.text);
    assert.deepEqual(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.message}`), []);
    const names = ['kind-control-plane', 'kind-worker', 'kind-worker2'];
    assert.deepEqual(model.layers.filter((l) => l.kind === 'hardware').map((l) => l.name), names);
    for (const name of names) {
      assert.match(r.text, new RegExp(`\\nhardware ${name} \\{\\n {2}cpu 8 cores\\n {2}memory 30821896 KiB\\n {2}os linux "Ubuntu Groovy Gorilla \\(development branch\\)"\\n {2}runtime containerd \\{\\n`));
    }
    assert.doesNotMatch(r.text, /reserve/);
    // The 12 pods with a nodeName go to it. The 2 Pending coredns pods have none and come last in
    // the file; by the documented rule each goes to the node with the most allocatable memory left
    // (all three have 30821896Ki). Requests placed before them: kind-control-plane 70Mi + 70Mi
    // (coredns) + 100Mi (etcd) + 50Mi (kindnet); kind-worker and kind-worker2 50Mi each (kindnet).
    // coredns-…-ppjrs: tie of the two workers, the first in the file, kind-worker (then 120Mi);
    // coredns-…-s89p7: kind-worker2, 50Mi < 120Mi.
    const hostOf = (c: string) => model.layers.find((l) => l.kind === 'container' && l.name === c)!.parent!.parent!.parent!.name;
    const placed: Record<string, string[]> = {
      'kind-control-plane': ['coredns-74ff55c5b-cpfqs', 'coredns-74ff55c5b-vk77h', 'etcd-kind-control-plane', 'kindnet-qhzxn', 'kube-apiserver-kind-control-plane',
        'kube-controller-manager-kind-control-plane', 'kube-proxy-lrtdp', 'kube-scheduler-kind-control-plane'],
      'kind-worker': ['kindnet-x9fsq', 'kube-proxy-g79v6', 'coredns-74ff55c5b-ppjrs'],
      'kind-worker2': ['kindnet-hknk7', 'kube-proxy-8jj5r', 'coredns-74ff55c5b-s89p7'],
    };
    assert.equal(new Set(Object.values(placed).flat()).size, 14);
    for (const [node, containers] of Object.entries(placed)) for (const c of containers) assert.equal(hostOf(c), node, c);
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
