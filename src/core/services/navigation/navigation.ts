// Go to Definition, Find All References (and so highlights) and Rename for every name of a file,
// from one table of where names are declared and used: each namespace (layers; clusters; storage
// pools; segments; virtual switches) with the places that declare its names, and each place that
// uses a name with the namespaces it is looked up in. The features read an index built from the
// table once per analysis, so a new statement that names something is one row of the table, not a
// case in each feature. Rename refuses a new name that is not a name, or that would give the
// places it is written in another meaning (two things merged under one name), and changes nothing
// but the names.
import type { Analysis } from '../../analyze';
import type { Diagnostic, Span } from '../../diagnostics';
import type { Localizer, MessageId } from '../../l10n/localizer';
import { NAMED_KINDS } from '../../model/schema';
import type { Layer, LayerKind, NameRef, StackModel } from '../../model/types';
import { lineOf } from '../../syntax/lines';
import { Scanner } from '../../syntax/scanner';
import { T } from '../../syntax/tokens';
import { statementPath } from '../cursor';
import type { TextEdit } from '../textEdits';

/** The declaration the name at the offset resolves to. */
export function definition(analysis: Analysis, offset: number): Span | undefined {
  const at = occurrenceAt(nameIndex(analysis), offset);
  if (!at) return undefined;
  // Each declaration of a name that spans hosts is a definition of it; a later one of a first-wins name goes to the first.
  if (at.declares && isSpanning(at.namespace)) return at.span;
  return (at.definition ?? at.target)?.span;
}

/** The references of the name at the offset, in document order; empty when the cursor is on no name. */
export function references(analysis: Analysis, offset: number, includeDeclaration: boolean): Span[] {
  const at = occurrenceAt(nameIndex(analysis), offset);
  if (!at) return [];
  return at.group.filter((o) => includeDeclaration || !o.declares).map((o) => o.span);
}

/** A rename that can go ahead, or the reason it cannot. */
export type RenameResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

/** Whether the cursor is on a name that can be renamed, and its span. */
export function prepareRename(analysis: Analysis, offset: number, l10n: Localizer): RenameResult<{ span: Span; name: string }> {
  const at = occurrenceAt(nameIndex(analysis), offset);
  if (!at) return { ok: false, reason: l10n.t('rename.notAName') };
  if (!at.target) return { ok: false, reason: l10n.t('rename.undeclared', at.name) };
  return { ok: true, value: { span: at.span, name: at.name } };
}

/** The edits that rename the name at the offset to `newName`. */
export function rename(analysis: Analysis, text: string, offset: number, newName: string, l10n: Localizer): RenameResult<TextEdit[]> {
  const prepared = prepareRename(analysis, offset, l10n);
  if (!prepared.ok) return prepared;
  const index = nameIndex(analysis);
  const at = occurrenceAt(index, offset)!;
  if (!isName(newName)) return { ok: false, reason: l10n.t('rename.invalid', newName) };
  if (newName === at.name) return { ok: true, value: [] };
  const other = clashOf(index, at, newName);
  if (other) {
    const id = other.namespace === at.namespace && isSpanning(at.namespace) ? 'rename.merge' : 'rename.clash';
    return { ok: false, reason: l10n.t(id, newName, l10n.t(other.declares!.label), lineOf(text, other.span.start)) };
  }
  return { ok: true, value: at.group.map((o) => edit(o, newName)) };
}

/** The edit that renames one occurrence: a pool named after its product gets `as NAME`, and loses it when named after its product again. */
function edit(o: Occurrence, newName: string): TextEdit {
  const product = o.declares?.product;
  if (product && o.span.start < product.end) return { start: o.span.end, end: o.span.end, newText: ` as ${newName}` };
  if (product && newName === product.word) return { start: product.end, end: o.span.end, newText: '' };
  return { start: o.span.start, end: o.span.end, newText: newName };
}

/** Whether a word reads back as exactly one identifier (the scanner's rules, Korean included). */
export function isName(word: string): boolean {
  const sink: Diagnostic[] = [];
  const scanner = new Scanner(word, sink);
  const first = scanner.next();
  return first === T.Ident && scanner.start === 0 && scanner.end === word.length && scanner.next() === T.EOF;
}

// The table of where names are declared and used, and the index built from it.

/** The namespaces of a file: a name stands for something only within its namespace. */
type Namespace = 'layer' | 'cluster' | 'pool' | 'segment' | 'switch';

/** What a declaration declares, beyond its name. */
interface Declared {
  /** What it is, for messages (`layerName.*`). */
  readonly label: MessageId;
  /** The kind of a layer, for the places that take only some kinds. */
  readonly kind?: LayerKind;
  /** A pool, named after its product unless `as NAME` names it: the product word and where it ends (the name's end when unnamed). */
  readonly product?: { readonly word: string; readonly end: number };
}

