// Completion of clusters and storage (issue 14): the fabric statements where they may stand,
// storage products that fit the place, pool names after `from`, host and cluster names after
// `disks` and `reach`. On a line where nothing is typed yet, `cluster`, `storage` and `volume` are
// offered only once the file has a cluster or a pool, so that the first list a newcomer sees
// stays the three kinds of the article; a typed letter offers them always.
import type { Analysis } from '../../analyze';
import type { Localizer } from '../../l10n/localizer';
import { CLUSTER_SETTINGS, STORAGE_SETTINGS } from '../../model/schema';
import { STORAGE } from '../../taxonomy/catalogue';
import type { StorageProduct } from '../../taxonomy/product';
import type { Place } from '../allowed';
import { keywordDoc, keywordMarkdown, productDetail, productMarkdown } from '../explain';
import type { CompletionEntry } from './completion';

/** Whether the fabric keywords are offered at the head of a line. */
export function fabricShown(analysis: Analysis, typing: boolean): boolean {
  return typing || analysis.model.clusters.length > 0 || analysis.model.pools.length > 0;
}

const SNIPPETS: Readonly<Record<string, string>> = {
  tolerate: 'tolerate ${1:1}', replicas: 'replicas ${1:2}', erasure: 'erasure data ${1:4} parity ${2:2}', thin: 'thin ${1:2.0}', capacity: 'capacity ${1:100} TiB',
};

function entry(key: string, kind: CompletionEntry['kind'], l10n: Localizer, detail: string): CompletionEntry {
  const doc = keywordDoc(key, undefined);
  const body = SNIPPETS[key];
  const base = { label: key, kind, detail, documentation: doc && keywordMarkdown(l10n, doc), sortText: `${kind === 'property' ? 0 : 2}${key}` };
  return body ? { ...base, insertText: body, snippet: true } : { ...base, insertText: `${key} `, retrigger: true };
}

/** The fabric keywords that may start a line at `place`, less those `written` there already. */
export function fabricKeywords(place: Place, written: ReadonlySet<string>, shown: boolean, l10n: Localizer): CompletionEntry[] {
  const owner = place.owner?.keyword;
  const setting = l10n.t('completion.property');
  if (owner === 'cluster' && place.where === undefined) {
    const items = [entry('hardware', 'layer', l10n, l10n.t('layerName.hardware')), entry('storage', 'keyword', l10n, l10n.t('role.storage'))];
    for (const key of CLUSTER_SETTINGS) if (!written.has(key)) items.push(entry(key, 'property', l10n, setting));
    return items;
  }
  if (owner === 'storage' && place.where === undefined) return STORAGE_SETTINGS.filter((k) => !written.has(k)).map((k) => entry(k, 'property', l10n, setting));
  if (!shown) return [];
  if (place.where === 'top') return [entry('cluster', 'keyword', l10n, l10n.t('completion.topLevel')), entry('storage', 'keyword', l10n, l10n.t('role.storage'))];
  if (place.where === 'hardware') return [entry('storage', 'keyword', l10n, l10n.t('role.storage'))];
  return [];
}

/** The values of a fabric statement's argument number `index`, or undefined when `keyword` is not one. */
export function fabricArguments(analysis: Analysis, place: Place, keyword: string, index: number, words: readonly (string | undefined)[], l10n: Localizer): CompletionEntry[] | undefined {
  const value = (label: string, detail: string, kind: CompletionEntry['kind'] = 'value'): CompletionEntry => ({ label, kind, detail, insertText: label });
  switch (keyword) {
    case 'storage': {
      if (index === 1 && words[0]) return [value('as', l10n.t('completion.alias'), 'keyword')];
      if (index !== 0) return [];
      // A local pool stands in a host's hardware block; distributed pools and arrays elsewhere.
      const local = place.where === 'hardware';
      return STORAGE.filter((p) => (p.placement === 'local') === local).map((p, i) => product(p, i, l10n));
    }
    case 'volume':
      if (index === 2) return [value('from', l10n.t('completion.from'), 'keyword')];
      if (index === 3 && words[2] === 'from') {
        return [...new Set(analysis.model.pools.map((p) => p.name))].map((name) => {
          const pool = analysis.model.pools.find((p) => p.name === name)!;
          return value(name, l10n.t('completion.pool', pool.catalogue?.name ?? pool.product), 'reference');
        });
      }
      return [];
    case 'disks':
    case 'reach': {
      const listed = new Set(words);
      const names = [...analysis.model.hosts.map((h) => h.name), ...analysis.model.clusters.map((c) => c.name)];
      return [...new Set(names)].filter((n) => n !== '' && !listed.has(n)).map((n) => value(n, l10n.t('completion.hostOrCluster'), 'reference'));
    }
    case 'erasure':
      return index === 0 ? [{ label: 'data', kind: 'value', detail: l10n.t('keyword.erasure'), insertText: SNIPPETS.erasure.slice('erasure '.length), snippet: true }] : [];
    default:
      return undefined;
  }
}

function product(p: StorageProduct, i: number, l10n: Localizer): CompletionEntry {
  return { label: p.id, kind: 'product', detail: productDetail(l10n, p), documentation: productMarkdown(l10n, p), insertText: `${p.id} `, retrigger: true, sortText: String(i).padStart(3, '0') };
}
