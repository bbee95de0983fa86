// The rows of a syntax tree, one typed array per field. A 4 MB file has some 400,000 statements
// and arguments: as objects they were most of the heap and most of the garbage collector's work
// (every one survives, so every one is copied), as columns they are a few arrays it never traces.

/** What kind of argument a row of the argument columns holds. */
export const enum ArgKind {
  Word,
  String,
  Quantity,
  Range,
  Time,
}

/** No block (in `open`), or a block never closed (in `close`). */
export const NONE = -1;

/** A column as its readers see it: rows by index, never written (only TreeColumns writes). */
export interface Column<T = number> {
  readonly [row: number]: T;
  readonly length: number;
}

/**
 * Statement and argument rows, written by the parser in document order and read by the tree.
 *
 * Only the methods below write the columns, and each takes every value it writes: a column may be
 * replaced by a larger copy whenever a row is added, so a caller that held a column across
 * `addArg` once wrote a time of day into the copy that growing threw away (issue 12, bug 1).
 * The fields are typed read-only so that such a write does not compile; the methods write through
 * `this as unknown as WritableColumns`, the same object typed writable (a cast costs nothing at
 * run time, where a getter returning `this` showed in profiles).
 */
export class TreeColumns {
  // Statements.
  statementCount = 0;
  readonly keyword: Column<string>;
  readonly start: Column;
  readonly end: Column;
  /** The statement's first argument row; its arguments run up to the next statement's first. */
  readonly argFirst: Column;
  /** Offsets of the block's braces; NONE in `open` when the statement has no block, in `close` when the block is never closed. */
  readonly open: Column;
  readonly close: Column;
  /** Where the block's statements are listed in `list`, and how many; set with `open`. */
  readonly listFirst: Column;
  readonly listCount: Column;

  // Arguments: a range keeps its low end in `value`/`unit` and its high end in `high`/`highUnit`.
  argTotal = 0;
  readonly argKind: Column;
  readonly argStart: Column;
  readonly argEnd: Column;
  /** Word text or decoded string; undefined for other kinds. */
  readonly text: Column<string | undefined>;
  /** Number, the low end of a range, or minutes since midnight of a time. */
  readonly value: Column;
  /** Unit id (see units.ts), 0 when bare. */
  readonly unit: Column;
  readonly high: Column;
  readonly highUnit: Column;
  /** Where a range's low quantity ends and its high quantity starts. */
  readonly lowEnd: Column;
  readonly highStart: Column;

  /** Statement ids of every block, and of the file, each block's contiguous. */
  readonly list: Column;
  listTotal = 0;
  /** Where the top-level statements are listed in `list`, and how many; set when parsing ends. */
  topFirst = 0;
  topCount = 0;

  constructor(textLength: number) {
    // Sized from the text so that a typical file never grows them: files have about one
    // statement per 28 characters and one argument per 17.
    const s = Math.max(16, Math.ceil(textLength / 24));
    this.keyword = new Array<string>(s);
    this.start = new Int32Array(s);
    this.end = new Int32Array(s);
    this.argFirst = new Int32Array(s);
    this.open = new Int32Array(s);
    this.close = new Int32Array(s);
    this.listFirst = new Int32Array(s);
    this.listCount = new Int32Array(s);
    this.list = new Int32Array(s);
    const a = Math.max(16, Math.ceil(textLength / 14));
    this.text = new Array<string | undefined>(a);
    this.argKind = new Uint8Array(a);
    this.argStart = new Int32Array(a);
    this.argEnd = new Int32Array(a);
    this.value = new Float64Array(a);
    this.unit = new Uint8Array(a);
    this.high = new Float64Array(a);
    this.highUnit = new Uint8Array(a);
    this.lowEnd = new Int32Array(a);
    this.highStart = new Int32Array(a);
  }

  /** A new statement row; its arguments are the ones added after it until the next statement. */
  addStatement(keyword: string, start: number, keywordEnd: number): number {
    const id = this.statementCount;
    if (id === this.start.length) this.growStatements();
    const w = this as unknown as WritableColumns;
    this.statementCount = id + 1;
    w.keyword[id] = keyword;
    w.start[id] = start;
    w.end[id] = keywordEnd;
    w.argFirst[id] = this.argTotal;
    // close, listFirst and listCount mean something only once a block sets `open`.
    w.open[id] = NONE;
    return id;
  }

  /** Where statement `id` ends: after its last argument, or after its block once setBlock() has read it. */
  setEnd(id: number, end: number): void {
    (this as unknown as WritableColumns).end[id] = end;
  }

  /** Gives statement `id` its block: the braces (close NONE if never closed), its statements in `list`, and the statement's new end. */
  setBlock(id: number, open: number, close: number, listFirst: number, listCount: number, end: number): void {
    const w = this as unknown as WritableColumns;
    w.open[id] = open;
    w.close[id] = close;
    w.listFirst[id] = listFirst;
    w.listCount[id] = listCount;
    w.end[id] = end;
  }

