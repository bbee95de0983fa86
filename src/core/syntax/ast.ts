// The nodes of the syntax tree: uniform statements (keyword, arguments, optional block) with
// offsets. Meaning is given later by the model builder, so the parser never needs to know the
// schema. The tree stores them as columns (columns.ts) and makes these objects on demand (tree.ts).

/** An identifier argument or keyword. */
export interface Word {
  readonly kind: 'word';
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A double-quoted string argument, decoded. */
export interface StringArg {
  readonly kind: 'string';
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

/** A number with an optional unit (`32 cores`, `20%`, `0.5`). */
export interface Quantity {
  readonly kind: 'quantity';
  readonly value: number;
  /** The unit as written, `%` for percent; undefined when bare. */
  readonly unit?: string;
  readonly start: number;
  readonly end: number;
}

/** `low..high`, e.g. `256 MiB..1 GiB`. */
export interface RangeArg {
  readonly kind: 'range';
  readonly low: Quantity;
  readonly high: Quantity;
  readonly start: number;
  readonly end: number;
}

/** A time of day, `14:00`. */
export interface TimeArg {
  readonly kind: 'time';
  readonly hours: number;
  readonly minutes: number;
  readonly start: number;
  readonly end: number;
}

/** Any argument of a statement. */
export type Arg = Word | StringArg | Quantity | RangeArg | TimeArg;

/** `{ … }`; close is -1 when the block is never closed. */
export interface Block {
  readonly open: number;
  readonly close: number;
  readonly statements: Statement[];
}

/** `keyword args… [block]`. The keyword starts the statement, so it needs no node of its own. */
export interface Statement {
  /** The statement's row in its tree's columns. */
  readonly id: number;
  /** The keyword as written. */
  readonly keyword: string;
  /** Offset after the keyword, which starts at `start`. */
  readonly keywordEnd: number;
  readonly args: Arg[];
  readonly block?: Block;
  readonly start: number;
  readonly end: number;
}

/** Where a statement's keyword is written, for diagnostics and highlights that point at it. */
export function keywordSpan(statement: Statement): { start: number; end: number } {
  return { start: statement.start, end: statement.keywordEnd };
}
