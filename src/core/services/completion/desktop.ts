// Completion of an app's `delivery` line: its mode, then the streaming systems or package
// formats that run on the OS under the app (all of them when its kernel is unknown).
import type { Localizer } from '../../l10n/localizer';
import type { Layer } from '../../model/types';
import type { KernelFamily } from '../../taxonomy/kinds';
import { DELIVERY } from '../../taxonomy/desktopCatalogue';
import { productDetail, productMarkdown } from '../explain';
import type { CompletionEntry } from './completion';

const MODES = ['streamed', 'server', 'packaged'] as const;

/** The items for argument `index` of a `delivery` line in `app`. */
export function deliveryItems(index: number, words: readonly (string | undefined)[], app: Layer | undefined, l10n: Localizer): CompletionEntry[] {
  if (index === 0) {
    return MODES.map((m, i) => ({ label: m, kind: 'value' as const, detail: l10n.t(`completion.delivery.${m}`), insertText: m === 'server' ? m : `${m} `, retrigger: m !== 'server', sortText: String(i) }));
  }
  const mode = words[0];
  if (index !== 1 || (mode !== 'streamed' && mode !== 'packaged')) return [];
  const kernel = kernelUnder(app);
  return DELIVERY.filter((d) => d.modes.includes(mode) && (!kernel || d.clientKernels.includes(kernel))).map((p, i) => ({
    label: p.id, kind: 'product' as const, detail: productDetail(l10n, p), documentation: productMarkdown(l10n, p), insertText: p.id, sortText: String(i).padStart(3, '0'),
  }));
}

/** The kernel of the OS an app runs on, through the middleware under it. */
function kernelUnder(app: Layer | undefined): KernelFamily | undefined {
  for (let l = app?.parent; l; l = l.parent) {
    if (l.kind === 'os') return l.kernel;
    if (l.kind !== 'middleware') return undefined;
  }
  return undefined;
}
