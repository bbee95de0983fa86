import type { Diagnostic } from '../diagnostics';
import { makeDiagnostic, phrase } from '../messages';
import type { Layer, NameRef, StackModel } from '../model/types';
import { NameSuggester } from '../suggest';
import { lineOf } from './describe';

/**
 * The references of the file's `depends` lines in document order, each with the layer that makes
 * it. A reference to a name declared earlier is resolved when it is added, while both are fresh in
 * the cache; the rest wait for the end of the file. The first declaration of a name always keeps
 * it, so an early answer is the one a late lookup would give.
 */
export class References {
  readonly owners: Layer[] = [];
  readonly refs: NameRef[] = [];
  readonly targets: (Layer | undefined)[] = [];

  /** Adds `layer`'s references, resolving those whose names `names` holds already. */
  add(layer: Layer, depends: readonly NameRef[], names: ReadonlyMap<string, Layer>): void {
    for (const ref of depends) {
      this.owners.push(layer);
      this.refs.push(ref);
      this.targets.push(names.get(ref.name));
    }
  }
}

/** Names are unique, references resolve, and start-up dependencies have no cycle. */
export function checkNames(model: StackModel, text: string, references: References, out: Diagnostic[]): void {
  for (const layer of model.duplicates) {
    const first = model.names.get(layer.name);
    if (first) {
      out.push({
        ...makeDiagnostic('names.duplicate', layer.nameSpan.start, layer.nameSpan.end, layer.name, phrase(`kind.${first.kind}`), String(lineOf(text, first.nameSpan.start))),
        related: [{ start: first.nameSpan.start, end: first.nameSpan.end, message: phrase('related.firstDeclared', layer.name) }],
      });
    }
  }
  // Per-layer state lives in arrays by layer index: a big file has tens of thousands of references.
  const edges: (Edge[] | undefined)[] = new Array(model.layers.length);
  const sources: Layer[] = [];
  const suggester = new NameSuggester(model.names);
  const { owners, refs, targets } = references;
  for (let k = 0; k < refs.length; k++) {
    const layer = owners[k];
    const ref = refs[k];
    const target = targets[k] ?? model.names.get(ref.name);
    if (!target) out.push(makeDiagnostic('names.unknown', ref.span.start, ref.span.end, ref.name, suggester.hint(ref.name)));
    else if (target === layer) out.push(makeDiagnostic('names.self', ref.span.start, ref.span.end, ref.name));
    else {
      const list = edges[layer.index];
      if (list) list.push({ target, ref });
      else {
        // Most layers depend on one other: a literal list has room for exactly that.
        edges[layer.index] = [{ target, ref }];
        sources.push(layer);
      }
    }
  }
  findCycles(sources, edges, out);
}

/** A start-up dependency: `ref` names `target`. */
interface Edge {
  readonly target: Layer;
  readonly ref: NameRef;
}

const ON_PATH = 1;
const DONE = 2;

/** Iterative depth-first search from each of `sources`, so that long chains cannot overflow the stack. */
function findCycles(sources: readonly Layer[], edges: readonly (Edge[] | undefined)[], out: Diagnostic[]): void {
  const state = new Uint8Array(edges.length);
  // One path and one stack of positions for all searches: most are a step or two long.
  const path: Layer[] = [];
  const iters: number[] = [];
  for (const root of sources) {
    if (state[root.index] !== 0) continue;
    path.push(root);
    iters.push(0);
    state[root.index] = ON_PATH;
    while (path.length > 0) {
      const node = path[path.length - 1];
      const list = edges[node.index];
      const i = iters[iters.length - 1]++;
      if (!list || i >= list.length) {
        state[node.index] = DONE;
        path.pop();
        iters.pop();
        continue;
      }
      const { target, ref } = list[i];
      const s = state[target.index];
      if (s === ON_PATH) {
        const cycle = path.slice(path.indexOf(target)).map((l) => l.name);
        out.push(makeDiagnostic('names.cycle', ref.span.start, ref.span.end, [...cycle, target.name].join(' → ')));
      } else if (s === 0) {
        state[target.index] = ON_PATH;
        path.push(target);
        iters.push(0);
      }
    }
  }
}
