// Zoom and pan. Zooming resizes each host's SVG (its viewBox keeps the drawing sharp) rather
// than scaling with a transform, so the browser's own scrolling, scroll bars and find work.
// A fit is a mode, not a number: it survives updates and panel resizes until the user zooms.
// The default is "fit width" (fit.ts): it depends on the panel's width only, so nothing that
// changes the height (the error banner, the notice) changes the zoom or moves a host.
import type { PreviewFit, PreviewView } from '../../shared/previewProtocol';
import { fitWidth, fitWrapped, MERMAID_LABEL_PX, MIN_ZOOM } from './fit';

const MAX_ZOOM = 8;
const STEP = 1.25;
/** Pointer travel before a press becomes a drag instead of a click. */
const DRAG_THRESHOLD = 4;

/** Zoom, fit and scroll of the viewport; calls `changed` whenever they change. */
export class Viewport {
  private zoomLevel = 1;
  private fitMode: PreviewFit = 'width';
  private suppressClick = false;

  constructor(
    private readonly viewport: HTMLElement,
    private readonly hosts: HTMLElement,
    private readonly changed: () => void,
  ) {
    viewport.addEventListener('wheel', (e) => this.onWheel(e), { passive: false });
    viewport.addEventListener('pointerdown', (e) => this.onPointerDown(e));
    // A drag must not end in a click on the block under the pointer.
    viewport.addEventListener('click', (e) => {
      if (this.suppressClick) {
        e.stopPropagation();
        e.preventDefault();
        this.suppressClick = false;
      }
    }, true);
    viewport.addEventListener('keydown', (e) => this.onKey(e));
    viewport.addEventListener('scroll', () => this.changed(), { passive: true });
    new ResizeObserver(() => {
      if (this.fitMode !== false) this.layout();
    }).observe(viewport);
  }

  /** The state to save. */
  get view(): PreviewView {
    return { zoom: this.zoomLevel, fit: this.fitMode, scrollX: Math.round(this.viewport.scrollLeft), scrollY: Math.round(this.viewport.scrollTop) };
  }

  /** Restores a saved state once the content is there. */
  restore(view: PreviewView): void {
    this.fitMode = view.fit;
    this.zoomLevel = clamp(view.zoom);
    this.layout();
    this.viewport.scrollLeft = view.scrollX;
    this.viewport.scrollTop = view.scrollY;
  }

  /** Zooms by a factor around a point of the viewport (its centre by default). */
  zoomBy(factor: number, clientX?: number, clientY?: number): void {
    const rect = this.viewport.getBoundingClientRect();
    const x = clientX === undefined ? rect.width / 2 : clientX - rect.left;
    const y = clientY === undefined ? rect.height / 2 : clientY - rect.top;
    const before = this.zoomLevel;
    this.zoomLevel = clamp(before * factor);
    this.fitMode = false;
    const ratio = this.zoomLevel / before;
    const left = (this.viewport.scrollLeft + x) * ratio - x;
    const top = (this.viewport.scrollTop + y) * ratio - y;
    this.layout();
    this.viewport.scrollLeft = left;
    this.viewport.scrollTop = top;
    this.changed();
  }

  /** Zoom in one step. */
  zoomIn(): void {
    this.zoomBy(STEP);
  }

  /** Zoom out one step. */
  zoomOut(): void {
    this.zoomBy(1 / STEP);
  }

  /** Fits the whole diagram into the panel, and keeps it fitted. */
  fit(): void {
    this.fitMode = 'all';
    this.layout();
    this.changed();
  }

  /** The default view: fits the panel's width at a readable zoom, and keeps it fitted. */
  fitWidth(): void {
    this.fitMode = 'width';
    this.layout();
    this.changed();
  }

  /** 100 %. */
  reset(): void {
    this.fitMode = false;
    this.zoomLevel = 1;
    this.layout();
    this.changed();
  }

  /** Sizes every host's SVG for the current zoom; call after the content changed. */
  layout(): void {
    const slots = [...this.hosts.querySelectorAll<HTMLElement>('.vs-host')];
    if (this.fitMode !== false) this.zoomLevel = this.fitZoom(slots, this.fitMode);
    let widest = 0;
    for (const slot of slots) {
      const svg = slot.querySelector('svg');
      const w = Number(slot.dataset.width);
      const h = Number(slot.dataset.height);
      if (!svg || !w || !h) continue;
      svg.setAttribute('width', String(w * this.zoomLevel));
      svg.setAttribute('height', String(h * this.zoomLevel));
      widest = Math.max(widest, w * this.zoomLevel);
    }
    document.body.style.setProperty('--vs-zoom', String(this.zoomLevel));
    // Zoomed in past the panel's width, the row must grow with its widest host to scroll to it.
    document.body.style.setProperty('--vs-widest', `${Math.ceil(widest) + 32}px`);
  }

