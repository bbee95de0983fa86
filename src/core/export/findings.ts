// Findings as lines of text for tools outside the editor (issue 16): `file:line:col: severity code
// message`, the form compilers print and VS Code's problem matchers read. The command line prints
// them and the extension's task writes the same lines, so that one matcher reads both. Pure.
import type { Diagnostic, Severity } from '../diagnostics';
import { LineIndex } from '../syntax/lines';

/** A 1-based line and column (in UTF-16 code units, as VS Code counts them). */
export interface LineColumn {
  readonly line: number;
  readonly column: number;
}

/** Finds lines and columns of offsets in one text; builds the line index once. */
export function positionsOf(text: string): (offset: number) => LineColumn {
  const index = new LineIndex(text);
  const starts: number[] = [];
  return (offset) => {
    const line = index.line(offset);
    let start = starts[line];
    if (start === undefined) {
      // The line's first offset: after the break that ends the line before.
      start = offset;
      while (start > 0 && index.line(start - 1) === line) start--;
      starts[line] = start;
    }
    return { line, column: offset - start + 1 };
  };
}

/** The word a severity is printed as: `info` for information, so that the matcher's four words are short. */
export function severityWord(severity: Severity): 'error' | 'warning' | 'info' | 'hint' {
  return severity === 'information' ? 'info' : severity;
}

/**
 * One finding as `file:line:col: severity code message`; line breaks in the message (from the
 * user's own text) become spaces, so that a finding is always one line.
 */
export function findingLine(file: string, at: LineColumn, d: Pick<Diagnostic, 'severity' | 'code'>, message: string): string {
  return `${file}:${at.line}:${at.column}: ${severityWord(d.severity)} ${d.code} ${message.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ')}`;
}

/** The regular expression of the problem matcher (package.json `problemMatchers`), kept here so a test can check both agree. */
export const FINDING_LINE_PATTERN = '^(.+?):(\\d+):(\\d+):\\s+(error|warning|info|hint)\\s+(VS\\d+)\\s+(.*)$';
