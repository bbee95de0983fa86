// Phrases that messages are built from: kinds of layer, units, hints. Diagnostics carry them
// as references, not English text, so each can be shown in the user's language.

/** English and Korean text of one phrase; `{0}` … are its arguments. */
export interface PhraseText {
  readonly en: string;
  readonly ko: string;
}

const p = (en: string, ko: string): PhraseText => ({ en, ko });

/** Every phrase by id. */
export const PHRASES = {
  // What a token is, in "found …" messages.
  'token.name': p('a name', '이름'),
  'token.string': p('the string "{0}"', '문자열 "{0}"'),
  'token.number': p('a number', '숫자'),
  'token.time': p('a time of day', '시각'),
  'token.percent': p("'%'", "'%'"),
  'token.dotdot': p("'..'", "'..'"),
  'token.lbrace': p("'{'", "'{'"),
  'token.rbrace': p("'}'", "'}'"),
  'token.semi': p("';'", "';'"),
  'token.comma': p("','", "','"),
  'token.newline': p('the end of the line', '줄 끝'),
  'token.invalid': p('an invalid character', '잘못된 문자'),
  'token.eof': p('the end of the file', '파일 끝'),

  // Layers in running text: "on {layer}".
  'kind.hardware': p('hardware', '하드웨어'),
  'kind.hypervisor': p('a hypervisor', '하이퍼바이저'),
  'kind.os': p('an OS', 'OS'),
  'kind.vm': p('a VM', '가상 머신'),
  'kind.runtime': p('a runtime', '컨테이너 런타임'),
  'kind.container': p('a container', '컨테이너'),
  'kind.middleware': p('middleware', '미들웨어'),
  'kind.app': p('an app', '애플리케이션'),
  'kind.job': p('a job', '배치 작업'),

  // A kind of named layer after "the": "the app declared on line 2".
  'noun.hardware': p('hardware', '하드웨어'),
  'noun.vm': p('VM', '가상 머신'),
  'noun.container': p('container', '컨테이너'),
  'noun.app': p('app', '애플리케이션'),
  'noun.job': p('job', '배치 작업'),

  // A particular layer: "hypervisor KVM", "VM 'web'".
  'layer.hardware': p("hardware '{0}'", "하드웨어 '{0}'"),
  'layer.hypervisor': p('hypervisor {0}', '하이퍼바이저 {0}'),
  'layer.runtime': p('runtime {0}', '컨테이너 런타임 {0}'),
  'layer.middleware': p('middleware {0}', '미들웨어 {0}'),
  'layer.hostOs': p('host OS {0}', '호스트 OS {0}'),
  'layer.guestOs': p('guest OS {0}', '게스트 OS {0}'),
  'layer.imageOs': p('container image OS {0}', '컨테이너 이미지 OS {0}'),
  'layer.vm': p("VM '{0}'", "가상 머신 '{0}'"),
  'layer.container': p("container '{0}'", "컨테이너 '{0}'"),
  'layer.app': p("app '{0}'", "애플리케이션 '{0}'"),
  'layer.job': p("job '{0}'", "배치 작업 '{0}'"),

  // Subjects at the start of a sentence.
  'subject.hardware': p('Hardware', '하드웨어'),
  'subject.vm': p('VM', '가상 머신'),
  'subject.container': p('Container', '컨테이너'),
  'subject.app': p('App', '애플리케이션'),
  'subject.job': p('Job', '배치 작업'),
  'subject.middleware': p('Middleware', '미들웨어'),

  // Roles of catalogue products.
  'role.hypervisor': p('hypervisor', '하이퍼바이저'),
  'role.runtime': p('container runtime', '컨테이너 런타임'),
  'role.middleware': p('middleware', '미들웨어'),

  // Hints appended to messages.
  'hint.didYouMean': p(" Did you mean '{0}'?", " '{0}'을(를) 뜻하셨나요?"),
  'hint.simulateSettings': p(' A simulate block sets: {0}.', ' simulate 블록에서 쓸 수 있는 설정: {0}.'),
  'hint.knownFamilies': p(' Known families: {0}.', ' 알려진 커널 계열: {0}.'),
  'hint.declareType': p(' Declare its type (`type 1` or `type 2`) so that it can be checked.', ' 검사할 수 있도록 유형을 선언하세요(`type 1` 또는 `type 2`).'),
  'hint.sharedRuntime': p(' It is treated as a runtime whose containers share the host kernel.', ' 컨테이너가 호스트 커널을 공유하는 런타임으로 간주합니다.'),
  'hint.hardwareBottom': p('Hardware is the bottom of every stack: declare it at the top level.', '하드웨어는 모든 스택의 맨 아래입니다. 최상위에 선언하세요.'),
  'hint.intoContainer': p('Put it inside a container on that runtime.', '그 런타임 위의 컨테이너 안에 넣으세요.'),
  'hint.intoVm': p('Put it inside a VM with a guest OS.', '게스트 OS가 있는 가상 머신 안에 넣으세요.'),
  'hint.workloadPlaces': p('It runs on an OS, in a container or on middleware.', 'OS 위, 컨테이너 안 또는 미들웨어 위에서 실행됩니다.'),

  // What a property expects.
  'what.cores': p('a number of cores', '코어 수'),
  'what.wholeCores': p('a whole number of cores', '정수 코어 수'),
  'what.coresRange': p('cores, or request..limit', '코어 수 또는 요청..제한'),
  'what.size': p('a size', '크기'),
  'what.sizeRange': p('a size, or request..limit', '크기 또는 요청..제한'),
  'what.rate': p('a bit rate', '전송 속도'),
  'what.duration': p('a duration', '시간 길이'),
  'what.startTime': p('a time of day or a duration', '시각 또는 시간 길이'),
  'what.work': p('an amount of CPU work', 'CPU 작업량'),
  'what.share': p('a share of the CPU', 'CPU 비율'),
  'what.shareRange': p('low..high shares', '낮음..높음 비율'),
  'what.power': p('a power', '전력'),
  'what.wholeNumber': p('a whole number', '정수'),
  'what.ratio': p('a ratio', '비율'),
  'what.image': p('an image reference in quotes', '따옴표로 묶은 이미지 참조'),
  'what.owner': p('the name of the owner', '소유자 이름'),
  'what.names': p('names separated by commas', '쉼표로 구분한 이름'),
  'what.hypervisorType': p('1 (bare metal) or 2 (hosted)', '1(베어메탈) 또는 2(호스티드)'),
  'what.powerCurve': p('eleven powers for 0%, 10%, … 100% load', '부하 0%, 10%, … 100%에 해당하는 전력 값 11개'),
  'what.powerCurveCount': p('eleven powers for 0%, 10%, … 100% load, not {0}', '부하 0%, 10%, … 100%에 해당하는 전력 값 11개({0}개가 아님)'),
  'what.profile': p('a profile: constant, daily, spikes or random', '부하 형태: constant, daily, spikes, random 중 하나'),
  'what.option': p("'{0}'", "'{0}'"),
  'what.options': p('option words followed by values', '옵션 이름과 값의 쌍'),
  'what.timeOfDay': p('a time of day', '시각'),
  'what.bootKinds': p('{0} and a duration', '{0} 중 하나와 시간 길이'),
  'what.title': p('a title in quotes', '따옴표로 묶은 제목'),
  'what.keyed': p('{0}', '{0}'),
  'what.kernelFamily': p('kernel family ({0})', '커널 계열({0})'),
  'what.name': p('name', '이름'),
  'what.productName': p('product name', '제품 이름'),

  // Dimensions of units.
  'dim.cores': p('CPU cores', 'CPU 코어'),
  'dim.size': p('a size', '크기'),
  'dim.rate': p('a bit rate', '전송 속도'),
  'dim.duration': p('a duration', '시간 길이'),
  'dim.share': p('a share', '비율'),
  'dim.power': p('power', '전력'),
  'dim.work': p('CPU work', 'CPU 작업량'),

  // Requirements on a value.
  'req.positive': p('greater than zero', '0보다 커야'),
  'req.nonNegative': p('zero or more', '0 이상이어야'),
  'req.whole': p('a whole number', '정수여야'),
  'req.atMost': p('at most {0}', '{0} 이하여야'),

  // Related places.
  'related.firstDeclared': p("'{0}' is first declared here.", "'{0}'이(가) 처음 선언된 곳입니다."),

  // Amounts in resource messages.
  'amount.vcpus': p('{0} vCPUs', 'vCPU {0}개'),
  'amount.cores': p('{0} cores', '코어 {0}개'),
  'amount.memory': p('{0} of memory', '메모리 {0}'),
} as const satisfies Record<string, PhraseText>;

/** A key of PHRASES. */
export type PhraseId = keyof typeof PHRASES;
