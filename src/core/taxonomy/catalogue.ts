// The products the checker knows by name. A product's facts here decide where it may sit
// (hypervisor type, host kernels) and how strongly it isolates, so each entry follows the
// vendor's own placement, not marketing names. Their summaries, shown in hovers, are texts of the bundles (`summary.<id>`).
import type { HypervisorProduct, MiddlewareProduct, Product, RuntimeProduct, StorageProduct, SwitchProduct } from './product';

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
];

// Storage virtualization (issue 14). The default number of copies is each product's own default,
// from its documentation, since usable capacity is raw capacity divided by it.
/** Storage products: where their capacity comes from, and how many copies they keep by default. */
export const STORAGE: readonly StorageProduct[] = [
  {
    // vSAN's default storage policy is "1 failure - RAID-1 (Mirroring)", i.e. FTT=1 kept as two
    // full copies (VMware vSAN docs, "About the vSAN Default Storage Policy"; "RAID-1 consumes 2x
    // the capacity"). RAID-5/6 erasure coding is a policy choice (3+1 and 4+2).
    id: 'vsan', role: 'storage', name: 'VMware vSAN', vendor: 'VMware (Broadcom)', placement: 'distributed', defaultReplicas: 2, erasure: true,
    aliases: ['vmware-vsan'],
  },
  {
    // A replicated pool's `size` defaults to 3 (osd_pool_default_size, Ceph docs "Pools"); erasure
    // coded pools store k data and m coding chunks, so k/(k+m) of the raw space is usable
    // (Ceph docs "Erasure code").
    id: 'ceph', role: 'storage', name: 'Ceph', vendor: 'Ceph Foundation (Linux Foundation)', placement: 'distributed', defaultReplicas: 3, erasure: true,
    aliases: ['ceph-rbd', 'rbd'],
  },
  {
    // Microsoft Learn, "Fault tolerance and storage efficiency in Storage Spaces Direct": three-way
    // mirror (33 % efficient) for three or more servers, two-way mirror on two; parity (erasure
    // coding) needs four servers or more. The default follows the number of servers (capped below).
    id: 's2d', role: 'storage', name: 'Storage Spaces Direct', vendor: 'Microsoft', placement: 'distributed', defaultReplicas: 3, erasure: true,
    aliases: ['storage-spaces-direct'], defaultUpToHosts: true,
  },
  {
    // A ZFS pool is built from the disks of the one machine that imports it (OpenZFS docs, zpool).
    id: 'zfs', role: 'storage', name: 'OpenZFS', vendor: 'OpenZFS project', placement: 'local', defaultReplicas: 1, erasure: false,
    aliases: ['openzfs'],
  },
  {
    // A thin pool is a logical volume of one host's volume group (lvmthin(7)).
    id: 'lvm-thin', role: 'storage', name: 'LVM thin provisioning', vendor: 'Linux LVM2 project (Red Hat)', placement: 'local', defaultReplicas: 1, erasure: false,
    aliases: ['lvmthin'],
  },
  {
    // Block storage over TCP/IP (RFC 7143); the array protects its data internally (RAID), so its
    // written capacity is what the hosts see.
    id: 'iscsi', role: 'storage', name: 'iSCSI storage array', vendor: 'IETF (RFC 7143)', placement: 'external', defaultReplicas: 1, erasure: false,
  },
  {
    id: 'nfs', role: 'storage', name: 'NFS file server', vendor: 'IETF (RFC 7530, RFC 8881)', placement: 'external', defaultReplicas: 1, erasure: false,
  },
  {
    id: 'fc', role: 'storage', name: 'Fibre Channel SAN', vendor: 'INCITS T11', placement: 'external', defaultReplicas: 1, erasure: false,
    aliases: ['fibre-channel'],
  },
];

