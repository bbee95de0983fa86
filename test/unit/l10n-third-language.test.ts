import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bundle, Localizer, MESSAGE_IDS } from '../../src/core/l10n/localizer';
import { diagramStrings, getLanguageService, simulate, stackDiagrams } from '../../src/core/languageService';
import { ALL_KEYWORDS } from '../../src/core/model/schema';
import { KEYWORD_DOC_KEYS, keywordDocByKey } from '../../src/core/services/explain';
import { CATALOGUE } from '../../src/core/taxonomy/catalogue';
import { KERNEL_FAMILIES, KERNEL_NAMES } from '../../src/core/taxonomy/kinds';
import { UNITS } from '../../src/core/units';
import { previewStrings, updateStrings } from '../../src/extension/preview/strings';
import { buildView, simulationStrings, type Translate } from '../../src/extension/simulation/view';
import { SEGMENT_KIND_NAMES } from '../../src/core/model/network';

// Adding a language is adding files: a bundle that covers every message id is all the core needs
// to speak it. This test writes such a bundle for a made-up language (every text becomes its id in
// brackets, with its placeholders), runs every service over the examples with it, and checks that
// every word a user would read came from the bundle or from the file itself: nothing bypasses it.

/** A bundle for a third language: `⟦id⟧` followed by the message's placeholders. */
function pseudoBundle(english: Bundle): Bundle {
  const out: Record<string, string> = {};
  for (const [id, text] of Object.entries(english)) out[id] = `⟦${id}⟧${[...new Set(text.match(/\{\d+\}/g) ?? [])].join(' ')}`;
  return out;
}

const english = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.json'), 'utf8')) as Bundle;
const pseudo = new Localizer('x-pseudo', pseudoBundle(english));
const service = getLanguageService({ l10n: pseudo });
const dir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(dir).filter((f) => f.endsWith('.virt')).sort().map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));

/** Words that are not the interface's to translate: the language's own keywords, values and units, product and kernel names, examples of code. */
function fixedWords(): Set<string> {
  const words = new Set<string>();
  const add = (text: string): void => {
    for (const w of text.match(/[A-Za-z]{2,}/g) ?? []) words.add(w);
  };
  ALL_KEYWORDS.forEach(add);
  Object.keys(UNITS).forEach(add);
  Object.values(KERNEL_NAMES).forEach(add);
  KERNEL_FAMILIES.forEach(add);
  Object.values(SEGMENT_KIND_NAMES).forEach(add);
  for (const p of CATALOGUE) [p.id, p.name, p.vendor, ...(p.aliases ?? [])].forEach(add);
  for (const key of KEYWORD_DOC_KEYS) add(keywordDocByKey(key)!.example);
  // Diagnostic codes and the options of load profiles and power, which are code.
  ['VS', 'idle', 'peak', 'curve', 'constant', 'daily', 'spikes', 'random', 'every', 'for', 'seed', 'as', 'microvm', 'host', 'virt'].forEach(add);
  return words;
}

