// Names of hardware, VMs, containers, apps and jobs: where each is declared and where
// `depends` refers to it. Definition, references and rename are built on this.
import type { Analysis } from '../analyze';
import type { Span } from '../diagnostics';
import { NAMED_KINDS } from '../model/schema';
import type { Layer } from '../model/types';
import { layerOf, statementPath, touches } from './locate';

/** A name under the cursor: declared there, or referred to. */
export interface NameAt {
  readonly name: string;
  readonly span: Span;
  /** The layer declared here, when the cursor is on a declaration. */
  readonly declares?: Layer;
  /** The layer the name stands for: the first declaration of it (as the checker resolves names). */
  readonly target?: Layer;
}

/** The name at an offset, if the cursor is on one. */
export function nameAt(analysis: Analysis, offset: number): NameAt | undefined {
  const path = statementPath(analysis.tree.statements, offset);
  const stmt = path[path.length - 1];
  if (!stmt) return undefined;
  const layer = layerOf(analysis.model, stmt);
  if (layer && NAMED_KINDS.has(layer.kind) && layer.name !== '' && touches(layer.nameSpan, offset)) {
    return { name: layer.name, span: layer.nameSpan, declares: layer, target: analysis.model.names.get(layer.name) };
  }
  if (stmt.keyword !== 'depends' || path.length < 2) return undefined;
  const owner = layerOf(analysis.model, path[path.length - 2]);
  const ref = owner?.props.depends?.find((r) => touches(r.span, offset));
  return ref && { name: ref.name, span: ref.span, target: analysis.model.names.get(ref.name) };
}

/** Every `depends` reference to a name. */
export function referencesTo(analysis: Analysis, name: string): Span[] {
  const out: Span[] = [];
  for (const l of analysis.model.layers) for (const r of l.props.depends ?? []) if (r.name === name) out.push(r.span);
  return out;
}
