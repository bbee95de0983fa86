import type * as vscode from 'vscode';
import type { DiagramOptions } from '../../core/diagram/types';
import type { PreviewFromWebview } from '../../shared/messages';
import type { AnalysisCache } from '../analysisCache';
import type { UpdateStrings } from './update';

/** Host-side words that depend on the file. */
export interface HostStrings {
  title(resource: vscode.Uri, locked: boolean): string;
  notVirt(resource: vscode.Uri, languageId: string): string;
  notFound(resource: vscode.Uri): string;
  closed(resource: vscode.Uri): string;
  deletedButOpen(resource: vscode.Uri): string;
}

/** What every preview shares: the analysis cache, the log, translated words and test hooks. */
export interface PreviewContext {
  readonly cache: AnalysisCache;
  readonly log: vscode.LogOutputChannel;
  readonly strings: HostStrings;
  readonly updateStrings: UpdateStrings;
  diagramOptions(showResources: boolean): DiagramOptions;
  /** The page reported a finished drawing. */
  onRendered(preview: unknown, message: Extract<PreviewFromWebview, { type: 'rendered' }>): void;
  /** An export was written. */
  onExported(preview: unknown, format: 'svg' | 'png', target: vscode.Uri | undefined): void;
}
