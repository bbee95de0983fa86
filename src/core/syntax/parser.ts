import { type Diagnostic, type FindingId, makeDiagnostic } from '../diagnostics';
import { type MessageArg, msg } from '../l10n/localizer';
import { unitId } from '../units';
import { ArgKind, grown, NONE, TreeColumns } from './columns';
import { Scanner } from './scanner';
import { SyntaxTree } from './tree';
import { T, TOKEN_NAMES } from './tokens';

/** Deepest block nesting the parser builds; deeper content is skipped with one diagnostic. */
export const MAX_DEPTH = 64;

const PERCENT = unitId('%');

/** The result of parsing: always a tree, plus whatever was wrong with the text. */
export interface ParseResult {
  readonly tree: SyntaxTree;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses .virt text. Never throws; recovers at statement and block boundaries. `onTopLevel`, if
 * given, sees the id of each top-level statement as soon as it is complete, while its rows are
 * still fresh in the cache: the model builder reads them there instead of after the whole file.
 */
export function parse(text: string, onTopLevel?: (tree: SyntaxTree, id: number) => void): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const tree = new SyntaxTree(new TreeColumns(text.length), text.length);
  new Parser(text, tree, diagnostics, onTopLevel).parseFile();
  return { tree, diagnostics };
}

class Parser {
  private readonly scanner: Scanner;
  private readonly rows: TreeColumns;
  private tok: T;
  /** Ids of the statements of the blocks being read, innermost last; copied to the list column when a block ends. */
  private stack = new Int32Array(256);
  private top = 0;
  // The quantity just read by readQuantity(), in fields rather than a new object.
  private qValue = 0;
  private qUnit = 0;
  private qEnd = 0;

  constructor(
    text: string,
    private readonly tree: SyntaxTree,
    diagnostics: Diagnostic[],
    private readonly onTopLevel: ((tree: SyntaxTree, id: number) => void) | undefined,
  ) {
    this.rows = tree.rows;
    this.scanner = new Scanner(text, diagnostics);
    this.tok = this.scanner.next();
  }

  parseFile(): void {
    let passed = 0;
    while (this.tok !== T.EOF) {
      if (this.tok === T.RBrace) {
        this.report('syntax.unexpectedBrace', this.scanner.start, this.scanner.end);
        this.advance();
      } else {
        this.parseStatementInto(0, 0);
      }
      // The newest statement is held back: a block on the next line may still join it.
      if (this.onTopLevel) while (passed < this.top - 1) this.onTopLevel(this.tree, this.stack[passed++]);
    }
    if (this.onTopLevel) while (passed < this.top) this.onTopLevel(this.tree, this.stack[passed++]);
    this.rows.setTopLevel(this.rows.addList(this.stack, 0, this.top), this.top);
    this.top = 0;
  }

  /** Parses statements until the matching '}' (consumed) or the end of the file, as the block of `owner` (NONE: of nothing). */
  private parseBlock(depth: number, owner: number): void {
    const open = this.scanner.start;
    this.advance();
    if (depth > MAX_DEPTH) return this.skipBlock(open, owner);
    const base = this.top;
    while (this.tok !== T.RBrace && this.tok !== T.EOF) this.parseStatementInto(base, depth);
    const first = this.rows.addList(this.stack, base, this.top);
    const count = this.top - base;
    this.top = base;
    if (this.tok === T.EOF) {
      this.report('syntax.unclosedBlock', open, open + 1);
      return this.attach(owner, open, NONE, first, count);
    }
    const close = this.scanner.start;
    this.advance();
    this.attach(owner, open, close, first, count);
  }

  private attach(owner: number, open: number, close: number, first: number, count: number): void {
    if (owner === NONE) return;
    this.rows.setBlock(owner, open, close, first, count, close < 0 ? this.scanner.start : close + 1);
  }

  /** Too deep to build: count braces without recursion so that any depth is safe. */
  private skipBlock(open: number, owner: number): void {
    this.report('syntax.tooDeep', open, open + 1, String(MAX_DEPTH));
    let level = 1;
    while (this.tok !== T.EOF) {
      if (this.tok === T.LBrace) level++;
      else if (this.tok === T.RBrace && --level === 0) {
        const close = this.scanner.start;
        this.advance();
        return this.attach(owner, open, close, 0, 0);
      }
      this.advance();
    }
    this.report('syntax.unclosedBlock', open, open + 1);
    this.attach(owner, open, NONE, 0, 0);
  }

