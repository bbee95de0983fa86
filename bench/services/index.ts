// Latency of the editor services on a 10,000-line file: completion and hover at positions
// spread through the file, against one analysis of the same file measured in the same run
// (the cost every keystroke already pays). Run with `npm run bench:services`; the last line
// is the one to quote. Timings on a shared machine are noisy: medians, and nothing fails on time.
import { type Analysis, getLanguageService } from '../../src/core/languageService';
import { virtFile } from '../parse/generate';
import { median, sample, table } from '../stats';

const service = getLanguageService();
const analyze = (text: string): Analysis => service.analyze(text);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const TARGET_MS = 10;

const LINES = 10_000;
const base = exactly(LINES);
const lines = base.split('\n').length - 1;

/** Whole generated hosts, then comment lines up to exactly `n` lines. */
function exactly(n: number): string {
  let text = virtFile({ lines: n - 60 });
  const count = text.split('\n').length - 1;
  if (count > n) throw new Error(`generated ${count} lines, more than ${n}`);
  for (let i = count; i < n; i++) text += `# padding line ${i + 1}\n`;
  return text;
}

/** The file with `insert` (holding a `|` cursor) put on a new line after the n-th line matching `after`, near the end of the file. */
function variant(after: RegExp, insert: string): { text: string; offset: number; analysis: Analysis } {
  const all = base.split('\n');
  let at = -1;
  for (let i = Math.floor(all.length * 0.9); i < all.length; i++) if (after.test(all[i])) { at = i; break; }
  if (at < 0) throw new Error(`no line matching ${after}`);
  const indent = /^\s*/.exec(all[at + 1])![0];
  all.splice(at + 1, 0, indent + insert);
  const marked = all.join('\n');
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  return { text, offset, analysis: analyze(text) };
}

/** The offset of `needle` (plus `delta`) at about 90 % of the file. */
function near(needle: string, delta: number): number {
  const i = base.indexOf(needle, Math.floor(base.length * 0.9));
  if (i < 0) throw new Error(`no '${needle}'`);
  return i + delta;
}

const analysis = analyze(base);
const completions = {
  'keyword in a VM': variant(/^\s+vm \S+ \{$/, '|'),
  'product after hypervisor': variant(/^ {2}os \S+ "[^"]*"$/, 'hypervisor |'),
  'names after depends': variant(/^\s+vm \S+ \{$/, 'depends |'),
  'unit after memory 16': variant(/^\s+vm \S+ \{$/, 'memory 16 |'),
};
const hovers = {
  'product kvm': near('hypervisor kvm', 12),
  'hardware (allocation)': near('hardware rack-', 12),
  'VM (resources, host)': near('  vm vm-', 7),
  'app (stack, load)': near('app worker-', 6),
};

console.log(`services benchmark: ${lines} lines, ${(base.length / 1024).toFixed(0)} KiB; median of ${RUNS} calls after warm-up, the file already analysed (as the editor caches it)\n`);
const rows: string[][] = [];
const completionMs: number[] = [];
for (const [name, v] of Object.entries(completions)) {
  const count = service.complete(v.analysis, v.offset).items.length;
  const ms = median(sample(() => service.complete(v.analysis, v.offset), RUNS, 20));
  completionMs.push(ms);
  rows.push([`completion: ${name}`, ms.toFixed(3), `${count} items`]);
}
const hoverMs: number[] = [];
for (const [name, offset] of Object.entries(hovers)) {
  const h = service.hover(analysis, offset);
  if (!h) throw new Error(`no hover for ${name}`);
  const ms = median(sample(() => service.hover(analysis, offset), RUNS, 20));
  hoverMs.push(ms);
  rows.push([`hover: ${name}`, ms.toFixed(3), `${h.markdown.length} chars`]);
}
// An analysis makes syntax nodes and reads layer properties only when a service asks for them,
// so the first request after each keystroke pays for what it touches: time it on fresh analyses.
const fresh = Array.from({ length: 5 }, () => analyze(base));
const first = (fn: (a: Analysis) => unknown): string => median(fresh.map((a) => median(sample(() => fn(a), 1, 0)))).toFixed(3);
const firstHover = Object.values(hovers).map((offset) => first((a) => service.hover(a, offset)));
rows.push(['hover, first request after an analysis (slowest position)', String(Math.max(...firstHover.map(Number)).toFixed(3)), '']);
// The rest, for scale; none of them runs per keystroke.
const analyzeMs = median(sample(() => analyze(base), 15, 3));
// The generated fleet misspells one dependency in fifty hosts: a VS301 with a fix.
const typo = analysis.diagnostics.filter((d) => d.code === 'VS301').pop()!.end;
rows.push(['references of a name', median(sample(() => service.references(analysis, near('app worker-', 6), true), 50, 5)).toFixed(3), '']);
rows.push(['document symbols', median(sample(() => service.documentSymbols(analysis), 15, 3)).toFixed(3), '']);
rows.push(['document symbols, first request after an analysis', first((a) => service.documentSymbols(a)), '']);
rows.push(['folding ranges', median(sample(() => service.foldingRanges(analysis), 15, 3)).toFixed(3), '']);
rows.push(['folding ranges, first request after an analysis', first((a) => service.foldingRanges(a)), '']);
// A quick fix re-checks the file; the answer is then kept for the document version, so time first requests.
const forFixes = Array.from({ length: 5 }, () => analyze(base));
const fixMs = forFixes.map((a) => median(sample(() => service.quickFixes(a, { start: typo - 2, end: typo }), 1, 0)));
rows.push(['quick fixes at a finding, first request (re-checks the file)', median(fixMs).toFixed(3), `${service.quickFixes(analysis, { start: typo - 2, end: typo }).length} fix`]);
rows.push(['format document', median(sample(() => service.format(base), 7, 1)).toFixed(3), '']);
rows.push(['baseline: analyze() of the file', analyzeMs.toFixed(3), '']);
console.log(table(['request', 'median ms', ''], rows));

const c = Math.max(...completionMs);
const h = Math.max(...hoverMs);
console.log(`\nslowest completion position ${(c / analyzeMs * 100).toFixed(2)} % and slowest hover ${(h / analyzeMs * 100).toFixed(2)} % of one analyze() in this run`);
console.log('the first request after a keystroke also waits for that one analyze(), which the diagnostics share; the editor caches it per version');
console.log(`target < ${TARGET_MS} ms each: ${c < TARGET_MS && h < TARGET_MS ? 'met' : 'MISSED'}`);
console.log(`services ${lines} lines: completion ${c.toFixed(3)} ms, hover ${h.toFixed(3)} ms (median)`);
