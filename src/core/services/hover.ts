// Hover: a product explains itself (type, kernel, the virtualization it provides), a block
// shows its branch's kind of virtualization and its resources against its host's, a keyword
// its meaning, a reference what it names, and a diagnostic code the rule behind it.
import type { Analysis } from '../analyze';
import type { Span } from '../diagnostics';
import { isProperty, SIMULATE_SETTINGS } from '../model/schema';
import type { Layer } from '../model/types';
import { keywordSpan } from '../syntax/ast';
import type { ValidationOptions } from '../validate';
import { lineOf } from '../validate/describe';
import { blockMarkdown, layerTitle } from './hoverBlock';
import { HOVER } from './hoverTexts';
import { keywordDoc, keywordMarkdown } from './keywordTexts';
import { layerOf, lineEnd, lineStart, statementPath, touches, typedStatement } from './locate';
import { productMarkdown } from './productTexts';
import { RULES } from './ruleTexts';
import { HYPERVISOR_TYPES, type Locale, say } from './texts';

/** A hover: markdown and the span it describes. */
export interface HoverResult {
  readonly markdown: string;
  readonly start: number;
  readonly end: number;
}

/** How to hover: the UI language and the overcommit limits in force. */
export interface HoverOptions {
  readonly locale: Locale;
  readonly limits?: ValidationOptions;
}

/** The hover at an offset, if there is anything to say. */
export function hover(analysis: Analysis, text: string, offset: number, options: HoverOptions): HoverResult | undefined {
  const { locale } = options;
  const typed = typedStatement(text, offset);
  if (typed.inComment) return codeInComment(text, offset, locale);
  const found = subject(analysis, text, offset, options);
  const rules = ruleNotes(analysis, offset, locale);
  if (!found && rules.length === 0) return undefined;
  const span = found?.span ?? analysis.diagnostics.find((d) => d.start <= offset && offset <= d.end)!;
  const parts = [found?.markdown, rules.join('\n\n')].filter((p): p is string => !!p);
  return { markdown: parts.join('\n\n---\n\n'), start: span.start, end: span.end };
}

function subject(analysis: Analysis, text: string, offset: number, options: HoverOptions): { markdown: string; span: Span } | undefined {
  const { locale } = options;
  const path = statementPath(analysis.tree.statements, offset);
  const stmt = path[path.length - 1];
  if (!stmt) return undefined;
  const model = analysis.model;
  const layer = layerOf(model, stmt);
  if (layer) {
    if (touches(layer.productSpan, offset) && layer.kind !== 'os') return { markdown: productHover(locale, layer), span: layer.productSpan };
    const label = stmt.args.find((a) => a.kind === 'string' && touches(a, offset));
    const keyword = keywordSpan(stmt);
    const on = touches(keyword, offset) ? keyword : touches(layer.nameSpan, offset) ? layer.nameSpan : label;
    if (on) return { markdown: blockMarkdown(locale, model, layer, options.limits), span: on };
    return undefined;
  }
  const key = stmt.keyword;
  const owner = path.length > 1 ? layerOf(model, path[path.length - 2]) : undefined;
  if (key === 'depends' && owner) {
    const ref = owner.props.depends?.find((r) => touches(r.span, offset));
    if (ref) return { markdown: referenceHover(locale, analysis, text, ref.name), span: ref.span };
  }
  if (!touches(keywordSpan(stmt), offset)) return undefined;
  const inSimulate = path.length > 1 && path[path.length - 2].keyword === 'simulate';
  if (!inSimulate && !isProperty(key) && key !== 'stack' && key !== 'simulate') return undefined;
  if (inSimulate && !SIMULATE_SETTINGS.includes(key)) return undefined;
  const doc = keywordDoc(key, inSimulate ? 'simulate' : owner?.kind);
  return doc ? { markdown: `**${key}**\n\n${keywordMarkdown(locale, doc)}`, span: keywordSpan(stmt) } : undefined;
}

function productHover(locale: Locale, layer: Layer): string {
  const p = layer.catalogue;
  if (p) return productMarkdown(locale, p);
  const declared = layer.props.type ? say(locale, HOVER.declaredType, say(locale, HYPERVISOR_TYPES[layer.props.type.value])) : '';
  return `**${layerTitle(locale, layer)}**\n\n${say(locale, HOVER.notInCatalogue, layer.product ?? layer.name, declared)}`;
}

function referenceHover(locale: Locale, analysis: Analysis, text: string, name: string): string {
  const target = analysis.model.names.get(name);
  if (!target) return say(locale, HOVER.undeclared, name);
  return `**${layerTitle(locale, target)}**\n\n${say(locale, HOVER.declaredAt, lineOf(text, target.nameSpan.start))}`;
}

/** The rules of the diagnostics at the offset. */
function ruleNotes(analysis: Analysis, offset: number, locale: Locale): string[] {
  const codes = new Set<string>();
  for (const d of analysis.diagnostics) {
    if (d.start > offset) break; // sorted by start
    if (offset <= d.end) codes.add(d.code);
  }
  return [...codes].filter((c) => RULES[c]).map((c) => `**${say(locale, HOVER.rule, c)}:** ${RULES[c][locale]}`);
}

/** `# VS201` in a comment: the rule it names. */
function codeInComment(text: string, offset: number, locale: Locale): HoverResult | undefined {
  const from = lineStart(text, offset);
  const line = text.slice(from, lineEnd(text, offset));
  for (const m of line.matchAll(/VS\d{3}/g)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (start <= offset && offset <= end && RULES[m[0]]) return { markdown: `**${say(locale, HOVER.rule, m[0])}:** ${RULES[m[0]][locale]}`, start, end };
  }
  return undefined;
}
