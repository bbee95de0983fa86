import type { Diagnostic } from '../diagnostics';
import { list, msg } from '../l10n/localizer';
import { ArgKind, NONE, type TreeColumns } from '../syntax/columns';
import type { SyntaxTree } from '../syntax/tree';
import { didYouMean } from '../suggest';
import { isKernelFamily, KERNEL_FAMILIES } from '../taxonomy/kinds';
import { findProduct } from '../taxonomy/catalogue';
import { type LayerHeader, LayerNode } from './layer';
import { NameTable } from './names';
import { readSwitch } from './network';
import { addProperty, NO_PROPS } from './properties';
import { ALL_KEYWORDS, describeKind, isLayerKind, isProperty, KEYWORD_ROLES, NAMED_KINDS } from './schema';
import { defaultSimulation, readSimulate } from './simulationSettings';
import { readFabricAtTop, readFabricInLayer } from './storage';
import type { Layer, LayerKind, StackModel } from './types';
import { argIs, argOrKeyword, argSpan, extraArgs, keywordAt, type ReadContext, report } from './values';

/** Shared by every layer that nothing sits on; the first child gives a layer its own list. */
const NO_CHILDREN: Layer[] = Object.freeze([]) as unknown as Layer[];

/** Machines whose `os` line (without a block) carries the rest of the block. */
const MACHINES: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'container']);

/**
 * Gives the syntax tree its meaning (layers, what sits on what, typed properties), read one
 * top-level statement at a time, in document order, as the parser finishes each. `textLength`
 * sizes the name table.
 */
export function modelBuilder(diagnostics: Diagnostic[], textLength = 0): ModelBuilder {
  return new ModelBuilder(diagnostics, textLength);
}

/** A model being built from a tree, top-level statement by top-level statement. */
export class ModelBuilder {
  readonly model: StackModel;
  private builder: Builder | undefined;

  constructor(
    private readonly diagnostics: Diagnostic[],
    textLength: number,
  ) {
    // Files declare about one name per 120 characters.
    const names = new NameTable(Math.ceil(textLength / 120));
    this.model = { hosts: [], layers: [], names, duplicates: [], simulation: defaultSimulation(), clusters: [], pools: [], switches: [] };
  }

  /** Reads top-level statement `id` of `tree` into the model. */
  add(tree: SyntaxTree, id: number): void {
    this.builder ??= new Builder({ tree, diagnostics: this.diagnostics }, this.model);
    this.builder.topLevel(id);
  }

  /**
   * Says that the checks of everything added so far are done: those layers let go of the
   * properties read while building, and read them again from the tree if asked.
   */
  settle(): void {
    this.builder?.settle();
  }
}

/** The first `os` line without a block in statement `owner`'s block: it carries the rest of a machine's block. */
function findOsLine(rows: TreeColumns, owner: number): number {
  for (let i = rows.listFirst[owner], end = i + rows.listCount[owner]; i < end; i++) {
    const id = rows.list[i];
    if (rows.open[id] === NONE && rows.keyword[id] === 'os') return id;
  }
  return NONE;
}

class Builder {
  private readonly rows: TreeColumns;
  /**
   * Layers made since the last settle(), in fresh[0, freshCount): the count is kept apart from
   * the array's length, since shrinking an array gives up its room and each host would grow it again.
   */
  private readonly fresh: LayerNode[] = [];
  private freshCount = 0;
  /**
   * The children of the blocks being read, innermost last, in kids[0, kidsTop): each block's are
   * copied out at their exact length when it ends, instead of growing an array per layer.
   */
  private readonly kids: Layer[] = [];
  private kidsTop = 0;
  /** What header() reads from a layer's statement; one object, filled afresh for each layer. */
  private readonly head: { -readonly [K in keyof LayerHeader]: LayerHeader[K] } = {
    kind: 'hardware', name: '', nameRow: -1, product: undefined, productRow: -1, label: undefined, catalogue: undefined, index: 0,
  };

  constructor(
    private readonly ctx: ReadContext,
    private readonly model: StackModel,
  ) {
    this.rows = ctx.tree.rows;
  }

