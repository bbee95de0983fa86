// The rule behind each diagnostic code, as the hover explains it: what the check demands,
// not the particular finding (the diagnostic's own message says that). Mirrors the table of
// checks in docs/language.md; a unit test keeps every code of the message table covered.
import type { Bilingual } from '../taxonomy/product';

const b = (en: string, ko: string): Bilingual => ({ en, ko });

/** Every rule by its code. */
export const RULES: Readonly<Record<string, Bilingual>> = {
  VS001: b('Every character must start a keyword, name, number, string or punctuation; a run of unreadable characters is one finding.', '모든 문자는 키워드, 이름, 숫자, 문자열, 구두점 중 하나를 시작해야 합니다. 읽을 수 없는 문자가 이어지면 하나의 문제로 보고합니다.'),
  VS002: b('A string opens and closes with `"` on the same line.', '문자열은 같은 줄에서 `"`로 열고 닫아야 합니다.'),
  VS003: b('A statement starts with a keyword.', '문장은 키워드로 시작해야 합니다.'),
  VS004: b('Every `{` needs a matching `}`.', '모든 `{`에는 짝이 되는 `}`가 있어야 합니다.'),
  VS005: b('A `}` closes an open block; there must be one to close.', '`}`는 열린 블록을 닫습니다. 닫을 블록이 있어야 합니다.'),
  VS006: b('Blocks nest at most 64 levels deep; deeper content is not checked.', '블록은 최대 64단계까지 중첩할 수 있으며, 그보다 깊은 내용은 검사하지 않습니다.'),
  VS007: b('Numbers must be finite (`1e999` is not).', '숫자는 유한한 값이어야 합니다(`1e999`는 안 됩니다).'),
  VS008: b('A range `low..high` needs its upper bound.', '범위 `low..high`에는 상한이 있어야 합니다.'),
  VS009: b('A block opens on the same line as its statement.', '블록은 해당 문장과 같은 줄에서 열어야 합니다.'),
  VS010: b('Each token must stand where the grammar allows it.', '각 토큰은 문법이 허용하는 위치에만 올 수 있습니다.'),
  VS011: b('After 200 reading errors the rest are not reported; the file is probably not a .virt file.', '읽기 오류가 200개를 넘으면 나머지는 보고하지 않습니다. .virt 파일이 아닐 가능성이 큽니다.'),

  VS100: b('Only the keywords of the language may start a statement.', '언어에 정의된 키워드만 문장을 시작할 수 있습니다.'),
  VS101: b('A property may be written only in the layers it applies to (`vcpu` in a VM, not in hardware).', '속성은 적용되는 레이어에만 쓸 수 있습니다(`vcpu`는 하드웨어가 아니라 가상 머신에).'),
  VS102: b('A property needs a value of its form (`network 10 Gbps`, not `network fast`).', '속성에는 형식에 맞는 값이 필요합니다(`network fast`가 아니라 `network 10 Gbps`).'),
  VS103: b('A quantity needs a unit of the right dimension: a size for memory, a bit rate for network, and so on.', '수량에는 알맞은 차원의 단위가 필요합니다. 메모리에는 크기, 네트워크에는 비트 전송률 등입니다.'),
  VS104: b('Values stay in range: sizes above zero, whole cores where cores are whole, shares at most 100 %.', '값은 허용 범위 안에 있어야 합니다. 크기는 0보다 크고, 정수 코어가 필요한 곳은 정수, 비율은 100 % 이하입니다.'),
  VS105: b('A property is set once per block; when it is set twice, the last one counts.', '속성은 블록마다 한 번만 설정합니다. 두 번 쓰면 마지막 값이 적용됩니다.'),
  VS106: b('A range is written low..high.', '범위는 low..high 순서로 씁니다.'),
  VS107: b('A statement takes only the arguments it defines.', '문장은 정해진 인자만 받습니다.'),
  VS108: b('Only `stack`, `simulate` and `hardware` stand at the top level; every stack starts with hardware.', '최상위에는 `stack`, `simulate`, `hardware`만 올 수 있습니다. 모든 스택은 하드웨어에서 시작합니다.'),
  VS109: b('A layer names itself or its product right after the keyword.', '레이어는 키워드 바로 뒤에 이름이나 제품을 적어야 합니다.'),
  VS110: b('A batch job states its amount of CPU work (`work 8 core-h`).', '배치 작업은 CPU 작업량을 적어야 합니다(`work 8 core-h`).'),
  VS111: b('`stack` and `simulate` are top-level statements.', '`stack`과 `simulate`는 최상위 문장입니다.'),
  VS112: b('A time of day lies between 00:00 and 23:59.', '시각은 00:00부터 23:59 사이여야 합니다.'),
  VS113: b('A load profile takes only its own options (`peak`, `every`, `for`, `seed`).', '부하 프로필은 자기 옵션(`peak`, `every`, `for`, `seed`)만 받습니다.'),
  VS114: b('Only layers and `simulate` open a block.', '블록은 레이어와 `simulate`만 열 수 있습니다.'),

  VS200: b('A type-1 (bare-metal) hypervisor runs directly on the hardware, or nested in a VM; never on an OS or in a container.', '유형 1(베어메탈) 하이퍼바이저는 하드웨어 위에서 직접 실행되며, 중첩 가상화라면 가상 머신 안에서 실행됩니다. OS나 컨테이너 위에서는 실행되지 않습니다.'),
  VS201: b('A type-2 (hosted) hypervisor is a program of a host OS: it needs an `os` under it.', '유형 2(호스티드) 하이퍼바이저는 호스트 OS의 프로그램이므로 그 아래에 `os`가 있어야 합니다.'),
  VS202: b('An OS runs on hardware (host OS), in a VM (guest OS) or as a container image (user space only).', 'OS는 하드웨어 위(호스트 OS), 가상 머신 안(게스트 OS), 또는 컨테이너 이미지(사용자 공간만)로만 존재합니다.'),
  VS203: b('A VM runs on a hypervisor.', '가상 머신은 하이퍼바이저 위에서 실행됩니다.'),
  VS204: b('A container runs on a container runtime.', '컨테이너는 컨테이너 런타임 위에서 실행됩니다.'),
  VS205: b('A container runtime is a program of an OS and uses its kernel.', '컨테이너 런타임은 OS의 프로그램이며 그 커널을 사용합니다.'),
  VS206: b("A container shares its host's kernel, so its image must be of the same kernel family (Linux for Kata and gVisor).", '컨테이너는 호스트의 커널을 공유하므로 이미지도 같은 커널 계열이어야 합니다(Kata와 gVisor는 Linux).'),
  VS207: b('Middleware, apps and jobs need an operating system under them.', '미들웨어, 애플리케이션, 배치 작업은 그 아래에 운영체제가 있어야 합니다.'),
  VS208: b("A declared hypervisor type must agree with the catalogue's.", '선언한 하이퍼바이저 유형은 카탈로그의 유형과 같아야 합니다.'),
  VS209: b('Products are looked up in the catalogue, which decides where they may sit; an unknown one needs its type declared.', '제품은 카탈로그에서 찾으며, 카탈로그가 놓일 위치를 정합니다. 카탈로그에 없는 제품은 유형을 선언해야 합니다.'),
  VS210: b('A hypervisor inside a VM is nested virtualization: it needs virtualization extensions passed through, and each layer adds overhead.', '가상 머신 안의 하이퍼바이저는 중첩 가상화입니다. 가상화 확장 기능이 전달되어야 하고, 층마다 오버헤드가 더해집니다.'),
  VS211: b("Containers of different tenants on one kernel are not strongly isolated: a kernel exploit reaches them all.", '서로 다른 테넌트의 컨테이너가 커널 하나를 공유하면 격리가 약합니다. 커널 취약점 하나로 모두가 위험해집니다.'),
  VS212: b('Bare hardware has one owner: a type-1 hypervisor or a host OS, not both.', '하드웨어의 주인은 하나입니다. 유형 1 하이퍼바이저이거나 호스트 OS이며, 둘 다일 수는 없습니다.'),
  VS213: b('A machine runs one OS directly; another OS belongs in a VM.', '한 머신에서 직접 실행되는 OS는 하나입니다. 다른 OS는 가상 머신에 넣어야 합니다.'),
  VS214: b('Each layer sits only on the layers that can carry it (an app on an OS, never on a runtime).', '각 레이어는 자신을 실을 수 있는 레이어 위에만 놓입니다(애플리케이션은 OS 위에, 런타임 위에는 안 됩니다).'),
  VS215: b('An OS names its kernel family: linux, windows, bsd, macos or solaris.', 'OS에는 커널 계열을 적습니다: linux, windows, bsd, macos, solaris.'),
  VS216: b('Some products need a particular host kernel (Parallels needs macOS, Firecracker needs Linux).', '어떤 제품은 특정 호스트 커널이 필요합니다(Parallels는 macOS, Firecracker는 Linux).'),
  VS217: b('Each layer keyword takes a product of its own role (`hypervisor kvm`, `runtime docker`).', '레이어 키워드에는 그 역할의 제품만 씁니다(`hypervisor kvm`, `runtime docker`).'),

  VS300: b('Names of hardware, VMs, containers, apps and jobs are unique in a file.', '하드웨어, 가상 머신, 컨테이너, 애플리케이션, 배치 작업의 이름은 파일 안에서 유일해야 합니다.'),
  VS301: b('`depends` refers to names declared in the file.', '`depends`는 파일에 선언된 이름만 참조합니다.'),
  VS302: b('Start-up dependencies form no cycle; something must be able to start first.', '시작 순서 의존성에 순환이 없어야 합니다. 무언가는 먼저 시작할 수 있어야 합니다.'),
  VS303: b('Nothing depends on itself.', '자기 자신에게 의존할 수 없습니다.'),

  VS400: b('A VM or container asks for no more CPU or memory than its machine has.', '가상 머신이나 컨테이너는 자신이 놓인 머신보다 많은 CPU나 메모리를 요구할 수 없습니다.'),
  VS401: b("The vCPUs on a machine stay within its cores times the CPU overcommit ratio (4.0 unless set).", '한 머신의 vCPU 합계는 코어 수 × CPU 오버커밋 비율(기본 4.0) 이내여야 합니다.'),
  VS402: b('Memory handed out (VM memory plus container requests) stays within installed memory minus the reserve, times the memory ratio (1.0 unless set).', '할당한 메모리(가상 머신 메모리와 컨테이너 요청의 합)는 (설치 메모리 − 예약분) × 메모리 비율(기본 1.0) 이내여야 합니다.'),
  VS403: b('Hardware declares `cpu` and `memory`, or capacity checks on it are skipped.', '하드웨어에 `cpu`와 `memory`를 적지 않으면 용량 검사를 건너뜁니다.'),
};
