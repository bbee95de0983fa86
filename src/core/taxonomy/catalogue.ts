// The products the checker knows by name. A product's facts here decide where it may sit
// (hypervisor type, host kernels) and how strongly it isolates, so each entry follows the
// vendor's own placement, not marketing names. Their summaries, shown in hovers, are texts of the bundles (`summary.<id>`).
import { BROKERS, DELIVERY, DESKTOP_MIDDLEWARE } from './desktopCatalogue';
import type { HypervisorProduct, MiddlewareProduct, Product, RuntimeProduct } from './product';

/** Hypervisors: type 1 sits on hardware, type 2 on a host OS. */
export const HYPERVISORS: readonly HypervisorProduct[] = [
  {
    id: 'kvm', role: 'hypervisor', name: 'KVM', vendor: 'Linux kernel community', type: 1,
  },
  {
    id: 'hyper-v', role: 'hypervisor', name: 'Microsoft Hyper-V', vendor: 'Microsoft', type: 1,
    aliases: ['hyperv', 'microsoft-hyper-v'],
  },
  {
    id: 'esxi', role: 'hypervisor', name: 'VMware ESXi', vendor: 'VMware (Broadcom)', type: 1,
    aliases: ['vsphere', 'vmware-esxi', 'vmware-vsphere'],
  },
  {
    id: 'xen', role: 'hypervisor', name: 'Xen', vendor: 'Xen Project (Linux Foundation)', type: 1,
    aliases: ['xen-project'],
  },
  {
    // Proxmox VE is a Debian system whose job is to run KVM; it is installed on bare metal
    // and offers no general-purpose desktop, so it is placed like KVM, on the hardware.
    id: 'proxmox', role: 'hypervisor', name: 'Proxmox VE', vendor: 'Proxmox Server Solutions', type: 1,
    aliases: ['proxmox-ve', 'pve'],
  },
  {
    id: 'virtualbox', role: 'hypervisor', name: 'Oracle VirtualBox', vendor: 'Oracle', type: 2,
    aliases: ['vbox', 'oracle-virtualbox'],
    hostKernels: ['windows', 'linux', 'macos', 'solaris'],
  },
  {
    id: 'vmware-workstation', role: 'hypervisor', name: 'VMware Workstation', vendor: 'VMware (Broadcom)', type: 2,
    aliases: ['workstation', 'vmware-workstation-pro', 'vmware-player'],
    hostKernels: ['windows', 'linux'],
  },
  {
    id: 'vmware-fusion', role: 'hypervisor', name: 'VMware Fusion', vendor: 'VMware (Broadcom)', type: 2,
    aliases: ['fusion', 'vmware-fusion-pro'],
    hostKernels: ['macos'],
  },
  {
    id: 'parallels', role: 'hypervisor', name: 'Parallels Desktop', vendor: 'Parallels', type: 2,
    aliases: ['parallels-desktop'],
    hostKernels: ['macos'],
  },
  {
    // QEMU alone emulates a whole machine in software; with an accelerator (KVM on Linux,
    // HVF on macOS, WHPX on Windows) it becomes a hosted VMM. Either way it is a host program.
    id: 'qemu', role: 'hypervisor', name: 'QEMU', vendor: 'QEMU project', type: 2,
    hostKernels: ['linux', 'windows', 'macos', 'bsd'],
  },
  {
    // bhyve is a kernel module (vmm.ko) plus a user-space monitor inside a running FreeBSD or
    // illumos system, which stays a full general-purpose OS; FreeBSD itself calls it hosted,
    // so the stack shows that host OS under it. (KVM is built the same way but is type 1 by
    // the convention the product teaches.)
    id: 'bhyve', role: 'hypervisor', name: 'bhyve', vendor: 'FreeBSD Project', type: 2,
    hostKernels: ['bsd', 'solaris'],
  },
  {
    // A user-space VMM process on a Linux host that uses /dev/kvm: placed on a host OS.
    id: 'firecracker', role: 'hypervisor', name: 'Firecracker', vendor: 'Amazon Web Services', type: 2,
    hostKernels: ['linux'], microVm: true,
  },
  {
    id: 'cloud-hypervisor', role: 'hypervisor', name: 'Cloud Hypervisor', vendor: 'Cloud Hypervisor project (Linux Foundation)', type: 2,
    aliases: ['clh'],
    hostKernels: ['linux'], microVm: true,
  },
];