  settle(): void {
    for (let i = 0; i < this.freshCount; i++) this.fresh[i].forgetProps();
    this.freshCount = 0;
  }

  topLevel(id: number): void {
    const rows = this.rows;
    const key = rows.keyword[id];
    if (key === 'stack') {
      if (argIs(rows, id, 0, ArgKind.String)) this.model.title = rows.text[rows.argFirst[id]];
      else report(this.ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'stack', msg('what.title'), 'stack "Web tier"');
      extraArgs(this.ctx, id, 1, 'stack');
      if (rows.open[id] !== NONE) report(this.ctx, 'schema.unexpectedBlock', { start: rows.open[id], end: rows.open[id] + 1 }, key);
    } else if (key === 'simulate') {
      extraArgs(this.ctx, id, 0, 'simulate');
      readSimulate(this.ctx, id, this.model.simulation);
    } else if (key === 'hardware') {
      this.model.hosts.push(this.layer(id, 'hardware', undefined));
    } else if (KEYWORD_ROLES.get(key)?.role === 'fabric') {
      // Clusters and storage (issue 14): a cluster's hardware blocks are hosts like any other.
      readFabricAtTop(this.ctx, id, this.model, (h) => {
        const host = this.layer(h, 'hardware', undefined);
        this.model.hosts.push(host);
        return host;
      });
    } else if (isLayerKind(key) || isProperty(key) || KEYWORD_ROLES.has(key)) {
      report(this.ctx, 'schema.misplacedTopLevel', keywordAt(rows, id), key);
      // Still read it, so that mistakes inside are reported too.
      if (isLayerKind(key)) this.layer(id, key, undefined);
    } else {
      report(this.ctx, 'schema.unknownKeyword', keywordAt(rows, id), key, didYouMean(key, ALL_KEYWORDS));
    }
  }

  /** Creates a layer from statement `id` and reads its block. */
  private layer(id: number, kind: LayerKind, parent: Layer | undefined): Layer {
    const layer = this.header(id, kind);
    layer.parent = parent;
    this.model.layers.push(layer);
    if (NAMED_KINDS.has(kind) && layer.name !== '') {
      if (this.model.names.claim(layer.name, layer) !== layer) this.model.duplicates.push(layer);
    }
    if (this.rows.open[id] !== NONE) this.body(layer, id);
    if (kind === 'job' && !layer.props.work) report(this.ctx, 'schema.jobNeedsWork', layer.nameSpan, layer.name);
    return layer;
  }

  /** Reads the block of statement `owner`: properties of `layer`, and the layers that sit on it (or on its OS line). */
  private body(layer: Layer, owner: number): void {
    const rows = this.rows;
    const base = this.kidsTop;
    let carrier = layer;
    // With an OS line, the machine holds its OS layers and the OS line the rest.
    let own: Layer[] | undefined;
    const osLine = MACHINES.has(layer.kind) ? findOsLine(rows, owner) : NONE;
    if (osLine !== NONE) {
      carrier = this.layer(osLine, 'os', layer);
      own = [carrier];
    }
    let seenOs = carrier !== layer;
    for (let i = rows.listFirst[owner], end = i + rows.listCount[owner]; i < end; i++) {
      const id = rows.list[i];
      if (id === osLine) continue;
      const key = rows.keyword[id];
      const role = KEYWORD_ROLES.get(key);
      if (role?.role === 'layer') {
        if (role.kind === 'os' && MACHINES.has(layer.kind)) {
          if (seenOs) report(this.ctx, 'taxonomy.oneOs', keywordAt(rows, id));
          seenOs = true;
          const os = this.layer(id, 'os', layer);
          if (own) own.push(os);
          else this.kids[this.kidsTop++] = os;
        } else {
          const child = this.layer(id, role.kind, carrier);
          this.kids[this.kidsTop++] = child;
        }
      } else if (role?.role === 'property') {
        if (role.places.includes(layer.kind)) layer.props = addProperty(this.ctx, id, layer.kind, layer.props);
        else report(this.ctx, 'schema.propertyNotHere', keywordAt(rows, id), key, describeKind(layer.kind), list(role.places.map(describeKind)));
        if (rows.open[id] !== NONE) report(this.ctx, 'schema.unexpectedBlock', { start: rows.open[id], end: rows.open[id] + 1 }, key);
      } else if (role?.role === 'switch') {
        // Network virtualization: the switch belongs to what carries this block (the OS line of a machine).
        readSwitch(this.ctx, id, carrier, this.model.switches);
      } else if (role?.role === 'switchItem') {
        report(this.ctx, 'network.outsideSwitch', keywordAt(rows, id), key);
      } else if (role?.role === 'top') {
        report(this.ctx, 'schema.nestedSimulate', keywordAt(rows, id), key);
      } else if (role?.role === 'fabric') {
        readFabricInLayer(this.ctx, id, this.model, layer);
      } else {
        report(this.ctx, 'schema.unknownKeyword', keywordAt(rows, id), key, didYouMean(key, ALL_KEYWORDS));
      }
    }
    if (this.kidsTop > base) carrier.children = this.kids.slice(base, this.kidsTop);
    this.kidsTop = base;
    if (own) layer.children = own;
  }

