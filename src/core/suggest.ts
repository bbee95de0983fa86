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
 */
export function budgetedSuggester(candidates: () => Iterable<string>, budget = 20_000): (word: string) => MessageArg {
  // Grouped by length on the first request only: most files have nothing to suggest. Names are
  // lower-cased when compared, since the budget compares far fewer of them than a file declares.
  let byLength: Map<number, string[]> | undefined;
  const index = () => {
    const map = new Map<number, string[]>();
    for (const name of candidates()) {
      const list = map.get(name.length);
      if (list) list.push(name);
      else map.set(name.length, [name]);
    }
    return map;
  };
  let left = budget;
  return (word) => {
    byLength ??= index();
    const lower = word.toLowerCase();
    const limit = Math.max(1, Math.floor(lower.length / 3));
    let best: string | undefined;
    let bestDistance = limit + 1;
    for (let len = lower.length - limit; len <= lower.length + limit; len++) {
      for (const c of byLength.get(len) ?? []) {
        if (left-- <= 0) return '';
        const d = distance(lower, c.toLowerCase());
        if (d < bestDistance) {
          bestDistance = d;
          best = c;
        }
      }
    }
    return best ? phrase('hint.didYouMean', best) : '';
  };
}
