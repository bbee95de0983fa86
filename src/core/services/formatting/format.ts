// The formatter: canonical indentation (two spaces per open block) and spacing between
// tokens, one line of input per line of output. It rewrites only the white space between
// tokens, and checks that: each line is re-scanned and kept as it was if its tokens changed,
// and the whole result must scan to the same tokens as the input, or nothing is changed.
import type { Diagnostic, Span } from '../../diagnostics';
import { MAX_DEPTH } from '../../syntax/parser';
import { Scanner } from '../../syntax/scanner';
import { T } from '../../syntax/tokens';
import type { TextEdit } from '../textEdits';

/** One indentation step. */
export const INDENT = '  ';

interface Token {
  readonly kind: T;
  readonly start: number;
  readonly end: number;
}

/** A line as the scanner sees it: its tokens, a trailing comment, and its line break. */
interface Line {
  /** Where the line starts in the input, and where its line break ends. */
  readonly start: number;
  readonly end: number;
  readonly tokens: Token[];
  /** Offset of the `#` of a comment, and the comment without trailing white space. */
  readonly commentAt?: number;
  readonly comment?: string;
  /** The line break as written (`\n`, `\r\n`, a lone `\r`), or '' on the last line; the output uses one kind throughout. */
  readonly eol: string;
}

/** The formatted text; idempotent, and the input itself whenever its tokens could not be kept. */
export function formatText(text: string): string {
  const { lines, bom } = splitLines(text);
  const out = layout(text, lines);
  const result = bom + out.map((l) => l.text).join('');
  return sameTokens(text, result) ? result : text;
}

/** Edits that format the document, or only the lines that touch `range`; one edit per changed line. */
export function formatEdits(text: string, range?: Span): TextEdit[] {
  const { lines, bom } = splitLines(text);
  const out = layout(text, lines);
  if (!sameTokens(text, bom + out.map((l) => l.text).join(''))) return [];
  const edits: TextEdit[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (range && (line.end < range.start || line.start > range.end || (line.end === range.start && line.eol !== ''))) continue;
    const old = text.slice(line.start, line.end);
    if (old !== out[i].text) edits.push({ start: line.start, end: line.end, newText: out[i].text });
  }
  return edits;
}

function scan(text: string): Token[] {
  const sink: Diagnostic[] = [];
  const scanner = new Scanner(text, sink);
  const tokens: Token[] = [];
  for (let t = scanner.next(); t !== T.EOF; t = scanner.next()) tokens.push({ kind: t, start: scanner.start, end: scanner.end });
  return tokens;
}

function splitLines(text: string): { lines: Line[]; bom: string } {
  const bom = text.charCodeAt(0) === 0xfeff ? '\ufeff' : '';
  const lines: Line[] = [];
  let start = bom.length;
  let tokens: Token[] = [];
  const close = (contentEnd: number, end: number, eol: string): void => {
    const gapFrom = tokens.length > 0 ? tokens[tokens.length - 1].end : start;
    const hash = text.slice(gapFrom, contentEnd).indexOf('#');
    const commentAt = hash >= 0 ? gapFrom + hash : undefined;
    const comment = commentAt === undefined ? undefined : text.slice(commentAt, contentEnd).replace(/[ \t\r\u00a0]+$/, '');
    lines.push({ start, end, tokens, commentAt, comment, eol });
    start = end;
    tokens = [];
  };
  for (const tok of scan(text)) {
    if (tok.kind !== T.Newline) {
      tokens.push(tok);
      continue;
    }
    const crlf = text.charCodeAt(tok.start) === 10 && text.charCodeAt(tok.start - 1) === 13;
    // A CR before the LF belongs to the line break; a comment swallows it as white space.
    close(crlf ? tok.start - 1 : tok.start, tok.end, crlf ? '\r\n' : text[tok.start]);
  }
  close(text.length, text.length, '');
  return { lines, bom };
}

