// Hover: a product explains itself (type, kernel, the virtualization it provides), a block
// shows its branch's kind of virtualization and its resources against its host's, a keyword
// its meaning, a reference what it names, and a diagnostic code the rule behind it.
import type { Analysis } from '../../analyze';
import type { Span } from '../../diagnostics';
import type { Localizer } from '../../l10n/localizer';
import { isProperty, SIMULATE_SETTINGS, SWITCH_STATEMENTS } from '../../model/schema';
import type { Layer } from '../../model/types';
import { keywordSpan } from '../../syntax/ast';
import { lineOf } from '../../validate/describe';
import { layerOf, lineEnd, lineStart, statementPath, touches, typedStatement } from '../cursor';
import { keywordDoc, keywordMarkdown, layerTitle, productMarkdown, ruleText } from '../explain';
import { blockMarkdown } from './blockHover';
import { fabricHover } from './storageHover';
import { networkHover } from './network';

/** A hover: markdown and the span it describes. */
export interface HoverResult {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

/** How to hover: in which language. */
export interface HoverOptions {
  readonly l10n: Localizer;
}

/** The hover at an offset, if there is anything to say. */
export function hover(analysis: Analysis, text: string, offset: number, options: HoverOptions): HoverResult | undefined {
  const { l10n } = options;
  const typed = typedStatement(text, offset);
  if (typed.inComment) return codeInComment(text, offset, l10n);
  const found = subject(analysis, text, offset, options);
  const rules = ruleNotes(analysis, offset, l10n);
  if (!found && rules.length === 0) return undefined;
  const span = found?.span ?? analysis.diagnostics.find((d) => d.start <= offset && offset <= d.end)!;
  const parts = [found?.markdown, rules.join('\n\n')].filter((p): p is string => !!p);
  return { markdown: parts.join('\n\n---\n\n'), start: span.start, end: span.end };
}

function subject(analysis: Analysis, text: string, offset: number, options: HoverOptions): { markdown: string; span: Span } | undefined {
  const { l10n } = options;
  const path = statementPath(analysis.tree.statements, offset);
  const stmt = path[path.length - 1];
  if (!stmt) return undefined;
  const model = analysis.model;
  const layer = layerOf(model, stmt);
  if (layer) {
    if (touches(layer.productSpan, offset) && layer.kind !== 'os') return { markdown: productHover(l10n, layer), span: layer.productSpan };
    const label = stmt.args.find((a) => a.kind === 'string' && touches(a, offset));
    const keyword = keywordSpan(stmt);
    const on = touches(keyword, offset) ? keyword : touches(layer.nameSpan, offset) ? layer.nameSpan : label;
    if (on) return { markdown: blockMarkdown(l10n, model, layer, analysis.options), span: on };
    return undefined;
  }
  // Clusters and storage (issue 14).
  const fabric = fabricHover(analysis, path, offset, l10n);
  if (fabric) return fabric;
  const key = stmt.keyword;
  // Network virtualization: switches, segments and the segment a NIC names.
  const network = networkHover(analysis, stmt, path[path.length - 2], offset, l10n);
  if (network) return network;
  const owner = path.length > 1 ? layerOf(model, path[path.length - 2]) : undefined;
  if (key === 'depends' && owner) {
    const ref = owner.props.depends?.find((r) => touches(r.span, offset));
    if (ref) return { markdown: referenceHover(l10n, analysis, text, ref.name), span: ref.span };
  }
  if (!touches(keywordSpan(stmt), offset)) return undefined;
  const inSimulate = path.length > 1 && path[path.length - 2].keyword === 'simulate';
  if (!inSimulate && !isProperty(key) && key !== 'stack' && key !== 'simulate' && key !== 'switch' && !SWITCH_STATEMENTS.includes(key)) return undefined;
  if (inSimulate && !SIMULATE_SETTINGS.includes(key)) return undefined;
  const doc = keywordDoc(key, inSimulate ? 'simulate' : owner?.kind);
  return doc ? { markdown: `**${key}**\n\n${keywordMarkdown(l10n, doc)}`, span: keywordSpan(stmt) } : undefined;
}

function productHover(l10n: Localizer, layer: Layer): string {
  const p = layer.catalogue;
  if (p) return productMarkdown(l10n, p);
  const declared = layer.props.type ? l10n.t('hover.declaredType', l10n.t(`hypervisorType.${layer.props.type.value}`)) : '';
  return `**${layerTitle(l10n, layer)}**\n\n${l10n.t('hover.notInCatalogue', layer.product ?? layer.name, declared)}`;
}

function referenceHover(l10n: Localizer, analysis: Analysis, text: string, name: string): string {
  const target = analysis.model.names.get(name);
  if (!target) return l10n.t('hover.undeclared', name);
  return `**${layerTitle(l10n, target)}**\n\n${l10n.t('hover.declaredAt', lineOf(text, target.nameSpan.start))}`;
}

/** The rules of the diagnostics at the offset. */
function ruleNotes(analysis: Analysis, offset: number, l10n: Localizer): string[] {
  const codes = new Set<string>();
  for (const d of analysis.diagnostics) {
    if (d.start > offset) break; // sorted by start
    if (offset <= d.end) codes.add(d.code);
  }
  const notes: string[] = [];
  for (const c of codes) {
    const rule = ruleText(l10n, c);
    if (rule) notes.push(`**${l10n.t('hover.rule', c)}:** ${rule}`);
  }
  return notes;
}

/** `# VS201` in a comment: the rule it names. */
function codeInComment(text: string, offset: number, l10n: Localizer): HoverResult | undefined {
  const from = lineStart(text, offset);
  const line = text.slice(from, lineEnd(text, offset));
  for (const m of line.matchAll(/VS\d{3}/g)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const rule = start <= offset && offset <= end ? ruleText(l10n, m[0]) : undefined;
    if (rule) return { markdown: `**${l10n.t('hover.rule', m[0])}:** ${rule}`, start, end };
  }
  return undefined;
}
