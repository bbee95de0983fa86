import type { Layer, StackModel } from '../model/types';

/**
 * The innermost layer whose statement (with its block) contains the offset, for the block to
 * highlight under the cursor. Nested statements start later and end earlier than their
 * parents, so among the layers that contain the offset the one that starts last is innermost.
 */
export function layerAt(model: StackModel, offset: number): Layer | undefined {
  let best: Layer | undefined;
  for (const layer of model.layers) {
    const s = layer.statement;
    if (offset >= s.start && offset <= s.end && (!best || s.start >= best.statement.start)) best = layer;
  }
  return best;
}

/** The path key of a layer, as the grid names its block (`hardware:h/os:linux/vm:web`). */
export function layerKey(layer: Layer): string {
  const segments: string[] = [];
  for (let l: Layer | undefined = layer; l; l = l.parent) {
    const base = `${l.kind}:${l.name || l.product || ''}`;
    const siblings: readonly Layer[] = l.parent ? l.parent.children : [];
    let n = 0;
    for (const s of siblings) {
      if (s === l) break;
      if (`${s.kind}:${s.name || s.product || ''}` === base) n++;
    }
    segments.push(n === 0 ? base : `${base}#${n}`);
  }
  return segments.reverse().join('/');
}
