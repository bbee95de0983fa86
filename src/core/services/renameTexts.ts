// Why a rename is refused, in both UI languages.
import type { Bilingual } from '../taxonomy/product';

const b = (en: string, ko: string): Bilingual => ({ en, ko });

/** Rename refusals. */
export const RENAME = {
  notAName: b('Only the names of hardware, VMs, containers, apps and jobs can be renamed.', '하드웨어, 가상 머신, 컨테이너, 애플리케이션, 배치 작업의 이름만 바꿀 수 있습니다.'),
  undeclared: b("Nothing is named '{0}', so there is nothing to rename.", "'{0}'라는 이름이 없어 바꿀 대상이 없습니다."),
  invalid: b("'{0}' is not a name: a name starts with a letter or '_' and goes on with letters, digits, '_' or '-' (not at the end).", "'{0}'는 이름이 될 수 없습니다. 이름은 글자나 '_'로 시작하고 글자, 숫자, '_', '-'로 이어지며 '-'로 끝날 수 없습니다."),
  clash: b("'{0}' is already the name of the {1} on line {2}; names must be unique.", "'{0}'는 이미 {2}번째 줄의 {1} 이름입니다. 이름은 유일해야 합니다."),
} as const satisfies Record<string, Bilingual>;
