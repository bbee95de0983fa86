import { type Diagnostic, makeDiagnostic } from '../diagnostics';
import { msg } from '../l10n/localizer';
import type { Layer, LayerKind, NameRef, StackModel } from '../model/types';
import { NameSuggester } from '../suggest';
import { LineIndex } from '../syntax/lines';

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

/** The kinds of layer that hold a name of the file's namespace (NAMED_KINDS), hence can be duplicates. */
type NamedKind = Extract<LayerKind, 'hardware' | 'vm' | 'desktops' | 'container' | 'app' | 'job'>;

/** Names are unique, references resolve, and start-up dependencies have no cycle. */
export function checkNames(model: StackModel, text: string, references: References, out: Diagnostic[]): void {
  // Made once, for the first duplicate: a scan from the start for each was quadratic.
  let lines: LineIndex | undefined;
  for (const layer of model.duplicates) {
    const first = model.names.get(layer.name);
    if (first) {
      out.push({
        ...makeDiagnostic('names.duplicate', layer.nameSpan.start, layer.nameSpan.end, layer.name, msg(`noun.${first.kind as NamedKind}`), String((lines ??= new LineIndex(text)).line(first.nameSpan.start))),
        related: [{ start: first.nameSpan.start, end: first.nameSpan.end, message: msg('related.firstDeclared', layer.name) }],
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
/** Messages quote at most this many characters of an argument (see makeDiagnostic); a cycle's description stops past it. */
const SHOWN = 80;

/** Iterative depth-first search from each of `sources`, so that long chains cannot overflow the stack. */
function findCycles(sources: readonly Layer[], edges: readonly (Edge[] | undefined)[], out: Diagnostic[]): void {
  const state = new Uint8Array(edges.length);
  /** Where each layer on the path is on it, so that a cycle is found without searching the path. */
  const depth = new Int32Array(edges.length);
  // One path and one stack of positions for all searches: most are a step or two long.
  const path: Layer[] = [];
  const iters: number[] = [];
  for (const root of sources) {
    if (state[root.index] !== 0) continue;
    depth[root.index] = path.length;
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
        out.push(makeDiagnostic('names.cycle', ref.span.start, ref.span.end, describeCycle(path, depth[target.index], target)));
      } else if (s === 0) {
        state[target.index] = ON_PATH;
        depth[target.index] = path.length;
        path.push(target);
        iters.push(0);
      }
    }
  }
}

/**
 * `a → b → … → a` for the cycle from path[from] back to `target`, up to as much as a message
 * shows: a long chain closed many times would otherwise join the whole path for each finding.
 */
function describeCycle(path: readonly Layer[], from: number, target: Layer): string {
  let text = path[from].name;
  for (let i = from + 1; i < path.length && text.length <= SHOWN; i++) text += ` → ${path[i].name}`;
  return text.length <= SHOWN ? `${text} → ${target.name}` : text;
}
