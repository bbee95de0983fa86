// The syntax tree as the rest of the extension reads it: statements and arguments as objects
// (the interfaces of ast.ts), made from the columns only when something asks for them. The model
// builder reads the columns directly, so checking a file makes no node objects at all; editor
// features that walk the tree (folding, outline, selection) make the nodes they visit.
import { UNIT_NAMES } from '../units';
import type { Arg, Block, Quantity, Statement } from './ast';
import { ArgKind, NONE, type TreeColumns } from './columns';

/** A parsed file: its statements by id, and their nodes on demand. */
export class SyntaxTree {
  /** Statement nodes made so far, by id; made at the length of the statement columns when the first node is, so that it never grows item by item. */
  private nodes: (StatementNode | undefined)[] | undefined;
  private topLevel: Statement[] | undefined;

  constructor(
    /** The rows, written by the parser and read-only once it is done. */
    readonly rows: TreeColumns,
    /** Length of the parsed text. */
    readonly length: number,
  ) {}

  /** The top-level statements in document order. */
  get statements(): Statement[] {
    return (this.topLevel ??= this.listed(this.rows.topFirst, this.rows.topCount));
  }

  /** The statement with this id; the same object every time it is asked for. */
  statement(id: number): Statement {
    const nodes = (this.nodes ??= new Array<StatementNode | undefined>(this.rows.start.length));
    return (nodes[id] ??= new StatementNode(this, id));
  }

  /** A statement's arguments as new objects. */
  argsOf(id: number): Arg[] {
    const r = this.rows;
    const first = r.argFirst[id];
    const out = new Array<Arg>(r.argCount(id));
    for (let i = 0; i < out.length; i++) out[i] = this.arg(first + i);
    return out;
  }

  /** One argument row as a new object. */
  arg(row: number): Arg {
    const r = this.rows;
    const start = r.argStart[row];
    const end = r.argEnd[row];
    switch (r.argKind[row] as ArgKind) {
      case ArgKind.Word: return { kind: 'word', text: r.text[row]!, start, end };
      case ArgKind.String: return { kind: 'string', value: r.text[row]!, start, end };
      case ArgKind.Time: return { kind: 'time', hours: Math.floor(r.value[row] / 60), minutes: r.value[row] % 60, start, end };
      case ArgKind.Range: {
        const low = quantity(r.value[row], r.unit[row], start, r.lowEnd[row]);
        const high = quantity(r.high[row], r.highUnit[row], r.highStart[row], end);
        return { kind: 'range', low, high, start, end };
      }
      default: return quantity(r.value[row], r.unit[row], start, end);
    }
  }

  /** A statement's block, or undefined; its statements are the tree's shared nodes. */
  blockOf(id: number): Block | undefined {
    const r = this.rows;
    if (r.open[id] === NONE) return undefined;
    return { open: r.open[id], close: r.close[id], statements: this.listed(r.listFirst[id], r.listCount[id]) };
  }

  private listed(first: number, count: number): Statement[] {
    const out = new Array<Statement>(count);
    for (let i = 0; i < count; i++) out[i] = this.statement(this.rows.list[first + i]);
    return out;
  }
}

function quantity(value: number, unit: number, start: number, end: number): Quantity {
  return { kind: 'quantity', value, unit: UNIT_NAMES[unit], start, end };
}

/** A statement read from the columns; arguments and block are made once, when first asked for. */
class StatementNode implements Statement {
  private argList: Arg[] | undefined;
  private blockNode: Block | null | undefined;

  constructor(
    private readonly tree: SyntaxTree,
    readonly id: number,
  ) {}

  get keyword(): string {
    return this.tree.rows.keyword[this.id];
  }

  get keywordEnd(): number {
    return this.tree.rows.keywordEnd(this.id);
  }

  get start(): number {
    return this.tree.rows.start[this.id];
  }

  get end(): number {
    return this.tree.rows.end[this.id];
  }

  get args(): Arg[] {
    return (this.argList ??= this.tree.argsOf(this.id));
  }

  get block(): Block | undefined {
    if (this.blockNode === undefined) this.blockNode = this.tree.blockOf(this.id) ?? null;
    return this.blockNode ?? undefined;
  }
}
