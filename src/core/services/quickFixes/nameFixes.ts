// Quick fixes that replace a word: a keyword, product, kernel or reference by the likely
// intended one (VS100, VS209, VS215, VS301), a container's kernel by its host's (VS206), a
// duplicate name by a free one (VS300), a keyword of the wrong role (VS217), a self-reference in
// `depends` or a data view's `sources` (VS303, VS709).
import type { MessageId } from '../../l10n/localizer';
import { ALL_KEYWORDS, PROPERTY_PLACES, SIMULATE_SETTINGS, SWITCH_PLACES, SWITCH_STATEMENTS } from '../../model/schema';
import type { Layer } from '../../model/types';
import { suggest } from '../../suggest';
import { CATALOGUE, findProduct } from '../../taxonomy/catalogue';
import { KERNEL_FAMILIES, kernelName } from '../../taxonomy/kinds';
import type { Product } from '../../taxonomy/product';
import { containerKernel, hypervisorRole, layerSlots, placeAt } from '../allowed';
import { layerOf, statementPath } from '../cursor';
import { removeStatement, type TextEdit } from '../textEdits';
import { type Candidate, type FixContext, insertIntoBlock, layerAt } from './fixContext';

const replace = (ctx: FixContext, newText: string): TextEdit[] => [{ start: ctx.diagnostic.start, end: ctx.diagnostic.end, newText }];

/** VS100: the closest keyword among those that may stand in this block. */
export function fixKeyword(ctx: FixContext): Candidate[] {
  const word = ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end);
  const place = placeAt(ctx.analysis, ctx.diagnostic.start);
  let allowed: readonly string[];
  if (place.where === 'top') allowed = ['stack', 'simulate', 'hardware'];
  else if (place.where === 'simulate') allowed = SIMULATE_SETTINGS;
  else if (place.owner?.keyword === 'switch') allowed = SWITCH_STATEMENTS; // network virtualization
  else if (place.where === undefined) allowed = ALL_KEYWORDS;
  else {
    const kind = place.where;
    allowed = [...Object.keys(PROPERTY_PLACES).filter((k) => PROPERTY_PLACES[k].includes(kind)), ...layerSlots(place)];
    // Network virtualization: a switch stands where a hypervisor or an OS carries the block.
    if (SWITCH_PLACES.includes((place.carrier ?? place.layer)?.kind ?? kind)) allowed = [...allowed, 'switch'];
  }
  const best = suggest(word, allowed);
  return best ? [{ title: ctx.l10n.t('fix.replaceWith', best), edits: replace(ctx, best) }] : [];
}

/** VS209: the catalogue product the word most likely means; else the type that fits where it stands. */
export function fixUnknownProduct(ctx: FixContext): Candidate[] {
  const layer = layerAt(ctx, ['hypervisor', 'runtime']);
  if (!layer?.product) return [];
  const role = layer.kind === 'hypervisor' ? 'hypervisor' : 'runtime';
  const ids = CATALOGUE.filter((p) => p.role === role).flatMap((p) => [p.id, ...(p.aliases ?? [])]);
  const best = suggest(layer.product, ids);
  if (best) {
    const product = findProduct(best)!;
    return [{ title: ctx.l10n.t('fix.replaceProduct', best, product.name), edits: replace(ctx, best) }];
  }
  if (layer.kind !== 'hypervisor' || layer.props.type) return [];
  const r = hypervisorRole(layer.parent);
  const type = r === 'type1' || r === 'nested' ? 1 : r === 'type2' ? 2 : undefined;
  if (!type) return [];
  const stmt = layer.statement;
  const edit = stmt.block ? insertIntoBlock(ctx.text, stmt, `type ${type}`, ctx.eol) : { start: stmt.end, end: stmt.end, newText: ` { type ${type} }` };
  return edit ? [{ title: ctx.l10n.t('fix.declareType', type), edits: [edit] }] : [];
}

/** Words people write for an OS that name a distribution or product rather than its kernel family. */
const KERNEL_ALIASES: Readonly<Record<string, string>> = {
  ubuntu: 'linux', debian: 'linux', rhel: 'linux', redhat: 'linux', centos: 'linux', rocky: 'linux', alma: 'linux', fedora: 'linux', alpine: 'linux', suse: 'linux', opensuse: 'linux', arch: 'linux', gnu: 'linux',
  win: 'windows', win10: 'windows', win11: 'windows', 'windows-server': 'windows', nano: 'windows',
  freebsd: 'bsd', openbsd: 'bsd', netbsd: 'bsd', dragonfly: 'bsd',
  mac: 'macos', osx: 'macos', darwin: 'macos', 'mac-os': 'macos',
  illumos: 'solaris', smartos: 'solaris', omnios: 'solaris', openindiana: 'solaris',
};

