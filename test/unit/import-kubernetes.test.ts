import * as assert from 'node:assert/strict';
import { analyze, importInventory, type ImportResult } from '../../src/core/languageService';

const ok = (r: ImportResult) => (r.ok ? r : assert.fail(r.error));
const k8s = (text: string, options = {}) => ok(importInventory([{ name: 'm.yaml', text }], options));
const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);

// A node as `kubectl get nodes -o yaml` prints it (the fields the importer reads), written here.
const node = (name: string, cpu: string, memory: string, allocatable: string, runtime = 'containerd://1.7.2') => `apiVersion: v1
kind: Node
metadata: { name: ${name} }
status:
  capacity: { cpu: "${cpu}", memory: ${memory}, pods: "110" }
  allocatable: { cpu: 3900m, memory: ${allocatable}, pods: "110" }
  nodeInfo: { operatingSystem: linux, osImage: Ubuntu 22.04.4 LTS, containerRuntimeVersion: "${runtime}", architecture: amd64 }
`;

const deployment = (name: string, replicas: number, memory: string) => `apiVersion: apps/v1
kind: Deployment
metadata: { name: ${name} }
spec:
  replicas: ${replicas}
  template:
    spec:
      containers:
      - name: main
        image: nginx
        resources: { requests: { cpu: 100m, memory: ${memory} }, limits: { cpu: "1", memory: ${memory} } }
`;

