import type { Analysis } from '../analyze';
import { messageOf } from '../diagnostics';
import type { SimulationSettings } from '../model/types';
import { consolidate, rankIsolation } from './consolidation';
import { runEngine, type ProgressHook } from './engine';
import { LIMITS, overridesProblem, type Problem, refusalText, settingsProblem, type SimulationOverrides, usedSettings } from './options';
import { buildPlan, countEntities } from './plan';
import { recover } from './recovery';
import { rebuildPoolsOf, recoveryInput } from './recoveryInput';
import { mergeFailures, settingFailures } from './recoverySetting';
import { rebuildPools } from './storageRebuild';
import type { Refusal, SimulationResult } from './types';

/** What a call to `simulate` gives: a result, a refusal saying why not, or a cancelled run. */
export type SimulationOutcome =
  | { readonly status: 'done'; readonly result: SimulationResult }
  | { readonly status: 'refused'; readonly refusal: Refusal }
  | { readonly status: 'cancelled'; readonly stepsDone: number; readonly steps: number };

/**
 * Simulates the stack of an analysed file. Pure and deterministic: the same text, settings
 * and seed give the same result, byte for byte once serialised, on every machine.
 */
export function simulate(analysis: Pick<Analysis, 'model' | 'diagnostics'>, overrides: SimulationOverrides = {}, progress?: ProgressHook): SimulationOutcome {
  const errors = analysis.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) {
    const first = errors[0];
    const text = errors.length === 1 ? refusalText('simulation.refusal.oneError', first.code, messageOf(first)) : refusalText('simulation.refusal.errors', String(errors.length), first.code, messageOf(first));
    return refused({ reason: 'errors', ...text, span: { start: first.start, end: first.end } });
  }
  // Every refusal comes from counts and settings, before anything is allocated for the run.
  const model = analysis.model;
  const wrong = overridesProblem(overrides);
  if (wrong) return refused(located(wrong, model.simulation, overrides));
  const entities = countEntities(model);
  if (typeof entities !== 'number') return refused(entities);
  const settings = usedSettings(model.simulation, overrides);
  const problem = settingsProblem(settings, entities);
  if (problem) return refused(located(problem, model.simulation, overrides));
  // Failures from the settings join the file's, read and checked as its lines are.
  const fromSetting = overrides.failures === undefined ? undefined : settingFailures(overrides.failures, model, settings.duration);
  if (fromSetting && 'problem' in fromSetting) return refused({ reason: fromSetting.problem.reason, text: fromSetting.problem.text, message: fromSetting.problem.message });
  const plan = buildPlan(model, settings);
  const engine = { seriesBudget: overrides.seriesBudget ?? LIMITS.seriesBudget, eventLimit: overrides.eventLimit ?? LIMITS.eventLimit, fastPaths: overrides.fastPaths !== false };
  const run = runEngine(plan, settings, engine, progress);
  if (run.cancelled) return { status: 'cancelled', stepsDone: run.stepsDone, steps: settings.steps };
  const elapsed = settings.duration;
  const lastWeight = (settings.duration - (settings.steps - 1) * settings.step) / settings.step;
  const series = run.recorder.finish(settings.step, run.stepsDone, lastWeight);
  const stats = run.tally.stats(run.startup.ready, elapsed);
  const { events, dropped } = run.tally.timeline();
  const result: SimulationResult = {
    version: 1,
    title: model.title ?? '',
    settings,
    entities: plan.info,
    series,
    stats,
    events,
    eventsDropped: dropped,
    summary: run.tally.summary(run.startup.ready, elapsed),
    consolidation: consolidate(plan, settings, series, stats, elapsed),
    isolation: rankIsolation(plan.info),
    notes: plan.notes,
  };
  // Disaster recovery: only for a run with failures (the file's `fail` lines, the setting's), so every other result keeps its bytes.
  const failures = mergeFailures(model.simulation.failures, fromSetting?.failures);
  if (!failures) return { status: 'done', result };
  const recovery = recover(recoveryInput(plan, settings, failures, engine.eventLimit, model.clusters, model.hosts));
  // Storage: only for a file with pools, so that a run with failures and no pools keeps its bytes.
  if (model.pools.length === 0) return { status: 'done', result: { ...result, recovery } };
  const pools = rebuildPools(rebuildPoolsOf(plan, model.pools), recovery.failures, settings.duration);
  return { status: 'done', result: { ...result, recovery: { ...recovery, pools } } };
}

function refused(refusal: Refusal): SimulationOutcome {
  return { status: 'refused', refusal };
}

/** A settings problem as a refusal pointing at the setting to change in the file: none when an override is to blame or no setting is. */
function located(problem: Problem, file: SimulationSettings, overrides: SimulationOverrides): Refusal {
  const { reason, text, message, setting } = problem;
  const fromFile = setting !== undefined && (overrides as Record<string, unknown>)[setting] === undefined;
  // Too many steps: the duration, or the step when only that was written.
  const span = !fromFile ? undefined : setting === 'duration' ? (file.spans.duration ?? file.spans.step) : file.spans[setting];
  return { reason, text, message, span };
}

export type { SimulationOverrides } from './options';
export { LIMITS, parseDuration, refusalText } from './options';
export * from './types';
