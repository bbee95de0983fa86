// The products the checker knows by name. A product's facts here decide where it may sit
// (hypervisor type, host kernels) and how strongly it isolates, so each entry follows the
// vendor's own placement, not marketing names. Summaries feed hovers in both UI languages.
import { MIDDLEWARE } from './catalogue-middleware';
import type { HypervisorProduct, Product, RuntimeProduct } from './product';

/** Hypervisors: type 1 sits on hardware, type 2 on a host OS. */
export const HYPERVISORS: readonly HypervisorProduct[] = [
  {
    id: 'kvm', role: 'hypervisor', name: 'KVM', vendor: 'Linux kernel community', type: 1,
    summary: {
      en: 'Kernel-based Virtual Machine: a module that turns the Linux kernel itself into a bare-metal hypervisor using the CPU\'s virtualization extensions.',
      ko: '리눅스 커널 모듈로, 커널 자체를 베어메탈 하이퍼바이저로 만들어 CPU의 가상화 확장 기능으로 가상 머신을 실행합니다.',
    },
  },
  {
    id: 'hyper-v', role: 'hypervisor', name: 'Microsoft Hyper-V', vendor: 'Microsoft', type: 1,
    aliases: ['hyperv', 'microsoft-hyper-v'],
    summary: {
      en: 'Microsoft\'s type-1 hypervisor. Once it is enabled, even the Windows you log into runs above it, as the privileged root partition.',
      ko: '마이크로소프트의 유형 1 하이퍼바이저입니다. 켜는 순간 사용자가 로그인하는 Windows도 그 위에서 특권을 가진 루트 파티션으로 동작합니다.',
    },
  },
  {
    id: 'esxi', role: 'hypervisor', name: 'VMware ESXi', vendor: 'VMware (Broadcom)', type: 1,
    aliases: ['vsphere', 'vmware-esxi', 'vmware-vsphere'],
    summary: {
      en: 'The bare-metal hypervisor at the heart of VMware vSphere; it is installed straight onto the server and usually managed remotely through vCenter.',
      ko: 'VMware vSphere의 핵심인 베어메탈 하이퍼바이저입니다. 서버에 바로 설치하며 보통 vCenter로 원격 관리합니다.',
    },
  },
  {
    id: 'xen', role: 'hypervisor', name: 'Xen', vendor: 'Xen Project (Linux Foundation)', type: 1,
    aliases: ['xen-project'],
    summary: {
      en: 'An open-source type-1 hypervisor. A privileged first guest, dom0, owns the device drivers and manages the other VMs.',
      ko: '오픈 소스 유형 1 하이퍼바이저입니다. 특권을 가진 첫 번째 게스트인 dom0이 장치 드라이버를 맡고 다른 가상 머신을 관리합니다.',
    },
  },
  {
    // Proxmox VE is a Debian system whose job is to run KVM; it is installed on bare metal
    // and offers no general-purpose desktop, so it is placed like KVM, on the hardware.
    id: 'proxmox', role: 'hypervisor', name: 'Proxmox VE', vendor: 'Proxmox Server Solutions', type: 1,
    aliases: ['proxmox-ve', 'pve'],
    summary: {
      en: 'A Debian-based virtualization platform that bundles KVM and LXC with a web console; it is installed on bare metal like any type-1 hypervisor.',
      ko: 'KVM과 LXC를 웹 콘솔과 함께 묶은 데비안 기반 가상화 플랫폼입니다. 다른 유형 1 하이퍼바이저처럼 베어메탈에 설치합니다.',
    },
  },
  {
    id: 'virtualbox', role: 'hypervisor', name: 'Oracle VirtualBox', vendor: 'Oracle', type: 2,
    aliases: ['vbox', 'oracle-virtualbox'],
    hostKernels: ['windows', 'linux', 'macos', 'solaris'],
    summary: {
      en: 'A free type-2 hypervisor from Oracle that runs as an ordinary application on a host OS; popular for desktops and labs.',
      ko: '오라클의 무료 유형 2 하이퍼바이저로, 호스트 OS 위에서 일반 애플리케이션처럼 실행됩니다. 데스크톱과 실습 환경에서 많이 씁니다.',
    },
  },
  {
    id: 'vmware-workstation', role: 'hypervisor', name: 'VMware Workstation', vendor: 'VMware (Broadcom)', type: 2,
    aliases: ['workstation', 'vmware-workstation-pro', 'vmware-player'],
    hostKernels: ['windows', 'linux'],
    summary: {
      en: 'VMware\'s desktop type-2 hypervisor for Windows and Linux hosts, used to run several operating systems side by side on one PC.',
      ko: 'Windows와 Linux 호스트용 VMware 데스크톱 유형 2 하이퍼바이저로, PC 한 대에서 여러 OS를 나란히 실행할 때 씁니다.',
    },
  },
  {
    id: 'vmware-fusion', role: 'hypervisor', name: 'VMware Fusion', vendor: 'VMware (Broadcom)', type: 2,
    aliases: ['fusion', 'vmware-fusion-pro'],
    hostKernels: ['macos'],
    summary: {
      en: 'VMware\'s type-2 hypervisor for Mac hosts, the macOS counterpart of VMware Workstation.',
      ko: 'Mac 호스트용 VMware 유형 2 하이퍼바이저로, VMware Workstation의 macOS판에 해당합니다.',
    },
  },
  {
    id: 'parallels', role: 'hypervisor', name: 'Parallels Desktop', vendor: 'Parallels', type: 2,
    aliases: ['parallels-desktop'],
    hostKernels: ['macos'],
    summary: {
      en: 'A type-2 hypervisor for macOS, commonly used to run Windows on a Mac.',
      ko: 'macOS용 유형 2 하이퍼바이저로, 주로 Mac에서 Windows를 실행할 때 씁니다.',
    },
  },
  {
    // QEMU alone emulates a whole machine in software; with an accelerator (KVM on Linux,
    // HVF on macOS, WHPX on Windows) it becomes a hosted VMM. Either way it is a host program.
    id: 'qemu', role: 'hypervisor', name: 'QEMU', vendor: 'QEMU project', type: 2,
    hostKernels: ['linux', 'windows', 'macos', 'bsd'],
    summary: {
      en: 'A machine emulator that runs as a program on the host; with KVM acceleration it runs guests at near-native speed, and KVM setups often use it as the device model.',
      ko: '호스트에서 프로그램으로 실행되는 머신 에뮬레이터입니다. KVM 가속을 쓰면 게스트를 거의 네이티브 속도로 실행하며, KVM 환경에서 장치 에뮬레이션을 맡는 경우가 많습니다.',
    },
  },
  {
    // bhyve is a kernel module (vmm.ko) plus a user-space monitor inside a running FreeBSD or
    // illumos system, which stays a full general-purpose OS; FreeBSD itself calls it hosted,
    // so the stack shows that host OS under it. (KVM is built the same way but is type 1 by
    // the convention the product teaches.)
    id: 'bhyve', role: 'hypervisor', name: 'bhyve', vendor: 'FreeBSD Project', type: 2,
    hostKernels: ['bsd', 'solaris'],
    summary: {
      en: 'The hypervisor built into FreeBSD (also shipped by illumos systems such as SmartOS); it runs guests from a host OS that stays a normal system.',
      ko: 'FreeBSD에 내장된 하이퍼바이저로, SmartOS 같은 illumos 계열에도 들어 있습니다. 평범한 시스템으로 남아 있는 호스트 OS 위에서 게스트를 실행합니다.',
    },
  },
  {
    // A user-space VMM process on a Linux host that uses /dev/kvm: placed on a host OS.
    id: 'firecracker', role: 'hypervisor', name: 'Firecracker', vendor: 'Amazon Web Services', type: 2,
    hostKernels: ['linux'], microVm: true,
    summary: {
      en: 'A minimal virtual machine monitor that runs as a process on a Linux host with KVM; its microVMs boot in about a tenth of a second and power AWS Lambda and Fargate.',
      ko: 'KVM을 갖춘 리눅스 호스트에서 프로세스로 실행되는 최소한의 가상 머신 모니터입니다. 마이크로VM이 0.1초 안팎에 부팅되며 AWS Lambda와 Fargate의 기반입니다.',
    },
  },
  {
    id: 'cloud-hypervisor', role: 'hypervisor', name: 'Cloud Hypervisor', vendor: 'Cloud Hypervisor project (Linux Foundation)', type: 2,
    aliases: ['clh'],
    hostKernels: ['linux'], microVm: true,
    summary: {
      en: 'A lightweight Rust VMM for cloud workloads that runs as a process on a Linux host using KVM; Kata Containers can use it to start microVMs.',
      ko: '리눅스 호스트에서 KVM을 이용해 프로세스로 실행되는 Rust 기반 경량 VMM입니다. Kata Containers가 마이크로VM을 띄울 때 쓸 수 있습니다.',
    },
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
    summary: {
      en: 'The most widely used container engine: it builds images and runs containers that share the host kernel, on Linux and, for Windows containers, on Windows.',
      ko: '가장 널리 쓰이는 컨테이너 엔진입니다. 이미지를 빌드하고 호스트 커널을 공유하는 컨테이너를 실행하며, Linux와 (Windows 컨테이너의 경우) Windows에서 동작합니다.',
    },
  },
  {
    id: 'containerd', role: 'runtime', name: 'containerd', vendor: 'CNCF', isolation: 'shared',
    hostKernels: ['linux', 'windows'],
    summary: {
      en: 'An industry-standard container runtime that manages images and container lifecycles; Docker is built on it and Kubernetes nodes use it through the CRI.',
      ko: '이미지와 컨테이너 수명 주기를 관리하는 표준 컨테이너 런타임입니다. Docker가 이를 바탕으로 만들어졌고, 쿠버네티스 노드는 CRI를 통해 사용합니다.',
    },
  },
  {
    id: 'cri-o', role: 'runtime', name: 'CRI-O', vendor: 'CNCF', isolation: 'shared',
    aliases: ['crio'],
    hostKernels: ['linux'],
    summary: {
      en: 'A lightweight runtime made only to serve Kubernetes through the Container Runtime Interface.',
      ko: '컨테이너 런타임 인터페이스(CRI)로 쿠버네티스를 지원하는 용도로만 만든 경량 런타임입니다.',
    },
  },
  {
    id: 'podman', role: 'runtime', name: 'Podman', vendor: 'Red Hat', isolation: 'shared',
    hostKernels: ['linux'],
    summary: {
      en: 'A daemonless, Docker-compatible engine that can run containers without root privileges.',
      ko: '데몬 없이 동작하는 Docker 호환 엔진으로, root 권한 없이도 컨테이너를 실행할 수 있습니다.',
    },
  },
  {
    id: 'lxc', role: 'runtime', name: 'LXC', vendor: 'Linux Containers project', isolation: 'shared',
    hostKernels: ['linux'],
    summary: {
      en: 'Linux system containers: each looks like a whole distribution with its own init, yet all share the host kernel.',
      ko: '리눅스 시스템 컨테이너입니다. 각각 init까지 갖춘 완전한 배포판처럼 보이지만 모두 호스트 커널을 공유합니다.',
    },
  },
  {
    id: 'lxd', role: 'runtime', name: 'LXD', vendor: 'Canonical', isolation: 'shared',
    hostKernels: ['linux'],
    summary: {
      en: 'A manager for LXC system containers with an API, images and clustering.',
      ko: 'API, 이미지, 클러스터링 기능을 갖춘 LXC 시스템 컨테이너 관리 도구입니다.',
    },
  },
  {
    id: 'kata', role: 'runtime', name: 'Kata Containers', vendor: 'OpenInfra Foundation', isolation: 'microvm',
    aliases: ['kata-containers', 'kata-runtime'],
    hostKernels: ['linux'],
    summary: {
      en: 'Runs each container or pod inside its own lightweight VM with its own kernel, giving VM-grade isolation behind the usual container interface.',
      ko: '컨테이너나 파드마다 자체 커널을 가진 경량 가상 머신 안에서 실행해, 평소의 컨테이너 사용 방식 그대로 가상 머신 수준의 격리를 제공합니다.',
    },
  },
  {
    id: 'gvisor', role: 'runtime', name: 'gVisor', vendor: 'Google', isolation: 'userspace',
    aliases: ['runsc'],
    hostKernels: ['linux'],
    summary: {
      en: 'A sandbox whose user-space kernel answers the container\'s system calls, so the host kernel is far less exposed.',
      ko: '사용자 공간 커널이 컨테이너의 시스템 콜을 대신 처리하는 샌드박스로, 호스트 커널의 노출을 크게 줄입니다.',
    },
  },
  {
    id: 'runc', role: 'runtime', name: 'runc', vendor: 'Open Container Initiative', isolation: 'shared',
    hostKernels: ['linux'],
    summary: {
      en: 'The low-level OCI runtime that actually creates containers with namespaces and cgroups; Docker and containerd call it by default.',
      ko: '네임스페이스와 cgroup으로 실제 컨테이너를 만드는 저수준 OCI 런타임입니다. Docker와 containerd가 기본으로 호출합니다.',
    },
  },
  {
    id: 'jail', role: 'runtime', name: 'FreeBSD jails', vendor: 'FreeBSD Project', isolation: 'shared',
    aliases: ['jails', 'freebsd-jail'],
    hostKernels: ['bsd'],
    summary: {
      en: 'FreeBSD\'s built-in OS-level virtualization: each jail has its own files, users and network address on the shared FreeBSD kernel.',
      ko: 'FreeBSD에 내장된 OS 수준 가상화입니다. 각 jail은 자체 파일, 사용자, 네트워크 주소를 가지면서 FreeBSD 커널을 공유합니다.',
    },
  },
  {
    id: 'zones', role: 'runtime', name: 'Solaris Zones', vendor: 'Oracle / illumos', isolation: 'shared',
    aliases: ['zone', 'solaris-zones'],
    hostKernels: ['solaris'],
    summary: {
      en: 'OS-level virtualization of Solaris and illumos: isolated zones run on the one kernel of the global zone.',
      ko: 'Solaris와 illumos의 OS 수준 가상화로, 격리된 여러 zone이 글로벌 zone의 커널 하나를 공유해 실행됩니다.',
    },
  },
];

/** Every known product, hypervisors first. */
export const CATALOGUE: readonly Product[] = [...HYPERVISORS, ...RUNTIMES, ...MIDDLEWARE];

// Built once: lookups happen on every keystroke's validation.
const BY_NAME: ReadonlyMap<string, Product> = new Map(
  CATALOGUE.flatMap((p) => [p.id, ...(p.aliases ?? [])].map((key) => [key, p] as const)),
);

/** The product with this id or alias, ignoring case. */
export function findProduct(id: string): Product | undefined {
  // Ids are written in lower case almost always; lower-casing first would copy every one.
  return BY_NAME.get(id) ?? BY_NAME.get(id.toLowerCase());
}
