// Words the editor services share in both UI languages: the names of layers, kernels and
// kinds of virtualization. Each service keeps its own sentences in its own table; this one
// holds the vocabulary they all use, so a term is translated once and reads the same everywhere.
import type { LayerKind } from '../model/types';
import type { KernelFamily, VirtualizationKind } from '../taxonomy/kinds';
import type { Bilingual } from '../taxonomy/product';

/** The UI languages the services write in; the extension derives it from `vscode.env.language`. */
export type Locale = 'en' | 'ko';

/** The locale for a VS Code display language such as `ko`, `ko-KR` or `en-US`. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

/** One entry of a table in the caller's language, `{0}`, `{1}` … filled with the arguments. */
export function say(locale: Locale, text: Bilingual, ...args: readonly (string | number)[]): string {
  return text[locale].replace(/\{(\d+)\}/g, (m, i: string) => (args[Number(i)] === undefined ? m : String(args[Number(i)])));
}

const b = (en: string, ko: string): Bilingual => ({ en, ko });

/** What each kind of layer is called in prose. */
export const LAYER_NAMES: Readonly<Record<LayerKind, Bilingual>> = {
  hardware: b('hardware', '하드웨어'),
  hypervisor: b('hypervisor', '하이퍼바이저'),
  os: b('OS', 'OS'),
  vm: b('VM', '가상 머신'),
  runtime: b('container runtime', '컨테이너 런타임'),
  container: b('container', '컨테이너'),
  middleware: b('middleware', '미들웨어'),
  app: b('app', '애플리케이션'),
  job: b('job', '배치 작업'),
};

/** The three roles an `os` line can play, decided by what it sits on. */
export const OS_ROLES = {
  host: b('host OS', '호스트 OS'),
  guest: b('guest OS', '게스트 OS'),
  image: b("container image's user space", '컨테이너 이미지의 사용자 공간'),
} as const satisfies Record<string, Bilingual>;

/** Display names of the kernel families. */
export const KERNEL_NAMES: Readonly<Record<KernelFamily, string>> = {
  linux: 'Linux', windows: 'Windows', bsd: 'BSD', macos: 'macOS', solaris: 'Solaris',
};

/** The kinds of virtualization, named and explained in a sentence or two (the article's three, and none). */
export const VIRTUALIZATION: Readonly<Record<VirtualizationKind, { readonly name: Bilingual; readonly explain: Bilingual }>> = {
  hypervisor: {
    name: b('hypervisor virtualization', '하이퍼바이저 가상화'),
    explain: b(
      'A type-1 (bare-metal) hypervisor owns the hardware and divides it into VMs, each with its own guest OS. No host OS sits in between, so there is little overhead, but the machine is run from a console or management tools.',
      '유형 1(베어메탈) 하이퍼바이저가 하드웨어를 직접 차지하고 이를 여러 가상 머신으로 나눕니다. 가상 머신마다 자체 게스트 OS가 돌아갑니다. 중간에 호스트 OS가 없어 오버헤드가 적지만, 관리는 별도 콘솔이나 관리 도구로 해야 합니다.',
    ),
  },
  'host-os': {
    name: b('host-OS virtualization', '호스트 OS 가상화'),
    explain: b(
      'A type-2 (hosted) hypervisor runs as a program on a host OS, and guest OSes run in VMs above it. It is easy to set up on an ordinary machine, but every guest carries a whole OS on top of the host, which costs size and upkeep.',
      '유형 2(호스티드) 하이퍼바이저가 호스트 OS 위에서 프로그램으로 실행되고, 그 위의 가상 머신에서 게스트 OS가 돌아갑니다. 평범한 PC에서도 쉽게 구성할 수 있지만, 게스트마다 OS 전체를 올려야 해서 용량과 유지보수 부담이 큽니다.',
    ),
  },
  container: {
    name: b('container virtualization', '컨테이너 가상화'),
    explain: b(
      "A container runtime on an OS runs containers that all share that OS's kernel; an image brings only user space (libraries and files). Containers are small and start fast, but they are less isolated than VMs and cannot bring another kernel.",
      '컨테이너 런타임이 OS 위에서 컨테이너를 실행하며, 모든 컨테이너가 그 OS의 커널을 공유합니다. 이미지에는 커널을 뺀 사용자 공간(라이브러리와 파일)만 들어 있습니다. 가볍고 빨리 뜨지만 가상 머신보다 격리가 약하고 다른 커널을 쓸 수 없습니다.',
    ),
  },
  'bare-metal': {
    name: b('no virtualization', '가상화 없음'),
    explain: b(
      'This runs straight on the host OS of the physical machine, with no hypervisor or container runtime in between.',
      '하이퍼바이저나 컨테이너 런타임 없이 물리 머신의 호스트 OS 위에서 바로 실행됩니다.',
    ),
  },
};

/** Hypervisor types in a few words. */
export const HYPERVISOR_TYPES = {
  1: b('type 1 (bare metal)', '유형 1 (베어메탈)'),
  2: b('type 2 (hosted)', '유형 2 (호스티드)'),
} as const satisfies Record<1 | 2, Bilingual>;

/** How strongly a runtime separates its containers from the host kernel. */
export const ISOLATION = {
  shared: b("containers share the host's kernel", '컨테이너가 호스트 커널을 공유'),
  microvm: b('each container gets its own Linux kernel in a light VM', '컨테이너마다 경량 가상 머신 안에 자체 Linux 커널'),
  userspace: b("a user-space kernel answers the containers' system calls", '사용자 공간 커널이 컨테이너의 시스템 콜을 대신 처리'),
} as const satisfies Record<'shared' | 'microvm' | 'userspace', Bilingual>;

/** Joins words as a list in the locale ("a, b or c" / "a, b 또는 c"). */
export function orList(locale: Locale, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')}${locale === 'ko' ? ' 또는 ' : ' or '}${last}`;
}
