// Findings as a SARIF 2.1.0 log, the format GitHub code scanning reads (`check --format sarif`).
// One run; the rules are every code of the core's FINDINGS table with its sentence from the
// bundles; each result points at its file by a URI relative to the working folder (uriBaseId
// %SRCROOT%), so that the log means the same on any machine; a file outside it, by its file: URI. Everything is built as objects and
// serialised by JSON.stringify, so any text from a file is encoded properly.
import { pathToFileURL } from 'node:url';
import { FINDINGS, type Localizer, type MessageId, type Severity } from '../../core/languageService';
import type { CheckedFile } from './findings';

/** The SARIF level of a severity: information and hints are notes. */
export function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' || severity === 'warning' ? severity : 'note';
}

/** A relative path as a URI reference: `/` separators, each segment percent-encoded. */
export function relativeUri(name: string): string {
  return name.split('/').map(encodeURIComponent).join('/');
}

/** The SARIF log of checked files, as text ending in a line break. */
export function sarifLog(files: readonly CheckedFile[], l10n: Localizer, version: string): string {
  // A file outside the working folder has no relative URI: it is named by its file: URI.
  const artifact = (f: CheckedFile) => (f.absolute ? { uri: pathToFileURL(f.name).href } : { uri: relativeUri(f.name), uriBaseId: '%SRCROOT%' });
  const codes = [...new Set(Object.values(FINDINGS).map((f) => f.code))].sort();
  const severityOf = new Map(Object.values(FINDINGS).map((f) => [f.code, f.severity] as const));
  const index = new Map(codes.map((c, i) => [c, i]));
  const rules = codes.map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: l10n.textOf(`rule.${code}` as MessageId, [], code) },
    helpUri: `https://github.com/virtstack/vscode-virtstack/blob/main/docs/language.md#${code.toLowerCase()}`,
    defaultConfiguration: { level: sarifLevel(severityOf.get(code) ?? 'error') },
  }));
  const results = files.flatMap((f) =>
    f.findings.map((x) => ({
      ruleId: x.code,
      ...(index.has(x.code) ? { ruleIndex: index.get(x.code) } : {}),
      level: sarifLevel(x.severity),
      message: { text: x.message },
      locations: [{
        physicalLocation: {
          artifactLocation: artifact(f),
          region: { startLine: x.start.line, startColumn: x.start.column, endLine: x.end.line, endColumn: x.end.column },
        },
      }],
      ...(x.related.length > 0 ? {
        relatedLocations: x.related.map((r, id) => ({
          id,
          message: { text: r.message },
          physicalLocation: { artifactLocation: artifact(f), region: { startLine: r.start.line, startColumn: r.start.column } },
        })),
      } : {}),
    })),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'virtstack', semanticVersion: version, informationUri: 'https://github.com/virtstack/vscode-virtstack', rules } },
      language: l10n.locale,
      columnKind: 'utf16CodeUnits',
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
