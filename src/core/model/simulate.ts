import { keywordSpan, type Statement } from '../syntax/ast';
import { phrase } from '../messages';
import { didYouMean } from '../suggest';
import { keyedQuantities } from './properties';
import { RULES } from './rules';
import { SIMULATE_SETTINGS } from './schema';
import type { SimulationSettings } from './types';
import { boundsOf, extraArgs, quantityValue, type ReadContext, readBounds, report } from './values';

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

/** Reads the statements of a `simulate { … }` block over the defaults. */
export function readSimulate(ctx: ReadContext, statements: readonly Statement[], settings: SimulationSettings): void {
  const spans = settings.spans as Record<string, { start: number; end: number }>;
  for (const stmt of statements) {
    const key = stmt.keyword;
    if (!SIMULATE_SETTINGS.includes(key)) {
      report(ctx, 'schema.unknownKeyword', keywordSpan(stmt), key, didYouMean(key, SIMULATE_SETTINGS) || phrase('hint.simulateSettings', SIMULATE_SETTINGS.join(', ')));
      continue;
    }
    if (stmt.block) report(ctx, 'schema.unexpectedBlock', { start: stmt.block.open, end: stmt.block.open + 1 }, key);
    spans[key] = { start: stmt.start, end: stmt.end };
    switch (key) {
      case 'duration': {
        const b = readBounds(ctx, stmt, RULES.duration);
        if (b) settings.duration = b.max;
        break;
      }
      case 'step': {
        const b = readBounds(ctx, stmt, RULES.step);
        if (b) settings.step = b.max;
        break;
      }
      case 'seed': {
        const b = readBounds(ctx, stmt, RULES.seed);
        if (b) settings.seed = b.max;
        break;
      }
      case 'overcommit': {
        const kv = keyedQuantities(ctx, stmt, ['cpu', 'memory'], RULES.ratio.example);
        const cpu = kv && quantityValue(ctx, 'overcommit cpu', kv.cpu, RULES.ratio);
        const memory = kv && quantityValue(ctx, 'overcommit memory', kv.memory, RULES.ratio);
        if (cpu !== undefined && memory !== undefined) settings.overcommit = { cpu, memory };
        break;
      }
      case 'boot': {
        const [what, time] = stmt.args;
        const kinds = Object.keys(settings.boot);
        if (what?.kind !== 'word' || !kinds.includes(what.text) || !time) {
          report(ctx, 'schema.expectedValue', what ?? keywordSpan(stmt), 'boot', phrase('what.bootKinds', kinds.join(', ')), 'boot vm 45 s');
          break;
        }
        extraArgs(ctx, stmt.args, 2, 'boot');
        const b = boundsOf(ctx, 'boot', time, RULES.boot);
        if (b) settings.boot[what.text as keyof SimulationSettings['boot']] = b.max;
        break;
      }
    }
  }
}
