// Completion for network virtualization (VS6xx): `switch` where a hypervisor or an OS may run
// one, `uplink` and `segment` in a switch block, the switch products that run where the cursor
// is, the segment names a NIC may plug into (those of its machine's switches), the segment kinds
// the switch carries, and the network functions.
import type { Localizer } from '../../l10n/localizer';
import { FORWARDING_FUNCTIONS, NETWORK_FUNCTIONS, SEGMENT_KINDS } from '../../model/network';
import { SWITCH_PLACES } from '../../model/schema';
import type { Layer, StackModel, VirtualSwitch } from '../../model/types';
import { SWITCHES } from '../../taxonomy/catalogue';
import type { SwitchProduct } from '../../taxonomy/product';
import { machineOf } from '../../validate/describe';
import type { Place } from '../allowed';
import { keywordDoc, keywordMarkdown, productDetail, productMarkdown } from '../explain';
import type { CompletionEntry } from './completion';

/** The switch whose block holds the place, if it is one. */
export function switchOfPlace(model: StackModel, place: Place): VirtualSwitch | undefined {
  const owner = place.owner;
  return owner?.keyword === 'switch' ? model.switches.find((sw) => sw.start === owner.start) : undefined;
}

/**
 * `switch` where a hypervisor or OS block may hold one; `uplink` and `segment` in a switch block.
 * A fresh line of a file without networking keeps the stack's own list: `switch` joins it once
 * the file has a switch, or once the word being typed starts it.
 */
export function networkKeywordItems(model: StackModel, place: Place, written: ReadonlySet<string>, l10n: Localizer, typed: string | undefined): CompletionEntry[] {
  if (place.owner?.keyword === 'switch') {
    const keys = written.has('uplink') ? ['segment'] : ['uplink', 'segment'];
    return keys.map((key) => {
      const doc = keywordDoc(key, undefined);
      return { label: key, kind: 'property', detail: l10n.t('completion.property'), documentation: doc && keywordMarkdown(l10n, doc), insertText: key === 'uplink' ? 'uplink ${1:25} Gbps' : 'segment ', snippet: key === 'uplink', retrigger: key === 'segment', sortText: `0${key}` };
    });
  }
  const carrier = place.carrier ?? place.layer;
  if (!carrier || !SWITCH_PLACES.includes(carrier.kind) || switchesFor(carrier).length === 0) return [];
  if (model.switches.length === 0 && !(typed !== undefined && typed !== '' && 'switch'.startsWith(typed))) return [];
  const doc = keywordDoc('switch', undefined);
  return [{ label: 'switch', kind: 'keyword', detail: l10n.t('completion.switchStatement'), documentation: doc && keywordMarkdown(l10n, doc), insertText: 'switch ', retrigger: true, sortText: '1switch' }];
}

/** `nic` and `function` are offered only to a workload whose machine has a switch to plug into; every other property fits. */
export function networkPropertyFits(model: StackModel, place: Place, key: string): boolean {
  if (key !== 'nic' && key !== 'function') return true;
  const machine = place.layer && machineOf(place.layer);
  return machine !== undefined && model.switches.some((sw) => sw.machine === machine);
}

/** Switch products that run in this hypervisor or OS (all of them when it is not known). */
export function switchesFor(carrier: Layer | undefined): SwitchProduct[] {
  if (carrier?.kind === 'hypervisor') {
    const hv = carrier.catalogue?.role === 'hypervisor' ? carrier.catalogue.id : undefined;
    return hv === undefined ? [...SWITCHES] : SWITCHES.filter((p) => p.hypervisors.includes(hv));
  }
  if (carrier?.kind === 'os') {
    const kernel = carrier.kernel;
    return kernel === undefined ? [...SWITCHES] : SWITCHES.filter((p) => p.kernels.includes(kernel));
  }
  return [];
}

/** The items for argument `index` of a network statement, or undefined when `keyword` is not one. */
export function networkArgumentItems(model: StackModel, place: Place, keyword: string, index: number, words: readonly (string | undefined)[], l10n: Localizer): CompletionEntry[] | undefined {
  switch (keyword) {
    case 'switch':
      if (index === 0) {
        return switchesFor(place.carrier ?? place.layer).map((p, i) => ({
          label: p.id, kind: 'product' as const, detail: productDetail(l10n, p), documentation: productMarkdown(l10n, p), insertText: p.id, sortText: String(i).padStart(3, '0'),
        }));
      }
      return index === 1 && words[0] ? [{ label: 'as', kind: 'keyword', detail: l10n.t('completion.alias'), insertText: 'as' }] : [];
    case 'segment': {
      if (index !== 1 || place.owner?.keyword !== 'switch') return [];
      const p = switchOfPlace(model, place)?.catalogue;
      const carries = p?.role === 'switch' ? p.carries : SEGMENT_KINDS;
      const details = { vlan: 'completion.segmentVlan', vxlan: 'completion.segmentVxlan', geneve: 'completion.segmentGeneve' } as const;
      return carries.map((k) => ({ label: k, kind: 'value' as const, detail: l10n.t(details[k]), insertText: `${k} ` }));
    }
    case 'nic':
      return index === 0 ? segmentItems(model, place.layer, l10n) : [];
    case 'function':
      // A forwarding function first: those are what a NIC on two segments is for.
      return index === 0
        ? NETWORK_FUNCTIONS.map((f, i) => ({ label: f, kind: 'value' as const, detail: l10n.t(`completion.function.${f as 'firewall'}`), insertText: f, sortText: `${FORWARDING_FUNCTIONS.has(f) ? 0 : 1}${i}` }))
        : [];
    default:
      return undefined;
  }
}

/** The segments of the switches of a workload's machine. */
function segmentItems(model: StackModel, layer: Layer | undefined, l10n: Localizer): CompletionEntry[] {
  const machine = layer && machineOf(layer);
  if (!machine) return [];
  const seen = new Set<string>();
  const items: CompletionEntry[] = [];
  for (const sw of model.switches) {
    if (sw.machine !== machine) continue;
    for (const s of sw.segments) {
      if (seen.has(s.name)) continue;
      seen.add(s.name);
      items.push({ label: s.name, kind: 'reference', detail: l10n.t('completion.segmentName', sw.name), insertText: `${s.name} ` });
    }
  }
  return items;
}
