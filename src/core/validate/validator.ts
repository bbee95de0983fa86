import type { Diagnostic } from '../diagnostics';
import type { Layer, StackModel } from '../model/types';
import { checkKernels } from './kernel';
import { checkNames, References } from './names';
import { NetworkChecks } from './network';
import { checkPlacement, classify } from './placement';
import { checkProducts } from './products';
import { checkOvercommit, checkSizes, type ResourceLimits, type Tally } from './resources';
import { StorageChecks } from './storage';

/** Options of the checks; the file's `simulate { overcommit … }` takes precedence. */
export type ValidationOptions = ResourceLimits;

/** Defaults: OpenStack Nova's allocation ratios. */
export const DEFAULT_VALIDATION: ValidationOptions = { cpuOvercommit: 4.0, memoryOvercommit: 1.0 };

/**
 * Runs the rules over a model as it is built: the rules within a host on each top-level group of
 * layers as soon as it is complete, while it is still in the cache; names and overcommit, which
 * depend on the whole file, at the end, from what checkLayers kept of each host (references and
 * tallies), so that the layers' properties need not stay in memory until then.
 */
export class Validator {
  // One list per stage, joined in this order at the end, so that findings on the same span keep
  // the order of the rules (the final sort is stable).
  private readonly local: Diagnostic[] = [];
  private readonly sizes: Diagnostic[] = [];
  private readonly tallies = new Map<Layer, Tally>();
  /** The references of `depends` lines, read while their host is checked. */
  private readonly references = new References();
  /** Clusters and storage (issue 14): volumes and the VMs of cluster hosts, read while their host is checked. */
  private readonly storage = new StorageChecks();
  /** Network virtualization (VS6xx): switches, segments and NICs. */
  private readonly network: NetworkChecks;

  constructor(
    private readonly model: StackModel,
    private readonly text: string,
    private readonly options: ValidationOptions = DEFAULT_VALIDATION,
  ) {
    this.network = new NetworkChecks(model);
  }

  /** Checks model.layers[from, to): whole top-level statements, so that every layer's parents are complete. */
  checkLayers(from: number, to: number): void {
    const layers = this.model.layers;
    checkProducts(layers, from, to, this.local); // first: it settles hypervisor types the other rules read
    checkPlacement(layers, from, to, this.local);
    checkKernels(layers, from, to, this.local);
    checkSizes(layers, from, to, this.tallies, this.sizes);
    classify(layers, from, to);
    this.storage.noteClusters(this.model);
    this.network.checkLayers(layers, from, to, this.local);
    for (let i = from; i < to; i++) {
      const layer = layers[i];
      const depends = layer.props.depends;
      if (depends) this.references.add(layer, depends, this.model.names);
      if (layer.kind === 'vm' || layer.kind === 'container') this.storage.collect(layer);
    }
  }

  /** The checks that need the whole file, then every finding. */
  finish(): Diagnostic[] {
    const out = this.local;
    checkNames(this.model, this.text, this.references, out);
    for (const d of this.sizes) out.push(d);
    checkOvercommit(this.model, this.options, this.tallies.values(), out);
    this.storage.finish(this.model, out);
    this.network.finish(this.text, out);
    return out;
  }
}
