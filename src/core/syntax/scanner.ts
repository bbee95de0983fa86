import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import { T } from './tokens';

const enum C {
  Tab = 9, LF = 10, CR = 13, Space = 32, Quote = 34, Hash = 35, Percent = 37,
  Comma = 44, Minus = 45, Dot = 46, D0 = 48, D9 = 57, Colon = 58, Semi = 59,
  A = 65, Z = 90, Backslash = 92, Underscore = 95, a = 97, e = 101, n = 110, z = 122,
  LBrace = 123, RBrace = 125, E = 69, BOM = 0xfeff, NBSP = 0xa0,
}

// Sticky, so a test reads the source in place instead of a string made for each character.
const LETTER = /\p{L}|\p{M}/uy;
const LETTER_OR_DIGIT = /\p{L}|\p{M}|\p{Nd}/uy;

/** Whether the code point at `p` (at least 0x80) starts a name; Hangul, CJK and kana letters (all Lo, so the regex agrees; not the kana blocks' punctuation, e.g. U+30FB) skip the regex. */
function isLetterAt(s: string, p: number, cp: number, digits: boolean): boolean {
  if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3041 && cp <= 0x3096) || (cp >= 0x30a1 && cp <= 0x30fa)) return true;
  const re = digits ? LETTER_OR_DIGIT : LETTER;
  re.lastIndex = p;
  return re.test(s);
}

// A small direct-mapped table: enough for the keywords and names a file repeats.
const INTERN_SLOTS = 4096;
const MAX_INTERNED_LENGTH = 24;

/** Most scanner errors a file reports before the rest are summarised, so binary files stay cheap. */
export const MAX_SCAN_ERRORS = 200;

/**
 * Turns text into tokens one at a time. It never throws: characters it cannot read become
 * Invalid tokens with a diagnostic, runs of them grouped into one.
 */
export class Scanner {
  /** Kind of the current token. */
  token: T = T.EOF;
  /** Offset of the current token's first character. */
  start = 0;
  /** Offset after the current token. */
  end = 0;
  /** Text of an identifier, the decoded value of a string. */
  text = '';
  /** Numeric value of a Number (or minutes since midnight of a Time). */
  value = 0;
  private pos: number;
  private errors = 0;
  /** The next LF and CR at or after the last comment (see lineEnd), -1 before the first search. */
  private nextLf = -1;
  private nextCr = -1;
  /** Recently seen names by hash: repeated keywords, units and names reuse one string instead of a new slice each. */
  private readonly interned: (string | undefined)[] = new Array(INTERN_SLOTS);
  /**
   * Where in the source each interned name was read: a candidate is checked against those
   * characters of the same flat string, which is faster than reading the interned copy.
   */
  private readonly internedAt = new Int32Array(INTERN_SLOTS);
  /** The full hash of each interned name: most names that share a slot differ in it, and are told apart without reading a character. */
  private readonly internedHash = new Int32Array(INTERN_SLOTS);

  constructor(
    private readonly src: string,
    private readonly diagnostics: Diagnostic[],
  ) {
    this.pos = src.charCodeAt(0) === C.BOM ? 1 : 0;
  }

  /** The source text of the current token, made on demand (numbers do not keep theirs). */
  tokenText(): string {
    return this.src.slice(this.start, this.end);
  }

  /** Advances to the next token and returns its kind. */
  next(): T {
    const s = this.src;
    let p = this.pos;
    for (;;) {
      let c = s.charCodeAt(p);
      // Runs of spaces (indentation) first, in the tightest loop.
      while (c === C.Space) c = s.charCodeAt(++p);
      // A CR before an LF is white space; a lone CR ends a line, as it does in VS Code.
      if (c === C.Tab || c === C.NBSP || (c === C.CR && s.charCodeAt(p + 1) === C.LF)) p++;
      else if (c === C.Hash) p = this.lineEnd(p);
      else break;
    }
    this.start = p;
    if (p >= s.length) return this.finish(T.EOF, p);
    const c = s.charCodeAt(p);
    switch (c) {
      case C.LF:
      case C.CR:
        return this.finish(T.Newline, p + 1);
      case C.LBrace: return this.finish(T.LBrace, p + 1);
      case C.RBrace: return this.finish(T.RBrace, p + 1);
      case C.Semi: return this.finish(T.Semi, p + 1);
      case C.Comma: return this.finish(T.Comma, p + 1);
      case C.Percent: return this.finish(T.Percent, p + 1);
      case C.Quote: return this.scanString(p);
      case C.Dot:
        if (s.charCodeAt(p + 1) === C.Dot) return this.finish(T.DotDot, p + 2);
        if (isDigit(s.charCodeAt(p + 1))) return this.scanNumber(p);
        break;
      case C.Minus:
        if (isDigit(s.charCodeAt(p + 1)) || (s.charCodeAt(p + 1) === C.Dot && isDigit(s.charCodeAt(p + 2)))) {
          return this.scanNumber(p);
        }
        break;
    }
    if (isDigit(c)) return this.scanNumber(p);
    if (isIdentStart(c) || (c >= 0x80 && isLetterAt(s, p, c, false))) {
      return this.scanIdent(p);
    }
    return this.scanInvalid(p);
  }

