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

/** Statement and argument rows, written by the parser in document order and read by the tree. */
export class TreeColumns {
  // Statements.
  statementCount = 0;
  keyword: string[];
  start: Int32Array;
  end: Int32Array;
  /** The statement's first argument row; its arguments run up to the next statement's first. */
  argFirst: Int32Array;
  /** Offsets of the block's braces; NONE in `open` when the statement has no block, in `close` when the block is never closed. */
  open: Int32Array;
  close: Int32Array;
  /** Where the block's statements are listed in `list`, and how many; set with `open`. */
  listFirst: Int32Array;
  listCount: Int32Array;

  // Arguments: a range keeps its low end in `value`/`unit` and its high end in `high`/`highUnit`.
  argTotal = 0;
  argKind: Uint8Array;
  argStart: Int32Array;
  argEnd: Int32Array;
  /** Word text or decoded string; undefined for other kinds. */
  text: (string | undefined)[];
  /** Number, the low end of a range, or minutes since midnight of a time. */
  value: Float64Array;
  /** Unit id (see units.ts), 0 when bare. */
  unit: Uint8Array;
  high: Float64Array;
  highUnit: Uint8Array;
  /** Where a range's low quantity ends and its high quantity starts. */
  lowEnd: Int32Array;
  highStart: Int32Array;

  /** Statement ids of every block, and of the file, each block's contiguous. */
  list: Int32Array;
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
    this.statementCount = id + 1;
    this.keyword[id] = keyword;
    this.start[id] = start;
    this.end[id] = keywordEnd;
    this.argFirst[id] = this.argTotal;
    // close, listFirst and listCount mean something only once a block sets `open`.
    this.open[id] = NONE;
    return id;
  }

  /** A new argument row of the newest statement; the caller fills the fields its kind uses. */
  addArg(kind: ArgKind, start: number, end: number, text: string | undefined): number {
    const row = this.argTotal;
    if (row === this.argKind.length) this.growArgs();
    this.argTotal = row + 1;
    this.argKind[row] = kind;
    this.argStart[row] = start;
    this.argEnd[row] = end;
    this.text[row] = text;
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
    const first = this.listTotal;
    const need = first + to - from;
    if (need > this.list.length) this.list = grown(this.list, need);
    const list = this.list;
    // A loop: subarray() would make a view object per block, and most blocks list a few ids.
    for (let i = from; i < to; i++) list[first + i - from] = ids[i];
    this.listTotal = need;
    return first;
  }

  private growStatements(): void {
    const n = this.start.length * 2;
    this.keyword.length = n;
    this.start = grown(this.start, n);
    this.end = grown(this.end, n);
    this.argFirst = grown(this.argFirst, n);
    this.open = grown(this.open, n);
    this.close = grown(this.close, n);
    this.listFirst = grown(this.listFirst, n);
    this.listCount = grown(this.listCount, n);
  }

  private growArgs(): void {
    const n = this.argKind.length * 2;
    this.text.length = n;
    this.argKind = grown(this.argKind, n);
    this.argStart = grown(this.argStart, n);
    this.argEnd = grown(this.argEnd, n);
    this.value = grown(this.value, n);
    this.unit = grown(this.unit, n);
    this.high = grown(this.high, n);
    this.highUnit = grown(this.highUnit, n);
    this.lowEnd = grown(this.lowEnd, n);
    this.highStart = grown(this.highStart, n);
  }
}

/** A copy of `a` with room for at least `n` items (twice its length, or `n` if more). */
export function grown<A extends Int32Array | Uint8Array | Float64Array>(a: A, n: number): A {
  const b = new (a.constructor as new (n: number) => A)(Math.max(n, a.length * 2));
  b.set(a);
  return b;
}