  /** Reads the words after the keyword: a name, or a product with `as NAME`, and an optional label. */
  private header(id: number, kind: LayerKind): LayerNode {
    const rows = this.rows;
    const first = rows.argFirst[id];
    const head = this.head;
    head.kind = kind;
    head.index = this.model.layers.length; // layer() adds it next, before any layer of its block
    head.name = '';
    head.nameRow = -1;
    head.product = undefined;
    head.productRow = -1;
    head.label = undefined;
    let i = 0;
    if (argIs(rows, id, 0, ArgKind.Word)) {
      i = 1;
      head.name = rows.text[first]!;
      head.nameRow = first;
      if (!NAMED_KINDS.has(kind)) {
        head.product = head.name;
        head.productRow = first;
      }
    } else {
      const example: Record<LayerKind, string> = {
        hardware: 'hardware node1 { … }', hypervisor: 'hypervisor kvm { … }', os: 'os linux "Ubuntu 24.04"', vm: 'vm web { … }', runtime: 'runtime docker { … }',
        container: 'container api { … }', middleware: 'middleware nginx', app: 'app shop', job: 'job backup { work 2 core-h }',
      };
      const what = kind === 'os' ? msg('what.kernelFamily', KERNEL_FAMILIES.join(', ')) : msg(NAMED_KINDS.has(kind) ? 'what.name' : 'what.productName');
      report(this.ctx, 'schema.missingName', argOrKeyword(rows, id, 0), kind, what, example[kind]);
    }
    if ((kind === 'hypervisor' || kind === 'runtime') && argIs(rows, id, i, ArgKind.Word) && rows.text[first + i] === 'as') {
      if (argIs(rows, id, i + 1, ArgKind.Word)) {
        head.name = rows.text[first + i + 1]!;
        head.nameRow = first + i + 1;
        i += 2;
      } else {
        report(this.ctx, 'schema.missingName', argSpan(rows, first + (i + 1 < rows.argCount(id) ? i + 1 : i)), 'as', msg('what.name'), 'hypervisor kvm as hv1 { … }');
        i += 1;
      }
    }
    if (argIs(rows, id, i, ArgKind.String)) {
      head.label = rows.text[first + i];
      i++;
    }
    extraArgs(this.ctx, id, i, rows.keyword[id]);
    const product = head.product;
    head.catalogue = product !== undefined && kind !== 'os' ? findProduct(product) : undefined;
    const layer = new LayerNode(this.ctx.tree, id, head, NO_PROPS, NO_CHILDREN);
    this.fresh[this.freshCount++] = layer;
    if (kind === 'os' && product !== undefined) {
      if (isKernelFamily(product)) layer.kernel = product;
      else report(this.ctx, 'taxonomy.unknownKernel', layer.nameSpan, product, didYouMean(product, KERNEL_FAMILIES) || msg('hint.knownFamilies', KERNEL_FAMILIES.join(', ')));
    }
    return layer;
  }
}
