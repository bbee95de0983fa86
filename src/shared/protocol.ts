// What every webview panel's protocol has in common: the shape of a protocol (one validator per
// direction, one for the state a page saves), the report a page sends back when the host sent
// it something unusable, and the small checks the validators are made of. Builds for Node and
// the browser: types and pure functions only.

/**
 * How the host and a page check what crosses between them. The host checks what the page
 * sends (a webview is a separate, less trusted context); the page checks what the host sends
 * and what it restores after a reload, so that a bug on either side is reported, not drawn.
 */
export interface PanelProtocol<ToPage, FromPage, State> {
  /** Id of the `<meta>` whose `data-init` attribute carries the page's init data. */
  readonly initId: string;
  /** A message from the host, checked by the page. */
  readonly parseToPage: (value: unknown) => ToPage | undefined;
  /** A message from the page, checked by the host; a fresh object with only the known fields. */
  readonly parseFromPage: (value: unknown) => FromPage | undefined;
  /** The state a page saved, checked wherever it comes back. */
  readonly parseState: (value: unknown) => State | undefined;
}

/** What a page sends when the host sent it a message it cannot use; the host logs it. */
export interface RejectedMessage {
  readonly type: 'rejected';
  /** A short description of what arrived. */
  readonly message: string;
}

/** The rejection report, checked. */
export function parseRejected(value: Record<string, unknown>): RejectedMessage | undefined {
  const message = boundedText(value.message, 1000);
  return message === undefined ? undefined : { type: 'rejected', message };
}

/** A value in a line of a log: its JSON, cut short, whatever it is. */
export function summarize(value: unknown, max = 200): string {
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    text = undefined;
  }
  text ??= String(typeof value);
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A number that is neither NaN nor infinite. */
export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A whole number of 0 or more. */
export function isCount(value: unknown): value is number {
  return isFiniteNumber(value) && Number.isInteger(value) && value >= 0;
}

/** A string of at most `max` characters, else undefined. */
export function boundedText(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length <= max ? value : undefined;
}

/** Whether an optional field is absent or passes its check. */
export function optional(value: unknown, check: (v: unknown) => boolean): boolean {
  return value === undefined || check(value);
}

/** Whether a value is an array of at most `max` items, each passing its check. */
export function isArrayOf(value: unknown, max: number, check: (v: unknown) => boolean): boolean {
  if (!Array.isArray(value) || value.length > max) return false;
  for (const v of value) if (!check(v)) return false;
  return true;
}

/** A string of any length the host could reasonably send (a diagram's source, a message). */
export const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= 10_000_000;