  /** One statement onto the stack (above `base`, where its block's list starts), or the recovery from a line that does not start with a keyword. */
  private parseStatementInto(base: number, depth: number): void {
    switch (this.tok) {
      case T.Newline:
      case T.Semi:
      case T.Comma:
        this.advance();
        return;
      case T.Ident: {
        // Parsed before the push: its own block uses the stack above the current top meanwhile.
        const id = this.parseStatement(depth);
        if (this.top === this.stack.length) this.stack = grown(this.stack, this.top + 1);
        this.stack[this.top++] = id;
        return;
      }
      case T.LBrace: {
        // A block on the line after its header: report, but keep its content attached.
        const prev = this.top > base ? this.stack[this.top - 1] : NONE;
        this.report('syntax.blockOnNextLine', this.scanner.start, this.scanner.end);
        this.parseBlock(depth + 1, prev !== NONE && this.rows.open[prev] === NONE ? prev : NONE);
        return;
      }
      case T.Invalid:
        this.advance(); // the scanner already reported it
        return;
      default:
        this.report('syntax.expectedKeyword', this.scanner.start, this.scanner.end, this.describe());
        this.skipToLineEnd();
        // A block after a broken header is still parsed so braces stay balanced; its content has no owner.
        if (this.at(T.LBrace)) this.parseBlock(depth + 1, NONE);
    }
  }

  private parseStatement(depth: number): number {
    const s = this.scanner;
    const rows = this.rows;
    const id = rows.addStatement(s.text, s.start, s.end);
    this.advance();
    let end = rows.keywordEnd(id);
    for (;;) {
      const t = this.tok;
      if (t === T.Newline || t === T.Semi || t === T.RBrace || t === T.EOF || t === T.LBrace) break;
      const argEnd = this.parseArg();
      if (argEnd >= 0) end = argEnd;
    }
    rows.setEnd(id, end);
    if (this.tok === T.LBrace) this.parseBlock(depth + 1, id);
    return id;
  }

  /** Adds one argument row to the newest statement and returns where it ends, or -1 if there was none to add. */
  private parseArg(): number {
    const s = this.scanner;
    const rows = this.rows;
    switch (this.tok) {
      case T.Ident:
      case T.String: {
        const end = s.end;
        rows.addText(this.tok === T.Ident ? ArgKind.Word : ArgKind.String, s.start, end, s.text);
        this.advance();
        return end;
      }
      case T.Time: {
        const end = s.end;
        rows.addTime(s.start, end, s.value);
        this.advance();
        return end;
      }
      case T.Number: {
        const start = s.start;
        this.readQuantity();
        const row = rows.addQuantity(start, this.qEnd, this.qValue, this.qUnit);
        if (!this.at(T.DotDot)) return this.qEnd;
        const lowEnd = this.qEnd;
        const dotsStart = s.start;
        const dotsEnd = s.end;
        this.advance();
        if (!this.at(T.Number)) {
          this.report('syntax.expectedQuantity', dotsStart, dotsEnd, this.describe());
          return lowEnd;
        }
        const highStart = s.start;
        this.readQuantity();
        rows.makeRange(row, highStart, this.qValue, this.qUnit, this.qEnd);
        return this.qEnd;
      }
      case T.Comma:
        this.advance();
        return -1;
      case T.Invalid:
        this.advance();
        return -1;
      default:
        this.report('syntax.unexpectedToken', s.start, s.end, this.describe());
        this.advance();
        return -1;
    }
  }

  /** Reads a number and the unit after it into qValue, qUnit and qEnd. */
  private readQuantity(): void {
    const s = this.scanner;
    this.qValue = s.value;
    if (!Number.isFinite(s.value)) this.report('syntax.badNumber', s.start, s.end, s.tokenText());
    this.qEnd = s.end;
    this.qUnit = 0;
    this.advance();
    if (this.tok === T.Percent) this.qUnit = PERCENT;
    else if (this.tok === T.Ident) this.qUnit = unitId(s.text);
    if (this.qUnit !== 0) {
      this.qEnd = s.end;
      this.advance();
    }
  }

  private skipToLineEnd(): void {
    while (this.tok !== T.Newline && this.tok !== T.Semi && this.tok !== T.EOF && this.tok !== T.RBrace && this.tok !== T.LBrace) this.advance();
  }

  private describe(): MessageArg {
    const s = this.scanner;
    if (this.tok === T.Ident || this.tok === T.Number) return `'${s.tokenText()}'`;
    if (this.tok === T.String) return msg('token.string', s.text.length > 20 ? s.text.slice(0, 20) + '…' : s.text);
    return msg(TOKEN_NAMES[this.tok]);
  }

  /** Reads the current token afresh (TypeScript would otherwise narrow it across advance()). */
  private at(kind: T): boolean {
    return this.tok === kind;
  }

  private advance(): void {
    this.tok = this.scanner.next();
  }

  private report(id: FindingId, start: number, end: number, ...args: MessageArg[]): void {
    // The scanner's cap covers these too, so a file of ten million stray braces stays cheap.
    this.scanner.addError(makeDiagnostic(id, start, end, ...args));
  }
}
