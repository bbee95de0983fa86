// Disaster recovery: the checks of `fail HOST at TIME [recover at TIME]` lines, which need the
// whole file (the hardware may be declared after the simulate block, and so may `duration`).
import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import type { HostFailure, StackModel } from '../model/types';
import { msg } from '../l10n/localizer';
import { didYouMean } from '../suggest';
import { LineIndex } from '../syntax/lines';

/** VS800–VS803: the host exists, fails within the run, recovers after it fails, and fails once at a time. */
export function checkFailures(model: StackModel, text: string, out: Diagnostic[]): void {
  const failures = model.simulation.failures;
  if (!failures) return;
  const duration = model.simulation.duration;
  const written = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  const byHost = new Map<string, HostFailure[]>();
  let hostNames: string[] | undefined;
  for (const f of failures) {
    const target = model.names.get(f.host.name);
    if (target?.kind !== 'hardware') {
      hostNames ??= model.hosts.map((h) => h.name);
      out.push(makeDiagnostic('recovery.unknownHost', f.host.span.start, f.host.span.end, f.host.name, didYouMean(f.host.name, hostNames)));
      continue;
    }
    if (f.at >= duration) {
      const shown = model.simulation.spans.duration ? written(model.simulation.spans.duration).replace(/^duration\s+/, '') : '24 h';
      out.push(makeDiagnostic('recovery.afterEnd', f.atSpan.start, f.atSpan.end, written(f.atSpan), shown));
      continue;
    }
    if (f.recover !== undefined && f.recover <= f.at) {
      const span = f.recoverSpan ?? f.span;
      out.push(makeDiagnostic('recovery.recoverFirst', span.start, span.end, written(span), written(f.atSpan)));
      continue;
    }
    const list = byHost.get(f.host.name);
    if (list) list.push(f);
    else byHost.set(f.host.name, [f]);
  }
  // Two failures of one host overlap when the later starts before the earlier is repaired (never, without `recover`).
  let lines: LineIndex | undefined;
  for (const list of byHost.values()) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.at - b.at || a.span.start - b.span.start);
    for (let i = 1; i < sorted.length; i++) {
      const before = sorted[i - 1];
      const f = sorted[i];
      if (before.recover === undefined || f.at < before.recover) {
        lines ??= new LineIndex(text);
        out.push({
          ...makeDiagnostic('recovery.overlap', f.atSpan.start, f.atSpan.end, f.host.name, written(f.atSpan), String(lines.line(before.span.start))),
          related: [{ start: before.span.start, end: before.span.end, message: msg('recovery.related.earlier', f.host.name) }],
        });
      }
    }
  }
}