  /**
   * Where the line holding `p` ends: at the next LF or CR, the first of the two. indexOf is far
   * faster than a loop over a comment's characters, and each search's answer is kept until the
   * scan passes it, so that a file without one of the two is not searched to its end per comment.
   */
  private lineEnd(p: number): number {
    const s = this.src;
    if (this.nextLf < p) {
      const lf = s.indexOf('\n', p);
      this.nextLf = lf < 0 ? s.length : lf;
    }
    if (this.nextCr < p) {
      const cr = s.indexOf('\r', p);
      this.nextCr = cr < 0 ? s.length : cr;
    }
    return Math.min(this.nextLf, this.nextCr);
  }

  private finish(kind: T, end: number): T {
    this.pos = end;
    this.end = end;
    this.token = kind;
    return kind;
  }

  private scanIdent(p: number): T {
    const s = this.src;
    const begin = p;
    // The intern hash is taken in the same pass; only ASCII names get one, the rest are rare.
    let h = 0;
    let ascii = true;
    for (;;) {
      const c = s.charCodeAt(p);
      if (isIdentPart(c)) {
        h = (Math.imul(h, 31) + c) | 0;
        p++;
      } else if (c >= 0x80 && p < s.length) {
        const cp = s.codePointAt(p)!;
        if (!isLetterAt(s, p, cp, true)) break;
        ascii = false;
        p += cp > 0xffff ? 2 : 1;
      } else break;
    }
    // A trailing '-' belongs to what follows (e.g. a negative number), not to the name.
    if (s.charCodeAt(p - 1) === C.Minus && p > begin + 1) {
      while (p > begin + 1 && s.charCodeAt(p - 1) === C.Minus) p--;
      ascii = false; // the hash covered the dashes; not worth undoing for so rare a case
    }
    this.text = ascii && p - begin <= MAX_INTERNED_LENGTH ? this.intern(begin, p, h) : s.slice(begin, p);
    return this.finish(T.Ident, p);
  }

  private intern(begin: number, end: number, hash: number): string {
    const s = this.src;
    const slot = hash & (INTERN_SLOTS - 1);
    const known = this.interned[slot];
    if (known !== undefined && this.internedHash[slot] === hash && known.length === end - begin && sameChars(s, begin, this.internedAt[slot], end - begin)) return known;
    const fresh = s.slice(begin, end);
    this.interned[slot] = fresh;
    this.internedAt[slot] = begin;
    this.internedHash[slot] = hash;
    return fresh;
  }

  private scanNumber(p: number): T {
    const s = this.src;
    const begin = p;
    if (s.charCodeAt(p) === C.Minus) p++;
    // Plain integers, the common case, are read without making a string.
    let whole = 0;
    for (let c = s.charCodeAt(p); isDigit(c); c = s.charCodeAt(++p)) whole = whole * 10 + (c - C.D0);
    if (s.charCodeAt(begin) === C.Minus) whole = -whole;
    let integer = p - begin < 16;
    // `14:00` is a time of day, not a number followed by a colon.
    if (s.charCodeAt(p) === C.Colon && isDigit(s.charCodeAt(p + 1)) && s.charCodeAt(begin) !== C.Minus) {
      const hours = Number(s.slice(begin, p));
      let q = p + 1;
      while (isDigit(s.charCodeAt(q))) q++;
      this.value = hours * 60 + Number(s.slice(p + 1, q));
      this.text = s.slice(begin, q);
      return this.finish(T.Time, q);
    }
    // A '.' starts a fraction only if a digit follows; `0.5..2` is a range.
    if (s.charCodeAt(p) === C.Dot && isDigit(s.charCodeAt(p + 1))) {
      integer = false;
      p++;
      while (isDigit(s.charCodeAt(p))) p++;
    }
    const e = s.charCodeAt(p);
    if (e === C.e || e === C.E) {
      let q = p + 1;
      const sign = s.charCodeAt(q);
      if (sign === 43 || sign === C.Minus) q++;
      if (isDigit(s.charCodeAt(q))) {
        while (isDigit(s.charCodeAt(q))) q++;
        p = q;
        integer = false;
      }
    }
    this.value = integer ? whole : Number(s.slice(begin, p));
    return this.finish(T.Number, p);
  }

