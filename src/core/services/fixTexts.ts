// Titles of the quick fixes, in both UI languages; `{n}` are product names, names and values.
import type { Bilingual } from '../taxonomy/product';

const b = (en: string, ko: string): Bilingual => ({ en, ko });

/** Quick-fix titles. */
export const FIX = {
  wrapHostOs: b('Run {0} on a new {1} host OS', '{0}을(를) 새 {1} 호스트 OS 위에서 실행'),
  wrapGuestOs: b('Run {0} on a new {1} guest OS', '{0}을(를) 새 {1} 게스트 OS 위에서 실행'),
  moveIntoOs: b('Move {0} onto the host OS `{1}`', '{0}을(를) 호스트 OS `{1}` 위로 이동'),
  moveToHardware: b('Move {0} onto the hardware `{1}`', '{0}을(를) 하드웨어 `{1}` 위로 이동'),
  moveIntoVm: b('Move {0} into VM `{1}` (nested virtualization)', '{0}을(를) 가상 머신 `{1}` 안으로 이동(중첩 가상화)'),
  replaceHostOs: b('Put {0} on the hardware in place of the host OS', '호스트 OS 대신 {0}을(를) 하드웨어 위에 배치'),
  hostOsIntoVm: b('Put {0} on the hardware and run the host OS in VM `{1}` on it', '{0}을(를) 하드웨어 위에 두고 호스트 OS는 그 위의 가상 머신 `{1}`에서 실행'),
  useHostKernel: b("Use the host's kernel: {0}", '호스트 커널 사용: {0}'),
  replaceWith: b("Change to '{0}'", "'{0}'(으)로 변경"),
  replaceProduct: b("Change to '{0}' ({1})", "'{0}'(으)로 변경 ({1})"),
  declareType: b('Declare it a type-{0} hypervisor', '유형 {0} 하이퍼바이저로 선언'),
  renameTo: b("Rename to '{0}'", "'{0}'(으)로 이름 변경"),
  lowerCpu: b('Lower to {0}, the {1} of `{2}`', '`{2}`의 {1}인 {0}(으)로 낮추기'),
  lowerMemory: b('Lower to {0}, the memory of `{1}`', '`{1}`의 메모리인 {0}(으)로 낮추기'),
  cores: b('cores', '코어 수'),
  vcpus: b('vCPUs', 'vCPU 수'),
  useUnit: b('Use {0}', '{0} 사용'),
  removeEarlier: b("Remove the earlier '{0}' (the last one counts)", "앞에 있는 '{0}' 삭제(마지막 값이 적용됨)"),
  removeExtra: b('Remove {0}', '{0} 삭제'),
  moveBrace: b("Move '{' to the end of the line above", "'{'를 윗줄 끝으로 이동"),
  removeSelfDependency: b('Remove the dependency on itself', '자기 자신에 대한 의존성 삭제'),
  catalogueType: b('Change to type {0}, as the catalogue says', '카탈로그대로 유형 {0}(으)로 변경'),
  changeKeyword: b("Write it as '{0} {1}'", "'{0} {1}'(으)로 쓰기"),
} as const satisfies Record<string, Bilingual>;
