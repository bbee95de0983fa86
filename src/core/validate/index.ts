import type { Diagnostic } from '../diagnostics';
import type { StackModel } from '../model/types';
import { classify } from './classify';
import { checkKernels } from './kernel';
import { checkNames } from './names';
import { checkPlacement } from './placement';
import { checkProducts } from './products';
import { checkResources, type ResourceLimits } from './resources';

/** Options of the checks; the file's `simulate { overcommit … }` takes precedence. */
export type ValidationOptions = ResourceLimits;

/** Defaults: OpenStack Nova's allocation ratios. */
export const DEFAULT_VALIDATION: ValidationOptions = { cpuOvercommit: 4.0, memoryOvercommit: 1.0 };

/** Runs every rule over the model, classifies each branch, and returns what it found. */
export function validate(model: StackModel, text: string, options: ValidationOptions = DEFAULT_VALIDATION): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkProducts(model, out); // first: it settles hypervisor types the other rules read
  checkPlacement(model, out);
  checkKernels(model, out);
  checkNames(model, text, out);
  checkResources(model, options, out);
  classify(model);
  return out;
}
