// Blocks of the rendered SVGs. Block diagrams have no `click` syntax, but every block is a
// `g.node` with the id `<renderId>-<blockId>`, so one delegated listener per page maps a click
// back to the block, and through the host to its line in the file.
import type { PreviewDiagram } from '../../shared/previewProtocol';

/** The host slot and block id of an element inside a rendered diagram. */
export function blockOf(target: EventTarget | null): { slot: HTMLElement; block: string; node: SVGGElement } | undefined {
  if (!(target instanceof Element)) return undefined;
  const node = target.closest<SVGGElement>('g.node');
  const slot = node?.closest<HTMLElement>('.vs-host');
  const renderId = slot?.dataset.renderId;
  if (!node || !slot || !renderId || !node.id.startsWith(`${renderId}-`)) return undefined;
  return { slot, block: node.id.slice(renderId.length + 1), node };
}

/** The element of a block in a slot, if it is drawn. */
export function nodeOf(slot: HTMLElement, block: string): SVGGElement | undefined {
  const renderId = slot.dataset.renderId;
  if (!renderId) return undefined;
  return slot.querySelector<SVGGElement>(`g.node[id="${CSS.escape(`${renderId}-${block}`)}"]`) ?? undefined;
}

/**
 * Gives each block its full label as a tooltip and makes it reachable by keyboard: labels in
 * the drawing may be cut short, the tooltip never is.
 */
export function decorate(slot: HTMLElement, diagram: PreviewDiagram): void {
  for (const { id, tip } of diagram.blocks) {
    const node = nodeOf(slot, id);
    if (!node) continue;
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = tip;
    node.prepend(title);
    node.setAttribute('tabindex', '0');
    node.setAttribute('role', 'button');
    node.setAttribute('aria-label', tip);
  }
}

/** Puts a class on exactly the given blocks of the page, taking it off all others. */
export function markBlocks(root: HTMLElement, className: string, blocks: readonly { diagram: string; block: string }[]): SVGGElement[] {
  for (const n of root.querySelectorAll(`g.node.${className}`)) n.classList.remove(className);
  const found: SVGGElement[] = [];
  for (const { diagram, block } of blocks) {
    const slot = slotOf(root, diagram);
    const node = slot && nodeOf(slot, block);
    if (node) {
      node.classList.add(className);
      found.push(node);
    }
  }
  return found;
}

/** The frame of a cluster (issue 14) whose caption or border was hit: a click on a host inside it selects the host's block instead. */
export function frameOf(target: EventTarget | null): HTMLElement | undefined {
  if (!(target instanceof Element) || target.closest('.vs-host')) return undefined;
  return target.closest<HTMLElement>('.vs-frame') ?? undefined;
}

/** Puts a class on exactly the frames of the given clusters, taking it off all others. */
export function markFrames(root: HTMLElement, className: string, keys: readonly string[]): HTMLElement[] {
  for (const f of root.querySelectorAll(`.vs-frame.${className}`)) f.classList.remove(className);
  const found: HTMLElement[] = [];
  for (const f of root.querySelectorAll<HTMLElement>('.vs-frame')) {
    if (keys.includes(f.dataset.frame ?? '')) {
      f.classList.add(className);
      found.push(f);
    }
  }
  return found;
}

/** The slot of a host by its key. */
export function slotOf(root: HTMLElement, key: string): HTMLElement | undefined {
  for (const s of root.querySelectorAll<HTMLElement>('.vs-host')) if (s.dataset.key === key) return s;
  return undefined;
}
