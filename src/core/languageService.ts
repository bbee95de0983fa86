// The core's one face to every host: the VS Code extension, the web extension, a command line
// and the Markdown plugin all reach the language through this object, as VS Code's JSON support
// reaches vscode-json-languageservice. It binds the user's language once, so that every host
// shows the same words, and it takes offsets and returns offsets, never editor types: a host
// converts them at its edge (the extension's `ranges.ts`).
//
// Everything here is pure and synchronous; an analysis is a value a host may keep per document
// version and hand back to any method.
import { analyze, type Analysis } from './analyze';
import type { Diagnostic, Span } from './diagnostics';
import { ENGLISH, type Localizer } from './l10n/localizer';
import { complete, type Completions } from './services/completion/completion';
import { formatEdits } from './services/formatting/format';
import { hover, type HoverResult } from './services/hover/hover';
import { definition, prepareRename, references, rename, type RenameResult } from './services/navigation/navigation';
import { documentSymbols, type FoldingData, foldingRanges, selectionRanges, type SymbolData } from './services/outline/outline';
import { type QuickFix, quickFixes } from './services/quickFixes/quickFixes';
import type { TextEdit } from './services/textEdits';
import { DEFAULT_VALIDATION, type ValidationOptions } from './validate/validator';

export type { Analysis } from './analyze';
export type { Diagnostic, Severity, Span } from './diagnostics';
export type { Bundle, Locale, Localizer, Message, MessageArg, MessageId } from './l10n/localizer';
export { localizerFor } from './l10n/localizer';
export type { CompletionEntry, CompletionKind, Completions } from './services/completion/completion';
export type { HoverResult } from './services/hover/hover';
export type { RenameResult } from './services/navigation/navigation';
export type { FoldingData, SymbolData } from './services/outline/outline';
export type { QuickFix } from './services/quickFixes/quickFixes';
export type { TextEdit } from './services/textEdits';
export { DEFAULT_VALIDATION, type ValidationOptions } from './validate/validator';

/** How a language service speaks. */
export interface LanguageServiceOptions {
  /** The user's language; English when left out. */
  readonly l10n?: Localizer;
}

/** A diagnostic put into words: its message and those of its related places. */
export interface DiagnosticText {
  readonly message: string;
  readonly related: readonly string[];
}

