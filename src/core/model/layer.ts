import type { Span } from '../diagnostics';
import type { Statement } from '../syntax/ast';
import type { SyntaxTree } from '../syntax/tree';
import type { HypervisorType, KernelFamily, VirtualizationKind } from '../taxonomy/kinds';
import type { Product } from '../taxonomy/product';
import { readLayerProps } from './properties';
import type { Layer, LayerKind, LayerProps } from './types';

/** What a layer's statement says about it, as the model builder reads it. */
export interface LayerHeader {
  readonly kind: LayerKind;
  readonly name: string;
  /** The argument row of the name; -1 when the layer has none (its keyword then stands for it). */
  readonly nameRow: number;
  readonly product: string | undefined;
  /** The argument row of the product word; -1 without one. */
  readonly productRow: number;
  readonly label: string | undefined;
  readonly catalogue: Product | undefined;
  /** Position in the model's layers. */
  readonly index: number;
}

/**
 * A layer as the model builder makes it. Its statement node and the spans of its name are made
 * when asked for: the checks and the diagram rarely ask, and a big file has tens of thousands of
 * layers, each of which would otherwise hold three more objects. Its properties are kept while
 * its host is built and checked, and read again from the tree later (see props.ts).
 */
export class LayerNode implements Layer {
  readonly kind: LayerKind;
  readonly name: string;
  readonly product: string | undefined;
  readonly label: string | undefined;
  readonly catalogue: Product | undefined;
  readonly index: number;
  /** The properties while the builder and the checks of its host use them, then undefined until asked for again. */
  private ownProps: LayerProps | undefined;
  parent: Layer | undefined = undefined;
  children: Layer[];
  hypervisorType: HypervisorType | undefined = undefined;
  kernel: KernelFamily | undefined = undefined;
  virtualization: VirtualizationKind | undefined = undefined;
  private readonly nameRow: number;
  private readonly productRow: number;

  constructor(
    private readonly tree: SyntaxTree,
    private readonly statementId: number,
    header: LayerHeader,
    props: LayerProps,
    children: Layer[],
  ) {
    this.kind = header.kind;
    this.name = header.name;
    this.product = header.product;
    this.label = header.label;
    this.catalogue = header.catalogue;
    this.index = header.index;
    this.nameRow = header.nameRow;
    this.productRow = header.productRow;
    this.ownProps = props;
    this.children = children;
  }

  get props(): LayerProps {
    return (this.ownProps ??= readLayerProps(this.tree, this.statementId, this.kind));
  }

  set props(props: LayerProps) {
    this.ownProps = props;
  }

  /** Lets go of the properties read while building; they are read again from the tree when asked for. */
  forgetProps(): void {
    this.ownProps = undefined;
  }

  get statement(): Statement {
    return this.tree.statement(this.statementId);
  }

  get nameSpan(): Span {
    const rows = this.tree.rows;
    const row = this.nameRow;
    return row < 0 ? { start: rows.start[this.statementId], end: rows.keywordEnd(this.statementId) } : { start: rows.argStart[row], end: rows.argEnd[row] };
  }

  get productSpan(): Span | undefined {
    const rows = this.tree.rows;
    const row = this.productRow;
    return row < 0 ? undefined : { start: rows.argStart[row], end: rows.argEnd[row] };
  }
}
