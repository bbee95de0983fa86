// Completion details and snippet descriptions in both UI languages.
import type { Dimension } from '../units';
import type { Bilingual } from '../taxonomy/product';

const b = (en: string, ko: string): Bilingual => ({ en, ko });

/** Short details shown beside completion items. */
export const COMPLETION = {
  hypervisorType1: b('type-1 hypervisor: runs on the hardware', '유형 1 하이퍼바이저: 하드웨어 위에서 실행'),
  hypervisorNested: b('type-1 hypervisor nested in this VM', '이 가상 머신 안의 유형 1 하이퍼바이저(중첩)'),
  hypervisorType2: b('type-2 hypervisor: a program of this OS', '유형 2 하이퍼바이저: 이 OS의 프로그램'),
  hostOs: b('host OS: owns the hardware', '호스트 OS: 하드웨어를 차지'),
  guestOs: b('guest OS of this VM', '이 가상 머신의 게스트 OS'),
  imageOs: b("user space of the container's image", '컨테이너 이미지의 사용자 공간'),
  productType1: b('{0} · type 1 (bare metal)', '{0} · 유형 1 (베어메탈)'),
  productType2: b('{0} · type 2 (hosted) · host: {1}', '{0} · 유형 2 (호스티드) · 호스트: {1}'),
  productRuntime: b('{0} · host: {1} · {2}', '{0} · 호스트: {1} · {2}'),
  productMiddleware: b('{0} · middleware', '{0} · 미들웨어'),
  anyKernel: b('any kernel', '모든 커널'),
  kernelFamily: b('kernel family', '커널 계열'),
  kernelOfHost: b("the host's kernel, which the container shares", '컨테이너가 공유하는 호스트 커널'),
  alias: b('give it a name of its own', '별도의 이름 붙이기'),
  reference: b('{0} on {1}', '{1}의 {0}'),
  tenantSeen: b('tenant used in this file', '이 파일에서 쓰는 테넌트'),
  type1: b('bare metal: runs directly on the hardware', '베어메탈: 하드웨어 위에서 직접 실행'),
  type2: b('hosted: runs as a program of a host OS', '호스티드: 호스트 OS의 프로그램으로 실행'),
  loadConstant: b('the same share all the time', '항상 같은 비율'),
  loadDaily: b('a daily curve between two levels, highest at the peak hour', '두 수준 사이의 하루 곡선, 피크 시각에 최고'),
  loadSpikes: b('a base level with regular bursts', '기본 수준에 주기적인 급증'),
  loadRandom: b('a seeded random walk between two levels', '두 수준 사이의 시드 기반 무작위 변화'),
  optionPeak: b('hour of the highest load', '부하가 가장 높은 시각'),
  optionEvery: b('time between bursts', '급증 사이의 간격'),
  optionFor: b('length of each burst', '급증 한 번의 길이'),
  optionSeed: b('seed of the random walk', '무작위 변화의 시드'),
  powerLinear: b('idle and peak power', '유휴 전력과 최대 전력'),
  powerCurve: b('eleven powers for 0 %, 10 %, … 100 % load', '부하 0 %, 10 %, … 100 %에 대한 전력 11개'),
  bootKind: b('default start-up time of this kind', '이 종류의 기본 시작 시간'),
  overcommitCpu: b('vCPUs per physical core', '물리 코어당 vCPU'),
  overcommitMemory: b('assigned per installed memory', '설치 메모리 대비 할당 메모리'),
  property: b('property', '속성'),
  setting: b('simulation setting', '시뮬레이션 설정'),
  topLevel: b('top-level statement', '최상위 문장'),
} as const satisfies Record<string, Bilingual>;

/** Descriptions of the block snippets, by the layer they write. */
export const SNIPPETS = {
  hardware: b('hardware with CPU and memory', 'CPU와 메모리를 갖춘 하드웨어'),
  hypervisorType1: b('type-1 hypervisor with a VM', '가상 머신을 하나 둔 유형 1 하이퍼바이저'),
  hypervisorType2: b('type-2 hypervisor with a VM', '가상 머신을 하나 둔 유형 2 하이퍼바이저'),
  osHost: b('host OS with a block for what runs on it', '위에서 실행될 것을 담는 블록을 가진 호스트 OS'),
  osGuest: b('guest OS line: the rest of the VM runs on it', '게스트 OS 줄: 가상 머신의 나머지가 그 위에서 실행'),
  osImage: b("the image's user space, on the host's kernel", '호스트 커널 위의 이미지 사용자 공간'),
  vm: b('VM with vCPUs, memory and a guest OS', 'vCPU, 메모리, 게스트 OS를 갖춘 가상 머신'),
  runtime: b('container runtime with a container', '컨테이너를 하나 둔 컨테이너 런타임'),
  container: b('container with CPU and memory request..limit', 'CPU와 메모리 요청..제한을 갖춘 컨테이너'),
  middleware: b('middleware with an app on it', '애플리케이션을 올린 미들웨어'),
  app: b('app with a load profile', '부하 프로필을 가진 애플리케이션'),
  job: b('batch job with its work and start time', '작업량과 시작 시각을 가진 배치 작업'),
  simulate: b('simulation settings', '시뮬레이션 설정'),
} as const satisfies Record<string, Bilingual>;

/** Dimensions as units are described. */
export const DIMENSIONS: Readonly<Record<Dimension, Bilingual>> = {
  cores: b('CPU cores', 'CPU 코어'),
  size: b('size', '크기'),
  rate: b('bit rate', '비트 전송률'),
  duration: b('duration', '시간'),
  share: b('share of the CPU', 'CPU 비율'),
  power: b('power', '전력'),
  work: b('CPU work', 'CPU 작업량'),
};
