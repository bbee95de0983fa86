import type { Diagnostic, Severity } from './diagnostics';
import { PHRASES, type PhraseId } from './l10n/phrases';

interface MessageSpec {
  readonly code: string;
  readonly severity: Severity;
  /** English text; `{0}`, `{1}` … are replaced by the arguments. */
  readonly text: string;
  /** Korean text with the same placeholders. */
  readonly ko: string;
}

// One table for every finding so that codes stay stable, severities consistent, and the
// extension can translate by message id (the Korean table lives with the extension).
const spec = (code: string, severity: Severity, text: string, ko: string): MessageSpec => ({ code, severity, text, ko });

/** Every message the core can produce, by id. */
export const MESSAGES = {
  'syntax.unexpectedCharacter': spec('VS001', 'error', 'Unexpected character {0}. A statement is a keyword followed by names, numbers or strings.', '예상하지 못한 문자 {0}. 문장은 키워드 뒤에 이름, 숫자, 문자열이 오는 형태입니다.'),
  'syntax.unterminatedString': spec('VS002', 'error', 'This string is not closed. Add a closing " on the same line.', '문자열이 닫히지 않았습니다. 같은 줄에 닫는 " 를 추가하세요.'),
  'syntax.expectedKeyword': spec('VS003', 'error', 'Expected a keyword at the start of the statement, found {0}.', '문장은 키워드로 시작해야 하는데 {0}이(가) 있습니다.'),
  'syntax.unclosedBlock': spec('VS004', 'error', "This '{' is never closed. Add a matching '}'.", '이 \'{\' 가 닫히지 않았습니다. 짝이 되는 \'}\' 를 추가하세요.'),
  'syntax.unexpectedBrace': spec('VS005', 'error', "Unexpected '}': there is no open block to close here.", '예상하지 못한 \'}\': 여기에는 닫을 블록이 없습니다.'),
  'syntax.tooDeep': spec('VS006', 'error', 'Blocks are nested more than {0} levels deep; the content of this block is not checked.', '블록이 {0}단계보다 깊게 중첩되어 이 블록의 내용은 검사하지 않습니다.'),
  'syntax.badNumber': spec('VS007', 'error', 'The number {0} is not a finite value.', '숫자 {0}은(는) 유한한 값이 아닙니다.'),
  'syntax.expectedQuantity': spec('VS008', 'error', "Expected a number after '..', found {0}.", '\'..\' 뒤에 숫자가 와야 하는데 {0}이(가) 있습니다.'),
  'syntax.blockOnNextLine': spec('VS009', 'error', "A block must open on the same line as its statement. Move this '{' up to the end of the previous line.", '블록은 문장과 같은 줄에서 열어야 합니다. 이 \'{\' 를 이전 줄 끝으로 옮기세요.'),
  'syntax.unexpectedToken': spec('VS010', 'error', 'Unexpected {0} here.', '여기에 {0}은(는) 올 수 없습니다.'),
  'syntax.tooManyErrors': spec('VS011', 'error', 'More than {0} errors while reading this file; the rest are not reported. Is it really a .virt file?', '이 파일을 읽는 중 오류가 {0}개를 넘어 나머지는 보고하지 않습니다. 정말 .virt 파일인가요?'),

  'schema.unknownKeyword': spec('VS100', 'error', "Unknown keyword '{0}'.{1}", '알 수 없는 키워드 \'{0}\'.{1}'),
  'schema.propertyNotHere': spec('VS101', 'error', "'{0}' does not apply to {1}. It belongs in {2}.", '\'{0}\'은(는) {1}에 쓸 수 없습니다. {2}에 속합니다.'),
  'schema.expectedValue': spec('VS102', 'error', "'{0}' expects {1}, e.g. `{2}`.", '\'{0}\'에 필요한 값: {1}. 예: `{2}`'),
  'schema.wrongUnit': spec('VS103', 'error', "'{0}' measures {1}, but {2} is a unit of {3}. Use one of: {4}.", '\'{0}\'에는 {1} 단위를 써야 하는데 {2}은(는) {3} 단위입니다. 다음 중 하나를 쓰세요: {4}.'),
  'schema.missingUnit': spec('VS103', 'error', "'{0}' needs a unit of {1}: one of {2}.", '\'{0}\'에는 {1} 단위가 필요합니다: {2} 중 하나.'),
  'schema.outOfRange': spec('VS104', 'error', "'{0}' must be {1}; {2} is not.", '\'{0}\'은(는) {1} 합니다. {2}은(는) 안 됩니다.'),
  'schema.duplicateProperty': spec('VS105', 'warning', "'{0}' is set twice in this block; the last one counts.", '\'{0}\'이(가) 이 블록에서 두 번 설정되었습니다. 마지막 값이 쓰입니다.'),
  'schema.rangeOrder': spec('VS106', 'error', 'The lower bound {0} is above the upper bound {1}. Write low..high.', '하한 {0}이(가) 상한 {1}보다 큽니다. 낮은값..높은값 순서로 쓰세요.'),
  'schema.extraArgument': spec('VS107', 'error', "Unexpected {0} after '{1}'.", '\'{1}\' 뒤에 예상하지 못한 {0}이(가) 있습니다.'),
  'schema.misplacedTopLevel': spec('VS108', 'error', "'{0}' cannot stand at the top level: every stack starts with a 'hardware' block.", '\'{0}\'은(는) 최상위에 올 수 없습니다. 모든 스택은 \'hardware\' 블록에서 시작합니다.'),
  'schema.missingName': spec('VS109', 'error', "'{0}' needs a {1} after the keyword, e.g. `{2}`.", '\'{0}\' 키워드 뒤에 빠진 것: {1}. 예: `{2}`'),
  'schema.jobNeedsWork': spec('VS110', 'error', "Job '{0}' needs its amount of CPU work, e.g. `work 8 core-h`.", '배치 작업 \'{0}\'에는 CPU 작업량이 필요합니다. 예: `work 8 core-h`'),
  'schema.nestedSimulate': spec('VS111', 'error', "'{0}' is a top-level setting; move it out of this block.", '\'{0}\'은(는) 최상위 설정입니다. 이 블록 밖으로 옮기세요.'),
  'schema.unknownOption': spec('VS113', 'error', "Unknown option '{0}' of '{1}'. Expected: {2}.", '\'{1}\'의 알 수 없는 옵션 \'{0}\'. 가능한 옵션: {2}.'),
  'schema.unexpectedBlock': spec('VS114', 'error', "'{0}' takes no block.", '\'{0}\'에는 블록을 쓸 수 없습니다.'),
  'schema.badTime': spec('VS112', 'error', 'Time of day {0} is not valid; use 00:00 to 23:59.', '시각 {0}은(는) 올바르지 않습니다. 00:00부터 23:59 사이로 쓰세요.'),

  'taxonomy.type1OnHardware': spec('VS200', 'error', "{0} is a type-1 (bare-metal) hypervisor: it runs directly on the hardware, not on {1}. Move it into the 'hardware' block, or use a type-2 product.", '{0}은(는) 유형 1(베어메탈) 하이퍼바이저로, {1} 위가 아니라 하드웨어 위에서 직접 실행됩니다. \'hardware\' 블록 안으로 옮기거나 유형 2 제품을 쓰세요.'),
  'taxonomy.type2NeedsHostOs': spec('VS201', 'error', "{0} is a type-2 (hosted) hypervisor: it runs as a program on a host OS. Put it inside an 'os' block, or use a type-1 product such as KVM.", '{0}은(는) 유형 2(호스티드) 하이퍼바이저로, 호스트 OS 위에서 프로그램으로 실행됩니다. \'os\' 블록 안에 넣거나 KVM 같은 유형 1 제품을 쓰세요.'),
  'taxonomy.osPlacement': spec('VS202', 'error', 'An OS runs on hardware (host OS), in a VM (guest OS) or as a container image, not on {0}. A guest OS needs a VM on a hypervisor.', 'OS는 하드웨어 위(호스트 OS), 가상 머신 안(게스트 OS), 또는 컨테이너 이미지로만 실행되며 {0} 위에는 올 수 없습니다. 게스트 OS에는 하이퍼바이저 위의 가상 머신이 필요합니다.'),
  'taxonomy.vmNeedsHypervisor': spec('VS203', 'error', "VM '{0}' sits on {1}, but a VM needs a hypervisor under it. Put it inside a 'hypervisor' block.", '가상 머신 \'{0}\'이(가) {1} 위에 있지만 가상 머신 아래에는 하이퍼바이저가 있어야 합니다. \'hypervisor\' 블록 안에 넣으세요.'),
  'taxonomy.containerNeedsRuntime': spec('VS204', 'error', "Container '{0}' sits on {1}, but a container needs a container runtime under it. Put it inside a 'runtime' block.", '컨테이너 \'{0}\'이(가) {1} 위에 있지만 컨테이너 아래에는 컨테이너 런타임이 있어야 합니다. \'runtime\' 블록 안에 넣으세요.'),
  'taxonomy.runtimeNeedsOs': spec('VS205', 'error', 'Container runtime {0} sits on {1}, but a runtime is a program of an OS and uses its kernel. Put it inside an \'os\' block.', '컨테이너 런타임 {0}이(가) {1} 위에 있지만 런타임은 OS의 프로그램이며 그 커널을 씁니다. \'os\' 블록 안에 넣으세요.'),
  'taxonomy.kernelMismatch': spec('VS206', 'error', "Container '{0}' brings a {1} user space, but its host kernel is {2}. Containers share the host's kernel; run it on a {1} host or in a VM.", '컨테이너 \'{0}\'은(는) {1} 사용자 공간을 가져오지만 호스트 커널은 {2}입니다. 컨테이너는 호스트 커널을 공유하므로 {1} 호스트나 가상 머신에서 실행하세요.'),
  'taxonomy.needsOs': spec('VS207', 'error', "{0} '{1}' sits on {2}, but it needs an operating system under it. Add an 'os' line to the enclosing machine.", '{0} \'{1}\'이(가) {2} 위에 있지만 아래에 운영체제가 필요합니다. 이를 감싸는 머신에 \'os\' 줄을 추가하세요.'),
  'taxonomy.typeContradicts': spec('VS208', 'error', '{0} is a type-{1} hypervisor, but this block declares type {2}.', '{0}은(는) 유형 {1} 하이퍼바이저인데 이 블록은 유형 {2}로 선언합니다.'),
  'taxonomy.unknownProduct': spec('VS209', 'error', "Unknown {0} '{1}'.{2}", '알 수 없는 {0} \'{1}\'.{2}'),
  'taxonomy.unknownProductTyped': spec('VS209', 'information', "'{0}' is not in the catalogue; checks rely on the declared type.", '\'{0}\'은(는) 카탈로그에 없으므로 선언된 유형으로만 검사합니다.'),
  'taxonomy.nested': spec('VS210', 'warning', "Nested virtualization: hypervisor {0} runs inside VM '{1}'. It works only when the outer hypervisor exposes virtualization extensions, and every layer adds overhead.", '중첩 가상화: 하이퍼바이저 {0}이(가) 가상 머신 \'{1}\' 안에서 실행됩니다. 바깥 하이퍼바이저가 가상화 확장을 노출해야만 동작하며, 층마다 오버헤드가 더해집니다.'),
  'taxonomy.sharedKernel': spec('VS211', 'information', "Containers of tenants {0} share one {1} kernel here: a kernel exploit in one reaches the others. VMs, or a sandboxed runtime such as Kata or gVisor, isolate them better.", '테넌트 {0}의 컨테이너가 여기서 {1} 커널 하나를 공유합니다. 한 컨테이너의 커널 취약점 공격이 다른 컨테이너에도 미칩니다. 가상 머신이나 Kata, gVisor 같은 샌드박스 런타임이 더 잘 격리합니다.'),
  'taxonomy.bareMetalConflict': spec('VS212', 'error', "Hardware '{0}' has both a type-1 hypervisor and a host OS. Only one of them can own the bare hardware: run the OS in a VM, or use a type-2 hypervisor on it.", '하드웨어 \'{0}\'에 유형 1 하이퍼바이저와 호스트 OS가 함께 있습니다. 베어메탈 하드웨어는 둘 중 하나만 차지할 수 있습니다. OS를 가상 머신에서 실행하거나 그 위에 유형 2 하이퍼바이저를 쓰세요.'),
  'taxonomy.oneOs': spec('VS213', 'error', 'A machine runs one OS directly; this is the second. Put another OS in a VM.', '머신 하나는 OS 하나만 직접 실행합니다. 이것은 두 번째 OS입니다. 다른 OS는 가상 머신에 넣으세요.'),
  'taxonomy.cannotHold': spec('VS214', 'error', "{0} cannot sit on {1}. {2}", '{0}은(는) {1} 위에 올 수 없습니다. {2}'),
  'taxonomy.unknownKernel': spec('VS215', 'error', "Unknown kernel family '{0}'.{1}", '알 수 없는 커널 계열 \'{0}\'.{1}'),
  'taxonomy.wrongRole': spec('VS217', 'error', "{0} is a {1}, not a {2}.", '{0}은(는) {2}이(가) 아니라 {1}입니다.'),
  'taxonomy.hostKernel': spec('VS216', 'error', '{0} runs only on {1}, not on a {2} kernel.', '{0}은(는) {1}에서만 실행되며 {2} 커널에서는 실행되지 않습니다.'),

  'names.duplicate': spec('VS300', 'error', "The name '{0}' is already used by the {1} declared on line {2}. Names of machines, VMs, containers, apps and jobs must be unique.", '이름 \'{0}\'은(는) {2}번째 줄에 선언된 {1}이(가) 이미 쓰고 있습니다. 머신, 가상 머신, 컨테이너, 애플리케이션, 배치 작업의 이름은 고유해야 합니다.'),
  'names.unknown': spec('VS301', 'error', "Nothing is named '{0}'.{1}", '\'{0}\'이라는 이름은 없습니다.{1}'),
  'names.cycle': spec('VS302', 'error', 'Start-up dependencies form a cycle: {0}. Nothing in a cycle can start first.', '시작 의존 관계가 순환합니다: {0}. 순환 안의 어떤 것도 먼저 시작할 수 없습니다.'),
  'names.self': spec('VS303', 'error', "'{0}' cannot depend on itself.", '\'{0}\'은(는) 자기 자신에 의존할 수 없습니다.'),

  'resources.vmTooLarge': spec('VS400', 'error', "{0} '{1}' asks for {2}, but its host '{3}' has only {4}.", '{0} \'{1}\'의 요구량({2})이 호스트 \'{3}\'의 용량({4})보다 큽니다.'),
  'resources.cpuOvercommit': spec('VS401', 'warning', "'{0}' gives {1} vCPUs on {2} cores: overcommit {3}:1 is above the {4}:1 limit. VMs will wait for CPU when busy.", '\'{0}\'이(가) 코어 {2}개에 vCPU {1}개를 할당합니다. 오버커밋 {3}:1이 한도 {4}:1을 넘습니다. 바쁠 때 가상 머신이 CPU를 기다리게 됩니다.'),
  'resources.memoryOvercommit': spec('VS402', 'error', "'{0}' assigns {1} of memory but can hand out only {2} ({3} installed, {4} reserved, ratio {5}). Guests would swap or be killed.", '\'{0}\'이(가) 메모리 {1}을(를) 할당하지만 내줄 수 있는 것은 {2}뿐입니다(설치 {3}, 예약 {4}, 비율 {5}). 게스트가 스왑하거나 종료될 수 있습니다.'),
  'resources.noCapacity': spec('VS403', 'warning', "Hardware '{0}' declares no {1}; checks of capacity on it are skipped.", '하드웨어 \'{0}\'에 {1} 선언이 없어 용량 검사를 건너뜁니다.'),
} as const satisfies Record<string, MessageSpec>;

