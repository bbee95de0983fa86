// One slot per host on the page, each showing a drawing or a notice. The slot remembers which
// source it shows, so that an update skips the hosts that did not change.
import type { PreviewDiagram } from '../../shared/previewProtocol';
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

  /** One slot per host, in document order, reusing the slots of hosts that stayed. */
  reconcile(diagrams: readonly PreviewDiagram[]): HTMLElement[] {
    const existing = new Map<string, HTMLElement>();
    for (const s of this.hosts.querySelectorAll<HTMLElement>('.vs-host')) existing.set(s.dataset.key ?? '', s);
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
      return slot;
    });
    for (const stale of existing.values()) stale.remove();
    // Moving a node that is already in place would make the browser lay it out again for nothing.
    slots.forEach((slot, i) => {
      if (this.hosts.children[i] !== slot) this.hosts.insertBefore(slot, this.hosts.children[i] ?? null);
    });
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
