import type { Diagnostic } from '../diagnostics';
import { makeDiagnostic, phrase } from '../messages';
import type { Layer, NameRef, StackModel } from '../model/types';
import { budgetedSuggester } from '../suggest';
import { lineOf } from './describe';

/** Names are unique, references resolve, and start-up dependencies have no cycle; `dependents` are the layers with a `depends` line. */
export function checkNames(model: StackModel, text: string, dependents: readonly Layer[], out: Diagnostic[]): void {
  for (const layer of model.duplicates) {
    const first = model.names.get(layer.name);
    if (first) {
      out.push({
        ...makeDiagnostic('names.duplicate', layer.nameSpan.start, layer.nameSpan.end, layer.name, phrase(`kind.${first.kind}`), String(lineOf(text, first.nameSpan.start))),
        related: [{ start: first.nameSpan.start, end: first.nameSpan.end, message: phrase('related.firstDeclared', layer.name) }],
      });
    }
  }
  const edges = new Map<Layer, { target: Layer; ref: NameRef }[]>();
  const hint = budgetedSuggester(model.names);
  for (const layer of dependents) {
    for (const ref of layer.props.depends ?? []) {
      const target = model.names.get(ref.name);
      if (!target) out.push(makeDiagnostic('names.unknown', ref.span.start, ref.span.end, ref.name, hint(ref.name)));
      else if (target === layer) out.push(makeDiagnostic('names.self', ref.span.start, ref.span.end, ref.name));
      else {
        let list = edges.get(layer);
        if (!list) edges.set(layer, (list = []));
        list.push({ target, ref });
      }
    }
  }
  findCycles(edges, out);
}

/** Iterative depth-first search, so that long chains cannot overflow the stack. */
function findCycles(edges: Map<Layer, { target: Layer; ref: NameRef }[]>, out: Diagnostic[]): void {
  const state = new Map<Layer, 1 | 2>(); // 1 on the path, 2 done
  for (const root of edges.keys()) {
    if (state.has(root)) continue;
    const path: Layer[] = [root];
    const iters = [0];
    state.set(root, 1);
    while (path.length > 0) {
      const node = path[path.length - 1];
      const list = edges.get(node) ?? [];
      const i = iters[iters.length - 1]++;
      if (i >= list.length) {
        state.set(node, 2);
        path.pop();
        iters.pop();
        continue;
      }
      const { target, ref } = list[i];
      const s = state.get(target);
      if (s === 1) {
        const cycle = path.slice(path.indexOf(target)).map((l) => l.name);
        out.push(makeDiagnostic('names.cycle', ref.span.start, ref.span.end, [...cycle, target.name].join(' → ')));
      } else if (s === undefined) {
        state.set(target, 1);
        path.push(target);
        iters.push(0);
      }
    }
  }
}
