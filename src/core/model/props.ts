// A layer's properties, read from the property lines of its block. The model builder reads them
// once while it checks the file; after the checks of the layer's host, the layer lets them go and
// reads them again (silently, with the same code) when an editor feature asks. A big file's
// quantities, load profiles and property objects then die young instead of filling the heap.
import { NONE } from '../syntax/columns';
import type { SyntaxTree } from '../syntax/tree';
import { readProperty } from './properties';
import { KEYWORD_ROLES } from './schema';
import type { LayerKind, LayerProps } from './types';
import type { ReadContext } from './values';

/**
 * Shared by every layer that has no property line (most OS, hypervisor and middleware layers),
 * so that a big file does not carry tens of thousands of empty objects; the first property gives
 * a layer its own.
 */
export const NO_PROPS: LayerProps = Object.freeze(emptyProps());

/** Properties with every field present: one object shape for all layers. */
export function emptyProps(): LayerProps {
  return {
    cpu: undefined, vcpu: undefined, memory: undefined, disk: undefined, network: undefined, reserve: undefined, power: undefined, type: undefined,
    image: undefined, tenant: undefined, boot: undefined, load: undefined, work: undefined, start: undefined, depends: undefined,
  };
}

/** Reads property line `id` of a `kind` layer into `props`, and returns them (a new object if they were NO_PROPS). */
export function addProperty(ctx: ReadContext, id: number, kind: LayerKind, props: LayerProps): LayerProps {
  const own = props === NO_PROPS ? emptyProps() : props;
  readProperty(ctx, id, kind, own);
  return own;
}

/** The properties of a `kind` layer written in the block of statement `owner`, read again without reporting (the builder has reported already). */
export function readLayerProps(tree: SyntaxTree, owner: number, kind: LayerKind): LayerProps {
  const rows = tree.rows;
  if (rows.open[owner] === NONE) return NO_PROPS;
  const ctx: ReadContext = { tree, diagnostics: [] };
  let props = NO_PROPS;
  for (let i = rows.listFirst[owner], end = i + rows.listCount[owner]; i < end; i++) {
    const id = rows.list[i];
    const role = KEYWORD_ROLES.get(rows.keyword[id]);
    if (role?.role === 'property' && role.places.includes(kind)) props = addProperty(ctx, id, kind, props);
  }
  return props;
}
