// Values of the model that carry where they are written. Each is its own span (`span` returns the
// object itself), so a big file does not hold a separate { start, end } object for each of its
// tens of thousands of quantities and names.
import type { Span } from '../diagnostics';
import type { Bounds, NameRef } from './types';

/** A value or a request..limit pair in base units, written at start..end. */
export class LocatedBounds implements Bounds, Span {
  constructor(
    readonly min: number,
    readonly max: number,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Where the value is written: the object itself. */
  get span(): Span {
    return this;
  }
}

/** A use of a name, written at start..end. */
export class LocatedName implements NameRef, Span {
  constructor(
    readonly name: string,
    readonly start: number,
    readonly end: number,
  ) {}

  /** Where the name is written: the object itself. */
  get span(): Span {
    return this;
  }
}
