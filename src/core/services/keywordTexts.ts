// What each keyword means, for completion documentation and keyword hovers: one sentence and
// an example, in both UI languages. Properties whose meaning depends on the layer (`cpu`,
// `memory`, `boot`) have one entry per meaning, keyed `keyword@kind`.
import type { LayerKind } from '../model/types';
import type { Bilingual } from '../taxonomy/product';
import type { Locale } from './texts';

/** A keyword's explanation and a line that shows it in use. */
export interface KeywordDoc {
  readonly text: Bilingual;
  readonly example: string;
}

const d = (example: string, en: string, ko: string): KeywordDoc => ({ example, text: { en, ko } });

const DOCS: Readonly<Record<string, KeywordDoc>> = {
  stack: d('stack "Web tier"', 'The title of the stack, shown on the diagram.', '다이어그램에 표시할 스택 제목입니다.'),
  simulate: d('simulate { duration 24 h }', 'Settings of the resource simulation: duration, step, seed, overcommit ratios and boot times.', '리소스 시뮬레이션 설정입니다: 기간, 간격, 시드, 오버커밋 비율, 부팅 시간.'),
  hardware: d('hardware node1 { cpu 32 cores; memory 256 GiB }', 'A physical machine, the bottom of every stack. It holds a type-1 hypervisor or one host OS.', '물리 머신으로, 모든 스택의 맨 아래입니다. 유형 1 하이퍼바이저나 호스트 OS 하나를 올립니다.'),
  hypervisor: d('hypervisor kvm { vm web { … } }', 'A hypervisor that runs VMs. Type 1 sits on the hardware; type 2 is a program of a host OS.', '가상 머신을 실행하는 하이퍼바이저입니다. 유형 1은 하드웨어 위에, 유형 2는 호스트 OS의 프로그램으로 놓입니다.'),
  os: d('os linux "Ubuntu 24.04"', 'An operating system by kernel family: a host OS on hardware, a guest OS in a VM, or the user space of a container image. Without a block, the rest of the machine runs on it.', '커널 계열로 적는 운영체제입니다. 하드웨어 위면 호스트 OS, 가상 머신 안이면 게스트 OS, 컨테이너 안이면 이미지의 사용자 공간입니다. 블록 없이 쓰면 머신의 나머지가 그 위에서 실행됩니다.'),
  vm: d('vm web { vcpu 4; memory 16 GiB; os linux "Debian 12" }', 'A virtual machine on a hypervisor, with its own vCPUs, memory and guest OS.', '하이퍼바이저 위의 가상 머신으로, 자체 vCPU와 메모리, 게스트 OS를 가집니다.'),
  runtime: d('runtime docker { container api { … } }', 'A container runtime, a program of an OS whose kernel its containers share.', '컨테이너 런타임으로, OS의 프로그램이며 컨테이너들이 그 OS의 커널을 공유합니다.'),
  container: d('container api { cpu 0.5..2; memory 256 MiB..1 GiB }', 'A container on a runtime: it brings only user space and shares the host kernel.', '런타임 위의 컨테이너로, 사용자 공간만 가져오고 호스트 커널을 공유합니다.'),
  middleware: d('middleware nginx { app shop }', 'Middleware on an OS or in a container: a web server, an application runtime, a database.', 'OS 위나 컨테이너 안의 미들웨어입니다: 웹 서버, 애플리케이션 런타임, 데이터베이스 등.'),
  app: d('app shop { load daily 20%..90% peak 14:00 }', 'An application, with its CPU demand over time.', '애플리케이션으로, 시간에 따른 CPU 부하를 적을 수 있습니다.'),
  job: d('job backup { work 2 core-h; start 02:00 }', 'A batch job: a fixed amount of CPU work that starts at a given time.', '배치 작업으로, 정해진 시각에 시작하는 일정량의 CPU 작업입니다.'),

  'cpu@hardware': d('cpu 32 cores', 'Physical CPU cores of the machine.', '머신의 물리 CPU 코어 수입니다.'),
  'cpu@container': d('cpu 0.5..2', 'CPU request..limit in cores (the CFS quota).', 'CPU 요청..제한을 코어 단위로 적습니다(CFS 쿼터).'),
  'cpu@app': d('cpu 2 cores', 'Cores busy at 100 % load (default: all the CPU of what it runs in).', '부하 100 %일 때 사용하는 코어 수입니다(기본값: 실행 환경의 CPU 전체).'),
  'cpu@job': d('cpu 4', 'How many cores the job keeps busy while it runs.', '작업이 실행되는 동안 사용하는 코어 수입니다.'),
  vcpu: d('vcpu 4', 'Virtual CPUs of the VM.', '가상 머신의 가상 CPU 수입니다.'),
  'memory@hardware': d('memory 256 GiB', 'Installed memory.', '설치된 메모리입니다.'),
  'memory@vm': d('memory 16 GiB', 'Memory assigned to the VM.', '가상 머신에 할당한 메모리입니다.'),
  'memory@container': d('memory 256 MiB..1 GiB', 'Memory request..limit; above the limit the container is killed (OOM).', '메모리 요청..제한입니다. 제한을 넘으면 컨테이너가 종료됩니다(OOM).'),
  'memory@app': d('memory 1 GiB..4 GiB', 'Working set; a range follows the load.', '작업 집합 크기입니다. 범위로 쓰면 부하에 따라 변합니다.'),
  disk: d('disk 4 TiB', 'Storage.', '스토리지 용량입니다.'),
  network: d('network 10 Gbps', 'Network bandwidth.', '네트워크 대역폭입니다.'),
  reserve: d('reserve 8 GiB', 'Memory the host keeps for itself and never hands to guests.', '호스트가 자신을 위해 남겨 두고 게스트에게 주지 않는 메모리입니다.'),
  power: d('power idle 50 W peak 200 W', 'Power draw at idle and at full load (or `curve` and 11 values for 0 %…100 %).', '유휴 시와 최대 부하 시의 소비 전력입니다(또는 `curve`와 0 %…100 %에 대한 값 11개).'),
  type: d('type 1', 'Hypervisor type: 1 (bare metal) or 2 (hosted); inferred from the catalogue when omitted.', '하이퍼바이저 유형: 1(베어메탈) 또는 2(호스티드). 생략하면 카탈로그에서 정합니다.'),
  image: d('image "nginx:1.27"', 'Container image reference.', '컨테이너 이미지 참조입니다.'),
  tenant: d('tenant acme', 'Who owns the workload; isolation checks compare tenants.', '워크로드의 소유자입니다. 격리 검사에서 테넌트를 비교합니다.'),
  'boot@machine': d('boot 30 s', 'Start-up time, overriding the default of its kind.', '시작에 걸리는 시간으로, 종류별 기본값을 덮어씁니다.'),
  load: d('load daily 20%..90% peak 14:00', 'CPU demand over time: constant, daily, spikes or random.', '시간에 따른 CPU 부하입니다: constant, daily, spikes, random.'),
  work: d('work 8 core-h', 'The fixed amount of CPU work of the job.', '작업의 고정된 CPU 작업량입니다.'),
  start: d('start 01:30', 'When the job starts: a time of day, or a duration after the simulation starts.', '작업 시작 시점입니다: 시각, 또는 시뮬레이션 시작 후 경과 시간.'),
  depends: d('depends db, cache', 'Names that must be running before this one starts.', '이것보다 먼저 실행 중이어야 하는 대상의 이름입니다.'),

  duration: d('duration 24 h', 'How long the simulation runs (default 24 h).', '시뮬레이션 기간입니다(기본 24 h).'),
  step: d('step 1 m', 'Time between simulated samples (default 1 m).', '시뮬레이션 표본 간격입니다(기본 1 m).'),
  seed: d('seed 1', 'Seed of the random load profiles, so every run is the same.', '무작위 부하 프로필의 시드로, 실행할 때마다 같은 결과가 나옵니다.'),
  overcommit: d('overcommit cpu 4.0 memory 1.0', 'Overcommit ratios: vCPUs per core and memory per installed memory (defaults 4.0 and 1.0).', '오버커밋 비율입니다: 코어당 vCPU, 설치 메모리 대비 할당 메모리(기본 4.0과 1.0).'),
  'boot@simulate': d('boot vm 45 s', 'Default start-up time of a kind: vm, container, microvm or host.', '종류별 기본 시작 시간입니다: vm, container, microvm, host.'),
};

