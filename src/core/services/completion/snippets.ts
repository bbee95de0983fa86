// Whole-block snippets for the layer that may stand where the cursor is. Their choices are
// the products that may sit there and their names are free in the file, so that a snippet
// accepted as offered checks clean.
import type { Localizer, MessageId } from '../../l10n/localizer';
import type { LayerKind } from '../../model/types';
import { BROKERS } from '../../taxonomy/desktopCatalogue';
import { KERNEL_FAMILIES } from '../../taxonomy/kinds';
import { containerKernel, freshName, hypervisorRole, hypervisorsFor, type Place, runtimesFor } from '../allowed';

/** Names of snippet placeholders by layer; a number is added to make them unique. */
const BASE_NAMES: Partial<Record<LayerKind, string>> = { hardware: 'server', vm: 'vm', desktops: 'pool', container: 'container', app: 'app', job: 'job' };

/** A display name to start from, per kernel family. */
export const DISTRIBUTIONS: Readonly<Record<string, readonly string[]>> = {
  linux: ['Ubuntu 24.04', 'Debian 12', 'Rocky Linux 9', 'Alpine 3.20', 'Fedora 40'],
  windows: ['Windows Server 2022', 'Windows 11', 'Nano Server'],
  bsd: ['FreeBSD 14', 'OpenBSD 7.5'],
  macos: ['macOS 15'],
  solaris: ['Solaris 11', 'OmniOS'],
};

/** A block snippet: its body in snippet syntax and a line that says what it writes. */
export interface BlockSnippet {
  readonly body: string;
  readonly detail: string;
}

/** The block snippet for a layer at this place, if it has one. */
export function layerSnippet(kind: LayerKind, place: Place, l10n: Localizer): BlockSnippet | undefined {
  const name = (k: LayerKind): string => freshName(place.names, BASE_NAMES[k] ?? k);
  const carrier = place.carrier ?? place.layer;
  let body: string;
  let detail: string;
  switch (kind) {
    case 'hardware':
      body = `hardware \${1:${name('hardware')}} {\n\tcpu \${2:16} cores\n\tmemory \${3:64} GiB\n\t$0\n}`;
      detail = l10n.t('snippet.hardware');
      break;
    case 'hypervisor': {
      const role = hypervisorRole(carrier);
      const products = hypervisorsFor(carrier).map((p) => p.id);
      if (products.length === 0) return undefined;
      body = `hypervisor \${1|${products.join(',')}|} {\n\tvm \${2:${name('vm')}} {\n\t\tvcpu \${3:2}\n\t\tmemory \${4:4} GiB\n\t\tos \${5|linux,windows,bsd|} "\${6:Ubuntu 24.04}"\n\t\t$0\n\t}\n}`;
      detail = l10n.t(role === 'type2' ? 'snippet.hypervisorType2' : 'snippet.hypervisorType1');
      break;
    }
    case 'os': {
      if (carrier?.kind === 'container' || place.where === 'container') {
        const kernel = containerKernel(place.layer) ?? 'linux';
        body = `os ${kernel} "\${1:${DISTRIBUTIONS[kernel]?.[kernel === 'linux' ? 3 : 0] ?? 'Image'}}"`;
        detail = l10n.t('snippet.osImage');
      } else if (place.where === 'vm' || place.where === 'desktops') {
        body = 'os ${1|linux,windows,bsd|} "${2:Ubuntu 24.04}"';
        detail = l10n.t('snippet.osGuest');
      } else {
        body = `os \${1|${KERNEL_FAMILIES.join(',')}|} "\${2:Ubuntu 24.04}" {\n\t$0\n}`;
        detail = l10n.t('snippet.osHost');
      }
      break;
    }
    case 'vm':
      body = `vm \${1:${name('vm')}} {\n\tvcpu \${2:2}\n\tmemory \${3:4} GiB\n\tos \${4|linux,windows,bsd|} "\${5:Ubuntu 24.04}"\n\t$0\n}`;
      detail = l10n.t('snippet.vm');
      break;
    case 'desktops':
      body = `desktops \${1:${name('desktops')}} {\n\tcount \${2:10}\n\tpersistent \${3|no,yes|}\n\tbroker \${4|${BROKERS.map((b) => b.id).join(',')}|}\n\tvcpu \${5:2}\n\tmemory \${6:4} GiB\n\tos windows "\${7:Windows 11}"\n\t$0\n}`;
      detail = l10n.t('snippet.desktops');
      break;
    case 'runtime': {
      const products = runtimesFor(carrier).map((p) => p.id);
      if (products.length === 0) return undefined;
      body = `runtime \${1|${products.join(',')}|} {\n\tcontainer \${2:${name('container')}} {\n\t\tcpu \${3:0.5}..\${4:2}\n\t\tmemory \${5:256} MiB..\${6:1} GiB\n\t\t$0\n\t}\n}`;
      detail = l10n.t('snippet.runtime');
      break;
    }
    case 'container':
      body = `container \${1:${name('container')}} {\n\tcpu \${2:0.5}..\${3:2}\n\tmemory \${4:256} MiB..\${5:1} GiB\n\t$0\n}`;
      detail = l10n.t('snippet.container');
      break;
    case 'middleware':
      body = `middleware \${1:nginx} {\n\tapp \${2:${name('app')}} { load \${3:constant 40%} }\n}`;
      detail = l10n.t('snippet.middleware');
      break;
    case 'app':
      body = `app \${1:${name('app')}} { load \${2|constant 40%,daily 20%..80% peak 14:00,spikes 10%..90% every 2 h for 5 m,random 20%..80% seed 7|} }`;
      detail = l10n.t('snippet.app');
      break;
    case 'job':
      body = `job \${1:${name('job')}} { work \${2:8} core-h; start \${3:01:00} }`;
      detail = l10n.t('snippet.job');
      break;
    default:
      return undefined;
  }
  return { body, detail };
}