/** A key of MESSAGES. */
export type MessageId = keyof typeof MESSAGES;

/** The languages messages ship in. */
export type Locale = 'en' | 'ko';

/** An argument of a message: the user's own text verbatim, a phrase to translate, or a list. */
export type MessageArg = string | { readonly phrase: PhraseId; readonly args?: readonly MessageArg[] } | { readonly list: readonly MessageArg[] };

/** A phrase argument. */
export function phrase(id: PhraseId, ...args: MessageArg[]): MessageArg {
  return args.length > 0 ? { phrase: id, args } : { phrase: id };
}

/** A list argument, shown joined with commas. */
export function list(items: readonly MessageArg[]): MessageArg {
  return { list: items };
}

const MAX_ARG_LENGTH = 80;

/** Rule code of a message. */
export function codeOf(id: MessageId): string {
  return MESSAGES[id].code;
}

/** Fills `{n}` placeholders of a template. */
export function format(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

/** One argument as text in a language. */
export function renderArg(arg: MessageArg, locale: Locale): string {
  if (typeof arg === 'string') return arg;
  if ('list' in arg) return arg.list.map((a) => renderArg(a, locale)).join(', ');
  return format(PHRASES[arg.phrase][locale], (arg.args ?? []).map((a) => renderArg(a, locale)));
}

/** A message in a language; unknown ids (from a newer core) fall back to the English text given. */
export function localize(messageId: string, args: readonly MessageArg[], locale: Locale, fallback: string): string {
  const m = (MESSAGES as Record<string, MessageSpec>)[messageId];
  if (!m) return fallback;
  return format(locale === 'ko' ? m.ko : m.text, args.map((a) => renderArg(a, locale)));
}

/** Builds a diagnostic from the table, with its English text. */
export function makeDiagnostic(id: MessageId, start: number, end: number, ...args: MessageArg[]): Diagnostic {
  const m = MESSAGES[id];
  // Arguments quote the user's text; a megabyte-long word must not make a megabyte-long message.
  const shown = args.map((a) => (typeof a === 'string' && a.length > MAX_ARG_LENGTH ? `${a.slice(0, MAX_ARG_LENGTH)}…` : a));
  return { code: m.code, severity: m.severity, start, end, message: localize(id, shown, 'en', ''), args: shown, messageId: id };
}
