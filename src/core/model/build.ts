import type { Diagnostic } from '../diagnostics';
import { keywordSpan, type Statement } from '../syntax/ast';
import { list, phrase } from '../messages';
import { didYouMean } from '../suggest';
import { isKernelFamily, KERNEL_FAMILIES } from '../taxonomy/kinds';
import { findProduct } from '../taxonomy/catalogue';
import { NameTable } from './names';
import { readProperty } from './properties';
import { ALL_KEYWORDS, describeKind, isLayerKind, isProperty, KEYWORD_ROLES, NAMED_KINDS } from './schema';
import { defaultSimulation, readSimulate } from './simulate';
import type { Layer, LayerKind, LayerProps, StackModel } from './types';
import { extraArgs, type ReadContext, report } from './values';

/**
 * Shared by every layer that has no property line (most OS, hypervisor and middleware layers),
 * so that a big file does not carry tens of thousands of empty objects; the first property gives
 * a layer its own.
 */
const NO_PROPS: LayerProps = Object.freeze(emptyProps());

/** Properties with every field present: one object shape for all layers. */
function emptyProps(): LayerProps {
  return {
    cpu: undefined, vcpu: undefined, memory: undefined, disk: undefined, network: undefined, reserve: undefined, power: undefined, type: undefined,
    image: undefined, tenant: undefined, boot: undefined, load: undefined, work: undefined, start: undefined, depends: undefined,
  };
}

/** Machines whose `os` line (without a block) carries the rest of the block. */
const MACHINES: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'container']);

/**
 * Gives the syntax tree its meaning (layers, what sits on what, typed properties), read one
 * top-level statement at a time, in document order, as the parser finishes each.
 */
export function modelBuilder(diagnostics: Diagnostic[]): { model: StackModel; add: (statement: Statement) => void } {
  const model: StackModel = { hosts: [], layers: [], names: new NameTable(), duplicates: [], simulation: defaultSimulation() };
  const builder = new Builder({ diagnostics }, model);
  return { model, add: (statement) => builder.topLevel(statement) };
}

/** The first `os` line without a block: it carries the rest of a machine's block. */
function findOsLine(statements: readonly Statement[]): Statement | undefined {
  for (const s of statements) if (s.keyword === 'os' && !s.block) return s;
  return undefined;
}

class Builder {
  constructor(
    private readonly ctx: ReadContext,
    private readonly model: StackModel,
  ) {}

  topLevel(stmt: Statement): void {
    const key = stmt.keyword;
    if (key === 'stack') {
      const title = stmt.args[0];
      if (title?.kind === 'string') this.model.title = title.value;
      else report(this.ctx, 'schema.expectedValue', title ?? keywordSpan(stmt), 'stack', phrase('what.title'), 'stack "Web tier"');
      extraArgs(this.ctx, stmt.args, 1, 'stack');
      if (stmt.block) report(this.ctx, 'schema.unexpectedBlock', { start: stmt.block.open, end: stmt.block.open + 1 }, key);
    } else if (key === 'simulate') {
      extraArgs(this.ctx, stmt.args, 0, 'simulate');
      readSimulate(this.ctx, stmt.block?.statements ?? [], this.model.simulation);
    } else if (key === 'hardware') {
      this.model.hosts.push(this.layer(stmt, 'hardware', undefined));
    } else if (isLayerKind(key) || isProperty(key)) {
      report(this.ctx, 'schema.misplacedTopLevel', keywordSpan(stmt), key);
      // Still read it, so that mistakes inside are reported too.
      if (isLayerKind(key)) this.layer(stmt, key, undefined);
    } else {
      report(this.ctx, 'schema.unknownKeyword', keywordSpan(stmt), key, didYouMean(key, ALL_KEYWORDS));
    }
  }

  /** Creates a layer from its statement and reads its block. */
  private layer(stmt: Statement, kind: LayerKind, parent: Layer | undefined): Layer {
    const layer = this.header(stmt, kind);
    layer.parent = parent;
    parent?.children.push(layer);
    this.model.layers.push(layer);
    if (NAMED_KINDS.has(kind) && layer.name !== '') {
      if (this.model.names.claim(layer.name, layer) !== layer) this.model.duplicates.push(layer);
    }
    if (stmt.block) {
      this.body(layer, stmt.block.statements);
      // An array grown by push keeps room for 16; most layers hold one to three.
      if (layer.children.length > 0) layer.children = layer.children.slice();
    }
    if (kind === 'job' && !layer.props.work) report(this.ctx, 'schema.jobNeedsWork', layer.nameSpan, layer.name);
    return layer;
  }

