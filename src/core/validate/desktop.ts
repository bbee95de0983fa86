// The checks of desktop, application and data virtualization (docs/language.md, "Desktops,
// applications and data (VS7xx)"). A desktop pool names its broker; an app's delivery fits what
// it sits on: a streamed or packaged app the client OS its system runs on, a server-based app a
// session host under it; a session host or a data-virtualization engine runs on its kernels; a
// data view's sources name layers of the file. Whether a pool fits its host is weighed with the
// other guests' demand in resources.ts (VS400–VS402): a pool is `count` VMs alike.
import { type Diagnostic, type FindingId, makeDiagnostic } from '../diagnostics';
import { msg } from '../l10n/localizer';
import type { Layer, NameRef, StackModel } from '../model/types';
import { didYouMean, NameSuggester } from '../suggest';
import { BROKERS, DELIVERY } from '../taxonomy/desktopCatalogue';
import { findProduct } from '../taxonomy/catalogue';
import { type KernelFamily, kernelName, kernelNames } from '../taxonomy/kinds';
import type { DeliveryProduct } from '../taxonomy/product';
import { describeLayer, markOf } from './describe';
import { kernelUnderContainer } from './kernel';
import { roleName } from './products';

const at = (out: Diagnostic[], id: FindingId, span: { start: number; end: number }, ...args: Parameters<typeof makeDiagnostic>[3][]): void =>
  void out.push(makeDiagnostic(id, span.start, span.end, ...args));

/** Every id and alias of a list of products, for "did you mean". */
const idsOf = (list: readonly { id: string; aliases?: readonly string[] }[]): string[] => list.flatMap((p) => [p.id, ...(p.aliases ?? [])]);
const BROKER_IDS = idsOf(BROKERS);
const STREAMING_IDS = idsOf(DELIVERY.filter((d) => d.modes.includes('streamed')));
const PACKAGE_IDS = idsOf(DELIVERY.filter((d) => d.modes.includes('packaged')));

/**
 * The sources of the file's data views, read while their host is checked (layers let go of their
 * properties afterwards) and resolved at the end of the file, when every name is declared.
 */
export class DataSources {
  readonly refs: NameRef[] = [];
}

/** The rules within a host, for layers[from, to); collects data sources into `sources`. */
export function checkDesktops(layers: readonly Layer[], from: number, to: number, sources: DataSources, out: Diagnostic[]): void {
  for (let i = from; i < to; i++) {
    const layer = layers[i];
    switch (layer.kind) {
      case 'desktops':
        checkBroker(layer, out);
        break;
      case 'app': {
        const delivery = layer.props.delivery;
        if (delivery) checkDelivery(layer, out);
        break;
      }
      case 'middleware': {
        const product = layer.catalogue;
        if (product?.role === 'middleware' && product.hostKernels) checkHostKernel(layer, product.hostKernels, out);
        const refs = layer.props.sources;
        if (refs) checkSources(layer, refs, sources, out);
        break;
      }
    }
  }
}

function checkBroker(pool: Layer, out: Diagnostic[]): void {
  const broker = pool.props.broker;
  if (!broker) {
    // Written but malformed has its own finding; only a missing line is reported here.
    if (!pool.statement.block?.statements.some((s) => s.keyword === 'broker')) at(out, 'desktop.noBroker', pool.nameSpan, pool.name);
    return;
  }
  const product = findProduct(broker.name);
  if (!product) at(out, 'desktop.unknownBroker', broker.span, broker.name, didYouMean(broker.name, BROKER_IDS) || msg('hint.knownBrokers', BROKERS.map((b) => b.id).join(', ')));
  else if (product.role !== 'broker') at(out, 'taxonomy.wrongRole', broker.span, product.name, roleName(product.role), roleName('broker'));
}