describe('importing Kubernetes manifests', () => {
  it('expands replicas, reads quantities, and defaults a request to its limit', () => {
    const r = k8s(`${deployment('web', 3, '512Mi')}---
apiVersion: v1
kind: Pod
metadata: { name: solo }
spec:
  containers:
  - { name: a, image: busybox, resources: { limits: { cpu: 500m, memory: 1G } } }
  - { name: b, image: busybox, resources: { requests: { cpu: "0.25" } } }
`);
    assert.deepEqual(r.counts, { hosts: 1, vms: 0, containers: 5 });
    assert.match(r.text, /container web-1 \{\n {6}image "nginx"\n {6}cpu 0\.1\.\.1\n {6}memory 512 MiB\n/);
    assert.match(r.text, /container web-3 \{/);
    assert.match(r.text, /container solo-a \{\n {6}image "busybox"\n {6}cpu 0\.5\n {6}memory 1 GB\n/);
    assert.match(r.text, /container solo-b \{\n {6}image "busybox"\n {6}cpu 0\.25\n {4}\}/);
    assert.match(r.text, /# No Node objects: every pod is placed on the one assumed node\./);
    assert.deepEqual(codes(r.text), []);
  });

  it('reads kind: List, StatefulSet ordinals from 0, Jobs by parallelism, CronJobs by their job template', () => {
    const r = k8s(`apiVersion: v1
kind: List
items:
- apiVersion: apps/v1
  kind: StatefulSet
  metadata: { name: db }
  spec: { replicas: 2, template: { spec: { containers: [{ name: pg, image: postgres }] } } }
- apiVersion: batch/v1
  kind: Job
  metadata: { name: batch }
  spec: { parallelism: 2, template: { spec: { containers: [{ name: w, image: busybox }] } } }
- apiVersion: batch/v1
  kind: CronJob
  metadata: { name: nightly }
  spec: { schedule: "0 3 * * *", jobTemplate: { spec: { template: { spec: { containers: [{ name: w, image: busybox }] } } } } }
- apiVersion: apps/v1
  kind: ReplicaSet
  metadata: { name: none }
  spec: { replicas: 0, template: { spec: { containers: [{ name: c }] } } }
- apiVersion: v1
  kind: Service
  metadata: { name: svc }
- apiVersion: apps/v1
  kind: Deployment
  metadata: { name: empty }
  spec: {}
`);
    assert.deepEqual(analyze(r.text).model.layers.filter((l) => l.kind === 'container').map((l) => l.name), ['db-0', 'db-1', 'batch-1', 'batch-2', 'nightly-1']);
    assert.deepEqual(r.unmapped, [
      'job batch: its pods run to completion, they are written as containers',
      'cron job nightly: its pods run on a schedule, they are written as containers',
      'none has 0 replicas: nothing runs',
      'Deployment empty has no pod template',
      '1 object(s) of kind Service: not workloads or nodes',
    ]);
  });

  it('writes sidecars as containers the app waits for, and notes init containers', () => {
    const r = k8s(`apiVersion: v1
kind: Pod
metadata: { name: app }
spec:
  initContainers:
  - { name: migrate, image: flyway }
  - { name: proxy, image: envoy, restartPolicy: Always, resources: { requests: { memory: 64Mi } } }
  containers:
  - { name: main, image: shop }
`);
    assert.match(r.text, /# sidecar proxy of pod app \(an init container that keeps running\)\n {4}container app-proxy \{/);
    assert.match(r.text, /# init container migrate of pod app runs before the pod starts: not written\n {4}container app \{\n {6}image "shop"\n {6}depends app-proxy\n/);
    assert.deepEqual(codes(r.text), []);
  });

  it('turns Nodes into hosts with capacity and reserve, places pods by nodeName, else on the node with the most memory left', () => {
    const r = k8s([
      node('n1', '4', '8Gi', '7Gi'),
      node('n2', '4', '16Gi', '15Gi', 'cri-o://1.29'),
      deployment('web', 3, '4Gi'),
      `apiVersion: v1\nkind: Pod\nmetadata: { name: pinned }\nspec:\n  nodeName: n1\n  containers: [{ name: c, image: x }]\n`,
      `apiVersion: v1\nkind: Pod\nmetadata: { name: lost }\nspec:\n  nodeName: n9\n  containers: [{ name: c, image: x }]\n`,
      `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: { name: agent }\nspec:\n  template: { spec: { containers: [{ name: c, image: x }] } }\n`,
    ].join('---\n'));
    assert.equal(r.counts.hosts, 2);
    assert.match(r.text, /# allocatable CPU 3\.9 of 4 cores\nhardware n1 \{\n {2}cpu 4 cores\n {2}memory 8 GiB\n {2}reserve 1 GiB\n {2}os linux "Ubuntu 22\.04\.4 LTS"\n {2}runtime containerd \{/);
    assert.match(r.text, /runtime cri-o \{/);
    // Allocatable memory: n1 7 GiB, n2 15 GiB; each web pod requests 4 GiB. web-1 → n2 (11 left),
    // web-2 → n2 (11 > 7; 7 left), web-3 → n1 (7 = 7: the first in the file). A DaemonSet: one pod per node.
    const hostOf = (name: string) => analyze(r.text).model.layers.find((l) => l.name === name)!.parent!.parent!.parent!.name;
    assert.deepEqual(['web-1', 'web-2', 'web-3', 'pinned', 'agent-n1', 'agent-n2'].map(hostOf), ['n2', 'n2', 'n1', 'n1', 'n1', 'n2']);
    assert.deepEqual(r.unmapped, ['pod lost names node n9, which the manifests do not hold: placed by the spreading rule']);
    assert.deepEqual(codes(r.text), []);
  });

  it('sizes a node without capacity like an assumed host, and says so', () => {
    const r = k8s(`apiVersion: v1\nkind: Node\nmetadata: { name: bare }\n---\n${deployment('w', 1, '1Gi')}`, { host: { cores: 16, memory: '64Gi' } });
    assert.match(r.text, /# node bare does not state its CPU or memory capacity\n# Host bare: 16 cores, 64 GiB of memory, as given\.\nhardware bare \{/);
    assert.match(r.text, /# The host given applies only to nodes whose capacity the manifests leave out\./);
  });

  it('writes the OS a pod selects, and reports a pod too large for its node', () => {
    const r = k8s(`${node('small', '2', '2Gi', '2Gi')}---\napiVersion: v1\nkind: Pod\nmetadata: { name: win }\nspec:\n  nodeSelector: { kubernetes.io/os: windows }\n  containers: [{ name: c, image: x, resources: { requests: { memory: 4Gi } } }]\n`);
    assert.match(r.text, /container win \{\n {6}image "x"\n {6}memory 4 GiB\n {6}os windows\n/);
    // Windows on a Linux node (VS206); 4 GiB on a 2 GiB node (VS400, and VS402 for the sum).
    assert.deepEqual(codes(r.text).sort(), ['VS206', 'VS400', 'VS402']);
  });

  it('detects JSON as kubectl get -o json prints it (quoted, indented keys), and Compose in JSON by its services', () => {
    const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'Node', metadata: { name: 'n1' }, status: { capacity: { cpu: '2', memory: '4Gi' } } }] }, null, 4);
    const r = ok(importInventory([{ name: 'nodes.json', text: json }]));
    assert.equal(r.format, 'kubernetes');
    assert.match(r.text, /hardware n1 \{\n {2}cpu 2 cores\n {2}memory 4 GiB\n/);
    const c = ok(importInventory([{ name: 'compose.json', text: '{\n  "services": { "web": { "image": "nginx" } }\n}\n' }]));
    assert.equal(c.format, 'compose');
    assert.equal(c.counts.containers, 1);
    // JSON with "kind" but no "apiVersion" (nor services) is neither format.
    const e = importInventory([{ name: 'other.json', text: '{ "kind": "thing" }' }]);
    assert.ok(!e.ok && /other\.json is neither a Compose file, Kubernetes manifests nor libvirt XML/.test(e.error));
  });

  it('refuses manifests without objects and pods that expand past the limit', () => {
    const e1 = importInventory([{ name: 'm.yaml', text: 'kind: Thing\n' }]);
    assert.ok(!e1.ok && /No Kubernetes objects found/.test(e1.error));
    const e2 = importInventory([{ name: 'm.yaml', text: deployment('big', 100001, '1Mi') }]);
    assert.ok(!e2.ok && /more than 100000/.test(e2.error));
    const e3 = importInventory([{ name: 'm.yaml', text: 'apiVersion: v1\nkind: Pod\nmetadata: { name: p }\nspec: {}\n' }]);
    assert.ok(e3.ok && e3.unmapped[0] === 'pod p has no containers');
  });

  it('fills what the manifests leave out with documented defaults', () => {
    const r = k8s(`apiVersion: v1
kind: List
---
apiVersion: v1
kind: Pod
spec:
  initContainers: [~]
  containers:
  - ~
  - { name: b, resources: { requests: { cpu: "0", memory: 2Gi }, limits: { memory: 1Gi } } }
---
apiVersion: v1
kind: Pod
metadata: { name: nospec }
---
apiVersion: batch/v1
kind: CronJob
metadata: { name: cj }
spec: {}
---
apiVersion: v1
metadata: { name: kindless }
---
apiVersion: v1
kind: Node
status: { capacity: { cpu: "2", memory: 4Gi }, nodeInfo: { operatingSystem: windows, containerRuntimeVersion: "docker://24" } }
`);
    // A Pod without a name is "pod"; its nameless init container and container are numbered; a
    // request above its limit is Kubernetes' error, written as the limit; a node without a name is "node".
    assert.match(r.text, /# init container init-1 of pod pod runs before the pod starts: not written\n {4}container pod-c1 \{ \}/);
    assert.match(r.text, /container pod-b \{\n {6}memory 1 GiB\n {6}os windows\n {4}\}|container pod-b \{\n {6}memory 1 GiB\n {4}\}/);
    assert.match(r.text, /hardware node \{\n {2}cpu 2 cores\n {2}memory 4 GiB\n {2}os windows\n {2}runtime docker \{/);
    assert.deepEqual(r.unmapped, ['cron job cj: its pods run on a schedule, they are written as containers', 'CronJob cj has no pod template', '1 object(s) of kind ?: not workloads or nodes', 'pod nospec has no containers']);
    const bad = importInventory([{ name: 'm.yaml', text: 'apiVersion: v1\nkind: Node\nmetadata: { name: n }\nstatus: { capacity: { cpu: "-1" } }\n' }]);
    assert.ok(!bad.ok && /Node n: status\.capacity\.cpu must be a quantity/.test(bad.error));
  });
});
