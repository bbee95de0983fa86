// The products of desktop, application and data virtualization: connection brokers, session
// hosts, streaming systems and package formats, and data-virtualization engines. The facts
// here decide checks (validate/desktop.ts): where a session host or an engine runs (host
// kernels), and on which client OS a streaming system or package format works (client
// kernels). Each fact follows the vendor's own documentation, cited beside it. Their summaries,
// shown in hovers, are texts of the bundles (`summary.<id>`).
import type { BrokerProduct, DeliveryProduct, MiddlewareProduct } from './product';

/** Connection brokers: what `broker` names in a desktop pool. */
export const BROKERS: readonly BrokerProduct[] = [
  // https://docs.omnissa.com/bundle/Horizon8InstallUpgrade (Connection Server brokers desktop pools)
  { id: 'horizon', role: 'broker', name: 'Omnissa Horizon', vendor: 'Omnissa (formerly VMware)', aliases: ['vmware-horizon', 'omnissa-horizon'] },
  // https://docs.citrix.com/en-us/citrix-virtual-apps-desktops (the Delivery Controller brokers machines of its catalogues)
  { id: 'citrix-cvad', role: 'broker', name: 'Citrix Virtual Apps and Desktops', vendor: 'Citrix (Cloud Software Group)', aliases: ['citrix', 'cvad', 'xendesktop', 'xenapp'] },
  // https://learn.microsoft.com/azure/virtual-desktop/overview (host pools of session hosts in Azure)
  { id: 'avd', role: 'broker', name: 'Azure Virtual Desktop', vendor: 'Microsoft', aliases: ['azure-virtual-desktop', 'wvd'] },
  // https://learn.microsoft.com/windows-server/remote/remote-desktop-services/welcome-to-rds (the RD Connection Broker role)
  { id: 'rds', role: 'broker', name: 'Microsoft Remote Desktop Services', vendor: 'Microsoft', aliases: ['rds-broker', 'remote-desktop-services', 'rdcb'] },
];

/** Streaming systems and package formats: what `delivery streamed|packaged` names. */
export const DELIVERY: readonly DeliveryProduct[] = [
  // App-V packages (.appv) stream to the App-V client that is part of Windows since Windows 10 1607
  // (Enable-Appv: https://learn.microsoft.com/powershell/module/appvclient/enable-appv) and Windows Server:
  // https://learn.microsoft.com/microsoft-desktop-optimization-pack/app-v/appv-for-windows
  { id: 'app-v', role: 'delivery', name: 'Microsoft App-V', vendor: 'Microsoft', aliases: ['appv', 'microsoft-app-v'], modes: ['streamed', 'packaged'], clientKernels: ['windows'] },
  // Cloudpaging streams virtualized Windows applications to the Cloudpaging Player on Windows clients:
  // https://www.numecent.com/cloudpaging/
  { id: 'cloudpaging', role: 'delivery', name: 'Numecent Cloudpaging', vendor: 'Numecent', modes: ['streamed'], clientKernels: ['windows'] },
  // ThinApp packages are Windows executables, run locally or streamed from a network share:
  // https://docs.vmware.com/en/VMware-ThinApp/ (ThinApp User's Guide, "Streaming")
  { id: 'thinapp', role: 'delivery', name: 'VMware ThinApp', vendor: 'VMware (Broadcom)', aliases: ['vmware-thinapp'], modes: ['packaged', 'streamed'], clientKernels: ['windows'] },
  // https://learn.microsoft.com/windows/msix/overview (Windows 10 1709 and later)
  { id: 'msix', role: 'delivery', name: 'MSIX', vendor: 'Microsoft', modes: ['packaged'], clientKernels: ['windows'] },
  // https://docs.flatpak.org/en/latest/introduction.html ("applications for Linux")
  { id: 'flatpak', role: 'delivery', name: 'Flatpak', vendor: 'Flatpak project', modes: ['packaged'], clientKernels: ['linux'] },
  // https://snapcraft.io/docs (snaps run on Linux distributions with snapd)
  { id: 'snap', role: 'delivery', name: 'Snap', vendor: 'Canonical', aliases: ['snapcraft'], modes: ['packaged'], clientKernels: ['linux'] },
  // https://docs.appimage.org/introduction/concepts.html (one file per app, for Linux)
  { id: 'appimage', role: 'delivery', name: 'AppImage', vendor: 'AppImage project', modes: ['packaged'], clientKernels: ['linux'] },
];

/** Session hosts and data-virtualization engines: middleware whose facts checks use. */
export const DESKTOP_MIDDLEWARE: readonly MiddlewareProduct[] = [
  // A role of Windows Server: https://learn.microsoft.com/windows-server/remote/remote-desktop-services/rds-roles
  { id: 'rds-session-host', role: 'middleware', name: 'Remote Desktop Session Host', vendor: 'Microsoft', aliases: ['rdsh', 'rd-session-host'], serves: 'session-host', hostKernels: ['windows'] },
  // Multi-session VDAs for Windows Server and for Linux: https://docs.citrix.com/en-us/citrix-virtual-apps-desktops/install-configure/install-vdas.html
  // and https://docs.citrix.com/en-us/linux-virtual-delivery-agent
  { id: 'citrix-vda', role: 'middleware', name: 'Citrix Virtual Delivery Agent', vendor: 'Citrix (Cloud Software Group)', aliases: ['vda', 'linux-vda'], serves: 'session-host', hostKernels: ['windows', 'linux'] },
  // Installs on Windows and Linux: https://community.denodo.com/docs/html/browse/latest/en/platform/installation/preinstallation_tasks/hardware_and_software_requirements/
  { id: 'denodo', role: 'middleware', name: 'Denodo Platform', vendor: 'Denodo', serves: 'data-virtualization', hostKernels: ['windows', 'linux'] },
  // The deployment guide requires 64-bit Linux (https://trino.io/docs/current/installation/deployment.html);
  // Homebrew packages it for macOS (https://formulae.brew.sh/formula/trino), which the check accepts too.
  // An error must not fire on a setup people run.
  { id: 'trino', role: 'middleware', name: 'Trino', vendor: 'Trino Software Foundation', aliases: ['prestosql'], serves: 'data-virtualization', hostKernels: ['linux', 'macos'] },
  // Linux or macOS: https://prestodb.io/docs/current/installation/deployment.html
  { id: 'presto', role: 'middleware', name: 'Presto', vendor: 'Presto Foundation (Linux Foundation)', aliases: ['prestodb'], serves: 'data-virtualization', hostKernels: ['linux', 'macos'] },
  // Linux: https://docs.dremio.com/current/get-started/cluster-deployments/
  { id: 'dremio', role: 'middleware', name: 'Dremio', vendor: 'Dremio', serves: 'data-virtualization', hostKernels: ['linux'] },
];