  private scanString(p: number): T {
    const s = this.src;
    let out = '';
    let chunk = p + 1;
    let q = p + 1;
    // Labels repeat ("Ubuntu 24.04" on every VM): one without escapes is interned like a name.
    let h = 0;
    for (;;) {
      const c = s.charCodeAt(q);
      if (q >= s.length || c === C.LF || c === C.CR) {
        out += s.slice(chunk, q);
        this.report('syntax.unterminatedString', p, q);
        break;
      }
      if (c === C.Quote) {
        out = chunk === p + 1 && q - chunk <= MAX_INTERNED_LENGTH ? this.intern(chunk, q, h) : out + s.slice(chunk, q);
        q++;
        break;
      }
      h = (Math.imul(h, 31) + c) | 0;
      if (c === C.Backslash && q + 1 < s.length) {
        const esc = s.charCodeAt(q + 1);
        // A string never spans lines: a backslash before a line break (LF, CRLF or CR alike)
        // escapes nothing, and the string ends there unclosed.
        if (esc !== C.LF && esc !== C.CR) {
          out += s.slice(chunk, q);
          out += esc === C.n ? '\n' : s[q + 1];
          q += 2;
          chunk = q;
          continue;
        }
      }
      q++;
    }
    this.text = out;
    return this.finish(T.String, q);
  }

  private scanInvalid(p: number): T {
    const s = this.src;
    const begin = p;
    // Group a run of unreadable characters into one token and one diagnostic.
    do {
      p += (s.codePointAt(p) ?? 0) > 0xffff ? 2 : 1;
    } while (p < s.length && isInvalidStart(s, p));
    const first = s.codePointAt(begin)!;
    const shown = first < 32 || first === 127 ? `U+${first.toString(16).toUpperCase().padStart(4, '0')}` : `'${String.fromCodePoint(first)}'`;
    this.report('syntax.unexpectedCharacter', begin, p, shown);
    return this.finish(T.Invalid, p);
  }

  /** Records a reading error, the scanner's or the parser's, under one shared cap. */
  addError(d: Diagnostic): void {
    this.errors++;
    if (this.errors <= MAX_SCAN_ERRORS) this.diagnostics.push(d);
    else if (this.errors === MAX_SCAN_ERRORS + 1) this.diagnostics.push(makeDiagnostic('syntax.tooManyErrors', d.start, d.end, String(MAX_SCAN_ERRORS)));
  }

  private report(id: 'syntax.unexpectedCharacter' | 'syntax.unterminatedString', start: number, end: number, ...args: string[]): void {
    this.addError(makeDiagnostic(id, start, end, ...args));
  }
}

/** Whether `s` holds the same `length` characters at `a` and at `b`; a plain loop, since startsWith with a position is slow on hot paths. */
function sameChars(s: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (s.charCodeAt(a + i) !== s.charCodeAt(b + i)) return false;
  return true;
}

function isDigit(c: number): boolean {
  return c >= C.D0 && c <= C.D9;
}

function isIdentStart(c: number): boolean {
  return (c >= C.a && c <= C.z) || (c >= C.A && c <= C.Z) || c === C.Underscore;
}

/** ASCII characters that may continue a name: one load instead of five range tests per character. */
const IDENT_PART = new Uint8Array(128);
for (let c = 0; c < 128; c++) IDENT_PART[c] = isIdentStart(c) || isDigit(c) || c === C.Minus ? 1 : 0;

function isIdentPart(c: number): boolean {
  return c < 128 && IDENT_PART[c] === 1;
}

function isInvalidStart(s: string, p: number): boolean {
  const c = s.charCodeAt(p);
  if (c === C.Space || c === C.Tab || c === C.CR || c === C.LF || c === C.Hash || c === C.Quote) return false;
  if (c === C.LBrace || c === C.RBrace || c === C.Semi || c === C.Comma || c === C.Percent || c === C.Dot || c === C.Minus) return false;
  if (isDigit(c) || isIdentStart(c)) return false;
  return !(c >= 0x80 && isLetterAt(s, p, c, false));
}
