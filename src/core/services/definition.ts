// Go to definition: from a `depends` reference (or a name) to where that name is declared.
import type { Analysis } from '../analyze';
import type { Span } from '../diagnostics';
import { nameAt } from './names';

/** The declaration the name at the offset resolves to. */
export function definition(analysis: Analysis, offset: number): Span | undefined {
  return nameAt(analysis, offset)?.target?.nameSpan;
}