  /** A word or string argument of the newest statement (`text` is the word, or the string decoded). */
  addText(kind: ArgKind.Word | ArgKind.String, start: number, end: number, text: string): number {
    return this.addArg(kind, start, end, text);
  }

  /** A time-of-day argument of the newest statement, `minutes` after midnight. */
  addTime(start: number, end: number, minutes: number): number {
    const row = this.addArg(ArgKind.Time, start, end, undefined);
    (this as unknown as WritableColumns).value[row] = minutes;
    return row;
  }

  /** A quantity argument of the newest statement: a number and its unit id (0 when bare). */
  addQuantity(start: number, end: number, value: number, unit: number): number {
    // addArg written out: quantities are the commonest arguments, and the nested call was not inlined.
    const row = this.argTotal;
    if (row === this.argKind.length) this.growArgs();
    const w = this as unknown as WritableColumns;
    this.argTotal = row + 1;
    w.argKind[row] = ArgKind.Quantity;
    w.argStart[row] = start;
    w.argEnd[row] = end;
    w.text[row] = undefined;
    w.value[row] = value;
    w.unit[row] = unit;
    return row;
  }

  /** Makes quantity argument `row` the low end of a range whose high end is written at highStart..end. */
  makeRange(row: number, highStart: number, high: number, highUnit: number, end: number): void {
    const w = this as unknown as WritableColumns;
    w.argKind[row] = ArgKind.Range;
    w.lowEnd[row] = w.argEnd[row];
    w.highStart[row] = highStart;
    w.high[row] = high;
    w.highUnit[row] = highUnit;
    w.argEnd[row] = end;
  }

  /** Sets where the top-level statements are listed; see addList(). */
  setTopLevel(first: number, count: number): void {
    this.topFirst = first;
    this.topCount = count;
  }

  /** A new argument row with the fields every kind has; the add* methods above fill the rest after growing. */
  private addArg(kind: ArgKind, start: number, end: number, text: string | undefined): number {
    const row = this.argTotal;
    if (row === this.argKind.length) this.growArgs();
    const w = this as unknown as WritableColumns;
    this.argTotal = row + 1;
    w.argKind[row] = kind;
    w.argStart[row] = start;
    w.argEnd[row] = end;
    w.text[row] = text;
    return row;
  }

  /** How many arguments statement `id` has: they end where the next statement's begin. */
  argCount(id: number): number {
    return (id + 1 < this.statementCount ? this.argFirst[id + 1] : this.argTotal) - this.argFirst[id];
  }

  /** Where statement `id`'s keyword ends; the keyword is its source text, so its length says. */
  keywordEnd(id: number): number {
    return this.start[id] + this.keyword[id].length;
  }

  /** Appends statement ids from `ids[from..to)` to the list column; returns where they start. */
  addList(ids: Int32Array, from: number, to: number): number {
    const w = this as unknown as WritableColumns;
    const first = this.listTotal;
    const need = first + to - from;
    if (need > w.list.length) w.list = grown(w.list, need);
    const list = w.list;
    // A loop: subarray() would make a view object per block, and most blocks list a few ids.
    for (let i = from; i < to; i++) list[first + i - from] = ids[i];
    this.listTotal = need;
    return first;
  }

  private growStatements(): void {
    const w = this as unknown as WritableColumns;
    const n = w.start.length * 2;
    w.keyword.length = n;
    w.start = grown(w.start, n);
    w.end = grown(w.end, n);
    w.argFirst = grown(w.argFirst, n);
    w.open = grown(w.open, n);
    w.close = grown(w.close, n);
    w.listFirst = grown(w.listFirst, n);
    w.listCount = grown(w.listCount, n);
  }

  private growArgs(): void {
    const w = this as unknown as WritableColumns;
    const n = w.argKind.length * 2;
    w.text.length = n;
    w.argKind = grown(w.argKind, n);
    w.argStart = grown(w.argStart, n);
    w.argEnd = grown(w.argEnd, n);
    w.value = grown(w.value, n);
    w.unit = grown(w.unit, n);
    w.high = grown(w.high, n);
    w.highUnit = grown(w.highUnit, n);
    w.lowEnd = grown(w.lowEnd, n);
    w.highStart = grown(w.highStart, n);
  }
}

/** The columns as TreeColumns' own methods write them: the same fields, writable. */
interface WritableColumns {
  keyword: string[];
  start: Int32Array;
  end: Int32Array;
  argFirst: Int32Array;
  open: Int32Array;
  close: Int32Array;
  listFirst: Int32Array;
  listCount: Int32Array;
  argKind: Uint8Array;
  argStart: Int32Array;
  argEnd: Int32Array;
  text: (string | undefined)[];
  value: Float64Array;
  unit: Uint8Array;
  high: Float64Array;
  highUnit: Uint8Array;
  lowEnd: Int32Array;
  highStart: Int32Array;
  list: Int32Array;
}

/** A copy of `a` with room for at least `n` items (twice its length, or `n` if more). */
export function grown<A extends Int32Array | Uint8Array | Float64Array>(a: A, n: number): A {
  const b = new (a.constructor as new (n: number) => A)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
