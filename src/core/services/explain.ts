// What keywords, products and rules mean, and how layers are named, as hovers, completion,
// the outline and renames put them: a keyword's sentence and an example of it in use, a catalogue
// product's role, placement and kind of virtualization, the rule behind a diagnostic code, and a
// layer by its kind and name. The sentences are in the bundles, under `keyword.*`, `product.*`,
// `summary.*`, `rule.*`, `layerName.*` and `osRole.*`, so a layer reads the same wherever it is named.
import { isMessageId, type Localizer, type MessageId } from '../l10n/localizer';
import type { Layer, LayerKind } from '../model/types';
import { kernelName } from '../taxonomy/kinds';
import type { Product } from '../taxonomy/product';
import { carriedKinds, switchPlaces } from '../validate/network';

/**
 * An example of each documented keyword, by the key of its sentence. Properties whose meaning
 * depends on the layer (`cpu`, `memory`, `boot`) have one entry per meaning, keyed `keyword@kind`.
 */
const EXAMPLES: Readonly<Record<string, string>> = {
  stack: 'stack "Web tier"',
  simulate: 'simulate { duration 24 h }',
  hardware: 'hardware node1 { cpu 32 cores; memory 256 GiB }',
  hypervisor: 'hypervisor kvm { vm web { … } }',
  os: 'os linux "Ubuntu 24.04"',
  vm: 'vm web { vcpu 4; memory 16 GiB; os linux "Debian 12" }',
  runtime: 'runtime docker { container api { … } }',
  container: 'container api { cpu 0.5..2; memory 256 MiB..1 GiB }',
  middleware: 'middleware nginx { app shop }',
  app: 'app shop { load daily 20%..90% peak 14:00 }',
  job: 'job backup { work 2 core-h; start 02:00 }',
  'cpu@hardware': 'cpu 32 cores',
  'cpu@container': 'cpu 0.5..2',
  'cpu@app': 'cpu 2 cores',
  'cpu@job': 'cpu 4',
  vcpu: 'vcpu 4',
  'memory@hardware': 'memory 256 GiB',
  'memory@vm': 'memory 16 GiB',
  'memory@container': 'memory 256 MiB..1 GiB',
  'memory@app': 'memory 1 GiB..4 GiB',
  disk: 'disk 4 TiB',
  network: 'network 10 Gbps',
  reserve: 'reserve 8 GiB',
  power: 'power idle 50 W peak 200 W',
  type: 'type 1',
  image: 'image "nginx:1.27"',
  tenant: 'tenant acme',
  'boot@machine': 'boot 30 s',
  load: 'load daily 20%..90% peak 14:00',
  work: 'work 8 core-h',
  start: 'start 01:30',
  depends: 'depends db, cache',
  duration: 'duration 24 h',
  step: 'step 1 m',
  seed: 'seed 1',
  overcommit: 'overcommit cpu 4.0 memory 1.0',
  'boot@simulate': 'boot vm 45 s',
  // Clusters and storage (issue 14).
  cluster: 'cluster prod { tolerate 1; hardware esx1 { … } }',
  storage: 'storage vsan as vsan1 { replicas 2 }',
  tolerate: 'tolerate 1',
  replicas: 'replicas 3',
  erasure: 'erasure data 4 parity 2',
  thin: 'thin 2.0',
  capacity: 'capacity 100 TiB',
  disks: 'disks esx1, esx2, esx3',
  reach: 'reach esx1, esx2',
  volume: 'volume data 200 GiB from vsan1',
  // Network virtualization (VS6xx)
  switch: 'switch ovs as br0 { uplink 25 Gbps; segment web vlan 10 }',
  uplink: 'uplink 25 Gbps',
  segment: 'segment db vxlan 5002',
  nic: 'nic web 1 Gbps',
  function: 'function firewall',
};

/** A keyword's explanation: the id of its sentence and a line that shows it in use. */
export interface KeywordDoc {
  readonly id: MessageId;
  readonly example: string;
}

/** The explanation of a keyword where it is written (`cpu` in a container is a request..limit). */
export function keywordDoc(keyword: string, where: LayerKind | 'simulate' | undefined): KeywordDoc | undefined {
  let key = keyword;
  if (keyword === 'cpu') key = `cpu@${where === 'container' || where === 'app' || where === 'job' ? where : 'hardware'}`;
  else if (keyword === 'memory') key = `memory@${where === 'vm' || where === 'container' ? where : where === 'app' || where === 'job' ? 'app' : 'hardware'}`;
  else if (keyword === 'boot') key = where === 'simulate' ? 'boot@simulate' : 'boot@machine';
  return keywordDocByKey(key);
}

/** A documented entry by its key (`cpu@container`, `stack`, …). */
export function keywordDocByKey(key: string): KeywordDoc | undefined {
  const id = `keyword.${key}`;
  return Object.prototype.hasOwnProperty.call(EXAMPLES, key) && isMessageId(id) ? { id, example: EXAMPLES[key] } : undefined;
}

/** Every documented key, for the tests that keep sentences and examples together. */
export const KEYWORD_DOC_KEYS: readonly string[] = Object.keys(EXAMPLES);

/** Markdown for a keyword: its sentence and its example. */
export function keywordMarkdown(l10n: Localizer, doc: KeywordDoc): string {
  return `${l10n.t(doc.id)}\n\n\`\`\`virt\n${doc.example}\n\`\`\``;
}

