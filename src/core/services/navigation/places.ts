// Where the names of a file are declared and where they are used, as one table: each namespace
// (layers; clusters; storage pools; segments; virtual switches) with the places that declare its
// names, and each place that uses a name with the namespaces it is looked up in. Go to Definition,
// Find All References, highlights and Rename all read the index built from this table once per
// analysis, so a new statement that names something is one row here, not a case in each feature.
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import type { MessageId } from '../../l10n/localizer';
import { NAMED_KINDS } from '../../model/schema';
import type { Layer, LayerKind, NameRef, StackModel } from '../../model/types';
import { statementPath } from '../cursor';

/** The namespaces of a file: a name stands for something only within its namespace. */
export type Namespace = 'layer' | 'cluster' | 'pool' | 'segment' | 'switch';

/** What a declaration declares, beyond its name. */
export interface Declared {
  /** What it is, for messages (`layerName.*`). */
  readonly label: MessageId;
  /** The kind of a layer, for the places that take only some kinds. */
  readonly kind?: LayerKind;
  /** A pool, named after its product unless `as NAME` names it: the product word and where it ends (the name's end when unnamed). */
  readonly product?: { readonly word: string; readonly end: number };
}

/** One written name: a declaration or a use. */
export interface Occurrence {
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
export interface NameIndex {
  readonly all: readonly Occurrence[];
  /** The first declaration of each name, by namespace. */
  readonly declared: Readonly<Record<Namespace, ReadonlyMap<string, Occurrence>>>;
}

const indexes = new WeakMap<Analysis, NameIndex>();

/** The index of the names of an analysis (built once, on first use). */
export function nameIndex(analysis: Analysis): NameIndex {
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
export function occurrenceAt(index: NameIndex, offset: number): Occurrence | undefined {
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
export function clashOf(index: NameIndex, occurrence: Occurrence, newName: string): Occurrence | undefined {
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
export function isSpanning(namespace: Namespace): boolean {
  return NAMESPACES[namespace].sameName === 'spanning';
}
