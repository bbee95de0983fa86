import type { Diagnostic } from '../diagnostics';
import { makeDiagnostic, type MessageArg, type MessageId, phrase } from '../messages';
import { isUnit } from '../units';
import type { Arg, Block, Quantity, Statement, SyntaxTree, Word } from './ast';
import { Scanner } from './scanner';
import { T, TOKEN_NAMES } from './tokens';

/** Deepest block nesting the parser builds; deeper content is skipped with one diagnostic. */
export const MAX_DEPTH = 64;

/** The result of parsing: always a tree, plus whatever was wrong with the text. */
export interface ParseResult {
  readonly tree: SyntaxTree;
  readonly diagnostics: Diagnostic[];
}

/**
 * Parses .virt text. Never throws; recovers at statement and block boundaries. `onTopLevel`, if
 * given, sees each top-level statement as soon as it is complete, while its nodes are still fresh
 * in the cache: the model builder reads them there instead of after the whole file.
 */
export function parse(text: string, onTopLevel?: (statement: Statement) => void): ParseResult {
  const diagnostics: Diagnostic[] = [];
  const parser = new Parser(text, diagnostics, onTopLevel);
  return { tree: { statements: parser.parseFile(), length: text.length }, diagnostics };
}

class Parser {
  private readonly scanner: Scanner;
  private tok: T;
  // Scratch stacks: each list is copied out at its exact length, because an array grown by push
  // keeps room for 16 or more items, and a big file has hundreds of thousands of short lists.
  // Their tops are kept apart from `length`, since shrinking an array's length gives up its room.
  private readonly argStack: Arg[] = [];
  private readonly statementStack: Statement[] = [];
  private statementTop = 0;

  constructor(
    text: string,
    diagnostics: Diagnostic[],
    private readonly onTopLevel: ((statement: Statement) => void) | undefined,
  ) {
    this.scanner = new Scanner(text, diagnostics);
    this.tok = this.scanner.next();
  }

  parseFile(): Statement[] {
    const base = this.statementTop;
    const stack = this.statementStack;
    let passed = base;
    while (this.tok !== T.EOF) {
      if (this.tok === T.RBrace) {
        this.report('syntax.unexpectedBrace', this.scanner.start, this.scanner.end);
        this.advance();
      } else {
        this.parseStatementInto(base, 0);
      }
      // The newest statement is held back: a block on the next line may still join it.
      if (this.onTopLevel) while (passed < this.statementTop - 1) this.onTopLevel(stack[passed++]);
    }
    if (this.onTopLevel) while (passed < this.statementTop) this.onTopLevel(stack[passed++]);
    return this.popStatements(base);
  }

  /** The statements pushed since `base`, as an array of their own. */
  private popStatements(base: number): Statement[] {
    const out = this.statementStack.slice(base, this.statementTop);
    this.statementTop = base;
    return out;
  }

  /** Parses statements until the matching '}' (consumed) or the end of the file. */
  private parseBlock(depth: number): Block {
    const open = this.scanner.start;
    this.advance();
    if (depth > MAX_DEPTH) return this.skipBlock(open);
    const base = this.statementTop;
    while (this.tok !== T.RBrace && this.tok !== T.EOF) this.parseStatementInto(base, depth);
    const statements = this.popStatements(base);
    if (this.tok === T.EOF) {
      this.report('syntax.unclosedBlock', open, open + 1);
      return { open, close: -1, statements };
    }
    const close = this.scanner.start;
    this.advance();
    return { open, close, statements };
  }

  /** Too deep to build: count braces without recursion so that any depth is safe. */
  private skipBlock(open: number): Block {
    this.report('syntax.tooDeep', open, open + 1, String(MAX_DEPTH));
    let level = 1;
    while (this.tok !== T.EOF) {
      if (this.tok === T.LBrace) level++;
      else if (this.tok === T.RBrace && --level === 0) {
        const close = this.scanner.start;
        this.advance();
        return { open, close, statements: [] };
      }
      this.advance();
    }
    this.report('syntax.unclosedBlock', open, open + 1);
    return { open, close: -1, statements: [] };
  }