/** The rule behind a diagnostic code in a sentence, if the code has one. */
export function ruleText(l10n: Localizer, code: string): string | undefined {
  const id = `rule.${code}`;
  return isMessageId(id) ? l10n.t(id) : undefined;
}

/** A catalogue product's summary. */
export function productSummary(l10n: Localizer, p: Product): string {
  const id = `summary.${p.id}`;
  return isMessageId(id) ? l10n.t(id) : '';
}

/** The one-line detail of a product in a completion list. */
export function productDetail(l10n: Localizer, p: Product): string {
  if (p.role === 'hypervisor') {
    return p.type === 1 ? l10n.t('completion.productType1', p.name) : l10n.t('completion.productType2', p.name, kernelList(l10n, p.hostKernels));
  }
  if (p.role === 'runtime') return l10n.t('completion.productRuntime', p.name, kernelList(l10n, p.hostKernels), l10n.t(`isolation.${p.isolation}`));
  if (p.role === 'storage') return l10n.t('completion.productStorage', p.name, l10n.t(`storageSource.${p.placement}`));
  if (p.role === 'switch') return l10n.t('completion.productSwitch', p.name, switchPlaces(p), carriedKinds(p));
  return l10n.t('completion.productMiddleware', p.name);
}

/** Markdown about a product: name and role, where it sits, its kernel, the virtualization it provides, and its summary. */
export function productMarkdown(l10n: Localizer, p: Product): string {
  const lines: string[] = [];
  if (p.role === 'hypervisor') {
    lines.push(`**${p.name}** · ${l10n.t('product.hypervisor', l10n.t(`hypervisorType.${p.type}`))}`, '', productSummary(l10n, p), '');
    const sits = p.type === 1 ? l10n.t('product.onHardware') : l10n.t('product.onHostOs', kernelList(l10n, p.hostKernels));
    lines.push(`- **${l10n.t('product.sitsOn')}:** ${sits}`);
    const kernel = p.id === 'kvm' ? l10n.t('product.kvmKernel') : l10n.t('product.ownKernels');
    lines.push(`- **${l10n.t('product.kernel')}:** ${kernel}`);
    const kind = p.type === 1 ? 'hypervisor' : 'host-os';
    lines.push(`- **${l10n.t('product.provides')}:** ${l10n.t(`virtualization.${kind}.name`)}. ${l10n.t(`virtualization.${kind}.explain`)}`);
  } else if (p.role === 'runtime') {
    lines.push(`**${p.name}** · ${l10n.t('product.runtime')}`, '', productSummary(l10n, p), '');
    lines.push(`- **${l10n.t('product.sitsOn')}:** ${l10n.t('product.onHostOs', kernelList(l10n, p.hostKernels))}`);
    lines.push(`- **${l10n.t('product.kernel')}:** ${l10n.t(`isolation.${p.isolation}`)}`);
    lines.push(`- **${l10n.t('product.provides')}:** ${l10n.t('virtualization.container.name')}. ${l10n.t('virtualization.container.explain')}`);
  } else if (p.role === 'storage') {
    lines.push(`**${p.name}** · ${l10n.t('product.storage')}`, '', productSummary(l10n, p), '');
    lines.push(`- **${l10n.t('product.capacityFrom')}:** ${l10n.t(`storageSource.${p.placement}`)}`);
    lines.push(`- **${l10n.t('product.defaultCopies')}:** ${p.defaultReplicas}`);
  } else if (p.role === 'switch') {
    lines.push(`**${p.name}** · ${l10n.t('product.switch')}`, '', productSummary(l10n, p), '');
    lines.push(`- **${l10n.t('product.runsIn')}:** ${l10n.text(switchPlaces(p))}`);
    lines.push(`- **${l10n.t('product.carries')}:** ${l10n.text(carriedKinds(p))}`);
  } else {
    lines.push(`**${p.name}** · ${l10n.t('product.middleware')}`, '', productSummary(l10n, p));
  }
  lines.push('', `${l10n.t('product.vendor')}: ${p.vendor}`);
  return lines.join('\n');
}

/** How a layer is named in a title: its kind, then its name or product. */
export function layerTitle(l10n: Localizer, layer: Layer): string {
  const kind = layer.kind === 'os' ? osRole(l10n, layer) : l10n.t(`layerName.${layer.kind}`);
  const name = layer.kind === 'os' ? (layer.label ?? layer.name) : layer.catalogue?.name ?? layer.name;
  const shown = layer.kind === 'middleware' && layer.label ? layer.label : name;
  return shown ? `${capital(kind)} \`${shown}\`` : capital(kind);
}

/** What an OS is by where it sits: a host OS, a guest OS, or a container image's user space. */
export function osRole(l10n: Localizer, os: Layer): string {
  const p = os.parent?.kind;
  return l10n.t(p === 'vm' ? 'osRole.guest' : p === 'container' ? 'osRole.image' : 'osRole.host');
}

/** The kernels a product needs under it, as readable names ("any kernel" when it runs on all). */
export function kernelList(l10n: Localizer, kernels: readonly string[] | undefined): string {
  if (!kernels) return l10n.t('completion.anyKernel');
  return l10n.orList(kernels.map(kernelName));
}

/** The text with its first letter in upper case. */
export function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
