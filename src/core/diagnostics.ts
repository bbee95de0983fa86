// Diagnostics are data, never exceptions: every stage appends to a list and carries on.
import type { Message, MessageArg as LocalizedArg, MessageId } from './l10n/localizer';
import type { MessageArg } from './messages';

/** How serious a finding is; the extension maps these onto VS Code's severities. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding about the source text, located by character offsets. */
export interface Diagnostic {
  /** Stable rule code, e.g. `VS201`; documented in docs/language.md. */
  readonly code: string;
  readonly severity: Severity;
  /** Offset of the first character (inclusive). */
  readonly start: number;
  /** Offset after the last character (exclusive); equal to start only at the end of the text. */
  readonly end: number;
  /** English text, already formatted from the message table. */
  readonly message: string;
  /** Key of the message table; with args it lets the extension show the text in the user's language. */
  readonly messageId: string;
  /** The values substituted into the message, kept for localization. */
  readonly args: readonly MessageArg[];
  /** Editor hint: the code is unnecessary or deprecated. */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /** Further places that explain the finding, e.g. the first of two duplicates. */
  readonly related?: readonly { readonly start: number; readonly end: number; readonly message: MessageArg }[];
}

/** A span of text by offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A diagnostic's message as data, to be put into words in any language (e.g. inside a refusal). */
export function messageOf(d: Diagnostic): Message {
  return { id: d.messageId as MessageId, args: d.args as unknown as LocalizedArg[] };
}
