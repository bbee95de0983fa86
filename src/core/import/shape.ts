// Reading parsed YAML or XML as the shapes a source's specification gives its fields. A field of
// the wrong type is refused with its path and what was expected ("services.web.deploy.replicas
// must be a whole number"), never coerced, so a hostile or mistyped file cannot steer the import.
import { msg, type MessageId } from '../l10n/localizer';
import { Refusal } from './guards';

/** A mapping read from YAML or XML. */
export type Mapping = Readonly<Record<string, unknown>>;

/** Whether a value is a mapping (not a list, not null). */
export function isMapping(value: unknown): value is Mapping {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The value as a mapping; undefined when absent; refused when of another type. */
export function mapping(value: unknown, path: string): Mapping | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isMapping(value)) throw wrongType(path, 'import.type.mapping', value);
  return value;
}

/** The value as a list; undefined when absent; refused when of another type. */
export function list(value: unknown, path: string): readonly unknown[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw wrongType(path, 'import.type.list', value);
  return value;
}

/** The value as text (a number is taken as its digits, as YAML readers of these formats do); refused when a mapping or list. */
export function text(value: unknown, path: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw wrongType(path, 'import.type.text', value);
}

/** The value as a whole number from 0 up; refused otherwise. */
export function count(value: unknown, path: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw wrongType(path, 'import.type.count', value);
  return value;
}

/** The refusal of a value of the wrong type at a path. */
export function wrongType(path: string, expected: MessageId, found: unknown): Refusal {
  return new Refusal(msg('import.error.wrongType', path, msg(expected), describe(found)));
}

/** A short, safe description of a value for a message: its type and, for a scalar, its first characters. */
function describe(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (isMapping(value)) return '{…}';
  const s = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
