import { distance } from 'fastest-levenshtein';
import type { Diagnostic } from './diagnostics';
import { type MessageArg, msg } from './l10n/localizer';

// "Did you mean" compares a word with the names it might have meant. Edit distance costs the
// product of the two lengths, so every comparison is charged by that cost against a budget:
// names of the usual lengths cost one unit each, and a 40,000-character name, which cost 10 s on
// every edit (issue 12, bug 2), is never compared at all. Names more than a third longer or
// shorter than the word are never compared either: they cannot be close enough.

/** What suggest() may spend on one word: enough to compare it with 200,000 names of the usual lengths. */
const SUGGEST_BUDGET = 200_000;

/**
 * Units of budget that comparing names of lengths `a` and `b` costs: the edit distance runs
 * 32 characters of the longer name at a time over every character of the shorter, and a unit is
 * a comparison of two names of up to 64 characters.
 */
export function comparisonCost(a: number, b: number): number {
  const longer = Math.max(a, b);
  const shorter = Math.min(a, b);
  return Math.max(1, Math.ceil((Math.ceil(longer / 32) * shorter) / 128));
}

/** How many edits a word of this length may be from a name for the name to be a likely typo of it: about one per three letters. */
function editLimit(length: number): number {
  return Math.max(1, Math.floor(length / 3));
}

/** The closest candidate to a misspelt word, if one is close enough to be a likely typo. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = editLimit(lower.length);
  let left = SUGGEST_BUDGET;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    // Cheap length test first: a file may declare 100,000 names and have many dangling references.
    if (Math.abs(c.length - lower.length) > limit) continue;
    const cost = comparisonCost(lower.length, c.length);
    if (cost > left) continue; // too long to compare with what is left; shorter names may still fit
    left -= cost;
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
  return s ? msg('hint.didYouMean', s) : '';
}

/** The word a diagnostic suggests instead of the one written, for quick fixes. */
export function suggestionOf(d: Diagnostic): string | undefined {
  for (const a of d.args) {
    if (typeof a === 'object' && 'id' in a && a.id === 'hint.didYouMean' && typeof a.args?.[0] === 'string') return a.args[0];
  }
  return undefined;
}

/** Words up to this long find a name one letter shorter by deleting each letter in turn and looking the result up. */
const LOOKUP_LENGTH = 64;

/**
 * "Did you mean" over a large, fixed set of names with a budget of comparisons, so that a file
 * with thousands of dangling references stays fast; past the budget, no suggestion is offered.
 * A name with one character too many, the commonest slip, is found by lookups before any scan.
 */
export class NameSuggester {
  /** Names grouped by length, made on the first need only: most files have nothing to suggest. */
  private byLength: Map<number, string[]> | undefined;
  private shortest = 0;
  private longest = 0;
  /** Units of comparison left (see comparisonCost); lookups without one letter are not counted. */
  private left: number;

  constructor(
    private readonly names: ReadonlyMap<string, unknown>,
    budget = 20_000,
  ) {
    this.left = budget;
  }

  /** "Did you mean" for `word`, or '' when nothing is close enough or the budget is spent. */
  hint(word: string): MessageArg {
    const dropped = this.withOneLess(word);
    if (dropped !== undefined) return msg('hint.didYouMean', dropped);
    const byLength = this.groups();
    // Names are lower-cased when compared, since the budget compares far fewer of them than a file declares.
    const lower = word.toLowerCase();
    const n = lower.length;
    const limit = editLimit(n);
    // A name |d| letters longer or shorter is at least |d| edits away: only lengths from `nearest`
    // to `furthest` letters away hold names, and only those up to `limit` away can be close enough.
    const nearest = Math.max(0, n - this.longest, this.shortest - n);
    const furthest = Math.min(limit, Math.max(n - this.shortest, this.longest - n));
    let best: string | undefined;
    let bestDistance = limit + 1;
    // Nearest lengths first, so the scan stops as soon as nothing further out can beat what it has.
    for (let d = nearest; d <= furthest && d < bestDistance; d++) {
      for (let side = d === 0 ? 1 : 0; side < 2; side++) {
        const len = side === 0 ? n - d : n + d;
        for (const c of byLength.get(len) ?? []) {
          const cost = comparisonCost(n, len);
          if (cost > this.left) {
            this.left = 0;
            return best ? msg('hint.didYouMean', best) : '';
          }
          this.left -= cost;
          const edits = distance(lower, c.toLowerCase());
          if (edits < bestDistance) {
            bestDistance = edits;
            best = c;
          }
        }
      }
    }
    return best ? msg('hint.didYouMean', best) : '';
  }

  /** A name that `word` becomes without one of its characters (the last such first), if any. */
  private withOneLess(word: string): string | undefined {
    if (word.length <= LOOKUP_LENGTH) return withOneLess(word, this.names);
    // A long word: deleting each letter would make as many long strings to hash, so compare it
    // with the names one letter shorter instead, each charged like a comparison.
    const cost = Math.ceil(word.length / LOOKUP_LENGTH);
    let best: string | undefined;
    let bestAt = -1;
    for (const c of this.groups().get(word.length - 1) ?? []) {
      if (cost > this.left) break;
      this.left -= cost;
      const at = lastDeletion(word, c);
      if (at > bestAt) {
        bestAt = at;
        best = c;
      }
    }
    return best;
  }

  private groups(): Map<number, string[]> {
    if (this.byLength) return this.byLength;
    const map = new Map<number, string[]>();
    let shortest = Infinity;
    let longest = 0;
    for (const name of this.names.keys()) {
      const list = map.get(name.length);
      if (list) list.push(name);
      else map.set(name.length, [name]);
      if (name.length < shortest) shortest = name.length;
      if (name.length > longest) longest = name.length;
    }
    this.shortest = shortest;
    this.longest = longest;
    return (this.byLength = map);
  }
}

/**
 * A name that `word` becomes without one of its characters (the last such first), if any: the
 * plain way, a lookup per deleted character, quadratic in the word's length. NameSuggester uses
 * it for words up to LOOKUP_LENGTH; the tests compare its scan of longer words with it.
 */
export function withOneLess(word: string, names: ReadonlyMap<string, unknown>): string | undefined {
  if (word.length < 2) return undefined;
  for (let i = word.length - 1; i >= 0; i--) {
    if (i < word.length - 1 && word[i] === word[i + 1]) continue; // same result as deleting its twin
    const candidate = word.slice(0, i) + word.slice(i + 1);
    if (names.has(candidate)) return candidate;
  }
  return undefined;
}

/** The last position whose character `word` loses to become `name` (one character shorter), or -1 if no deletion does. */
function lastDeletion(word: string, name: string): number {
  let prefix = 0;
  while (prefix < name.length && word.charCodeAt(prefix) === name.charCodeAt(prefix)) prefix++;
  // Deleting word[prefix] works when the rest of the word is the rest of the name; so does
  // deleting any earlier letter of the same run, but the last is the one withOneLess finds first.
  for (let i = prefix; i < name.length; i++) if (word.charCodeAt(i + 1) !== name.charCodeAt(i)) return -1;
  return prefix;
}
