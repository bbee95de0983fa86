import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { complete } from '../../../src/core/services/completion/completion';
import { hover } from '../../../src/core/services/hover/hover';
import { quickFixes } from '../../../src/core/services/quickFixes/quickFixes';
import { applyEdits } from '../../../src/core/services/textEdits';
import { findings, host } from '../helpers';
import { ENGLISH, KOREAN } from '../bundles';
import { cursor, offsetOf } from './cursor';

// Completion, hover and quick fixes for desktop pools, app delivery and data views
// (docs/language.md, "Kinds of virtualization"). Expected values come from the rules as the docs
// state them, from the bundles' texts and from the catalogue's vendor facts.

const esxi = (inner: string, capacity?: string) => host(`  hypervisor esxi {\n${inner}\n  }`, capacity);
const pool = (props: string) => esxi(`    desktops office { broker horizon; ${props} }`);
const onOs = (kernel: string, inner: string) => esxi(`    vm v { vcpu 2; memory 4 GiB; os ${kernel} "G" { ${inner} } }`);
const codesOf = (text: string) => findings(text).map((f) => f.split(' ')[0]);
const view = (sources: string, engine = 'trino as lake') => esxi(`    vm orders-db { vcpu 1; memory 1 GiB }\n    vm crm { vcpu 1; memory 1 GiB }\n    vm a { vcpu 2; memory 4 GiB; os linux "G" { middleware ${engine} { ${sources} } } }`);

describe('editor features for desktops, delivery and data views', () => {
  const labels = (marked: string): string[] => {
    const { text, offset, analysis } = cursor(marked);
    return complete(analysis, text, offset, { l10n: ENGLISH }).items.map((i) => i.label);
  };

  it('offers a pool its properties and its guest OS, brokers after `broker`, and yes or no after `persistent`', () => {
    const inPool = labels('hardware h { hypervisor esxi { desktops p {\n  |\n} } }\n').filter((l) => !l.includes('{'));
    assert.deepEqual(inPool, ['vcpu', 'memory', 'disk', 'network', 'tenant', 'boot', 'depends', 'count', 'persistent', 'broker', 'os']);
    assert.deepEqual(labels('hardware h { hypervisor esxi { desktops p {\n  broker |\n} } }\n'), ['horizon', 'citrix-cvad', 'avd', 'rds']);
    assert.deepEqual(labels('hardware h { hypervisor esxi { desktops p {\n  persistent |\n} } }\n'), ['no', 'yes']);
  });

  it('offers a pool the snippet of a guest OS, a line without a block, as a VM gets', () => {
    const { text, offset, analysis } = cursor('hardware h { hypervisor esxi { desktops p {\n  |\n} } }\n');
    const snippet = complete(analysis, text, offset, { l10n: ENGLISH }).items.find((i) => i.label === 'os { … }');
    assert.equal(snippet?.insertText, 'os ${1|linux,windows,bsd|} "${2:Ubuntu 24.04}"');
  });

  it('offers the three delivery modes, then only the systems of that mode for the OS under the app', () => {
    const at = (kernel: string, typed: string) => labels(`hardware h { hypervisor esxi { vm v { os ${kernel} { app a {\n  delivery ${typed}|\n} } } } }\n`);
    assert.deepEqual(at('linux', ''), ['streamed', 'server', 'packaged']);
    assert.deepEqual(at('linux', 'packaged '), ['flatpak', 'snap', 'appimage']);
    assert.deepEqual(at('windows', 'packaged '), ['app-v', 'thinapp', 'msix']);
    assert.deepEqual(at('windows', 'streamed '), ['app-v', 'cloudpaging', 'thinapp']);
    assert.deepEqual(at('linux', 'server '), []);
  });

  it('offers declared names after `sources`, without the view itself or names already listed', () => {
    const got = labels('hardware h { hypervisor esxi {\n  vm crm { }\n  vm db { os linux { middleware trino as lake {\n    sources crm, |\n} } } } }\n');
    assert.deepEqual(got.sort(), ['db', 'h']);
  });

  it('shows a pool\'s count, each desktop\'s and all desktops\' resources, its broker and persistence', () => {
    const text = pool('count 100; persistent no; vcpu 2; memory 4 GiB');
    const h = hover(analyze(text), text, offsetOf(text, 'office', 1), { l10n: ENGLISH })!;
    assert.match(h.markdown, /^\*\*Desktop pool `office`\*\*/);
    assert.match(h.markdown, /\*\*Desktops:\*\* 100/);
    assert.match(h.markdown, /\*\*Broker:\*\* Omnissa Horizon/);
    assert.match(h.markdown, /\*\*Persistence:\*\* non-persistent: reset at log-off/);
    // 100 x 2 vCPUs and 100 x 4 GiB, against the host's 32 cores and 256 GiB (helpers.host).
    assert.match(h.markdown, /\| CPU \| 2 vCPUs \| 200 vCPUs \| 32 cores \|/);
    assert.match(h.markdown, /\| memory \| 4 GiB \| 400 GiB \| 256 GiB \|/);
  });

  it('shows an app\'s delivery, a data view\'s sources, and the product of a delivery line', () => {
    const text = `${onOs('linux', 'app gimp { delivery packaged flatpak }; middleware trino as lake { sources v, gone }')}`;
    const a = analyze(text);
    assert.match(hover(a, text, offsetOf(text, 'gimp', 1), { l10n: ENGLISH })!.markdown, /\*\*Delivery:\*\* packaged with its own environment \(local\) \(Flatpak\)/);
    assert.match(hover(a, text, offsetOf(text, 'trino', 1), { l10n: ENGLISH })?.markdown ?? '', /\*\*Trino\*\*/);
    assert.match(hover(a, text, offsetOf(text, 'middleware trino', 1), { l10n: ENGLISH })!.markdown, /\*\*Sources:\*\* `v` \(VM\), `gone` \(undeclared\)/);
    const product = hover(a, text, offsetOf(text, 'flatpak', 1), { l10n: ENGLISH })!;
    assert.equal(text.slice(product.start, product.end), 'flatpak');
    assert.match(product.markdown, /^\*\*Flatpak\*\* · package format/);
    assert.match(product.markdown, /\*\*Client OS:\*\* Linux/);
  });
});

