import { type MessageArg, msg } from '../l10n/localizer';
import type { LayerKind } from './types';

/** Layer keywords, bottom to top. */
export const LAYER_KINDS: readonly LayerKind[] = ['hardware', 'hypervisor', 'os', 'vm', 'runtime', 'container', 'middleware', 'app', 'job'];

/** Where each property may be written. */
export const PROPERTY_PLACES: Readonly<Record<string, readonly LayerKind[]>> = {
  cpu: ['hardware', 'container', 'app', 'job'],
  vcpu: ['vm'],
  memory: ['hardware', 'vm', 'container', 'app', 'job'],
  disk: ['hardware', 'vm', 'container'],
  network: ['hardware', 'vm', 'container'],
  reserve: ['hardware'],
  power: ['hardware'],
  type: ['hypervisor'],
  image: ['container'],
  tenant: ['vm', 'container', 'app'],
  boot: ['hardware', 'vm', 'container'],
  load: ['app'],
  work: ['job'],
  start: ['job'],
  depends: ['vm', 'container', 'app', 'job'],
};

/** Keywords of the top-level `simulate` block. */
export const SIMULATE_SETTINGS: readonly string[] = ['duration', 'step', 'seed', 'overcommit', 'boot'];

/** Statements that stand only at the top level. */
export const TOP_LEVEL_ONLY: readonly string[] = ['stack', 'simulate'];

/** Layers whose names share the file's namespace (others are named after their product). */
export const NAMED_KINDS: ReadonlySet<LayerKind> = new Set(['hardware', 'vm', 'container', 'app', 'job']);

/** Every keyword, for "did you mean". */
export const ALL_KEYWORDS: readonly string[] = [...TOP_LEVEL_ONLY, ...LAYER_KINDS, ...Object.keys(PROPERTY_PLACES), ...SIMULATE_SETTINGS];

/** What a keyword is: a layer, a property (with where it applies), or a top-level statement. */
export type KeywordRole = { readonly role: 'layer'; readonly kind: LayerKind } | { readonly role: 'property'; readonly places: readonly LayerKind[] } | { readonly role: 'top' };

/** Every keyword's role, for one hash lookup per statement on the hot path. */
export const KEYWORD_ROLES: ReadonlyMap<string, KeywordRole> = new Map<string, KeywordRole>([
  ...LAYER_KINDS.map((kind) => [kind, { role: 'layer', kind }] as const),
  ...Object.entries(PROPERTY_PLACES).map(([k, places]) => [k, { role: 'property', places }] as const),
  ...TOP_LEVEL_ONLY.map((k) => [k, { role: 'top' }] as const),
]);

/** Whether a word is a property keyword (own keys only: `constructor` is not a property). */
export function isProperty(word: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROPERTY_PLACES, word);
}

const LAYER_SET: ReadonlySet<string> = new Set(LAYER_KINDS);

/** Whether a word starts a layer. */
export function isLayerKind(word: string): word is LayerKind {
  return LAYER_SET.has(word);
}

/** A kind of layer in running text ("a VM"), as a phrase to translate. */
export function describeKind(kind: LayerKind): MessageArg {
  return msg(`kind.${kind}`);
}
