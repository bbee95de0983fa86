// Finding things by offset in an analysis: the statements around a cursor, the layer a
// statement declares, the tokens typed so far on a line. Every service starts here, and all
// of it is logarithmic or bounded by one line, so it stays fast on very large files.
import type { Diagnostic, Span } from '../diagnostics';
import type { Layer, StackModel } from '../model/types';
import type { Block, Statement } from '../syntax/ast';
import { Scanner } from '../syntax/scanner';
import { T } from '../syntax/tokens';

/** Whether the offset is inside the braces of the block (just after `{` up to just before `}`). */
export function insideBlock(block: Block | undefined, offset: number): block is Block {
  return block !== undefined && block.open < offset && (block.close < 0 || offset <= block.close);
}

/** The statement of a sorted list whose text contains the offset (end inclusive), by binary search. */
export function statementAt(list: readonly Statement[], offset: number): Statement | undefined {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = found >= 0 ? list[found] : undefined;
  return s && offset <= s.end ? s : undefined;
}

/** Statements from the outermost to the innermost whose text contains the offset. */
export function statementPath(statements: readonly Statement[], offset: number): Statement[] {
  const path: Statement[] = [];
  let list = statements;
  for (;;) {
    const s = statementAt(list, offset);
    if (!s) return path;
    path.push(s);
    if (!insideBlock(s.block, offset)) return path;
    list = s.block.statements;
  }
}

/** The innermost statement whose block holds the offset, or undefined at the top level. */
export function blockOwner(statements: readonly Statement[], offset: number): Statement | undefined {
  const path = statementPath(statements, offset);
  for (let i = path.length - 1; i >= 0; i--) if (insideBlock(path[i].block, offset)) return path[i];
  return undefined;
}

const layerIndex = new WeakMap<StackModel, Map<Statement, Layer>>();

/** The layer a statement declares, if it declares one (built once per analysis). */
export function layerOf(model: StackModel, statement: Statement): Layer | undefined {
  let index = layerIndex.get(model);
  if (!index) {
    index = new Map();
    for (const l of model.layers) index.set(l.statement, l);
    layerIndex.set(model, index);
  }
  return index.get(statement);
}

/** The `os` line without a block that carries the rest of a machine's block, if there is one. */
export function osLineOf(layer: Layer): Layer | undefined {
  return layer.children.find((c) => c.kind === 'os' && !c.statement.block);
}

/** Whether a span contains an offset, ends included (a cursor just after a word is on it). */
export function touches(span: Span | undefined, offset: number): span is Span {
  return span !== undefined && span.start <= offset && offset <= span.end;
}

/** A token of the line being typed, in document offsets. */
export interface LineToken {
  readonly kind: T;
  readonly start: number;
  readonly end: number;
  /** An identifier's text, a string's value. */
  readonly text: string;
  /** A string with no closing quote. */
  readonly open?: boolean;
}

/** What has been typed of the statement the cursor is in, from its start to the cursor. */
export interface TypedStatement {
  /** The tokens after the last `{`, `}` or `;` of the line, up to the cursor. */
  readonly tokens: LineToken[];
  /** The cursor is in a comment or an unclosed string, where nothing should be offered. */
  readonly inert: boolean;
  /** The cursor is in a comment. */
  readonly inComment: boolean;
}

/** Offset of the start of the line holding `offset` (after `\n`, or a lone `\r`). */
export function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0) {
    const c = text.charCodeAt(i - 1);
    if (c === 10 || c === 13) break;
    i--;
  }
  return i;
}

/** Offset of the end of the line holding `offset`, before its line break. */
export function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) break;
    i++;
  }
  return i;
}

/** Scans the current line up to the cursor; strings and comments never span lines, so this is exact. */
export function typedStatement(text: string, offset: number): TypedStatement {
  const from = lineStart(text, offset);
  const source = text.slice(from, offset);
  const problems: Diagnostic[] = [];
  const scanner = new Scanner(source, problems);
  let tokens: LineToken[] = [];
  let lastEnd = 0;
  for (let t = scanner.next(); t !== T.EOF; t = scanner.next()) {
    lastEnd = scanner.end;
    if (t === T.LBrace || t === T.RBrace || t === T.Semi) {
      tokens = [];
      continue;
    }
    const open = t === T.String && problems.some((p) => p.code === 'VS002' && p.start === scanner.start);
    tokens.push({ kind: t, start: from + scanner.start, end: from + scanner.end, text: t === T.Ident || t === T.String ? scanner.text : scanner.tokenText(), open });
  }
  const last = tokens[tokens.length - 1];
  const inComment = source.indexOf('#', lastEnd) >= 0;
  return { tokens, inert: inComment || last?.open === true, inComment };
}

const WORD_PART = /[\p{L}\p{M}\p{Nd}_-]/u;

/** The end of the identifier that continues after `offset`, so that completing a word replaces all of it. */
export function wordEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && WORD_PART.test(text[i])) i++;
  return i;
}
