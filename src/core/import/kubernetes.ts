// Kubernetes manifests to an inventory. Workloads (Pod, Deployment, ReplicaSet,
// ReplicationController, StatefulSet, DaemonSet, Job, CronJob) become containers, one per
// container of each pod replica; Nodes become hardware with their capacity, and the memory
// capacity minus allocatable becomes the host's `reserve`. A pod goes to the node its `nodeName`
// names; otherwise to the node with the most allocatable memory left after the pods placed
// before it (ties: the first node in the file), which is how the scheduler's LeastAllocated
// score ranks nodes by memory. A DaemonSet runs one pod on every node.
import { msg, type Message } from '../l10n/localizer';
import { MAX_IMPORT_WORKLOADS, Refusal } from './guards';
import type { ContainerSpec, Engine, Family, HostSpec, OsLine, Span } from './inventory';
import { kubernetesQuantity } from './quantities';
import { count, list, mapping, type Mapping, text, wrongType } from './shape';
import { Names } from './writer';

const WORKLOADS = new Set(['Pod', 'Deployment', 'ReplicaSet', 'ReplicationController', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']);

/** One pod to place: its containers, its node if it names one, and the memory it requests. */
interface Pod {
  readonly name: string;
  readonly node?: string;
  readonly daemon: boolean;
  readonly spec: Mapping;
  readonly path: string;
}

/** A node and what was placed on it. */
interface Node {
  /** The name the manifests give it, which `nodeName` refers to. */
  readonly raw: string;
  readonly host: HostSpec;
  readonly engine: Engine;
  free: number;
}

/** What the manifests hold: their nodes (hosts, possibly none) and the pods' containers placed on them. */
export interface KubernetesResult {
  readonly hosts: HostSpec[];
  readonly unplaced: Engine;
  readonly unmapped: Message[];
  readonly names: Names;
}

/** Every object of the documents, `kind: List` expanded. */
function objects(docs: readonly { name: string; value: unknown }[]): { obj: Mapping; path: string }[] {
  const out: { obj: Mapping; path: string }[] = [];
  for (const doc of docs) {
    const top = mapping(doc.value, doc.name) as Mapping; // empty documents were left out when parsed
    if (text(top.kind, `${doc.name}: kind`)?.endsWith('List')) {
      (list(top.items, `${doc.name}: items`) ?? []).forEach((item, i) => {
        const obj = mapping(item, `${doc.name}: items[${i}]`);
        if (obj) out.push({ obj, path: `${doc.name}: items[${i}]` });
      });
    } else out.push({ obj: top, path: doc.name });
  }
  return out;
}

/** The inventory of Kubernetes documents: nodes as hosts, pods' containers on them, or on `unplaced` when there is no node. */
export function kubernetesInventory(docs: readonly { name: string; value: unknown }[], hostName: string): KubernetesResult {
  const names = new Names();
  const nodes: Node[] = [];
  const pods: Pod[] = [];
  const skipped = new Map<string, number>();
  const unmapped: Message[] = [];
  const all = objects(docs);
  if (!all.some(({ obj }) => typeof obj.kind === 'string' && typeof obj.apiVersion === 'string')) throw new Refusal(msg('import.error.noObjects'));
  for (const { obj, path } of all) if (obj.kind === 'Node') nodes.push(node(obj, path, names));
  if (nodes.length === 0) names.claim(hostName);
  let total = 0;
  for (const { obj, path } of all) {
    const kind = text(obj.kind, `${path}: kind`) ?? '?';
    if (kind === 'Node') continue;
    if (!WORKLOADS.has(kind)) {
      skipped.set(kind, (skipped.get(kind) ?? 0) + 1);
      continue;
    }
    const meta = mapping(obj.metadata, `${path}: metadata`);
    const name = text(meta?.name, `${path}: metadata.name`) ?? kind.toLowerCase();
    const at = `${kind} ${name}`;
    const spec = mapping(obj.spec, `${at}: spec`) ?? {};
    let template: Mapping | undefined;
    let replicas = 1;
    let first = 1;
    if (kind === 'Pod') template = spec;
    else if (kind === 'CronJob' || kind === 'Job') {
      const job = kind === 'CronJob' ? mapping(mapping(spec.jobTemplate, `${at}: spec.jobTemplate`)?.spec, `${at}: spec.jobTemplate.spec`) ?? {} : spec;
      replicas = count(job.parallelism, `${at}: parallelism`) ?? 1;
      template = mapping(mapping(job.template, `${at}: template`)?.spec, `${at}: template.spec`);
      unmapped.push(msg(kind === 'CronJob' ? 'import.note.cronJob' : 'import.note.job', name));
    } else {
      replicas = kind === 'DaemonSet' ? Math.max(1, nodes.length) : count(spec.replicas, `${at}: spec.replicas`) ?? 1;
      if (kind === 'StatefulSet') first = 0; // StatefulSet pods are name-0, name-1, …
      template = mapping(mapping(spec.template, `${at}: spec.template`)?.spec, `${at}: spec.template.spec`);
    }
    if (!template) {
      unmapped.push(msg('import.unmapped.noTemplate', at));
      continue;
    }
    total += replicas * Math.max(1, (list(template.containers, `${at}: containers`) ?? []).length);
    if (total > MAX_IMPORT_WORKLOADS) throw new Refusal(msg('import.error.tooMany', String(MAX_IMPORT_WORKLOADS)));
    const nodeName = text(template.nodeName, `${at}: nodeName`);
    if (kind === 'Pod') pods.push({ name, node: nodeName, daemon: false, spec: template, path: at });
    else if (kind === 'DaemonSet' && nodes.length > 0) for (const n of nodes) pods.push({ name: `${name}-${n.raw}`, node: n.raw, daemon: true, spec: template, path: at });
    else for (let i = 0; i < replicas; i++) pods.push({ name: `${name}-${first + i}`, node: nodeName, daemon: kind === 'DaemonSet', spec: template, path: at });
    if (replicas === 0) unmapped.push(msg('import.unmapped.noReplicas', name));
  }
  for (const [kind, n] of skipped) unmapped.push(msg('import.unmapped.kind', kind, String(n)));

  const unplaced: Engine = { role: 'runtime', product: 'containerd', onHardware: false, vms: [], containers: [] };
  for (const pod of pods) {
    const containers = podContainers(pod, names, unmapped);
    const request = containers.reduce((sum, c) => sum + (c.memory?.request ?? 0), 0); // a limit alone is the request too
    let target: Node | undefined;
    if (pod.node !== undefined) {
      target = nodes.find((n) => n.raw === pod.node);
      if (!target && nodes.length > 0) unmapped.push(msg('import.unmapped.nodeName', pod.name, pod.node));
    }
    if (!target && nodes.length > 0) target = nodes.reduce((best, n) => (n.free > best.free ? n : best));
    if (target) target.free -= request;
    (target?.engine ?? unplaced).containers.push(...containers);
  }
  return { hosts: nodes.map((n) => n.host), unplaced, unmapped, names };
}

/** A pod's containers: its sidecars (init containers that keep running, `restartPolicy: Always`) and its containers, which wait for the sidecars. */
function podContainers(pod: Pod, names: Names, unmapped: Message[]): ContainerSpec[] {
  const containers = list(pod.spec.containers, `${pod.path}: containers`) ?? [];
  const inits = list(pod.spec.initContainers, `${pod.path}: initContainers`) ?? [];
  const out: ContainerSpec[] = [];
  const sidecars: string[] = [];
  const notes: Message[] = [];
  const os = nodeOs(pod.spec, pod.path);
  inits.forEach((value, i) => {
    const c = mapping(value, `${pod.path}: initContainers[${i}]`) ?? {};
    const cname = text(c.name, `${pod.path}: initContainers[${i}].name`) ?? `init-${i + 1}`;
    if (text(c.restartPolicy, `${pod.path}: initContainers[${i}].restartPolicy`) === 'Always') {
      const spec = container(c, `${pod.path}: initContainers[${i}]`, names.claim(`${pod.name}-${cname}`), os, [], [msg('import.note.sidecar', cname, pod.name)]);
      sidecars.push(spec.name);
      out.push(spec);
    } else notes.push(msg('import.note.initContainer', cname, pod.name));
  });
  containers.forEach((value, i) => {
    const c = mapping(value, `${pod.path}: containers[${i}]`) ?? {};
    const cname = text(c.name, `${pod.path}: containers[${i}].name`) ?? `c${i + 1}`;
    const name = names.claim(containers.length === 1 ? pod.name : `${pod.name}-${cname}`);
    out.push(container(c, `${pod.path}: containers[${i}]`, name, os, sidecars, i === 0 ? notes : []));
  });
  if (containers.length === 0) unmapped.push(msg('import.unmapped.noContainers', pod.name));
  return out;
}

function container(c: Mapping, path: string, name: string, os: OsLine | undefined, depends: string[], notes: Message[]): ContainerSpec {
  const resources = mapping(c.resources, `${path}.resources`);
  const requests = mapping(resources?.requests, `${path}.resources.requests`);
  const limits = mapping(resources?.limits, `${path}.resources.limits`);
  const read = (v: unknown, where: string): number | undefined => {
    if (v === undefined || v === null) return undefined;
    const n = kubernetesQuantity(v);
    if (n === undefined || n < 0) throw wrongType(`${path}.resources.${where}`, 'import.type.quantity', v);
    return n > 0 ? n : undefined;
  };
  // A limit without a request makes the request equal to the limit (Kubernetes' defaulting).
  const pair = (key: string): Span | undefined => {
    const limit = read(limits?.[key], `limits.${key}`);
    const request = read(requests?.[key], `requests.${key}`) ?? limit;
    if (request === undefined && limit === undefined) return undefined;
    return request !== undefined && limit !== undefined && request > limit ? { limit } : { request, limit };
  };
  return { name, image: text(c.image, `${path}.image`), cores: pair('cpu'), memory: pair('memory'), os, depends, notes };
}

/** The OS a pod asks for through `nodeSelector: kubernetes.io/os`, which is the kernel its images need. */
function nodeOs(spec: Mapping, path: string): OsLine | undefined {
  const os = text(mapping(spec.nodeSelector, `${path}: nodeSelector`)?.['kubernetes.io/os'], `${path}: nodeSelector`);
  return os === 'windows' || os === 'linux' ? { family: os } : undefined;
}

/** A Node (`kubectl get nodes -o yaml`) as a host: capacity as its size, capacity minus allocatable memory as its reserve. */
function node(obj: Mapping, path: string, names: Names): Node {
  const name = text(mapping(obj.metadata, `${path}: metadata`)?.name, `${path}: metadata.name`) ?? 'node';
  const at = `Node ${name}`;
  const status = mapping(obj.status, `${at}: status`) ?? {};
  const capacity = mapping(status.capacity, `${at}: status.capacity`) ?? {};
  const allocatable = mapping(status.allocatable, `${at}: status.allocatable`) ?? {};
  const quantity = (v: unknown, where: string): number | undefined => {
    if (v === undefined || v === null) return undefined;
    const n = kubernetesQuantity(v);
    if (n === undefined || n < 0) throw wrongType(`${at}: status.${where}`, 'import.type.quantity', v);
    return n;
  };
  const notes: Message[] = [];
  const cpu = quantity(capacity.cpu, 'capacity.cpu');
  const memory = quantity(capacity.memory, 'capacity.memory');
  const allocCpu = quantity(allocatable.cpu, 'allocatable.cpu');
  const allocMemory = quantity(allocatable.memory, 'allocatable.memory');
  const info = mapping(status.nodeInfo, `${at}: status.nodeInfo`) ?? {};
  const family: Family = text(info.operatingSystem, `${at}: status.nodeInfo.operatingSystem`) === 'windows' ? 'windows' : 'linux';
  const display = text(info.osImage, `${at}: status.nodeInfo.osImage`);
  const runtimeVersion = text(info.containerRuntimeVersion, `${at}: status.nodeInfo.containerRuntimeVersion`) ?? '';
  const product = runtimeVersion.startsWith('cri-o') ? 'cri-o' : runtimeVersion.startsWith('docker') ? 'docker' : 'containerd';
  if (allocCpu !== undefined && cpu !== undefined && allocCpu < cpu) notes.push(msg('import.note.allocatableCpu', String(allocCpu), String(cpu)));
  if (cpu === undefined || memory === undefined) notes.push(msg('import.note.nodeCapacity', name));
  const engine: Engine = { role: 'runtime', product, onHardware: false, vms: [], containers: [] };
  const host: HostSpec = {
    name: names.claim(name),
    // Unknown capacity (0) is sized later like an assumed host, and said so in the node's notes.
    cores: cpu === undefined ? 0 : Math.max(1, Math.ceil(cpu)),
    memory: memory ?? 0,
    reserve: memory !== undefined && allocMemory !== undefined && allocMemory < memory ? memory - allocMemory : undefined,
    os: { family, display },
    engines: [engine],
    notes,
  };
  return { raw: name, host, engine, free: allocMemory ?? memory ?? 0 };
}