  /** Reads a block: properties of `layer`, and the layers that sit on it (or on its OS line). */
  private body(layer: Layer, statements: readonly Statement[]): void {
    let carrier = layer;
    if (MACHINES.has(layer.kind)) {
      const osLine = findOsLine(statements);
      if (osLine) carrier = this.layer(osLine, 'os', layer);
    }
    let seenOs = carrier !== layer;
    for (const stmt of statements) {
      const key = stmt.keyword;
      if (carrier !== layer && stmt === carrier.statement) continue;
      const role = KEYWORD_ROLES.get(key);
      if (role?.role === 'layer') {
        if (role.kind === 'os' && MACHINES.has(layer.kind)) {
          if (seenOs) report(this.ctx, 'taxonomy.oneOs', keywordSpan(stmt));
          seenOs = true;
          this.layer(stmt, 'os', layer);
        } else {
          this.layer(stmt, role.kind, carrier);
        }
      } else if (role?.role === 'property') {
        const places = role.places;
        if (places.includes(layer.kind)) {
          if (layer.props === NO_PROPS) layer.props = emptyProps();
          readProperty(this.ctx, stmt, layer.kind, layer.props);
        }
        else report(this.ctx, 'schema.propertyNotHere', keywordSpan(stmt), key, describeKind(layer.kind), list(places.map(describeKind)));
        if (stmt.block) report(this.ctx, 'schema.unexpectedBlock', { start: stmt.block.open, end: stmt.block.open + 1 }, key);
      } else if (role?.role === 'top') {
        report(this.ctx, 'schema.nestedSimulate', keywordSpan(stmt), key);
      } else {
        report(this.ctx, 'schema.unknownKeyword', keywordSpan(stmt), key, didYouMean(key, ALL_KEYWORDS));
      }
    }
  }

  /** Reads the words after the keyword: a name, or a product with `as NAME`, and an optional label. */
  private header(stmt: Statement, kind: LayerKind): Layer {
    const args = stmt.args;
    const first = args[0];
    let i = 0;
    let name = '';
    let nameSpan = { start: stmt.start, end: stmt.keywordEnd };
    let product: string | undefined;
    let productSpan: { start: number; end: number } | undefined;
    if (first?.kind === 'word') {
      i = 1;
      name = first.text;
      nameSpan = first; // the argument node is a span already; no copy
      if (!NAMED_KINDS.has(kind)) {
        product = first.text;
        productSpan = nameSpan;
      }
    } else {
      const example: Record<LayerKind, string> = {
        hardware: 'hardware node1 { … }', hypervisor: 'hypervisor kvm { … }', os: 'os linux "Ubuntu 24.04"', vm: 'vm web { … }', runtime: 'runtime docker { … }',
        container: 'container api { … }', middleware: 'middleware nginx', app: 'app shop', job: 'job backup { work 2 core-h }',
      };
      const what = kind === 'os' ? phrase('what.kernelFamily', KERNEL_FAMILIES.join(', ')) : phrase(NAMED_KINDS.has(kind) ? 'what.name' : 'what.productName');
      report(this.ctx, 'schema.missingName', first ?? keywordSpan(stmt), kind, what, example[kind]);
    }
    const asWord = args[i];
    if ((kind === 'hypervisor' || kind === 'runtime') && asWord?.kind === 'word' && asWord.text === 'as') {
      const alias = args[i + 1];
      if (alias?.kind === 'word') {
        name = alias.text;
        nameSpan = alias;
        i += 2;
      } else {
        report(this.ctx, 'schema.missingName', alias ?? asWord, 'as', phrase('what.name'), 'hypervisor kvm as hv1 { … }');
        i += 1;
      }
    }
    let label: string | undefined;
    const labelArg = args[i];
    if (labelArg?.kind === 'string') {
      label = labelArg.value;
      i++;
    }
    extraArgs(this.ctx, args, i, stmt.keyword);
    // Every field is present from the start, so all layers share one shape and the checks that
    // read them stay fast (fields added later would give each layer kind a shape of its own).
    const layer: Layer = {
      kind, name, nameSpan, product, productSpan, label, statement: stmt, props: NO_PROPS, children: [],
      catalogue: product !== undefined && kind !== 'os' ? findProduct(product) : undefined,
      parent: undefined, hypervisorType: undefined, kernel: undefined, virtualization: undefined,
    };
    if (kind === 'os' && product !== undefined) {
      if (isKernelFamily(product)) layer.kernel = product;
      else report(this.ctx, 'taxonomy.unknownKernel', nameSpan, product, didYouMean(product, KERNEL_FAMILIES) || phrase('hint.knownFamilies', KERNEL_FAMILIES.join(', ')));
    }
    return layer;
  }
}
