// Network virtualization (VS6xx): reading `switch` blocks (with their `uplink` and `segment`
// lines) into model entities, and the `nic` and `function` properties of VMs and containers.
// Switches are not layers: a block sits on what it needs, and a switch is something a hypervisor
// or an OS runs, which the workloads beside it plug their NICs into. Nothing here runs unless a
// file writes one of these keywords.
import { msg } from '../l10n/localizer';
import { didYouMean } from '../suggest';
import { ArgKind, NONE } from '../syntax/columns';
import { findProduct } from '../taxonomy/catalogue';
import { KEYWORD_ROLES, RULES, SWITCH_STATEMENTS } from './schema';
import type { Layer, NameRef, Nic, SegmentDecl, SegmentKind, VirtualSwitch } from './types';
import { argIs, argOrKeyword, argSpan, extraArgs, keywordAt, LocatedName, type ReadContext, readBounds, report, rowValue } from './values';

/** The kinds of segment a `segment` line may name after its name (none: an untagged segment). */
export const SEGMENT_KINDS: readonly Exclude<SegmentKind, 'flat'>[] = ['vlan', 'vxlan', 'geneve'];

/**
 * How each kind of segment is written for people: the names of its standard (IEEE 802.1Q,
 * RFC 7348, RFC 8926), the same in every language, as kernel names are.
 */
export const SEGMENT_KIND_NAMES: Readonly<Record<Exclude<SegmentKind, 'flat'>, string>> = { vlan: 'VLAN', vxlan: 'VXLAN', geneve: 'Geneve' };

/**
 * The largest id of each kind: 802.1Q's 12-bit VLAN id reserves 0 and 4095 (IEEE 802.1Q,
 * "VID"); VXLAN's (RFC 7348, section 5) and Geneve's (RFC 8926, section 3.4) VNI has 24 bits.
 */
export const SEGMENT_ID_MAX: Readonly<Record<Exclude<SegmentKind, 'flat'>, number>> = { vlan: 4094, vxlan: 16_777_215, geneve: 16_777_215 };

/** Network functions a VM or container may declare itself to be (network-function virtualization). */
export const NETWORK_FUNCTIONS: readonly string[] = ['firewall', 'router', 'lb', 'nat', 'vpn', 'ids'];

/** Functions that forward between networks: with NICs on fewer than two segments they join nothing. A load balancer or an IDS may work on one arm. */
export const FORWARDING_FUNCTIONS: ReadonlySet<string> = new Set(['firewall', 'router', 'nat', 'vpn']);

const SEGMENT_EXAMPLE = 'segment web vlan 10';

/** Reads `switch PRODUCT [as NAME] { … }`, statement `id` in the block of `holder`, into `switches`. */
export function readSwitch(ctx: ReadContext, id: number, holder: Layer, switches: VirtualSwitch[]): void {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  let product = '';
  let productSpan = keywordAt(rows, id);
  let i = 0;
  if (argIs(rows, id, 0, ArgKind.Word)) {
    product = rows.text[first]!;
    productSpan = argSpan(rows, first);
    i = 1;
  } else {
    report(ctx, 'schema.missingName', argOrKeyword(rows, id, 0), 'switch', msg('what.productName'), 'switch ovs as br0 { … }');
  }
  let name = product;
  if (argIs(rows, id, i, ArgKind.Word) && rows.text[first + i] === 'as') {
    if (argIs(rows, id, i + 1, ArgKind.Word)) {
      name = rows.text[first + i + 1]!;
      i += 2;
    } else {
      report(ctx, 'schema.missingName', argSpan(rows, first + i), 'as', msg('what.name'), 'switch ovs as br0 { … }');
      i += 1;
    }
  }
  extraArgs(ctx, id, i, 'switch');
  const sw: VirtualSwitch = {
    product, productSpan, name, catalogue: product === '' ? undefined : findProduct(product), holder,
    start: rows.start[id], keywordEnd: rows.keywordEnd(id), uplink: undefined, segments: [], machine: undefined, capacity: undefined, demand: 0,
  };
  switches.push(sw);
  if (rows.open[id] === NONE) return;
  for (let k = rows.listFirst[id], end = k + rows.listCount[id]; k < end; k++) {
    const s = rows.list[k];
    const key = rows.keyword[s];
    if (key === 'uplink') {
      if (sw.uplink !== undefined) report(ctx, 'schema.duplicateProperty', keywordAt(rows, s), key);
      sw.uplink = readBounds(ctx, s, RULES.uplink) ?? sw.uplink;
    } else if (key === 'segment') {
      const segment = readSegment(ctx, s, sw);
      if (segment) sw.segments.push(segment);
    } else if (KEYWORD_ROLES.has(key)) {
      report(ctx, 'network.notInSwitch', keywordAt(rows, s), key);
      continue;
    } else {
      report(ctx, 'schema.unknownKeyword', keywordAt(rows, s), key, didYouMean(key, SWITCH_STATEMENTS));
      continue;
    }
    if (rows.open[s] !== NONE) report(ctx, 'schema.unexpectedBlock', { start: rows.open[s], end: rows.open[s] + 1 }, key);
  }
}