describe('quick fixes for desktops, delivery and data views', () => {
  it('suggests the format meant by a misspelt one, in the finding and as a quick fix', () => {
    const text = onOs('linux', 'app a { delivery packaged flatpack }');
    const fixes = quickFixes(analyze(text), text, { start: 0, end: text.length }, { l10n: ENGLISH });
    assert.deepEqual(fixes.map((f) => f.title), ["Change to 'flatpak'"]);
    assert.deepEqual(codesOf(applyEdits(text, fixes[0].edits)), []);
  });

  it('suggests the broker meant by a misspelt one as a quick fix', () => {
    const text = esxi('    desktops office { broker citrix-cvd }');
    const fixes = quickFixes(analyze(text), text, { start: 0, end: text.length }, { l10n: ENGLISH });
    assert.deepEqual(fixes.map((f) => f.title), ["Change to 'citrix-cvad'"]);
  });

  it('reports an unknown source with the declared name it most likely means, and fixes it', () => {
    const text = view('sources orders-db, crn');
    assert.deepEqual(findings(text), ['VS708 crn']);
    assert.match(analyze(text).diagnostics[0].message, /Did you mean 'crm'\?/);
    const fixes = quickFixes(analyze(text), text, { start: 0, end: text.length }, { l10n: ENGLISH });
    assert.deepEqual(codesOf(applyEdits(text, fixes[0].edits)), []);
  });

  it('removes a view from its own sources: the name alone, or the whole line when it names nothing else', () => {
    for (const [sources, left] of [['sources lake, crm', 'sources crm'], ['sources crm, lake', 'sources crm']] as const) {
      const text = view(sources);
      const fixes = quickFixes(analyze(text), text, { start: 0, end: text.length }, { l10n: KOREAN });
      assert.deepEqual(fixes.map((f) => f.title), ['자기 자신을 원천 목록에서 삭제']);
      const after = applyEdits(text, fixes[0].edits);
      assert.ok(after.includes(`{ ${left} }`), after);
    }
    const alone = view('sources lake');
    const fix = quickFixes(analyze(alone), alone, { start: 0, end: alone.length }, { l10n: ENGLISH })[0];
    assert.ok(!applyEdits(alone, fix.edits).includes('sources'));
  });
});
