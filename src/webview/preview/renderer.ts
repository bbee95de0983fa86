// Mermaid, loaded on first use from the bundle's own chunks (never a CDN), and a cache of
// rendered SVGs by source: a host whose source did not change is never drawn again, and undo
// finds the previous drawing still there.
import type { MermaidConfig } from 'mermaid';
import { MAX_TEXT_SIZE } from '../../core/diagram/types';

/** A drawing of one source: the SVG text and the id mermaid prefixed its elements with. */
export interface Drawing {
  readonly svg: string;
  readonly renderId: string;
}


/** The configuration the preview and the benchmark render with. */
export function mermaidConfig(fontFamily: string): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    theme: 'base',
    fontFamily,
    themeVariables: { fontFamily, fontSize: '14px', background: 'transparent' },
    block: { useMaxWidth: false, padding: 8 },
    maxTextSize: MAX_TEXT_SIZE,
    // A failed render must not leave mermaid's error picture in the page.
    suppressErrorRendering: true,
  };
}

type Mermaid = (typeof import('mermaid'))['default'];

/** Renders sources with one mermaid instance, remembering the last drawings. */
export class Renderer {
  private mermaid?: Promise<Mermaid>;
  private readonly cache = new LruCache<string, Drawing>(96);
  private counter = 0;
  private scratch?: HTMLElement;

  constructor(private readonly fontFamily: () => string) {}

  /** A drawing made earlier for exactly this source. */
  cached(source: string): Drawing | undefined {
    return this.cache.get(source);
  }

  /** Draws a source (mermaid parses and lays it out in a hidden element, off screen). */
  async render(source: string): Promise<Drawing> {
    const mermaid = await this.load();
    const renderId = `vs${++this.counter}`;
    const { svg } = await mermaid.render(renderId, source, this.scratchElement());
    const drawing = { svg, renderId };
    this.cache.set(source, drawing);
    return drawing;
  }

  /**
   * Where mermaid lays a drawing out: an element of its own, fixed off screen (so it never
   * makes the page scroll), with CSS containment. Mermaid measures every label as it adds it
   * (getBoundingClientRect); rendered into the body, each measurement laid out the body's
   * whole list of children, so drawing cost grew with the length of the page. Contained, a
   * measurement lays out only this element: the five blocks of the Markdown benchmark followed
   * by 3,000 paragraphs took 2.0 s to draw into the body and 1.6 s here. Its style is set
   * through the CSSOM, which no webview's Content-Security-Policy forbids.
   */
  private scratchElement(): HTMLElement {
    if (!this.scratch?.isConnected) {
      const scratch = document.createElement('div');
      scratch.className = 'virtstack-scratch';
      scratch.setAttribute('aria-hidden', 'true');
      Object.assign(scratch.style, { position: 'fixed', left: '-100000px', top: '0', width: '4000px', height: '4000px', contain: 'strict', visibility: 'hidden', pointerEvents: 'none' });
      document.body.append(scratch);
      this.scratch = scratch;
    }
    return this.scratch;
  }

  private load(): Promise<Mermaid> {
    this.mermaid ??= import('mermaid').then((m) => {
      m.default.initialize(mermaidConfig(this.fontFamily()));
      return m.default;
    });
    return this.mermaid;
  }
}

/** A small least-recently-used map: rendered SVGs by their mermaid source. */
export class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  /** The value for a key, which becomes the most recently used. */
  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  /** Stores a value, dropping the least recently used entry when full. */
  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as K;
      this.entries.delete(oldest);
    }
  }

  /** How many entries are kept. */
  get size(): number {
    return this.entries.size;
  }
}