/** Everything a host can ask of a `.virt` document, by offsets. */
export interface LanguageService {
  /** The language the service answers in. */
  readonly l10n: Localizer;
  /** Parses, builds the model and checks a text; never throws. */
  analyze(text: string, limits?: ValidationOptions): Analysis;
  /** A diagnostic's message and its related places' messages in the service's language. */
  describe(diagnostic: Diagnostic): DiagnosticText;
  /** Completion at an offset; `triggerCharacter` is the character that opened the list, if one did. */
  complete(analysis: Analysis, offset: number, triggerCharacter?: string): Completions;
  /** The hover at an offset. */
  hover(analysis: Analysis, offset: number): HoverResult | undefined;
  /** Quick fixes for the findings overlapping a span, each checked to remove its finding and add no error. */
  quickFixes(analysis: Analysis, range: Span): QuickFix[];
  /** Edits that format the text, or the statements overlapping `range`. */
  format(text: string, range?: Span): TextEdit[];
  /** The outline. */
  documentSymbols(analysis: Analysis): SymbolData[];
  /** Foldable ranges. */
  foldingRanges(analysis: Analysis): FoldingData[];
  /** The spans Expand Selection walks through from an offset, innermost first. */
  selectionRanges(analysis: Analysis, offset: number): Span[];
  /** Where the name at an offset is declared. */
  definition(analysis: Analysis, offset: number): Span | undefined;
  /** The references of the name at an offset, in document order. */
  references(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[];
  /** Whether the name at an offset can be renamed, and its span. */
  prepareRename(analysis: Analysis, offset: number): RenameResult<{ span: Span; name: string }>;
  /** The edits that rename the name at an offset, or why it cannot be. */
  rename(analysis: Analysis, offset: number, newName: string): RenameResult<TextEdit[]>;
}

/** A language service speaking the given language. */
export function getLanguageService(options: LanguageServiceOptions = {}): LanguageService {
  const l10n = options.l10n ?? ENGLISH;
  return {
    l10n,
    analyze: (text, limits = DEFAULT_VALIDATION) => analyze(text, limits),
    describe: (d) => ({
      message: l10n.textOf(d.messageId, d.args, d.message),
      related: (d.related ?? []).map((r) => l10n.text(r.message)),
    }),
    complete: (analysis, offset, triggerCharacter) => complete(analysis, analysis.text, offset, { l10n, triggerCharacter }),
    hover: (analysis, offset) => hover(analysis, analysis.text, offset, { l10n }),
    quickFixes: (analysis, range) => quickFixes(analysis, analysis.text, range, { l10n }),
    format: (text, range) => formatEdits(text, range),
    documentSymbols: (analysis) => documentSymbols(analysis, l10n),
    foldingRanges: (analysis) => foldingRanges(analysis, analysis.text),
    selectionRanges: (analysis, offset) => selectionRanges(analysis, analysis.text, offset),
    definition: (analysis, offset) => definition(analysis, offset),
    references: (analysis, offset, includeDeclaration) => references(analysis, offset, includeDeclaration),
    prepareRename: (analysis, offset) => prepareRename(analysis, offset, l10n),
    rename: (analysis, offset, newName) => rename(analysis, analysis.text, offset, newName, l10n),
  };
}

// Diagrams and the simulation, for the hosts that draw or simulate. Plain functions rather than
// methods of the service, so that a bundle that draws no diagram or runs no simulation (the
// extension's activation bundle, a CLI's `check`) leaves their code out, and one that only
// simulates (the worker) takes `analyze` without the editor services.
export { analyze } from './analyze';
export type { Layer, LayerKind, StackModel } from './model/types';
export { headerSpan } from './diagram/grid';
export { mermaidMarkdown, stackDiagrams, stackSource } from './diagram/generate';
export { diagramStrings } from './diagram/strings';
export { DEFAULT_MAX_BLOCKS, MAX_HOST_BLOCKS, MAX_TEXT_SIZE } from './diagram/types';
export { MAX_DESCRIPTION_LINES, markdownCell, markdownTable, stackDescription } from './export/text';
export { xmlChars, xmlText } from './export/xml';
export { blockKeyAt, fabricDeclaration, layerAt, layerKey } from './diagram/locate';
export type { DiagramBlock, DiagramOptions, DiagramStrings, StackDiagrams } from './diagram/types';
export { LIMITS as SIMULATION_LIMITS, parseDuration, refusalText, simulate } from './simulation';
export type { EntityInfo, EventKind, Outage, Recovery, RecoveryComparisonRow, RecoveryEvent, RecoveryVia, Refusal, SimEvent, SimulationOutcome, SimulationOverrides, SimulationResult } from './simulation';
export { seriesCsv, statsCsv, toJson } from './simulation/export';
export { KUBERNETES_EVICTION, VSPHERE_HA } from './simulation/recoveryFigures';
export { formatSize } from './units';
// Importers of Docker Compose, Kubernetes manifests and libvirt XML: sources in, `.virt` text out.
export { importInventory, type ImportFormat, type ImportOptions, type ImportResult } from './import';
export { MAX_IMPORT_CHARS } from './import/guards';
export { type ClockStyle, clockStyle, fillTemplate, formatClock, formatCount, formatDuration, formatEnergy, formatNumber, formatPercent, type TickSet, timeTicks, type Words } from './format';

// The command line (src/cli/) and the extension's tasks: every kind of finding (the rules of a
// SARIF log), edits applied to a text (`fmt`), and findings as `file:line:col` lines.
export { FINDINGS } from './diagnostics';
export { applyEdits } from './services/textEdits';
export { FINDING_LINE_PATTERN, findingLine, type LineColumn, positionsOf, severityWord } from './export/findings';
export { cell as csvCell } from './simulation/export';