/** The system an app or engine runs on and its kernel: the nearest OS under it (through middleware), or the container it is in; none past a VM or a host without an OS line. */
function systemUnder(layer: Layer): { readonly layer: Layer; readonly kernel: KernelFamily } | undefined {
  for (let l = layer.parent; l; l = l.parent) {
    const container = l.kind === 'container' ? l : l.kind === 'os' && l.parent?.kind === 'container' ? l.parent : undefined;
    if (container) {
      // A container brings no kernel, whatever its image's OS line says: its processes run on the
      // one it shares (or its sandbox's). Named after the image's OS when that agrees, else after
      // the container itself (VS206 reports an image of another kernel).
      const image = container.children.find((c) => c.kind === 'os');
      const kernel = kernelUnderContainer(container) ?? image?.kernel;
      if (!kernel) return undefined;
      return { layer: image?.kernel === kernel ? image : container, kernel };
    }
    if (l.kind === 'os') return l.kernel ? { layer: l, kernel: l.kernel } : undefined;
    if (l.kind !== 'middleware') return undefined;
  }
  return undefined;
}

function checkDelivery(app: Layer, out: Diagnostic[]): void {
  const delivery = app.props.delivery!;
  if (delivery.mode === 'server') {
    for (let l = app.parent; l && l.kind === 'middleware'; l = l.parent) {
      if (l.catalogue?.role === 'middleware' && l.catalogue.serves === 'session-host') return;
    }
    at(out, 'delivery.noSessionHost', delivery.span, app.name);
    return;
  }
  const system = delivery.system;
  if (!system) return;
  const product = findProduct(system.name);
  const streamed = delivery.mode === 'streamed';
  if (product?.role !== 'delivery') {
    const hint = didYouMean(system.name, streamed ? STREAMING_IDS : PACKAGE_IDS);
    at(out, 'delivery.unknownSystem', system.span, msg(streamed ? 'what.streamingSystem' : 'what.packageFormat'), system.name, hint || msg('hint.knownDelivery', DELIVERY.filter((d) => d.modes.includes(delivery.mode as 'streamed')).map((d) => d.id).join(', ')));
    return;
  }
  if (!product.modes.includes(delivery.mode as DeliveryProduct['modes'][number])) {
    at(out, 'delivery.wrongMode', system.span, product.name, msg(streamed ? 'what.streamingSystem' : 'what.packageFormat'), `delivery ${product.modes[0]} ${product.id}`);
    return;
  }
  const under = systemUnder(app);
  if (!under || product.clientKernels.includes(under.kernel)) return;
  const kernels = kernelNames(product.clientKernels);
  at(out, streamed ? 'delivery.streamKernel' : 'delivery.packageKernel', system.span, product.name, kernels, describeLayer(under.layer), kernelName(under.kernel));
}

/** A session host or data-virtualization engine runs on the kernels its vendor supports (VS216, as for hosted hypervisors). */
function checkHostKernel(layer: Layer, kernels: readonly string[], out: Diagnostic[]): void {
  const under = systemUnder(layer);
  if (!under || kernels.includes(under.kernel)) return;
  at(out, 'taxonomy.hostKernel', markOf(layer), layer.catalogue?.name ?? layer.name, kernelNames(kernels), kernelName(under.kernel));
}

function checkSources(view: Layer, refs: readonly NameRef[], sources: DataSources, out: Diagnostic[]): void {
  const product = view.catalogue;
  if (product?.role === 'middleware' && product.serves !== 'data-virtualization') {
    const line = view.statement.block?.statements.find((s) => s.keyword === 'sources');
    at(out, 'data.notEngine', line ? { start: line.start, end: line.keywordEnd } : markOf(view), product.name);
  }
  for (const ref of refs) {
    if (ref.name === view.name) at(out, 'data.selfSource', ref.span, ref.name);
    else sources.refs.push(ref);
  }
}

/** Sources name layers of the file (at its end, when every name is declared). */
export function resolveSources(model: StackModel, sources: DataSources, out: Diagnostic[]): void {
  if (sources.refs.length === 0) return;
  const suggester = new NameSuggester(model.names);
  for (const ref of sources.refs) {
    if (!model.names.has(ref.name)) at(out, 'data.unknownSource', ref.span, ref.name, suggester.hint(ref.name));
  }
}