/** Container runtimes: containers share the host kernel unless isolation says otherwise. */
export const RUNTIMES: readonly RuntimeProduct[] = [
  {
    // Windows hosts run Windows containers natively; Docker Desktop on macOS runs a hidden
    // Linux VM instead, so macOS is not a kernel its containers can use.
    id: 'docker', role: 'runtime', name: 'Docker Engine', vendor: 'Docker', isolation: 'shared',
    aliases: ['docker-engine', 'dockerd', 'moby'],
    hostKernels: ['linux', 'windows'],
  },
  {
    id: 'containerd', role: 'runtime', name: 'containerd', vendor: 'CNCF', isolation: 'shared',
    hostKernels: ['linux', 'windows'],
  },
  {
    id: 'cri-o', role: 'runtime', name: 'CRI-O', vendor: 'CNCF', isolation: 'shared',
    aliases: ['crio'],
    hostKernels: ['linux'],
  },
  {
    id: 'podman', role: 'runtime', name: 'Podman', vendor: 'Red Hat', isolation: 'shared',
    hostKernels: ['linux'],
  },
  {
    id: 'lxc', role: 'runtime', name: 'LXC', vendor: 'Linux Containers project', isolation: 'shared',
    hostKernels: ['linux'],
  },
  {
    id: 'lxd', role: 'runtime', name: 'LXD', vendor: 'Canonical', isolation: 'shared',
    hostKernels: ['linux'],
  },
  {
    id: 'kata', role: 'runtime', name: 'Kata Containers', vendor: 'OpenInfra Foundation', isolation: 'microvm',
    aliases: ['kata-containers', 'kata-runtime'],
    hostKernels: ['linux'],
  },
  {
    id: 'gvisor', role: 'runtime', name: 'gVisor', vendor: 'Google', isolation: 'userspace',
    aliases: ['runsc'],
    hostKernels: ['linux'],
  },
  {
    id: 'runc', role: 'runtime', name: 'runc', vendor: 'Open Container Initiative', isolation: 'shared',
    hostKernels: ['linux'],
  },
  {
    id: 'jail', role: 'runtime', name: 'FreeBSD jails', vendor: 'FreeBSD Project', isolation: 'shared',
    aliases: ['jails', 'freebsd-jail'],
    hostKernels: ['bsd'],
  },
  {
    id: 'zones', role: 'runtime', name: 'Solaris Zones', vendor: 'Oracle / illumos', isolation: 'shared',
    aliases: ['zone', 'solaris-zones'],
    hostKernels: ['solaris'],
  },
];

/** Builds one entry; middleware has no placement facts beyond its name. */
function mw(id: string, name: string, vendor: string, aliases?: readonly string[]): MiddlewareProduct {
  return aliases ? { id, role: 'middleware', name, vendor, aliases } : { id, role: 'middleware', name, vendor };
}

/**
 * Well-known middleware: web servers, application runtimes, databases, brokers. Middleware is
 * known only so that hovers can explain it; any other product name is accepted, so this list
 * stays to the common ones a learner meets first.
 */
export const MIDDLEWARE: readonly MiddlewareProduct[] = [
  mw('nginx', 'NGINX', 'F5'),
  mw('apache', 'Apache HTTP Server', 'Apache Software Foundation', ['httpd', 'apache-httpd', 'apache2']),
  mw('tomcat', 'Apache Tomcat', 'Apache Software Foundation', ['apache-tomcat']),
  mw('nodejs', 'Node.js', 'OpenJS Foundation', ['node', 'node-js']),
  mw('openjdk', 'OpenJDK', 'OpenJDK community', ['jvm', 'java', 'jdk', 'jre']),
  mw('dotnet', '.NET', 'Microsoft', ['aspnet-core']),
  mw('php-fpm', 'PHP-FPM', 'PHP Group', ['php']),
  mw('wildfly', 'WildFly', 'Red Hat', ['jboss', 'jboss-eap']),
  mw('iis', 'Internet Information Services', 'Microsoft', ['microsoft-iis']),
  mw('envoy', 'Envoy', 'CNCF', ['envoy-proxy']),
  mw('haproxy', 'HAProxy', 'HAProxy Technologies'),
  mw('postgresql', 'PostgreSQL', 'PostgreSQL Global Development Group', ['postgres']),
  mw('mysql', 'MySQL', 'Oracle'),
  mw('mariadb', 'MariaDB', 'MariaDB Foundation'),
  mw('mongodb', 'MongoDB', 'MongoDB', ['mongo']),
  mw('redis', 'Redis', 'Redis'),
  mw('memcached', 'Memcached', 'Memcached community'),
  mw('kafka', 'Apache Kafka', 'Apache Software Foundation', ['apache-kafka']),
  mw('rabbitmq', 'RabbitMQ', 'Broadcom'),
  // Desktop, application and data virtualization: session hosts and data-virtualization engines.
  ...DESKTOP_MIDDLEWARE,
];

/** Every known product, hypervisors first. */
export const CATALOGUE: readonly Product[] = [...HYPERVISORS, ...RUNTIMES, ...MIDDLEWARE, ...BROKERS, ...DELIVERY];

// Built once: lookups happen on every keystroke's validation.
const BY_NAME: ReadonlyMap<string, Product> = new Map(
  CATALOGUE.flatMap((p) => [p.id, ...(p.aliases ?? [])].map((key) => [key, p] as const)),
);

/** The product with this id or alias, ignoring case. */
export function findProduct(id: string): Product | undefined {
  // Ids are written in lower case almost always; lower-casing first would copy every one.
  return BY_NAME.get(id) ?? BY_NAME.get(id.toLowerCase());
}
