// The findings of checked files, put into words once and then written in one of `check`'s
// formats: lines (`file:line:col: severity code message`), JSON, or SARIF (sarif.ts).
import { type Analysis, findingLine, type LanguageService, type LineColumn, positionsOf, type Severity } from '../../core/languageService';

/** One finding, located by lines and columns and put into the user's words. */
export interface Finding {
  readonly code: string;
  readonly severity: Severity;
  readonly start: LineColumn;
  readonly end: LineColumn;
  readonly message: string;
  readonly related: readonly { readonly start: LineColumn; readonly message: string }[];
}

/** A checked file: its name as printed and its findings. */
export interface CheckedFile {
  readonly name: string;
  /** True when the name is an absolute path (a file outside the working folder). */
  readonly absolute: boolean;
  readonly findings: readonly Finding[];
}

/** The findings of an analysis in the service's language. */
export function findingsOf(analysis: Analysis, service: LanguageService): Finding[] {
  const at = positionsOf(analysis.text);
  return analysis.diagnostics.map((d) => {
    const words = service.describe(d);
    return {
      code: d.code,
      severity: d.severity,
      start: at(d.start),
      end: at(d.end),
      message: words.message,
      related: (d.related ?? []).map((r, i) => ({ start: at(r.start), message: words.related[i] })),
    };
  });
}

/** The text format: one line per finding. */
export function findingLines(files: readonly CheckedFile[]): string {
  return files.flatMap((f) => f.findings.map((x) => findingLine(f.name, x.start, x, x.message) + '\n')).join('');
}

/** The JSON format: an array of files, each with its findings. */
export function findingsJson(files: readonly CheckedFile[]): string {
  return JSON.stringify(files.map((f) => ({ file: f.name, findings: f.findings })), null, 2) + '\n';
}