/** Formats each line; output line i replaces input line i (with '' to drop a blank line). */
function layout(text: string, lines: readonly Line[]): { text: string }[] {
  // One line break for the whole file, as VS Code keeps it: CRLF if the first one is, else LF.
  const eol = lines.find((l) => l.eol !== '')?.eol === '\r\n' ? '\r\n' : '\n';
  const isBlank = (l: Line): boolean => l.tokens.length === 0 && l.comment === undefined;
  let lastContent = lines.length - 1;
  while (lastContent >= 0 && isBlank(lines[lastContent])) lastContent--;
  const out: { text: string }[] = [];
  let depth = 0;
  let previous: 'start' | 'blank' | 'content' = 'start';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) {
      // Runs of blank lines shrink to one, and the file neither starts nor ends with one.
      const keep = previous === 'content' && i < lastContent;
      out.push({ text: keep ? eol : '' });
      if (keep) previous = 'blank';
      continue;
    }
    // No deeper than the parser reads (it skips blocks past MAX_DEPTH): indenting each of 10,000
    // nested levels by its depth would turn 70 kB into 100 MB, and 40,000 levels into a string too
    // long to make. The lines past the limit stay at the limit's indentation.
    const level = Math.min(MAX_DEPTH, Math.max(0, depth - (line.tokens[0]?.kind === T.RBrace ? 1 : 0)));
    const indent = INDENT.repeat(level);
    const code = line.tokens.length > 0 ? printCode(text, line.tokens) : '';
    let body = indent + code;
    if (line.comment !== undefined) {
      // A trailing comment keeps its column when the code leaves room, so aligned comments stay aligned.
      body = code === '' ? indent + line.comment : body + ' '.repeat(Math.max(1, line.commentAt! - line.start - body.length)) + line.comment;
    }
    for (const tok of line.tokens) {
      if (tok.kind === T.LBrace) depth++;
      else if (tok.kind === T.RBrace) depth = Math.max(0, depth - 1);
    }
    previous = 'content';
    out.push({ text: body + eol });
  }
  return out;
}

/**
 * One line's tokens with canonical spacing. White space only separates tokens, and the gaps
 * removed (before `;`, `,`, a number's `%`, around `..`) cannot join two tokens, except next to
 * characters the scanner could not read: such a line is kept as written.
 */
function printCode(text: string, tokens: readonly Token[]): string {
  if (tokens.some((t) => t.kind === T.Invalid)) return text.slice(tokens[0].start, tokens[tokens.length - 1].end);
  let code = text.slice(tokens[0].start, tokens[0].end);
  for (let i = 1; i < tokens.length; i++) code += gap(tokens[i - 1].kind, tokens[i].kind) + text.slice(tokens[i].start, tokens[i].end);
  return code;
}

/** The space between two tokens on a line: none before `;`, `,` and a number's `%`, none around `..`. */
function gap(a: T, b: T): string {
  if (b === T.Semi || b === T.Comma) return '';
  if (b === T.Percent && a === T.Number) return '';
  if (a === T.DotDot || b === T.DotDot) return '';
  return ' ';
}

/** Whether two texts read as the same tokens, line breaks aside (blank lines carry no meaning). */
function sameTokens(a: string, b: string): boolean {
  const sink: Diagnostic[] = [];
  const x = new Scanner(a, sink);
  const y = new Scanner(b, sink);
  // Runs of line breaks count as one, and those at the start count as none.
  const next = (s: Scanner, first: boolean): T => {
    let t = s.next();
    if (t !== T.Newline) return t;
    while (t === T.Newline) t = s.next();
    return first || t === T.EOF ? t : T.Newline;
  };
  let first = true;
  for (;;) {
    let tx = next(x, first);
    let ty = next(y, first);
    first = false;
    if (tx === T.Newline && ty === T.Newline) {
      // A line break was read ahead of the token after it; compare that token too.
      tx = x.token;
      ty = y.token;
    }
    if (tx !== ty) return false;
    if (tx === T.EOF) return true;
    if (a.slice(x.start, x.end) !== b.slice(y.start, y.end)) return false;
  }
}