  /** One statement onto the statement stack (above `base`, where its block's list starts), or the recovery from a line that does not start with a keyword. */
  private parseStatementInto(base: number, depth: number): void {
    switch (this.tok) {
      case T.Newline:
      case T.Semi:
      case T.Comma:
        this.advance();
        return;
      case T.Ident:
        // Parsed before the push: its own block uses the stack above the current top meanwhile.
        {
          const stmt = this.parseStatement(depth);
          this.statementStack[this.statementTop++] = stmt;
        }
        return;
      case T.LBrace: {
        // A block on the line after its header: report, but keep its content attached.
        const prev = this.statementTop > base ? this.statementStack[this.statementTop - 1] : undefined;
        this.report('syntax.blockOnNextLine', this.scanner.start, this.scanner.end);
        const block = this.parseBlock(depth + 1);
        if (prev && !prev.block) {
          prev.block = block;
          prev.end = block.close < 0 ? this.scanner.start : block.close + 1;
        }
        return;
      }
      case T.Invalid:
        this.advance(); // the scanner already reported it
        return;
      default:
        this.report('syntax.expectedKeyword', this.scanner.start, this.scanner.end, this.describe());
        this.skipToLineEnd();
        // A block after a broken header is still parsed so braces stay balanced; its content has no owner.
        if (this.at(T.LBrace)) this.parseBlock(depth + 1);
    }
  }

  private parseStatement(depth: number): Statement {
    const s = this.scanner;
    const keyword = s.text;
    const start = s.start;
    const keywordEnd = s.end;
    this.advance();
    const argStack = this.argStack;
    let count = 0;
    let end = keywordEnd;
    for (;;) {
      const t = this.tok;
      if (t === T.Newline || t === T.Semi || t === T.RBrace || t === T.EOF || t === T.LBrace) break;
      const arg = this.parseArg();
      if (arg) {
        argStack[count++] = arg;
        end = arg.end;
      }
    }
    const args = argStack.slice(0, count);
    const statement: Statement = { keyword, keywordEnd, args, block: undefined, start, end };
    if (this.tok === T.LBrace) {
      statement.block = this.parseBlock(depth + 1);
      statement.end = statement.block.close < 0 ? this.scanner.start : statement.block.close + 1;
    }
    return statement;
  }

  private parseArg(): Arg | undefined {
    const s = this.scanner;
    switch (this.tok) {
      case T.Ident: {
        const w = this.word();
        this.advance();
        return w;
      }
      case T.String: {
        const arg: Arg = { kind: 'string', value: s.text, start: s.start, end: s.end };
        this.advance();
        return arg;
      }
      case T.Time: {
        const arg: Arg = { kind: 'time', hours: Math.floor(s.value / 60), minutes: s.value % 60, start: s.start, end: s.end };
        this.advance();
        return arg;
      }
      case T.Number: {
        const low = this.parseQuantity();
        if (!this.at(T.DotDot)) return low;
        const dots = { start: s.start, end: s.end };
        this.advance();
        if (!this.at(T.Number)) {
          this.report('syntax.expectedQuantity', dots.start, dots.end, this.describe());
          return low;
        }
        const high = this.parseQuantity();
        return { kind: 'range', low, high, start: low.start, end: high.end };
      }
      case T.Comma:
        this.advance();
        return undefined;
      case T.Invalid:
        this.advance();
        return undefined;
      default:
        this.report('syntax.unexpectedToken', s.start, s.end, this.describe());
        this.advance();
        return undefined;
    }
  }

  private parseQuantity(): Quantity {
    const s = this.scanner;
    const start = s.start;
    const value = s.value;
    if (!Number.isFinite(value)) this.report('syntax.badNumber', s.start, s.end, s.tokenText());
    let end = s.end;
    this.advance();
    let unit: string | undefined;
    if (this.tok === T.Percent) unit = '%';
    else if (this.tok === T.Ident && isUnit(s.text)) unit = s.text;
    if (unit !== undefined) {
      end = s.end;
      this.advance();
    }
    return { kind: 'quantity', value, unit, start, end };
  }

  private word(): Word {
    const s = this.scanner;
    return { kind: 'word', text: s.text, start: s.start, end: s.end };
  }

  private skipToLineEnd(): void {
    while (this.tok !== T.Newline && this.tok !== T.Semi && this.tok !== T.EOF && this.tok !== T.RBrace && this.tok !== T.LBrace) this.advance();
  }

  private describe(): MessageArg {
    const s = this.scanner;
    if (this.tok === T.Ident || this.tok === T.Number) return `'${s.tokenText()}'`;
    if (this.tok === T.String) return phrase('token.string', s.text.length > 20 ? s.text.slice(0, 20) + '…' : s.text);
    return phrase(TOKEN_NAMES[this.tok]);
  }

  /** Reads the current token afresh (TypeScript would otherwise narrow it across advance()). */
  private at(kind: T): boolean {
    return this.tok === kind;
  }

  private advance(): void {
    this.tok = this.scanner.next();
  }

  private report(id: MessageId, start: number, end: number, ...args: MessageArg[]): void {
    // The scanner's cap covers these too, so a file of ten million stray braces stays cheap.
    this.scanner.addError(makeDiagnostic(id, start, end, ...args));
  }
}