/** Reads `segment NAME [vlan ID | vxlan VNI | geneve VNI]`; undefined (after a finding) when it has no name. */
function readSegment(ctx: ReadContext, id: number, owner: VirtualSwitch): SegmentDecl | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  if (!argIs(rows, id, 0, ArgKind.Word)) {
    report(ctx, 'schema.missingName', argOrKeyword(rows, id, 0), 'segment', msg('what.name'), SEGMENT_EXAMPLE);
    return undefined;
  }
  const name = rows.text[first]!;
  const nameSpan = argSpan(rows, first);
  const segment = (kind: SegmentKind, idValue: number | undefined, kindSpan = nameSpan): SegmentDecl => ({ name, nameSpan, kind, id: idValue, kindSpan, owner, nics: [] });
  if (rows.argCount(id) === 1) return segment('flat', undefined);
  const word = argIs(rows, id, 1, ArgKind.Word) ? rows.text[first + 1]! : '';
  const kind = SEGMENT_KINDS.find((k) => k === word);
  if (kind === undefined) {
    report(ctx, 'schema.expectedValue', argSpan(rows, first + 1), 'segment', msg('what.segmentKind'), SEGMENT_EXAMPLE);
    return segment('flat', undefined);
  }
  const kindSpan = argSpan(rows, first + 1);
  extraArgs(ctx, id, 3, 'segment');
  const row = first + 2;
  if (!argIs(rows, id, 2, ArgKind.Quantity) || rows.unit[row] !== 0) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 2), 'segment', msg('what.segmentId', msg(`network.idName.${kind}`)), kind === 'vlan' ? SEGMENT_EXAMPLE : `segment db ${kind} 5002`);
    return segment(kind, undefined, kindSpan);
  }
  const value = rows.value[row];
  if (!Number.isFinite(value)) return segment(kind, undefined, kindSpan); // the parser reported it
  if (!Number.isInteger(value) || value < 1 || value > SEGMENT_ID_MAX[kind]) {
    report(ctx, 'network.badSegmentId', argSpan(rows, row), msg(`network.idName.${kind}`), String(SEGMENT_ID_MAX[kind]), String(value));
    return segment(kind, undefined, kindSpan);
  }
  return segment(kind, value, kindSpan);
}

/** Reads `nic SEGMENT [RATE]`; undefined (after a finding) without a segment name. */
export function readNic(ctx: ReadContext, id: number): Nic | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  if (!argIs(rows, id, 0, ArgKind.Word)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'nic', msg('what.nic'), 'nic web 1 Gbps');
    return undefined;
  }
  extraArgs(ctx, id, 2, 'nic');
  let rate: number | undefined;
  if (rows.argCount(id) > 1) {
    if (argIs(rows, id, 1, ArgKind.Quantity)) rate = rowValue(ctx, 'nic', first + 1, RULES.nicRate);
    else report(ctx, 'schema.expectedValue', argSpan(rows, first + 1), 'nic', msg('what.rate'), RULES.nicRate.example);
  }
  return { segment: rows.text[first]!, span: argSpan(rows, first), rate };
}

/** Reads `function KIND`; undefined (after a finding) unless it names a known function. */
export function readFunction(ctx: ReadContext, id: number): NameRef | undefined {
  const rows = ctx.tree.rows;
  const first = rows.argFirst[id];
  extraArgs(ctx, id, 1, 'function');
  if (!argIs(rows, id, 0, ArgKind.Word)) {
    report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'function', msg('what.function', NETWORK_FUNCTIONS.join(', ')), 'function firewall');
    return undefined;
  }
  const word = rows.text[first]!;
  if (!NETWORK_FUNCTIONS.includes(word)) {
    report(ctx, 'nfv.unknownFunction', argSpan(rows, first), word, didYouMean(word, NETWORK_FUNCTIONS) || msg('hint.knownFunctions', NETWORK_FUNCTIONS.join(', ')));
    return undefined;
  }
  return new LocatedName(word, rows.argStart[first], rows.argEnd[first]);
}
