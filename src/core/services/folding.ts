// Folding: every block that spans lines, runs of comment lines, and `# region` … `# endregion`.
import type { Analysis } from '../analyze';
import type { Statement } from '../syntax/ast';
import { startsLine } from './edits';
import { lineEnd, lineStart } from './locate';

/** A foldable range by offsets: from `start`'s line to `end`'s line. */
export interface FoldingData {
  readonly start: number;
  readonly end: number;
  readonly kind?: 'comment' | 'region';
}

/** The folding ranges of a file. */
export function foldingRanges(analysis: Analysis, text: string): FoldingData[] {
  const out: FoldingData[] = [];
  const visit = (list: readonly Statement[]): void => {
    for (const s of list) {
      const b = s.block;
      if (!b) continue;
      // The closing brace stays visible when it starts its line, as in every other language.
      if (b.close >= 0 && lineEnd(text, b.open) < b.close) out.push({ start: b.open, end: startsLine(text, b.close) ? lineStart(text, b.close) - 1 : b.close });
      visit(b.statements);
    }
  };
  visit(analysis.tree.statements);
  comments(text, out);
  return out.sort((a, b) => a.start - b.start);
}

function comments(text: string, out: FoldingData[]): void {
  const regions: number[] = [];
  let run: { start: number; end: number; lines: number } | undefined;
  const flush = (): void => {
    if (run && run.lines > 1) out.push({ start: run.start, end: run.end, kind: 'comment' });
    run = undefined;
  };
  const lines = /[^\r\n]*(\r\n|\n|\r|$)/g;
  for (let m = lines.exec(text); m && m[0] !== ''; m = lines.exec(text)) {
    const start = m.index;
    const line = m[0].replace(/[\r\n]+$/, '');
    const end = start + line.length;
    const comment = /^[ \t]*#/.test(line);
    if (/^[ \t]*#\s*region\b/.test(line)) {
      flush();
      regions.push(start);
      continue;
    }
    if (/^[ \t]*#\s*endregion\b/.test(line)) {
      flush();
      const from = regions.pop();
      if (from !== undefined) out.push({ start: from, end, kind: 'region' });
      continue;
    }
    if (comment) run = run ? { ...run, end, lines: run.lines + 1 } : { start, end, lines: 1 };
    else flush();
  }
  flush();
}