/** The explanation of a keyword where it is written (`cpu` in a container is a request..limit). */
export function keywordDoc(keyword: string, where: LayerKind | 'simulate' | undefined): KeywordDoc | undefined {
  if (keyword === 'cpu') return DOCS[`cpu@${where === 'container' || where === 'app' || where === 'job' ? where : 'hardware'}`];
  if (keyword === 'memory') return DOCS[`memory@${where === 'vm' || where === 'container' ? where : where === 'app' || where === 'job' ? 'app' : 'hardware'}`];
  if (keyword === 'boot') return DOCS[where === 'simulate' ? 'boot@simulate' : 'boot@machine'];
  return Object.prototype.hasOwnProperty.call(DOCS, keyword) ? DOCS[keyword] : undefined;
}

/** Markdown for a keyword: its sentence and its example. */
export function keywordMarkdown(locale: Locale, doc: KeywordDoc): string {
  return `${doc.text[locale]}\n\n\`\`\`virt\n${doc.example}\n\`\`\``;
}

/** Every documented key, for the test that keeps both languages complete. */
export const KEYWORD_DOC_KEYS: readonly string[] = Object.keys(DOCS);

/** A documented entry by its key. */
export function keywordDocByKey(key: string): KeywordDoc {
  return DOCS[key];
}
