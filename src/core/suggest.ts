import { distance } from 'fastest-levenshtein';
import type { Diagnostic } from './diagnostics';
import { type MessageArg, phrase } from './messages';

/** The closest candidate to a misspelt word, if one is close enough to be a likely typo. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = Math.max(1, Math.floor(lower.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Cheap length test first: a file may declare 100,000 names and have many dangling references.
    if (Math.abs(c.length - lower.length) > limit) continue;
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // Allow about one edit per three letters, so `kvn` finds `kvm` but `foo` finds nothing.
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

/** A " Did you mean 'x'?" hint, or an empty string, ready to append to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): MessageArg {
  const s = suggest(word, candidates);
  return s ? phrase('hint.didYouMean', s) : '';
}

/** The word a diagnostic suggests instead of the one written, for quick fixes. */
export function suggestionOf(d: Diagnostic): string | undefined {
  for (const a of d.args) {
    if (typeof a === 'object' && 'phrase' in a && a.phrase === 'hint.didYouMean' && typeof a.args?.[0] === 'string') return a.args[0];
  }
  return undefined;
}

/**
 * "Did you mean" over a large, fixed set of names with a budget of comparisons, so that a file
 * with thousands of dangling references stays fast; past the budget, no suggestion is offered.
 * A name with one character too many, the commonest slip, is found by lookups before any scan.
 */
export class NameSuggester {
  /** Names grouped by length, made on the first scan only: most files have nothing to suggest. */
  private byLength: Map<number, string[]> | undefined;
  /** Comparisons left; lookups without one letter are not counted. */
  private left: number;

  constructor(
    private readonly names: ReadonlyMap<string, unknown>,
    budget = 20_000,
  ) {
    this.left = budget;
  }

  /** "Did you mean" for `word`, or '' when nothing is close enough or the budget is spent. */
  hint(word: string): MessageArg {
    const dropped = withOneLess(word, this.names);
    if (dropped !== undefined) return phrase('hint.didYouMean', dropped);
    const byLength = (this.byLength ??= groupByLength(this.names));
    // Names are lower-cased when compared, since the budget compares far fewer of them than a file declares.
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.floor(lower.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    // Nearest lengths first: a name |d| letters longer or shorter is at least |d| edits away, so
    // the scan stops as soon as nothing further out can beat what it has.
    for (let d = 0; d <= limit && d < bestDistance; d++) {
      for (const len of d === 0 ? [lower.length] : [lower.length - d, lower.length + d]) {
        for (const c of byLength.get(len) ?? []) {
          if (this.left-- <= 0) return best ? phrase('hint.didYouMean', best) : '';
          const edits = distance(lower, c.toLowerCase());
          if (edits < bestDistance) {
            bestDistance = edits;
            best = c;
          }
        }
      }
    }
    return best ? phrase('hint.didYouMean', best) : '';
  }
}

function groupByLength(names: ReadonlyMap<string, unknown>): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const name of names.keys()) {
    const list = map.get(name.length);
    if (list) list.push(name);
    else map.set(name.length, [name]);
  }
  return map;
}

/** A name that `word` becomes without one of its characters (the last such first), if any. */
function withOneLess(word: string, names: ReadonlyMap<string, unknown>): string | undefined {
  if (word.length < 2) return undefined;
  for (let i = word.length - 1; i >= 0; i--) {
    if (i < word.length - 1 && word[i] === word[i + 1]) continue; // same result as deleting its twin
    const candidate = word.slice(0, i) + word.slice(i + 1);
    if (names.has(candidate)) return candidate;
  }
  return undefined;
}
