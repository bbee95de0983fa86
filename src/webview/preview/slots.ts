// One slot per host on the page, each showing a drawing or a notice. The slot remembers which
// source it shows, so that an update skips the hosts that did not change.
import type { PreviewDiagram, PreviewFrame } from '../../shared/previewProtocol';
import { decorate } from './blocks';
import type { Drawing } from './renderer';

/** The host slots inside the page's hosts element. */
export class Slots {
  private readonly shown = new WeakMap<HTMLElement, string>();
  private readonly labels = new WeakMap<HTMLElement, string[]>();

  constructor(
    private readonly hosts: HTMLElement,
    private readonly emptyText: string,
  ) {}

  /**
   * One slot per host, in document order, reusing the slots of hosts that stayed. The hosts of a
   * cluster go into its frame (issue 14), a bordered box under the cluster's caption that stands
   * where its first host would; hosts of no cluster stay outside frames.
   */
  reconcile(diagrams: readonly PreviewDiagram[], frames: readonly PreviewFrame[] = []): HTMLElement[] {
    const existing = new Map<string, HTMLElement>();
    for (const s of this.hosts.querySelectorAll<HTMLElement>('.vs-host')) existing.set(s.dataset.key ?? '', s);
    const existingFrames = new Map<string, HTMLElement>();
    for (const f of this.hosts.querySelectorAll<HTMLElement>('.vs-frame')) existingFrames.set(f.dataset.frame ?? '', f);
    const frameOf = new Map<string, PreviewFrame>();
    for (const f of frames) for (const h of f.hosts) if (!frameOf.has(h)) frameOf.set(h, f);
    const top: HTMLElement[] = [];
    const members = new Map<HTMLElement, HTMLElement[]>();
    const slots = diagrams.map((d) => {
      let slot = existing.get(d.key);
      existing.delete(d.key);
      if (!slot) {
        slot = document.createElement('div');
        slot.className = 'vs-host';
        slot.dataset.key = d.key;
        slot.dataset.width = '0';
        slot.dataset.height = '0';
      }
      const frame = frameOf.get(d.key);
      if (!frame) {
        top.push(slot);
        return slot;
      }
      let box = existingFrames.get(frame.key);
      if (!box) {
        box = frameBox(frame.key);
        existingFrames.set(frame.key, box);
      }
      let inside = members.get(box);
      if (!inside) {
        members.set(box, (inside = []));
        top.push(box);
        const caption = box.firstElementChild as HTMLElement;
        if (caption.textContent !== frame.caption) caption.textContent = frame.caption;
        if (box.getAttribute('aria-label') !== frame.caption) box.setAttribute('aria-label', frame.caption);
      }
      inside.push(slot);
      return slot;
    });
    for (const stale of existing.values()) stale.remove();
    for (const box of existingFrames.values()) if (!members.has(box)) box.remove();
    for (const [box, inside] of members) place(box.lastElementChild as HTMLElement, inside);
    place(this.hosts, top);
    const empty = this.hosts.querySelector('.vs-empty');
    if (diagrams.length === 0 && !empty) {
      const note = document.createElement('p');
      note.className = 'vs-empty';
      note.textContent = this.emptyText;
      this.hosts.appendChild(note);
    } else if (diagrams.length > 0) {
      empty?.remove();
    }
    return slots;
  }

  /** Whether a slot already shows this source (or this notice). */
  shows(slot: HTMLElement | undefined, what: string): boolean {
    return slot !== undefined && this.shown.get(slot) === what;
  }

  /** Swaps a host's drawing in one step, so there is never an empty frame between two drawings. */
  show(slot: HTMLElement, diagram: PreviewDiagram, d: Drawing): void {
    slot.innerHTML = d.svg;
    const svg = slot.querySelector('svg');
    const box = svg?.viewBox.baseVal;
    slot.dataset.renderId = d.renderId;
    // The viewport measures the labels of the new drawing on its next layout.
    delete slot.dataset.labelPx;
    this.shown.set(slot, diagram.source ?? '');
    slot.dataset.width = String(box?.width ?? 0);
    slot.dataset.height = String(box?.height ?? 0);
    // Mermaid caps the width for pages that flow; the viewport sizes drawings itself.
    svg?.style.removeProperty('max-width');
    decorate(slot, diagram);
    this.labels.set(slot, [...slot.querySelectorAll('g.node')].map((n) => (n.querySelector('.nodeLabel')?.textContent ?? '').slice(0, 500)));
  }

  /** Shows a note in place of a drawing; `what` is what the slot then counts as showing. */
  showNotice(slot: HTMLElement, notice: string, what: string): void {
    const p = document.createElement('p');
    p.className = 'vs-host-notice';
    p.textContent = notice || slot.dataset.key || '';
    slot.replaceChildren(p);
    this.shown.set(slot, what);
    this.labels.delete(slot);
    delete slot.dataset.renderId;
    delete slot.dataset.labelPx;
    slot.dataset.width = '0';
    slot.dataset.height = '0';
  }

  /** The label of every block drawn, host by host (read once per drawing, not per update). */
  allLabels(limit: number): string[] {
    const out: string[] = [];
    for (const slot of this.hosts.querySelectorAll<HTMLElement>('.vs-host')) {
      for (const label of this.labels.get(slot) ?? []) if (out.length < limit) out.push(label);
    }
    return out;
  }
}

/** A cluster's frame: its caption, then a row of its hosts' slots. */
function frameBox(key: string): HTMLElement {
  const box = document.createElement('section');
  box.className = 'vs-frame';
  box.dataset.frame = key;
  box.setAttribute('role', 'group');
  const caption = document.createElement('div');
  caption.className = 'vs-frame-caption';
  // Like a block, the caption is reached by keyboard and reveals the cluster's statement.
  caption.tabIndex = 0;
  caption.setAttribute('role', 'button');
  const inside = document.createElement('div');
  inside.className = 'vs-frame-hosts';
  box.append(caption, inside);
  return box;
}

/**
 * Puts `children` first in `parent`, in order. Moving a node that is already in place would
 * make the browser lay it out again for nothing, so only those out of place move.
 */
function place(parent: HTMLElement, children: readonly HTMLElement[]): void {
  children.forEach((child, i) => {
    if (parent.children[i] !== child) parent.insertBefore(child, parent.children[i] ?? null);
  });
}
