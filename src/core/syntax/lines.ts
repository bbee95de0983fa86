// Line numbers of offsets. A line ends at `\n`, `\r\n` or a lone `\r`, as in VS Code and in the
// scanner, so that "line N" in a message is the line the editor shows.

const LF = 10;
const CR = 13;

/**
 * The lines of one text, found once, for the line numbers of many offsets: each lookup is a
 * binary search instead of a scan from the start of the text (80,000 duplicate names took 9.6 s
 * that way, issue 12, bug 3). `lineOf` is the plain scan the tests compare it with.
 */
export class LineIndex {
  /** Offset of the first character of each line, in order; the first line starts at 0. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    const starts = this.starts;
    if (text.indexOf('\r') < 0) {
      // The common case: indexOf finds line feeds far faster than a loop over the characters.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) starts.push(i + 1);
    }
  }

  /** How many lines the text has (an empty text, or one ending in a line break, counts its last, empty line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** The 1-based line of an offset; an offset on a line break belongs to the line it ends. */
  line(offset: number): number {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    // The last line starting at or before the offset.
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** The 1-based line of one offset, by a search from the start: for a single lookup; many use a LineIndex. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  // A lone CR ends a line too; most files have none, and the native search says so quickly.
  for (let i = text.indexOf('\r'); i !== -1 && i < offset; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== LF) line++;
  return line;
}
