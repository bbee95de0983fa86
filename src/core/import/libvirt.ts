// libvirt domain XML (`virsh dumpxml`, one domain or several) and host capabilities (`virsh
// capabilities`) to an inventory. The domain type picks the layer: kvm, xen, hyperv and vmware are
// type-1 hypervisors on the hardware; qemu (TCG emulation), vbox, bhyve and hvf are hosted on an
// OS; lxc is a container runtime on Linux. Memory keeps its unit, vCPUs count what runs (`current`).
// Disks and interfaces have no size or rate in the XML, so they are noted on the VM.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { msg, type Message } from '../l10n/localizer';
import { MAX_IMPORT_DEPTH, MAX_IMPORT_WORKLOADS, Refusal } from './guards';
import type { ContainerSpec, Engine, Family, HostSpec, OsLine, VmSpec } from './inventory';
import { libvirtBytes } from './quantities';
import { isMapping, type Mapping, wrongType } from './shape';
import { Names } from './writer';

/** Elements that may repeat, read as lists always. */
const REPEATED = new Set(['domain', 'disk', 'interface', 'cell', 'guest', 'filesystem']);

/** How each domain type is run: its product, whether it stands on the hardware, and the host OS it needs. */
const TYPES: Readonly<Record<string, { product: string; role: 'hypervisor' | 'runtime'; onHardware: boolean; hostOs?: Family }>> = {
  kvm: { product: 'kvm', role: 'hypervisor', onHardware: true },
  xen: { product: 'xen', role: 'hypervisor', onHardware: true },
  hyperv: { product: 'hyper-v', role: 'hypervisor', onHardware: true },
  vmware: { product: 'esxi', role: 'hypervisor', onHardware: true },
  qemu: { product: 'qemu', role: 'hypervisor', onHardware: false, hostOs: 'linux' },
  vbox: { product: 'virtualbox', role: 'hypervisor', onHardware: false, hostOs: 'linux' },
  bhyve: { product: 'bhyve', role: 'hypervisor', onHardware: false, hostOs: 'bsd' },
  hvf: { product: 'qemu', role: 'hypervisor', onHardware: false, hostOs: 'macos' },
  lxc: { product: 'lxc', role: 'runtime', onHardware: false, hostOs: 'linux' },
};

/** Parses one XML source, refusing malformed XML with the parser's own line and reason. */
export function parseXml(name: string, text: string): Mapping {
  const valid = XMLValidator.validate(text);
  if (valid !== true) throw new Refusal(msg('import.error.syntax', name, String(valid.err.line), valid.err.msg));
  const parser = new XMLParser({
    ignoreAttributes: false, attributeNamePrefix: '@_', processEntities: false, htmlEntities: false,
    parseTagValue: false, parseAttributeValue: false, ignoreDeclaration: true, ignorePiTags: true,
    maxNestedTags: MAX_IMPORT_DEPTH + 1, isArray: (tag) => REPEATED.has(tag),
  });
  return parser.parse(text) as Mapping;
}

/** The text of an element, whether the parser gave it as a string or as `#text` beside attributes. */
function textOf(node: unknown): string | undefined {
  if (typeof node === 'string') return node;
  if (isMapping(node) && typeof node['#text'] === 'string') return node['#text'];
  return undefined;
}

function attr(node: unknown, name: string): string | undefined {
  return isMapping(node) && typeof node[`@_${name}`] === 'string' ? (node[`@_${name}`] as string) : undefined;
}

function child(node: unknown, name: string): unknown {
  return isMapping(node) ? node[name] : undefined;
}

function children(node: unknown, name: string): readonly unknown[] {
  const v = child(node, name);
  return Array.isArray(v) ? v : []; // the parser reads every repeatable element as a list
}

/** Every `<domain>` of a parsed document: at its root, or one level below a wrapper element. */
function domainsOf(doc: Mapping): unknown[] {
  const out = [...children(doc, 'domain')];
  for (const [key, value] of Object.entries(doc)) {
    if (key === 'domain' || key === 'capabilities' || !isMapping(value)) continue;
    out.push(...children(value, 'domain'));
  }
  return out;
}