/** The article's three ways to virtualize a server, each a whole stack to start a file from. */
export const STACK_KINDS = ['hostOs', 'hypervisor', 'container'] as const;
/** One of the three ways. */
export type StackKind = (typeof STACK_KINDS)[number];

/**
 * A whole stack of one kind, in snippet syntax, with its title and comments in the user's
 * language; every choice it offers checks clean (test/unit/snippets.test.ts). The machine's
 * name is free in the file.
 */
export function stackSnippet(kind: StackKind, names: ReadonlyMap<string, unknown>, l10n: Localizer): BlockSnippet {
  const t = (part: string): string => l10n.t(`snippet.stack.${kind}.${part}` as MessageId).replace(/[$}\\]/g, '\\$&');
  const machine = freshName(names, kind === 'hostOs' ? 'desktop' : kind === 'hypervisor' ? 'server' : 'node');
  const lines = [`stack "\${1:${t('title')}}"`, '', `hardware \${2:${machine}} {`];
  switch (kind) {
    case 'hostOs':
      lines.push(
        '\tcpu ${3:8} cores', '\tmemory ${4:32} GiB', `\treserve \${5:8} GiB\t# ${t('reserve')}`,
        `\tos \${6|windows,linux|} "\${7:Windows 11}"\t# ${t('os')}`,
        `\thypervisor \${8|virtualbox,vmware-workstation,qemu|} {\t# ${t('hypervisor')}`,
        '\t\tvm ${9:guest} {', '\t\t\tvcpu ${10:2}', '\t\t\tmemory ${11:4} GiB', `\t\t\tos \${12|linux,windows,bsd|} "\${13:Ubuntu 24.04}"\t# ${t('guest')}`,
        '\t\t\tmiddleware ${14:nginx} {', '\t\t\t\tapp ${15:site} { load ${16:constant 30%} }', '\t\t\t}', '\t\t}', '\t}',
      );
      break;
    case 'hypervisor':
      lines.push(
        '\tcpu ${3:32} cores', '\tmemory ${4:256} GiB', `\treserve \${5:8} GiB\t# ${t('reserve')}`,
        `\thypervisor \${6|kvm,esxi,hyper-v,xen,proxmox|} {\t# ${t('hypervisor')}`,
        '\t\tvm ${7:web} {', '\t\t\tvcpu ${8:4}', '\t\t\tmemory ${9:16} GiB', '\t\t\tos ${10|linux,windows,bsd|} "${11:Ubuntu 24.04}"',
        '\t\t\tmiddleware ${12:nginx} {', '\t\t\t\tapp ${13:storefront} { load ${14:daily 20%..90% peak 14:00} }', '\t\t\t}', '\t\t}', '\t}',
      );
      break;
    case 'container':
      lines.push(
        '\tcpu ${3:16} cores', '\tmemory ${4:64} GiB', `\tos linux "\${5:Ubuntu 24.04}"\t# ${t('os')}`,
        '\truntime ${6|docker,containerd,podman,cri-o|} {', '\t\tcontainer ${7:web} {', '\t\t\timage "${8:nginx:1.27}"',
        `\t\t\tcpu \${9:0.5..2}\t# ${t('range')}`, '\t\t\tmemory ${10:256 MiB..1 GiB}', `\t\t\tos linux "\${11:Alpine 3.20}"\t# ${t('image')}`,
        '\t\t\tmiddleware ${12:nginx} {', '\t\t\t\tapp ${13:site} { load ${14:constant 30%} }', '\t\t\t}', '\t\t}', '\t}',
      );
      break;
  }
  lines.push('}', '$0');
  return { body: lines.join('\n'), detail: l10n.t(`snippet.stack.${kind}.detail`) };
}
