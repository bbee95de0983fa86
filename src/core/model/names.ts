import type { Layer } from './types';

const EMPTY = -1;

/**
 * The file's names, first declaration first, as a read-only map. A big file declares tens of
 * thousands of names, each a fresh string: V8's Map has to hash each one in its runtime and then
 * probes a table too big for the cache. This table hashes in line and probes an array of hashes
 * that is: the model build spent a tenth of its time in Map.has and Map.set.
 */
export class NameTable implements ReadonlyMap<string, Layer> {
  private readonly names: string[] = [];
  private readonly layers: Layer[] = [];
  /** Pairs of (index into names, or EMPTY; hash): a probe reads both from one cache line. */
  private slots: Int32Array;

  /** `expected`: about how many names the table will hold, so that a big file does not rehash it a dozen times. */
  constructor(expected = 32) {
    let size = 64;
    while (size < expected * 2) size *= 2;
    this.slots = emptySlots(size);
  }

  get size(): number {
    return this.names.length;
  }

  get [Symbol.toStringTag](): string {
    return 'NameTable';
  }

  /** Adds `name` for `layer` unless the name is taken; returns the layer that holds it. */
  claim(name: string, layer: Layer): Layer {
    const hash = hashOf(name);
    let slot = this.find(name, hash);
    const index = this.slots[slot];
    if (index !== EMPTY) return this.layers[index];
    if (this.names.length + 1 > this.slots.length >> 2) {
      this.grow();
      slot = this.find(name, hash);
    }
    this.slots[slot] = this.names.length;
    this.slots[slot + 1] = hash;
    this.names.push(name);
    this.layers.push(layer);
    return layer;
  }

  get(name: string): Layer | undefined {
    const index = this.slots[this.find(name, hashOf(name))];
    return index === EMPTY ? undefined : this.layers[index];
  }

  has(name: string): boolean {
    return this.slots[this.find(name, hashOf(name))] !== EMPTY;
  }

  forEach(callback: (layer: Layer, name: string, map: ReadonlyMap<string, Layer>) => void, thisArg?: unknown): void {
    for (let i = 0; i < this.names.length; i++) callback.call(thisArg, this.layers[i], this.names[i], this);
  }

  *entries(): MapIterator<[string, Layer]> {
    for (let i = 0; i < this.names.length; i++) yield [this.names[i], this.layers[i]];
  }

  keys(): MapIterator<string> {
    return this.names.values();
  }

  values(): MapIterator<Layer> {
    return this.layers.values();
  }

  [Symbol.iterator](): MapIterator<[string, Layer]> {
    return this.entries();
  }

  /** The slot (an even position) holding `name`, or the empty slot where it would go (linear probing). */
  private find(name: string, hash: number): number {
    const slots = this.slots;
    const mask = slots.length - 2;
    for (let slot = (hash << 1) & mask; ; slot = (slot + 2) & mask) {
      const index = slots[slot];
      // Strings are compared only when their hashes match.
      if (index === EMPTY || (slots[slot + 1] === hash && this.names[index] === name)) return slot;
    }
  }

  private grow(): void {
    const old = this.slots;
    const slots = emptySlots(old.length);
    const mask = slots.length - 2;
    for (let slot = 0; slot < old.length; slot += 2) {
      if (old[slot] === EMPTY) continue;
      let to = (old[slot + 1] << 1) & mask;
      while (slots[to] !== EMPTY) to = (to + 2) & mask;
      slots[to] = old[slot];
      slots[to + 1] = old[slot + 1];
    }
    this.slots = slots;
  }
}

/** A table of `size` empty slots (twice as many numbers), at most half of which are ever used. */
function emptySlots(size: number): Int32Array {
  const slots = new Int32Array(size * 2);
  for (let i = 0; i < slots.length; i += 2) slots[i] = EMPTY;
  return slots;
}

/** FNV-1a over the UTF-16 code units, mixed so that names differing in their last letters spread out. */
function hashOf(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}
