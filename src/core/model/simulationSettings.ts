import type { Span } from '../diagnostics';
import { msg } from '../l10n/localizer';
import { ArgKind, NONE } from '../syntax/columns';
import { didYouMean } from '../suggest';
import { readFailure } from './failures';
import { keyedQuantities } from './properties';
import { RULES } from './schema';
import { SIMULATE_SETTINGS } from './schema';
import type { SimulationSettings } from './types';
import { argIs, argOrKeyword, boundsOf, extraArgs, keywordAt, type ReadContext, readBounds, report, rowValue, statementSpan } from './values';

/** Defaults of the simulation, documented in docs/language.md. */
export function defaultSimulation(): SimulationSettings {
  return {
    duration: 24 * 3600,
    step: 60,
    seed: 1,
    overcommit: { cpu: 4.0, memory: 1.0 },
    boot: { vm: 30, container: 0.6, microvm: 0.125, host: 60 },
    spans: {},
  };
}

/** Reads the block of `simulate { … }` statement `owner` over the defaults. */
export function readSimulate(ctx: ReadContext, owner: number, settings: SimulationSettings): void {
  const rows = ctx.tree.rows;
  const spans = settings.spans as Record<string, Span>;
  for (let i = rows.listFirst[owner], end = i + rows.listCount[owner]; i < end; i++) {
    const id = rows.list[i];
    const key = rows.keyword[id];
    if (!SIMULATE_SETTINGS.includes(key)) {
      report(ctx, 'schema.unknownKeyword', keywordAt(rows, id), key, didYouMean(key, SIMULATE_SETTINGS) || msg('hint.simulateSettings', SIMULATE_SETTINGS.join(', ')));
      continue;
    }
    if (rows.open[id] !== NONE) report(ctx, 'schema.unexpectedBlock', { start: rows.open[id], end: rows.open[id] + 1 }, key);
    // Disaster recovery: `fail` may repeat, one line per failure.
    if (key === 'fail') {
      const failure = readFailure(ctx, id);
      if (failure) (settings.failures ??= []).push(failure);
      continue;
    }
    spans[key] = statementSpan(rows, id);
    switch (key) {
      case 'duration': {
        const b = readBounds(ctx, id, RULES.duration);
        if (b) settings.duration = b.max;
        break;
      }
      case 'step': {
        const b = readBounds(ctx, id, RULES.step);
        if (b) settings.step = b.max;
        break;
      }
      case 'seed': {
        const b = readBounds(ctx, id, RULES.seed);
        if (b) settings.seed = b.max;
        break;
      }
      case 'overcommit': {
        const kv = keyedQuantities(ctx, id, ['cpu', 'memory'], RULES.ratio.example);
        const cpu = kv && rowValue(ctx, 'overcommit cpu', kv[0], RULES.ratio);
        const memory = kv && rowValue(ctx, 'overcommit memory', kv[1], RULES.ratio);
        if (cpu !== undefined && memory !== undefined) settings.overcommit = { cpu, memory };
        break;
      }
      case 'boot': {
        const first = rows.argFirst[id];
        const what = argIs(rows, id, 0, ArgKind.Word) ? rows.text[first]! : undefined;
        const kinds = Object.keys(settings.boot);
        if (what === undefined || !kinds.includes(what) || rows.argCount(id) < 2) {
          report(ctx, 'schema.expectedValue', argOrKeyword(rows, id, 0), 'boot', msg('what.bootKinds', kinds.join(', ')), 'boot vm 45 s');
          break;
        }
        extraArgs(ctx, id, 2, 'boot');
        const b = boundsOf(ctx, 'boot', first + 1, RULES.boot);
        if (b) settings.boot[what as keyof SimulationSettings['boot']] = b.max;
        break;
      }
    }
  }
}
