// Disaster recovery from a setting: host failures given outside the file, one string per failure
// in the syntax of the file's `fail` lines without the keyword ("esx1 at 6 h recover at 8 h"), as
// the extension's `virtstack.simulation.failures` gives them. Each entry is read by the file's own
// reader of `fail` lines (model/failures.ts, through the parser and the model builder) and checked
// by the file's own checks (validate/recovery.ts), so that an entry means what the line would.
import { type Diagnostic, messageOf } from '../diagnostics';
import { modelBuilder } from '../model/build';
import type { HostFailure, StackModel } from '../model/types';
import { parse } from '../syntax/parser';
import { checkFailures } from '../validate/recovery';
import { type Problem, refusalText } from './options';

/** The failures of the setting, or why one entry cannot be used. */
export type SettingFailures = { readonly failures: HostFailure[] } | { readonly problem: Problem };

/** Characters that would end the line or the block an entry is read in, and so let it say more than one failure. */
const BREAKS = /[\r\n;{}]/;

/**
 * Reads the entries of the failures setting against the file's model and the run's `duration`:
 * each must be one `fail` line's words, name a host of the file, and not fail a host that is
 * still down from another failure (of the file or of the setting). Never throws, whatever it is given.
 */
export function settingFailures(entries: unknown, model: Pick<StackModel, 'names' | 'hosts' | 'simulation'>, duration: number): SettingFailures {
  if (!Array.isArray(entries) || !entries.every((e): e is string => typeof e === 'string')) {
    return problem('simulation.setting.failuresNotList', describe(entries));
  }
  const failures: HostFailure[] = [];
  for (const entry of entries) {
    const read = readEntry(entry);
    if ('error' in read) return read.error ? problem('simulation.setting.badFailureBecause', entry, messageOf(read.error)) : problem('simulation.setting.badFailure', entry);
    // The file's checks, on the entry alone: a host of the file, repaired after it fails.
    const found: Diagnostic[] = [];
    checkFailures({ ...model, simulation: { ...model.simulation, duration, failures: [read.failure] } } as StackModel, read.text, found);
    const error = found.find((d) => d.severity === 'error');
    if (error) return problem('simulation.setting.failureFinding', entry, error.code, messageOf(error));
    // A failure at or after the end changes nothing, as in the file (where VS801 only warns).
    const earlier = read.failure.at >= duration ? undefined : [...(model.simulation.failures ?? []), ...failures].find((f) => f.host.name === read.failure.host.name && overlap(f, read.failure));
    if (earlier) return problem('simulation.setting.failureOverlap', entry, read.failure.host.name);
    failures.push(read.failure);
  }
  return { failures };
}

/** The file's failures and the setting's, the file's first; undefined when there are none, as for a file without `fail` lines. */
export function mergeFailures(file: readonly HostFailure[] | undefined, setting: readonly HostFailure[] | undefined): HostFailure[] | undefined {
  if (!setting || setting.length === 0) return file && [...file];
  return [...(file ?? []), ...setting];
}

/** One entry read as the `fail` line of a `simulate` block; `error` is the first finding of the line, if any. */
function readEntry(entry: string): { failure: HostFailure; text: string } | { error: Diagnostic | undefined } {
  // The keyword is optional: "fail esx1 at 6 h" reads as "esx1 at 6 h".
  const words = entry.trim().replace(/^fail\s+(?=\S+\s+at\b)/, '');
  if (BREAKS.test(words) || words === '') return { error: undefined };
  const text = `simulate {\n  fail ${words}\n}\n`;
  const findings: Diagnostic[] = [];
  const builder = modelBuilder(findings, text.length);
  const { diagnostics } = parse(text, (tree, id) => builder.add(tree, id));
  const error = [...diagnostics, ...findings].find((d) => d.severity === 'error');
  const read = builder.model.simulation.failures;
  if (error || !read || read.length !== 1) return { error };
  return { failure: read[0], text };
}

/** Whether two failures of one host overlap: the later starts before the earlier is repaired (never, without `recover`). */
function overlap(a: HostFailure, b: HostFailure): boolean {
  const [first, second] = a.at <= b.at ? [a, b] : [b, a];
  return first.recover === undefined || second.at < first.recover;
}

function problem(id: 'simulation.setting.failuresNotList' | 'simulation.setting.badFailure' | 'simulation.setting.badFailureBecause' | 'simulation.setting.failureFinding' | 'simulation.setting.failureOverlap', ...args: Parameters<typeof refusalText>[1][]): SettingFailures {
  return { problem: { reason: 'bad-setting', ...refusalText(id, ...args) } };
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 80 ? `${text.slice(0, 80)}…` : text;
}
