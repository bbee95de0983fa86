import { distance } from 'fastest-levenshtein';

/** The closest candidate to a misspelt word, if one is close enough to be a likely typo. */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = c;
    }
  }
  // Allow about one edit per three letters, so `kvn` finds `kvm` but `foo` finds nothing.
  return best !== undefined && bestDistance <= Math.max(1, Math.floor(lower.length / 3)) ? best : undefined;
}

/** " Did you mean 'x'?" or an empty string, ready to append to a message. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const s = suggest(word, candidates);
  return s ? ` Did you mean '${s}'?` : '';
}