  /**
   * The zoom of a fit. `'all'`: the largest, at most 100 %, at which all hosts fit the panel once
   * they wrap into rows the way the page lays them out (greedy rows, gaps that shrink with the
   * zoom). `'width'`: the widest host fits the width, never below the readable zoom of the
   * smallest label drawn.
   */
  private fitZoom(slots: HTMLElement[], mode: 'width' | 'all'): number {
    const style = getComputedStyle(this.hosts);
    const padX = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
    const padY = (parseFloat(style.paddingTop) || 0) + (parseFloat(style.paddingBottom) || 0);
    const sizes = slots.map((s) => ({ w: Number(s.dataset.width) || 0, h: Number(s.dataset.height) || 0 })).filter((s) => s.w > 0 && s.h > 0);
    if (sizes.length === 0) return 1;
    // A cluster's frame (issue 14) takes room that does not scale with the zoom: its border,
    // padding and caption. Counted once across and once per frame down, as an upper bound.
    const chrome = frameChrome(this.hosts);
    if (mode === 'width') return fitWidth(sizes, this.viewport.clientWidth - padX - chrome.x, smallestLabelPx(slots));
    return fitWrapped(sizes, this.viewport.clientWidth - padX - chrome.x, this.viewport.clientHeight - padY - chrome.y);
  }

  private onWheel(e: WheelEvent): void {
    // Ctrl+wheel, and trackpad pinches (which arrive as ctrl+wheel), zoom; a plain wheel scrolls.
    if (!e.ctrlKey && !e.metaKey) return;
    e.preventDefault();
    this.zoomBy(Math.exp(-e.deltaY * 0.0025), e.clientX, e.clientY);
  }

  private onPointerDown(e: PointerEvent): void {
    if (e.button !== 0) return;
    const start = { x: e.clientX, y: e.clientY, left: this.viewport.scrollLeft, top: this.viewport.scrollTop };
    let dragging = false;
    const move = (m: PointerEvent): void => {
      const dx = m.clientX - start.x;
      const dy = m.clientY - start.y;
      if (!dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!dragging) {
        dragging = true;
        this.viewport.setPointerCapture(e.pointerId);
        this.viewport.classList.add('vs-dragging');
      }
      this.viewport.scrollLeft = start.left - dx;
      this.viewport.scrollTop = start.top - dy;
    };
    const up = (): void => {
      this.viewport.removeEventListener('pointermove', move);
      this.viewport.removeEventListener('pointerup', up);
      this.viewport.removeEventListener('pointercancel', up);
      if (dragging) {
        this.suppressClick = true;
        // The click that follows a drag arrives at once, if at all.
        setTimeout(() => (this.suppressClick = false), 0);
        this.viewport.classList.remove('vs-dragging');
        this.changed();
      }
    };
    this.viewport.addEventListener('pointermove', move);
    this.viewport.addEventListener('pointerup', up);
    this.viewport.addEventListener('pointercancel', up);
  }

  private onKey(e: KeyboardEvent): void {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const actions: Record<string, () => void> = { '+': () => this.zoomIn(), '=': () => this.zoomIn(), '-': () => this.zoomOut(), '0': () => this.fit(), '1': () => this.reset(), w: () => this.fitWidth(), W: () => this.fitWidth() };
    const action = actions[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  }
}

/**
 * The smallest font size of the label text drawn, in the SVG's own units (CSS pixels at 100 %).
 * Measured once per drawing (a slot forgets it when it shows another) and kept on the slot, so a
 * layout reads styles only for hosts drawn since the last one.
 */
export function smallestLabelPx(slots: readonly HTMLElement[]): number {
  let smallest = Infinity;
  for (const slot of slots) {
    if (slot.dataset.labelPx === undefined) {
      let px = Infinity;
      for (const label of slot.querySelectorAll('g.node .nodeLabel, g.node .nodeLabel *')) {
        const size = parseFloat(getComputedStyle(label).fontSize);
        if (size > 0 && (label.textContent ?? '').trim() !== '') px = Math.min(px, size);
      }
      // A slot with no label yet (a notice, a drawing still to come) counts as not measured.
      if (!Number.isFinite(px)) continue;
      slot.dataset.labelPx = String(px);
    }
    smallest = Math.min(smallest, Number(slot.dataset.labelPx));
  }
  return Number.isFinite(smallest) ? smallest : MERMAID_LABEL_PX;
}

/** The room the frames of clusters take: across, one frame's sides; down, every frame's top and bottom. */
export function frameChrome(hosts: HTMLElement): { x: number; y: number } {
  const frames = hosts.querySelectorAll<HTMLElement>('.vs-frame');
  if (frames.length === 0) return { x: 0, y: 0 };
  const style = getComputedStyle(frames[0]);
  const px = (...values: string[]): number => values.reduce((n, v) => n + (parseFloat(v) || 0), 0);
  const x = px(style.paddingLeft, style.paddingRight, style.borderLeftWidth, style.borderRightWidth);
  const caption = (frames[0].firstElementChild as HTMLElement | null)?.offsetHeight ?? 0;
  const y = px(style.paddingTop, style.paddingBottom, style.borderTopWidth, style.borderBottomWidth, style.rowGap) + caption;
  return { x, y: y * frames.length };
}

function clamp(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}