/** The inventory of libvirt documents: one host, from `<capabilities>` if given, with every domain on it. */
export function libvirtInventory(docs: readonly { name: string; value: Mapping }[], hostName: string): { host: HostSpec; unmapped: Message[]; capabilities?: string } {
  const names = new Names();
  const unmapped: Message[] = [];
  const caps = docs.filter((d) => d.value.capabilities !== undefined);
  if (caps.length > 1) throw new Refusal(msg('import.error.twoHosts', caps.map((c) => c.name).join(', ')));
  const domains = docs.flatMap((d) => domainsOf(d.value).map((dom, i) => ({ dom, path: `${d.name}: domain[${i}]` })));
  if (domains.length === 0 && caps.length === 0) throw new Refusal(msg('import.error.noDomains'));
  if (domains.length > MAX_IMPORT_WORKLOADS) throw new Refusal(msg('import.error.tooMany', String(MAX_IMPORT_WORKLOADS)));
  const host: HostSpec = { name: names.claim(hostName), cores: 0, memory: 0, engines: [], notes: [] };
  if (caps[0]) readCapabilities(caps[0].value.capabilities, caps[0].name, host);

  // The first domain's type decides the host's stack: a type-1 hypervisor owns the hardware, so a
  // host OS for hosted types cannot stand beside it (VS212); such domains join the hypervisor, noted.
  const engines = new Map<string, Engine>();
  let owner: Engine | undefined;
  let hostOs: Family | undefined;
  for (const { dom, path } of domains) {
    if (!isMapping(dom)) throw wrongType(path, 'import.type.mapping', dom);
    const type = attr(dom, 'type') ?? 'kvm';
    const name = textOf(child(dom, 'name')) ?? 'domain';
    let how = TYPES[type];
    const notes: Message[] = [];
    if (!how) {
      unmapped.push(msg('import.unmapped.domainType', name, type));
      how = TYPES.qemu;
    }
    if (owner && !how.onHardware) {
      if (how.role === 'runtime') {
        unmapped.push(msg('import.unmapped.beside', name, type, owner.product));
        continue;
      }
      notes.push(msg('import.note.joined', type, owner.product));
      how = { ...how, product: owner.product, onHardware: true };
    } else if (!owner && how.onHardware && engines.size > 0) {
      // The host already has an OS for hosted domains; libvirt runs a kvm domain as a QEMU process, so it joins QEMU there.
      notes.push(msg('import.note.joined', type, 'qemu'));
      how = TYPES.qemu;
    }
    let engine = engines.get(how.product);
    if (!engine) {
      engine = { role: how.role, product: how.product, onHardware: how.onHardware, vms: [], containers: [] };
      engines.set(how.product, engine);
      if (how.onHardware) owner ??= engine;
      hostOs ??= how.hostOs;
    }
    const spec = domain(dom, path, names.claim(name), notes);
    if (engine.role === 'runtime') engine.containers.push(spec.container);
    else engine.vms.push(spec.vm);
  }
  host.engines.push(...engines.values());
  const withOs: HostSpec = hostOs && !owner ? { ...host, os: { family: hostOs } } : host;
  return { host: withOs, unmapped, capabilities: caps[0]?.name };
}