/** One written name: a declaration or a use. */
interface Occurrence {
  readonly namespace: Namespace;
  readonly name: string;
  readonly span: Span;
  /** Set on a declaration. */
  readonly declares?: Declared;
  /** The declaration the name stands for (for a declaration, the first one of its name); none for an unknown name. */
  target?: Occurrence;
  /** For a use that the checks resolved to one of several declarations of its name, that one. */
  definition?: Occurrence;
  /** The occurrences that are one name with this one, in document order: what a rename changes. */
  group: Occurrence[];
}

/** Receives a name found in the text. */
type Emit<T> = (found: T) => void;

/** The rules of a namespace: its declarations, and what several declarations of one name mean. */
interface NamespaceRules {
  /**
   * `first`: the first declaration of a name wins and a later one is a mistake of its own (the
   * checks report it), which nothing refers to; `spanning`: every declaration of a name is the
   * same thing (a segment on several hosts is one segment).
   */
  readonly sameName: 'first' | 'spanning';
  readonly declarations: (analysis: Analysis, emit: Emit<NameRef & Declared>) => void;
  /** Uses that the checks resolved to one declaration among several of the name: the use's start and that declaration's. */
  readonly resolved?: (model: StackModel, emit: Emit<readonly [number, number]>) => void;
}

/** A place that uses a name: where to look it up, first namespace first, and the uses written there. */
interface UsePlace {
  readonly lookIn: readonly { readonly namespace: Namespace; readonly kinds?: ReadonlySet<LayerKind> }[];
  /** The uses of the place in one layer's properties, or else in the model. */
  readonly inLayer?: (layer: Layer, emit: Emit<NameRef>) => void;
  readonly inModel?: (model: StackModel, emit: Emit<NameRef>) => void;
}

const HOSTS: ReadonlySet<LayerKind> = new Set(['hardware']);

/** Where each namespace's names are declared. */
const NAMESPACES: Readonly<Record<Namespace, NamespaceRules>> = {
  layer: {
    sameName: 'first',
    declarations({ model }, emit) {
      for (const l of model.layers) if (NAMED_KINDS.has(l.kind) && l.name !== '') emit({ name: l.name, span: l.nameSpan, label: `layerName.${l.kind}`, kind: l.kind });
    },
  },
  cluster: {
    sameName: 'first',
    declarations({ model }, emit) {
      for (const c of model.clusters) if (c.name !== '') emit({ name: c.name, span: c.nameSpan, label: 'layerName.cluster' });
    },
  },
  pool: {
    sameName: 'first',
    declarations({ model }, emit) {
      for (const p of model.pools) emit({ name: p.name, span: p.nameSpan, label: 'layerName.pool', product: { word: p.product, end: p.productSpan.end } });
    },
  },
  segment: {
    sameName: 'spanning',
    declarations({ model }, emit) {
      for (const sw of model.switches) for (const s of sw.segments) emit({ name: s.name, span: s.nameSpan, label: 'layerName.segment' });
    },
    // A NIC plugs into the segment of its own machine's switch.
    resolved(model, emit) {
      for (const sw of model.switches) for (const s of sw.segments) for (const nic of s.nics) emit([nic.span.start, s.nameSpan.start]);
    },
  },
  switch: {
    // The same bridge name on every host (`switch ovs as br0`) is one name, as a segment's is.
    sameName: 'spanning',
    declarations({ model, tree }, emit) {
      for (const sw of model.switches) {
        const statement = statementPath(tree.statements, sw.start).pop();
        const [, as, name] = statement?.args ?? [];
        // Only a name given with `as`: a switch named after its product has no name of its own.
        if (as?.kind === 'word' && as.text === 'as' && name?.kind === 'word') emit({ name: name.text, span: name, label: 'layerName.switch' });
      }
    },
  },
};

/** Where names are used, and what each place looks them up in. */
const USE_PLACES: readonly UsePlace[] = [
  { lookIn: [{ namespace: 'layer' }], inLayer: (l, emit) => l.props.depends?.forEach(emit) },
  { lookIn: [{ namespace: 'layer' }], inLayer: (l, emit) => l.props.sources?.forEach(emit) },
  { lookIn: [{ namespace: 'layer', kinds: HOSTS }], inModel: (model, emit) => model.simulation.failures?.forEach((f) => emit(f.host)) },
  // `disks` and `reach` name a host, else a cluster (as the storage checks resolve them).
  { lookIn: [{ namespace: 'layer', kinds: HOSTS }, { namespace: 'cluster' }], inModel: (model, emit) => model.pools.forEach((p) => (p.disks?.forEach(emit), p.reach?.forEach(emit))) },
  { lookIn: [{ namespace: 'pool' }], inLayer: (l, emit) => l.props.volume?.forEach((v) => emit(v.pool)) },
  { lookIn: [{ namespace: 'segment' }], inLayer: (l, emit) => l.props.nic?.forEach((n) => emit({ name: n.segment, span: n.span })) },
];
const LAYER_PLACES = USE_PLACES.filter((p) => p.inLayer);
const MODEL_PLACES = USE_PLACES.filter((p) => p.inModel);
const NAMESPACE_LIST = Object.keys(NAMESPACES) as Namespace[];