/** VS215: the kernel family the word means: a misspelling, or a distribution named instead of its kernel. */
export function fixKernel(ctx: FixContext): Candidate[] {
  const word = ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end);
  const lower = word.toLowerCase();
  const alias = Object.prototype.hasOwnProperty.call(KERNEL_ALIASES, lower) ? KERNEL_ALIASES[lower] : undefined;
  const best = alias ?? suggest(word, KERNEL_FAMILIES);
  if (!best) return [];
  const os = layerAt(ctx, ['os']);
  // A distribution's name is worth keeping as the display name, if the line has none.
  const newText = alias && os && os.label === undefined ? `${best} "${word}"` : best;
  return [{ title: ctx.l10n.t('fix.replaceWith', newText), edits: replace(ctx, newText) }];
}

/** VS206: the kernel the container actually runs on. */
export function fixContainerKernel(ctx: FixContext): Candidate[] {
  const os = layerAt(ctx, ['os']);
  const kernel = os?.parent && containerKernel(os.parent);
  if (!kernel) return [];
  return [{ title: ctx.l10n.t('fix.useHostKernel', kernelName(kernel)), edits: replace(ctx, kernel) }];
}

/** VS300: the duplicate takes a free name; references keep pointing at the first declaration, as they did. */
export function fixDuplicateName(ctx: FixContext): Candidate[] {
  const name = ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end);
  const names = ctx.analysis.model.names;
  let fresh = '';
  for (let i = 2; fresh === '' || names.has(fresh); i++) fresh = `${name}-${i}`;
  return [{ title: ctx.l10n.t('fix.renameTo', fresh), edits: replace(ctx, fresh) }];
}

/** VS301: the declared name closest to the one written. */
export function fixReference(ctx: FixContext): Candidate[] {
  const word = ctx.text.slice(ctx.diagnostic.start, ctx.diagnostic.end);
  const self = ownerOf(ctx)?.name;
  const best = suggest(word, [...ctx.analysis.model.names.keys()].filter((n) => n !== self));
  return best ? [{ title: ctx.l10n.t('fix.replaceWith', best), edits: replace(ctx, best) }] : [];
}

/** VS303: drop the reference to itself (the whole `depends` line if it names nothing else). */
export function fixSelfDependency(ctx: FixContext): Candidate[] {
  return dropListedName(ctx, 'depends', 'fix.removeSelfDependency');
}

/** VS709: drop the source that names its own data view (the whole `sources` line if it names nothing else). */
export function fixSelfSource(ctx: FixContext): Candidate[] {
  return dropListedName(ctx, 'sources', 'fix.removeSelfSource');
}

/** The name the finding points at, dropped from the list of a `keyword` line (the whole line if it names nothing else). */
function dropListedName(ctx: FixContext, keyword: string, title: MessageId): Candidate[] {
  const path = statementPath(ctx.analysis.tree.statements, ctx.diagnostic.start);
  const stmt = path[path.length - 1];
  if (stmt?.keyword !== keyword) return [];
  const i = stmt.args.findIndex((a) => a.start === ctx.diagnostic.start);
  if (i < 0) return [];
  let edit: TextEdit;
  if (stmt.args.length === 1) edit = removeStatement(ctx.text, stmt);
  else {
    // Take the comma (and spaces) that joined it to its neighbour.
    const from = i > 0 ? stmt.args[i - 1].end : stmt.args[i].start;
    const to = i > 0 ? stmt.args[i].end : stmt.args[i + 1].start;
    edit = { start: from, end: to, newText: '' };
  }
  return [{ title: ctx.l10n.t(title), edits: [edit] }];
}

/** The keyword of each role's statement; brokers and delivery systems are values of properties, not statements. */
const KEYWORD_OF_ROLE: Readonly<Record<Product['role'], string | undefined>> = { hypervisor: 'hypervisor', runtime: 'runtime', middleware: 'middleware', storage: 'storage', switch: 'switch', broker: undefined, delivery: undefined };

/** VS217: the product decides the keyword (`hypervisor docker` is `runtime docker`). */
export function fixRole(ctx: FixContext): Candidate[] {
  const layer = layerAt(ctx, ['hypervisor', 'runtime', 'middleware']);
  const product = layer?.catalogue;
  if (!layer || !product) return [];
  const keyword = KEYWORD_OF_ROLE[product.role];
  if (!keyword) return [];
  const s = layer.statement;
  return [{ title: ctx.l10n.t('fix.changeKeyword', keyword, layer.product ?? product.id), edits: [{ start: s.start, end: s.keywordEnd, newText: keyword }] }];
}

function ownerOf(ctx: FixContext): Layer | undefined {
  const path = statementPath(ctx.analysis.tree.statements, ctx.diagnostic.start);
  return path.length > 1 ? layerOf(ctx.analysis.model, path[path.length - 2]) : undefined;
}