/** A domain as a VM (or, for lxc, a container): its name, vCPUs, memory and guest OS; disks and interfaces noted. */
function domain(dom: Mapping, path: string, name: string, notes: Message[]): { vm: VmSpec; container: ContainerSpec } {
  const memNode = child(dom, 'currentMemory') ?? child(dom, 'memory');
  let memory: number | undefined;
  if (memNode !== undefined) {
    memory = libvirtBytes(textOf(memNode) ?? '', attr(memNode, 'unit'));
    if (memory === undefined) throw wrongType(`${path}.memory`, 'import.type.bytes', textOf(memNode) ?? memNode);
  }
  const vcpuNode = child(dom, 'vcpu');
  let vcpus: number | undefined;
  if (vcpuNode !== undefined) {
    const raw = attr(vcpuNode, 'current') ?? textOf(vcpuNode) ?? '';
    if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < 1) throw wrongType(`${path}.vcpu`, 'import.type.count', raw);
    vcpus = Number(raw);
  }
  const osType = child(child(dom, 'os'), 'type');
  const arch = attr(osType, 'arch');
  if (arch) notes.push(msg('import.note.arch', arch, textOf(osType) ?? ''));
  const devices = child(dom, 'devices');
  for (const disk of children(devices, 'disk')) {
    const source = child(disk, 'source');
    const where = attr(source, 'file') ?? attr(source, 'dev') ?? attr(source, 'name') ?? attr(source, 'volume') ?? '-';
    notes.push(msg('import.note.disk', attr(disk, 'device') ?? 'disk', attr(child(disk, 'target'), 'dev') ?? '-', where));
  }
  for (const nic of children(devices, 'interface')) {
    const source = child(nic, 'source');
    const where = attr(source, 'network') ?? attr(source, 'bridge') ?? attr(source, 'dev') ?? '-';
    notes.push(msg('import.note.interface', attr(nic, 'type') ?? '-', where));
  }
  const os = guestOs(dom);
  if (!os) notes.push(msg('import.note.guestUnknown'));
  const vm: VmSpec = { name, vcpus, memory, os, notes };
  const container: ContainerSpec = { name, cores: vcpus === undefined ? undefined : { limit: vcpus }, memory: memory === undefined ? undefined : { limit: memory }, depends: [], notes };
  return { vm, container };
}

/** The guest OS from libosinfo's metadata (`<libosinfo:os id="http://microsoft.com/win/10"/>`) or a paravirtualized Linux kernel. */
function guestOs(dom: Mapping): OsLine | undefined {
  const info = child(child(dom, 'metadata'), 'libosinfo:libosinfo');
  const id = attr(child(info, 'libosinfo:os'), 'id');
  if (id) {
    const tail = id.replace(/^[a-z]+:\/\/[^/]+\//i, '');
    const family: Family | undefined = /win/i.test(id) ? 'windows'
      : /bsd/i.test(id) ? 'bsd'
        : /solaris|illumos/i.test(id) ? 'solaris'
          : /mac|darwin/i.test(id) ? 'macos'
            : /fedora|rhel|centos|ubuntu|debian|suse|sles|alpine|arch|linux|coreos|rocky|alma|gentoo|mageia|mandriva/i.test(id) ? 'linux' : undefined;
    if (family) return { family, display: tail.replace(/\//g, ' ') };
  }
  const type = textOf(child(child(dom, 'os'), 'type'));
  return type === 'linux' || type === 'xen' ? { family: 'linux' } : undefined;
}

/** The host of `virsh capabilities`: its cores (logical CPUs of the NUMA cells over the threads per core) and memory (the cells' sum). */
function readCapabilities(caps: unknown, name: string, host: HostSpec): void {
  const h = child(caps, 'host');
  const topology = child(child(h, 'cpu'), 'topology');
  const threads = Number(attr(topology, 'threads') ?? '1') || 1;
  let logical = 0;
  let memory = 0;
  for (const cell of children(child(child(h, 'topology'), 'cells'), 'cell')) {
    const cpus = attr(child(cell, 'cpus'), 'num');
    if (cpus !== undefined) logical += Number(cpus) || 0;
    const mem = child(cell, 'memory');
    if (mem !== undefined) memory += libvirtBytes(textOf(mem) ?? '', attr(mem, 'unit')) ?? 0;
  }
  const perSocket = ['sockets', 'dies', 'clusters', 'cores'].map((k) => Number(attr(topology, k) ?? '1') || 1).reduce((a, b) => a * b, 1);
  host.cores = logical > 0 ? Math.max(1, Math.floor(logical / threads)) : topology ? perSocket : 0;
  host.memory = memory;
  if (host.cores === 0 || host.memory === 0) host.notes.push(msg('import.note.capabilitiesPartial', name));
}