// Network virtualization (VS6xx): virtual switches, placed where their vendors run them.
/** Virtual switches: the hypervisors and kernels they run in, and the segments they carry. */
export const SWITCHES: readonly SwitchProduct[] = [
  {
    // The kernel's bridge carries 802.1Q VLANs with vlan_filtering, and VXLAN through a vxlan
    // device enslaved to it (kernel docs: Documentation/networking/vxlan.rst, "bridge vlan" in
    // ip-link(8)/bridge(8)); Proxmox VE and Xen's Linux dom0 use it as their default bridge.
    // Geneve is left out: it is what OVS and OVN build overlays with, not a documented bridge setup.
    id: 'linux-bridge', role: 'switch', name: 'Linux bridge', vendor: 'Linux kernel community',
    aliases: ['bridge', 'linuxbridge', 'brctl'],
    hypervisors: ['kvm', 'proxmox', 'xen'], kernels: ['linux'], carries: ['vlan', 'vxlan'],
  },
  {
    // Open vSwitch: VLAN tags on ports, and tunnel interfaces of type vxlan and geneve
    // (ovs-vswitchd.conf.db(5), Interface table, "type"); Proxmox VE documents it as an
    // alternative to the Linux bridge. Its Windows and FreeBSD ports are not modelled.
    id: 'ovs', role: 'switch', name: 'Open vSwitch', vendor: 'Linux Foundation',
    aliases: ['openvswitch', 'open-vswitch'],
    hypervisors: ['kvm', 'proxmox', 'xen'], kernels: ['linux'], carries: ['vlan', 'vxlan', 'geneve'],
  },
  {
    // vSphere Standard Switch: one ESXi host, port groups with VLAN ids 1-4094 (VMware vSphere
    // Networking guide, "VLAN Configuration"); overlays need NSX.
    id: 'vss', role: 'switch', name: 'vSphere Standard Switch', vendor: 'VMware (Broadcom)',
    aliases: ['vswitch', 'vsphere-standard-switch', 'standard-switch'],
    hypervisors: ['esxi'], kernels: [], carries: ['vlan'],
  },
  {
    // vSphere Distributed Switch: managed by vCenter across ESXi hosts, VLAN port groups
    // (vSphere Networking guide); overlays need NSX, below.
    id: 'vds', role: 'switch', name: 'vSphere Distributed Switch', vendor: 'VMware (Broadcom)',
    aliases: ['dvs', 'vsphere-distributed-switch', 'distributed-switch'],
    hypervisors: ['esxi'], kernels: [], carries: ['vlan'],
  },
  {
    // NSX (NSX-T Data Center): overlay segments are Geneve-encapsulated between transport
    // nodes, VLAN segments bridge to the physical network (NSX Administration Guide, "Segments").
    id: 'nsx', role: 'switch', name: 'VMware NSX', vendor: 'VMware (Broadcom)',
    aliases: ['nsx-t', 'vmware-nsx'],
    hypervisors: ['esxi'], kernels: [], carries: ['vlan', 'geneve'],
  },
  {
    // Hyper-V Virtual Switch: VLAN ids on VM network adapters (Set-VMNetworkAdapterVlan);
    // Hyper-V Network Virtualization in Windows Server SDN encapsulates with VXLAN by default
    // (Microsoft Learn, "Hyper-V Network Virtualization technical details").
    id: 'hyperv-switch', role: 'switch', name: 'Hyper-V Virtual Switch', vendor: 'Microsoft',
    aliases: ['hyper-v-switch', 'vmswitch', 'hyper-v-vswitch'],
    hypervisors: ['hyper-v'], kernels: ['windows'], carries: ['vlan', 'vxlan'],
  },
];

/** Every known product, hypervisors first. */
export const CATALOGUE: readonly Product[] = [...HYPERVISORS, ...RUNTIMES, ...MIDDLEWARE, ...STORAGE, ...SWITCHES];

// Built once: lookups happen on every keystroke's validation.
const BY_NAME: ReadonlyMap<string, Product> = new Map(
  CATALOGUE.flatMap((p) => [p.id, ...(p.aliases ?? [])].map((key) => [key, p] as const)),
);

/** The product with this id or alias, ignoring case. */
export function findProduct(id: string): Product | undefined {
  // Ids are written in lower case almost always; lower-casing first would copy every one.
  return BY_NAME.get(id) ?? BY_NAME.get(id.toLowerCase());
}
