// Network virtualization and network functions (VS6xx): a switch stands where its product runs
// and carries only the segments it can; a NIC plugs into a segment of its own machine's switches;
// the NICs of a switch fit its uplink; a segment spanning hosts is the same segment on each; a
// forwarding function joins two segments or more. The checks within a host run as each host is
// checked (its layers' properties are still at hand); the ones across hosts at the end of the file,
// from the switches and segments the model keeps. A file without switches or NICs pays one
// comparison per switch list and two property reads per VM or container.
import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import { list, type MessageArg, msg } from '../l10n/localizer';
import { FORWARDING_FUNCTIONS } from '../model/network';
import { SWITCH_PLACES } from '../model/schema';
import type { Layer, SegmentDecl, StackModel, VirtualSwitch } from '../model/types';
import { didYouMean, NameSuggester } from '../suggest';
import { LineIndex } from '../syntax/lines';
import { findProduct, SWITCHES } from '../taxonomy/catalogue';
import { kernelName } from '../taxonomy/kinds';
import type { SwitchProduct } from '../taxonomy/product';
import { describeLayer, machineOf } from './describe';

/** Every switch product's id and aliases, for "did you mean". */
const SWITCH_IDS: readonly string[] = SWITCHES.flatMap((p) => [p.id, ...(p.aliases ?? [])]);

/** A bit rate in Mbps as the language writes it, in the largest unit that keeps it at 1 or more. */
export function formatRate(mbps: number): string {
  const [value, unit] = mbps >= 1e6 ? [mbps / 1e6, 'Tbps'] : mbps >= 1e3 ? [mbps / 1e3, 'Gbps'] : mbps >= 1 ? [mbps, 'Mbps'] : [mbps * 1e3, 'Kbps'];
  return `${Math.round(value * 100) / 100} ${unit}`;
}

/** Where a switch product runs, for messages: its hypervisors (proper names), then OSes of its kernels. */
export function switchPlaces(p: SwitchProduct): MessageArg {
  const hypervisors: MessageArg[] = p.hypervisors.map((id) => findProduct(id)?.name ?? id);
  return list([...hypervisors, ...p.kernels.map((k) => msg('network.osOfKernel', kernelName(k)))]);
}

/** The segment kinds a switch product carries, as words. */
export function carriedKinds(p: SwitchProduct): MessageArg {
  return list(p.carries.map((k) => msg(`segmentKind.${k}`)));
}

/** How a segment is carried, for messages: `VLAN 10`, `VXLAN VNI 5002`, `untagged`. */
export function segmentCarriage(s: SegmentDecl): MessageArg {
  if (s.kind === 'flat') return msg('network.untagged');
  return msg(`network.carriage.${s.kind}`, s.id === undefined ? '?' : String(s.id));
}

/** The network checks of one file, fed host by host, finished once. */
export class NetworkChecks {
  /** Switches of model.switches already checked. */
  private checked = 0;
  /**
   * The segments of each machine's switches by name (the first declaration on the machine wins),
   * made only when a file has switches: a NIC is looked up, not searched for, so that a host with
   * thousands of segments and NICs stays linear.
   */
  private byMachine: Map<Layer, Map<string, SegmentDecl>> | undefined;
  /** "Did you mean" over a machine's segment names, made on its first unknown segment. */
  private suggesters: Map<Layer, NameSuggester> | undefined;

  constructor(private readonly model: StackModel) {}

  /** The checks within a host, for layers[from, to) and the switches read with them. */
  checkLayers(layers: readonly Layer[], from: number, to: number, out: Diagnostic[]): void {
    const switches = this.model.switches;
    const fresh = this.checked;
    for (let i = fresh; i < switches.length; i++) this.addSwitch(switches[i], out);
    this.checked = switches.length;
    for (let i = from; i < to; i++) {
      const layer = layers[i];
      if (layer.kind !== 'vm' && layer.kind !== 'container') continue;
      const props = layer.props;
      if (props.nic !== undefined || props.function !== undefined) this.checkWorkload(layer, out);
    }
    for (let i = fresh; i < switches.length; i++) checkUplink(switches[i], out);
  }

  /** The checks across hosts: a segment's name means one segment, with one kind and id. */
  finish(text: string, out: Diagnostic[]): void {
    if (this.model.switches.length === 0) return;
    const first = new Map<string, SegmentDecl>();
    let lines: LineIndex | undefined;
    for (const sw of this.model.switches) {
      for (const s of sw.segments) {
        const seen = first.get(s.name);
        if (!seen) {
          first.set(s.name, s);
          continue;
        }
        // A value already reported as malformed has no id to compare.
        if ((s.kind !== 'flat' && s.id === undefined) || (seen.kind !== 'flat' && seen.id === undefined)) continue;
        if (seen.kind === s.kind && seen.id === s.id) continue;
        const line = String((lines ??= new LineIndex(text)).line(seen.nameSpan.start));
        out.push({
          ...makeDiagnostic('network.segmentConflict', s.kindSpan.start, s.kindSpan.end, s.name, segmentCarriage(s), segmentCarriage(seen), line),
          related: [{ start: seen.kindSpan.start, end: seen.kindSpan.end, message: msg('related.segmentFirst', s.name) }],
        });
      }
    }
  }

