import type { Random } from './prng';

// Weighted toward what the language is made of, so that random text reaches the model
// builder and the checkers instead of dying in the scanner; the odd characters are the ones
// that have broken scanners before (surrogate halves, BOM, lone CR, control characters).
// Object.prototype names are in as keywords and options: `key in table` lookups once crashed on them.
const KEYWORDS = [
  'hardware', 'hypervisor', 'os', 'vm', 'runtime', 'container', 'middleware', 'app', 'job', 'stack', 'simulate',
  'cpu', 'vcpu', 'memory', 'disk', 'network', 'reserve', 'power', 'type', 'image', 'tenant', 'boot', 'load',
  'work', 'start', 'depends', 'duration', 'step', 'seed', 'overcommit', 'toString', 'constructor', '__proto__', 'hasOwnProperty',
];
const WORDS = [
  'kvm', 'esxi', 'xen', 'hyper-v', 'virtualbox', 'firecracker', 'docker', 'containerd', 'kata', 'gvisor', 'nginx', 'redis',
  'linux', 'windows', 'bsd', 'macos', 'solaris', 'as', 'idle', 'peak', 'curve', 'constant', 'daily', 'spikes', 'random',
  'every', 'for', 'microvm', 'host', 'node1', 'web', 'db', 'x', '웹서버', '데이터베이스', '_', 'a-b-', 'cores',
];
const UNITS = ['core', 'cores', 'KiB', 'MiB', 'GiB', 'TiB', 'KB', 'GB', 'Kbps', 'Gbps', 'ms', 's', 'm', 'min', 'h', 'd', 'W', 'kW', 'core-h', 'core-s', '%'];
const NUMBERS = ['0', '1', '4', '32', '0.5', '2e3', '1e999', '-4', '-0', '.5', '1.', '14:00', '25:61', '99999999999999999999', 'NaN', '1e-400', '00:00'];
const PUNCT = ['{', '}', '{', '}', ';', '\n', '\n', '\n', '\r\n', '\r', '..', '%', ':', '"', '\\', '#', ',', '-', '.', ' ', ' ', ' ', '\t'];
const ODD = ['\uFEFF', '\uD800', '\uDC00', '\uDBFF\uDFFF', '😀', '\u0000', '\u0007', '\u001b', '\u007f', '\u00a0', '\u0301', '\u2028', '가', '힣', 'é', '@', '$', '\u202e'];

const POOLS: readonly (readonly [number, readonly string[]])[] = [
  [5, KEYWORDS], [3, WORDS], [2, UNITS], [3, NUMBERS], [8, PUNCT], [1, ODD],
];
const TOTAL_WEIGHT = POOLS.reduce((sum, [w]) => sum + w, 0);

/** One token-like piece of text, drawn by the weights above. */
export function randomPiece(rng: Random): string {
  let r = rng.int(TOTAL_WEIGHT);
  for (const [w, pool] of POOLS) {
    if (r < w) return rng.pick(pool);
    r -= w;
  }
  return ' ';
}

/** Token soup: pieces glued with or without spaces, so tokens also fuse into new ones. */
export function tokenSoup(rng: Random, maxPieces: number): string {
  const n = rng.int(maxPieces + 1);
  let out = rng.chance(0.1) ? '\uFEFF' : '';
  for (let i = 0; i < n; i++) out += randomPiece(rng) + (rng.chance(0.6) ? ' ' : '');
  return out;
}

/** Statement soup: nested `keyword args { … }` lines, which get deep into the model builder and checkers. */
export function statementSoup(rng: Random, maxStatements: number): string {
  const budget = { left: rng.between(1, maxStatements) };
  const eol = rng.pick(['\n', '\r\n', '; ']);
  return block(rng, budget, 0, eol);
}

function block(rng: Random, budget: { left: number }, depth: number, eol: string): string {
  let out = '';
  const indent = '  '.repeat(depth);
  while (budget.left-- > 0) {
    out += indent + rng.pick(KEYWORDS);
    const args = rng.int(4);
    for (let i = 0; i < args; i++) out += ' ' + argument(rng);
    if (depth < 70 && rng.chance(0.35)) out += ` {${eol}${block(rng, budget, depth + 1, eol)}${indent}}`;
    out += eol;
    if (depth > 0 && rng.chance(0.3)) break;
  }
  return out;
}

function argument(rng: Random): string {
  switch (rng.int(6)) {
    case 0: return rng.pick(WORDS);
    case 1: return `"${rng.pick(WORDS)}"`;
    case 2: return rng.pick(NUMBERS);
    case 3: return `${rng.pick(NUMBERS)} ${rng.pick(UNITS)}`;
    case 4: return `${rng.pick(NUMBERS)}${rng.pick(UNITS)}..${rng.pick(NUMBERS)}${rng.pick(UNITS)}`;
    default: return randomPiece(rng);
  }
}

/** Applies 1–4 random edits to a real file: the kind of half-typed text an editor sees. */
export function mutate(rng: Random, source: string): string {
  let s = source;
  const edits = rng.between(1, 4);
  for (let i = 0; i < edits; i++) s = edit(rng, s);
  return s;
}

function edit(rng: Random, s: string): string {
  const a = rng.int(s.length + 1);
  const b = Math.min(s.length, a + rng.int(rng.chance(0.8) ? 40 : 2000));
  switch (rng.int(7)) {
    case 0: return s.slice(0, a) + s.slice(b); // delete a span
    case 1: return s.slice(0, a) + tokenSoup(rng, 6) + s.slice(a); // insert tokens
    case 2: return s.slice(0, b) + s.slice(a, b) + s.slice(b); // duplicate a span
    case 3: { // swap two spans
      const c = rng.int(s.length + 1);
      const d = Math.min(s.length, c + rng.int(40));
      const [x, y] = a <= c ? [[a, b], [c, d]] : [[c, d], [a, b]];
      if (x[1] > y[0]) return s;
      return s.slice(0, x[0]) + s.slice(y[0], y[1]) + s.slice(x[1], y[0]) + s.slice(x[0], x[1]) + s.slice(y[1]);
    }
    case 4: // flip one code unit (may split a surrogate pair or turn a digit into a brace)
      return s.slice(0, a) + String.fromCharCode(rng.chance(0.5) ? rng.int(0x80) : rng.int(0x10000)) + s.slice(a + 1);
    case 5: return s.slice(0, a); // truncate, as while typing at the end
    default: return s.slice(0, a) + rng.pick(ODD) + s.slice(a);
  }
}

/** Random bytes decoded as a text editor might: latin1 (every byte a char), utf8 (with U+FFFD) or utf16le (lone surrogates). */
export function binaryGarbage(rng: Random, maxBytes: number): string {
  return randomBytes(rng, rng.int(maxBytes + 1)).toString(rng.pick(['latin1', 'utf8', 'utf16le'] as const));
}

/** `n` seeded random bytes. */
export function randomBytes(rng: Random, n: number): Buffer {
  const bytes = Buffer.alloc(n);
  for (let i = 0; i < n; i++) bytes[i] = rng.int(256);
  return bytes;
}
