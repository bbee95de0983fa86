import type { Diagnostic } from './diagnostics';
import { modelBuilder } from './model/build';
import type { StackModel } from './model/types';
import { parse } from './syntax/parser';
import type { SyntaxTree } from './syntax/tree';
import { DEFAULT_VALIDATION, type ValidationOptions, Validator } from './validate/validator';

/** Everything the editor features need from one pass over a document's text. */
export interface Analysis {
  /** The text analysed. */
  readonly text: string;
  /** The overcommit limits the checks used (the file's `simulate` block still wins over them). */
  readonly options: ValidationOptions;
  readonly tree: SyntaxTree;
  readonly model: StackModel;
  /** Syntax, schema and taxonomy findings, sorted by position. */
  readonly diagnostics: Diagnostic[];
}

/** Parses, builds the model and validates. Never throws, whatever the text. */
export function analyze(text: string, options: ValidationOptions = DEFAULT_VALIDATION): Analysis {
  // The model is read and checked as the parser goes, hardware block by hardware block, while the
  // nodes are still in the cache; only the checks across the whole file wait for its end.
  const findings: Diagnostic[] = [];
  const builder = modelBuilder(findings, text.length);
  const model = builder.model;
  const validator = new Validator(model, text, options);
  const { tree, diagnostics } = parse(text, (tree, id) => {
    const from = model.layers.length;
    builder.add(tree, id);
    validator.checkLayers(from, model.layers.length);
    builder.settle();
  });
  for (const d of findings) diagnostics.push(d);
  // A loop, not push(...): a huge file can have more findings than a call has room for arguments.
  for (const d of validator.finish()) diagnostics.push(d);
  diagnostics.sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, options, tree, model, diagnostics };
}