  private addSwitch(sw: VirtualSwitch, out: Diagnostic[]): void {
    const holder = sw.holder;
    // A misplaced switch still serves its machine, so that its NICs are not reported twice.
    sw.machine = holder.kind === 'hardware' || holder.kind === 'vm' ? holder : machineOf(holder);
    sw.capacity = sw.uplink?.max ?? sw.machine?.props.network?.max;
    if (sw.machine) {
      this.byMachine ??= new Map();
      let segments = this.byMachine.get(sw.machine);
      if (!segments) this.byMachine.set(sw.machine, (segments = new Map()));
      for (const s of sw.segments) if (!segments.has(s.name)) segments.set(s.name, s);
    }
    checkSwitch(sw, out);
  }

  /** A workload's NICs plug into segments of its machine's switches; a forwarding function joins two of them. */
  private checkWorkload(layer: Layer, out: Diagnostic[]): void {
    const { nic: nics, function: fn } = layer.props;
    const machine = machineOf(layer);
    if (nics && machine) {
      const segments = this.byMachine?.get(machine);
      for (const nic of nics) {
        const segment = segments?.get(nic.segment);
        if (segment) {
          segment.nics.push({ layer, span: nic.span, rate: nic.rate });
          segment.owner.demand += nic.rate ?? 0;
          continue;
        }
        out.push(makeDiagnostic('network.unknownSegment', nic.span.start, nic.span.end, nic.segment, describeLayer(machine), this.hint(machine, segments, nic.segment)));
      }
    }
    if (fn && FORWARDING_FUNCTIONS.has(fn.name)) {
      const joined = new Set(nics?.map((n) => n.segment)).size;
      if (joined < 2) out.push(makeDiagnostic('nfv.joinsNothing', fn.span.start, fn.span.end, layer.name, fn.name, String(joined)));
    }
  }

  /** What to say about an unknown segment: the likely one, else the machine's segments (the first few), else how to declare one. */
  private hint(machine: Layer, segments: ReadonlyMap<string, SegmentDecl> | undefined, name: string): MessageArg {
    if (!segments || segments.size === 0) return msg('hint.noSwitch');
    this.suggesters ??= new Map();
    let suggester = this.suggesters.get(machine);
    if (!suggester) this.suggesters.set(machine, (suggester = new NameSuggester(segments)));
    const likely = suggester.hint(name);
    if (likely) return likely;
    const names: string[] = [];
    for (const key of segments.keys()) {
      if (names.length === SHOWN_SEGMENTS) {
        names.push('…');
        break;
      }
      names.push(key);
    }
    return msg('hint.knownSegments', names.join(', '));
  }
}

/** A hint lists at most this many of a machine's segments. */
const SHOWN_SEGMENTS = 8;

/** A switch stands where its product runs, and carries only the segments its product carries. */
function checkSwitch(sw: VirtualSwitch, out: Diagnostic[]): void {
  const holder = sw.holder;
  if (!SWITCH_PLACES.includes(holder.kind)) {
    out.push(makeDiagnostic('network.switchNotHere', sw.start, sw.keywordEnd, describeLayer(holder)));
    return;
  }
  if (sw.product === '') return; // reported as missing already
  const p = sw.catalogue;
  const at = sw.productSpan;
  if (!p) {
    out.push(makeDiagnostic('network.unknownSwitch', at.start, at.end, sw.product, didYouMean(sw.product, SWITCH_IDS) || msg('hint.knownSwitches', SWITCHES.map((s) => s.id).join(', '))));
    return;
  }
  if (p.role !== 'switch') {
    out.push(makeDiagnostic('taxonomy.wrongRole', at.start, at.end, p.name, msg(`role.${p.role}`), msg('role.switch')));
    return;
  }
  const hv = holder.kind === 'hypervisor' && holder.catalogue?.role === 'hypervisor' ? holder.catalogue.id : undefined;
  const misplaced = holder.kind === 'hypervisor' ? hv !== undefined && !p.hypervisors.includes(hv) : holder.kernel !== undefined && !p.kernels.includes(holder.kernel);
  if (misplaced) out.push(makeDiagnostic('network.switchPlace', at.start, at.end, p.name, describeLayer(holder), switchPlaces(p)));
  for (const s of sw.segments) {
    if (s.kind !== 'flat' && !p.carries.includes(s.kind)) {
      out.push(makeDiagnostic('network.overlayUnsupported', s.kindSpan.start, s.kindSpan.end, p.name, msg(`segmentKind.${s.kind}`), carriedKinds(p)));
    }
  }
}

/** The NICs plugged into a switch fit through its uplink (the machine's `network` unless `uplink` says). */
function checkUplink(sw: VirtualSwitch, out: Diagnostic[]): void {
  if (sw.capacity === undefined || sw.demand <= sw.capacity * (1 + 1e-9)) return;
  const at = sw.productSpan;
  out.push(makeDiagnostic('network.uplinkOvercommit', at.start, at.end, sw.name, sw.machine ? describeLayer(sw.machine) : '', formatRate(sw.demand), formatRate(sw.capacity)));
}