/** The words of a text a user reads that neither the bundle nor the file (nor the language itself) wrote. */
function strayWords(shown: string, file: string, fixed: ReadonlySet<string>): string[] {
  const own = new Set(file.match(/[A-Za-z]{2,}/g) ?? []);
  const bare = shown.replace(/⟦[^⟧]*⟧/g, ' ').replace(/```virt\n[^`]*```/g, ' ');
  return (bare.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !fixed.has(w) && !own.has(w));
}

/** Fields of the views that hold code rather than words: keys, ids, styles, kinds. */
const CODE_FIELDS = new Set(['key', 'id', 'style', 'kind', 'source', 'unit', 'format']);

describe('a third language', () => {
  it('is a bundle file that covers every message id with the same placeholders', () => {
    const bundle = pseudoBundle(english);
    for (const id of MESSAGE_IDS) {
      assert.ok(id in bundle, id);
      assert.deepEqual([...new Set(bundle[id].match(/\{\d+\}/g) ?? [])].sort(), [...new Set(english[id].match(/\{\d+\}/g) ?? [])].sort(), id);
    }
  });

  it('reaches every word of diagnostics, hovers, completion, quick fixes, the outline and renames', function () {
    this.timeout(60_000);
    const fixed = fixedWords();
    const problems: string[] = [];
    const check = (what: string, shown: string | undefined, file: string): void => {
      if (shown === undefined) return;
      const stray = strayWords(shown, file, fixed);
      if (stray.length > 0 && problems.length < 20) problems.push(`${what}: ${stray.join(', ')} in ${JSON.stringify(shown.slice(0, 200))}`);
    };
    let looked = 0;
    for (const { name, text } of examples) {
      const analysis = service.analyze(text);
      for (const d of analysis.diagnostics) {
        const said = service.describe(d);
        check(`${name} ${d.code}`, said.message, text);
        said.related.forEach((r) => check(`${name} ${d.code} related`, r, text));
      }
      const visit = (symbols: ReturnType<typeof service.documentSymbols>): void => {
        for (const s of symbols) {
          check(`${name} symbol`, s.detail, text);
          visit(s.children);
        }
      };
      visit(service.documentSymbols(analysis));
      for (const fix of service.quickFixes(analysis, { start: 0, end: text.length })) check(`${name} fix`, fix.title, text);
      for (let offset = 0; offset <= text.length; offset += 3) {
        check(`${name}@${offset} hover`, service.hover(analysis, offset)?.markdown, text);
        for (const item of service.complete(analysis, offset).items) {
          check(`${name}@${offset} completion detail`, item.detail, text);
          check(`${name}@${offset} completion documentation`, item.documentation, text);
        }
        const rename = service.rename(analysis, offset, 'x y');
        if (!rename.ok) check(`${name}@${offset} rename`, rename.reason, text);
        looked++;
      }
    }
    assert.ok(looked > 1000);
    assert.deepEqual(problems, []);
  });

  it('reaches every word of the preview, the diagram, the simulation results and its refusals', function () {
    this.timeout(60_000);
    const fixed = fixedWords();
    const problems: string[] = [];
    const check = (what: string, shown: string, file: string): void => {
      const stray = strayWords(shown, file, fixed);
      if (stray.length > 0 && problems.length < 20) problems.push(`${what}: ${stray.join(', ')} in ${JSON.stringify(shown.slice(0, 200))}`);
    };
    const t: Translate = (id, ...args) => pseudo.t(id, ...args);
    /** The text a user reads in a view: its string values (keys, ids and styles are code). */
    const words = (x: unknown): string => {
      if (typeof x === 'string') return x;
      if (Array.isArray(x)) return x.map(words).join(' | ');
      if (x && typeof x === 'object') return Object.entries(x).filter(([k]) => !CODE_FIELDS.has(k)).map(([, v]) => words(v)).join(' | ');
      return '';
    };
    check('preview page', words(previewStrings(pseudo)), '');
    check('preview notices', words(updateStrings(pseudo)), '');
    check('results page', words(simulationStrings(t)), '');
    let views = 0;
    for (const { name, text } of examples) {
      const analysis = service.analyze(text);
      const diagrams = stackDiagrams(analysis.model, { showResources: true, strings: diagramStrings(pseudo), maxLineLength: 36 });
      // Labels: what the blocks say, the captions and the legend (the mermaid source itself is code).
      check(`${name} diagram`, words([diagrams.legend, diagrams.hosts.map((h) => h.blocks.map((b) => b.lines))]), text);
      const outcome = simulate(analysis);
      if (outcome.status === 'done') {
        check(`${name} results`, words(buildView(outcome.result, name, 1, t)), `${text} ${name}`);
        views++;
      } else if (outcome.status === 'refused') {
        check(`${name} refusal`, pseudo.text(outcome.refusal.text), text);
      }
    }
    // Refusals that come from settings and counts rather than from a file's errors.
    for (const [what, outcome] of [
      ['no hardware', simulate(service.analyze('stack "empty"\n'))],
      ['bad seed', simulate(service.analyze(examples[0].text), { seed: -1 })],
      ['step longer', simulate(service.analyze(examples[0].text), { duration: 10, step: 20 })],
    ] as const) {
      assert.equal(outcome.status, 'refused', what);
      if (outcome.status === 'refused') check(what, pseudo.text(outcome.refusal.text), '');
    }
    assert.ok(views >= 3, `${views} examples simulated`);
    assert.deepEqual(problems, []);
  });
});