/** Every name of a file, in document order, each with its declaration and the others of its group. */
interface NameIndex {
  readonly all: readonly Occurrence[];
  /** The first declaration of each name, by namespace. */
  readonly declared: Readonly<Record<Namespace, ReadonlyMap<string, Occurrence>>>;
}

const indexes = new WeakMap<Analysis, NameIndex>();

/** The index of the names of an analysis (built once, on first use). */
function nameIndex(analysis: Analysis): NameIndex {
  let index = indexes.get(analysis);
  if (!index) indexes.set(analysis, (index = buildIndex(analysis)));
  return index;
}

function buildIndex(analysis: Analysis): NameIndex {
  const all: Occurrence[] = [];
  // Maps by name within a namespace: the names are strings of the tree, whose hashes V8 keeps.
  const declared = { layer: new Map(), cluster: new Map(), pool: new Map(), segment: new Map(), switch: new Map() } as Record<Namespace, Map<string, Occurrence>>;
  for (const namespace of NAMESPACE_LIST) {
    const rules = NAMESPACES[namespace];
    const firsts = declared[namespace];
    rules.declarations(analysis, ({ name, span, ...declares }) => {
      const first = firsts.get(name);
      // A later declaration of a first-wins name is its own group; a spanning name's declarations share one.
      const group = first && rules.sameName === 'spanning' ? first.group : [];
      all.push({ namespace, name, span, declares, target: first, group });
      if (!first) firsts.set(name, all[all.length - 1]);
    });
  }
  for (const o of all) o.target ??= o;
  const unknown = { layer: new Map(), cluster: new Map(), pool: new Map(), segment: new Map(), switch: new Map() } as Record<Namespace, Map<string, Occurrence[]>>;
  const use = (place: UsePlace) => (ref: NameRef): void => {
    const target = resolve(declared, place, ref.name);
    const namespace = target?.namespace ?? place.lookIn[0].namespace;
    let group = target?.group;
    if (!group) {
      const groups = unknown[namespace];
      group = groups.get(ref.name);
      if (!group) groups.set(ref.name, (group = []));
    }
    all.push({ namespace, name: ref.name, span: ref.span, target, group });
  };
  const layerUses = LAYER_PLACES.map((place) => ({ read: place.inLayer!, emit: use(place) }));
  for (const layer of analysis.model.layers) for (const { read, emit } of layerUses) read(layer, emit);
  for (const place of MODEL_PLACES) place.inModel!(analysis.model, use(place));
  all.sort((a, b) => a.span.start - b.span.start);
  // Filled in document order, so that every group is in document order too.
  for (const o of all) o.group.push(o);
  const index = { all, declared };
  for (const namespace of NAMESPACE_LIST) {
    NAMESPACES[namespace].resolved?.(analysis.model, ([from, to]) => {
      const occurrence = occurrenceAt(index, from);
      if (occurrence) occurrence.definition = occurrenceAt(index, to);
    });
  }
  return index;
}

/** The declaration a name used at `place` stands for: the first of its name in the first namespace that has one of a kind the place takes. */
function resolve(declared: NameIndex['declared'], place: UsePlace, name: string): Occurrence | undefined {
  for (const { namespace, kinds } of place.lookIn) {
    const first = declared[namespace].get(name);
    if (first && (!kinds || kinds.has(first.declares!.kind!))) return first;
  }
  return undefined;
}

/** The occurrence whose span holds the offset (ends included), by binary search. */
function occurrenceAt(index: NameIndex, offset: number): Occurrence | undefined {
  const all = index.all;
  let lo = 0;
  let hi = all.length - 1;
  let found: Occurrence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].span.start <= offset) {
      found = all[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found && offset <= found.span.end ? found : undefined;
}

/**
 * A declaration that would take the meaning of a name written where `occurrence`'s group is used,
 * were it renamed to `newName`: one of the same namespace, or of a namespace looked up in the
 * same place for a declaration that place takes (a host renamed to a cluster's name would take
 * `reach`'s meaning from the cluster).
 */
function clashOf(index: NameIndex, occurrence: Occurrence, newName: string): Occurrence | undefined {
  const own = index.declared[occurrence.namespace].get(newName);
  if (own) return own;
  const kind = (occurrence.declares ?? occurrence.target?.declares)?.kind;
  for (const place of USE_PLACES) {
    const mine = place.lookIn.find((l) => l.namespace === occurrence.namespace);
    if (!mine || (mine.kinds && !mine.kinds.has(kind!))) continue;
    for (const other of place.lookIn) {
      const found = index.declared[other.namespace].get(newName);
      if (found && other !== mine && (!other.kinds || other.kinds.has(found.declares!.kind!))) return found;
    }
  }
  return undefined;
}

/** Whether the declarations of a namespace's name are one thing (a segment spanning hosts). */
function isSpanning(namespace: Namespace): boolean {
  return NAMESPACES[namespace].sameName === 'spanning';
}
