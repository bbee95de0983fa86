// What a quantity measures, from where it is written; shared by unit completion and the
// unit quick fix so that both offer the same units.
import type { Arg } from '../syntax/ast';
import type { Dimension } from '../units';

/** Units by dimension, the usual one first. */
export const UNIT_ORDER: Readonly<Record<Dimension, readonly string[]>> = {
  cores: ['cores', 'core'], size: ['GiB', 'MiB', 'TiB', 'GB', 'MB', 'TB', 'KiB', 'KB'], rate: ['Gbps', 'Mbps', 'Tbps', 'Kbps'],
  duration: ['s', 'm', 'h', 'ms', 'min', 'd'], share: ['%'], power: ['W', 'kW'], work: ['core-h', 'core-m', 'core-s'],
};

/**
 * The dimension of the quantity `arg` among the arguments of a `keyword` statement, or undefined
 * where no unit belongs (ratios, seeds). `inSimulate` tells the simulate block's settings apart.
 */
export function dimensionOf(keyword: string, inSimulate: boolean, args: readonly Arg[], arg: Arg): Dimension | undefined {
  const i = args.indexOf(arg);
  const before = i > 0 ? args[i - 1] : undefined;
  const option = before?.kind === 'word' ? before.text : undefined;
  switch (keyword) {
    case 'cpu': case 'vcpu': return inSimulate ? undefined : 'cores';
    case 'memory': case 'disk': case 'reserve': return inSimulate ? undefined : 'size';
    case 'network': return 'rate';
    case 'boot': case 'duration': case 'step': case 'start': return 'duration';
    case 'work': return 'work';
    case 'power': return 'power';
    case 'load': return option === 'every' || option === 'for' ? 'duration' : option === 'seed' || option === 'peak' ? undefined : 'share';
    default: return undefined;
  }
}
