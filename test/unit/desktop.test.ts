// Desktop, application and data virtualization (docs/language.md, "Kinds of virtualization" and
// "Desktops, applications and data (VS7xx)"): how the model reads a desktop pool, a delivery and a
// data view, and the checks beyond the one case per code in rules.test.ts (editor features:
// services/desktop.test.ts; diagram and simulation: desktop-simulation.test.ts). Expected values come
// from the rules as the docs state them and from the vendors' documentation cited in
// src/core/taxonomy/desktopCatalogue.ts.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { documentSymbols } from '../../src/core/services/outline/outline';
import { findProduct } from '../../src/core/taxonomy/catalogue';
import type { DeliveryProduct, MiddlewareProduct } from '../../src/core/taxonomy/product';
import { findings, host } from './helpers';
import { ENGLISH } from './bundles';

const esxi = (inner: string, capacity?: string) => host(`  hypervisor esxi {\n${inner}\n  }`, capacity);
const pool = (props: string) => esxi(`    desktops office { broker horizon; ${props} }`);
const onOs = (kernel: string, inner: string) => esxi(`    vm v { vcpu 2; memory 4 GiB; os ${kernel} "G" { ${inner} } }`);
const codesOf = (text: string) => findings(text).map((f) => f.split(' ')[0]);

describe('desktop virtualization: pools', () => {
  it('reads a pool: count, persistence, broker and per-desktop resources, on a guest OS of its own', () => {
    const { model } = analyze(pool('count 200; persistent no; vcpu 2; memory 4 GiB; os windows "Windows 11" { app excel }'));
    const p = model.layers.find((l) => l.kind === 'desktops')!;
    assert.equal(p.props.count?.max, 200);
    assert.equal(p.props.persistent?.value, false);
    assert.equal(p.props.broker?.name, 'horizon');
    assert.equal(p.props.vcpu?.max, 2);
    assert.equal(p.props.memory?.max, 4096); // MiB
    assert.deepEqual(p.children.map((c) => `${c.kind} ${c.kernel}`), ['os windows']);
    assert.equal(model.names.get('office'), p, 'a pool is named in the file\'s namespace');
    assert.equal(p.virtualization, 'hypervisor', 'its branch is hypervisor virtualization: it sits on ESXi, type 1');
  });

  it('counts every desktop against its host: 33 x 2 vCPUs is 66, above 16 cores x 4.0 = 64 (VS401); 32 x 2 = 64 is not', () => {
    const text = (count: number) => esxi(`    desktops office { broker horizon; count ${count}; vcpu 2; memory 1 GiB }`, 'cpu 16 cores; memory 256 GiB');
    assert.deepEqual(codesOf(text(33)), ['VS401']);
    assert.deepEqual(codesOf(text(32)), []);
  });

  it('counts every desktop\'s memory: 65 x 4 GiB is 260 GiB, above 256 GiB (VS402); 64 x 4 GiB fits exactly', () => {
    const text = (count: number) => esxi(`    desktops office { broker horizon; count ${count}; vcpu 1; memory 4 GiB }`, 'cpu 64 cores; memory 256 GiB');
    assert.deepEqual(codesOf(text(65)), ['VS402']);
    assert.deepEqual(codesOf(text(64)), []);
  });

  it('reports one desktop larger than its host at its vcpu line (VS400), as for a VM', () => {
    assert.deepEqual(findings(pool('vcpu 64')), ['VS400 64']);
  });

  it('adds a pool to the other guests of its host: a VM of 16 vCPUs and 25 desktops of 2 exceed 16 x 4.0 = 64; 24 desktops do not', () => {
    const inner = (count: number) => `    vm big { vcpu 16; memory 1 GiB }\n    desktops office { broker horizon; count ${count}; vcpu 2; memory 1 GiB }`;
    assert.deepEqual(codesOf(esxi(inner(25), 'cpu 16 cores; memory 256 GiB')), ['VS401']);
    assert.deepEqual(codesOf(esxi(inner(24), 'cpu 16 cores; memory 256 GiB')), []);
  });

  it('refuses a count of zero, a fraction or more than 250000 (VS104), and a persistence other than yes or no (VS102)', () => {
    assert.deepEqual(findings(pool('count 0')), ['VS104 0']);
    assert.deepEqual(findings(pool('count 1.5')), ['VS104 1.5']);
    assert.deepEqual(findings(pool('count 250001')), ['VS104 250001']);
    assert.deepEqual(findings(pool('count 250000; vcpu 1; memory 1 MiB')).filter((f) => f.startsWith('VS104')), []);
    assert.deepEqual(findings(pool('persistent maybe')), ['VS102 maybe']);
    // Desktops are counted, not measured: a unit is the wrong form, whatever its dimension.
    assert.deepEqual(findings(pool('count 200 cores')), ['VS102 200 cores']);
    assert.deepEqual(findings(pool('count 2 GiB')), ['VS102 2 GiB']);
    assert.deepEqual(findings(pool('count many')), ['VS102 many']);
  });

  it('reports a broker line that is malformed (VS102) but not also missing (VS701)', () => {
    assert.deepEqual(findings(esxi('    desktops office { broker "Horizon" }')), ['VS102 "Horizon"']);
  });

  it('names a product of another role as the broker: ESXi is a hypervisor, not a connection broker (VS217)', () => {
    const text = esxi('    desktops office { broker esxi }');
    assert.deepEqual(findings(text), ['VS217 esxi']);
    assert.match(analyze(text).diagnostics[0].message, /VMware ESXi is a hypervisor, not a connection broker/);
  });

  it('lists the known brokers when nothing is close to the word written', () => {
    const d = analyze(esxi('    desktops office { broker qqq }')).diagnostics[0];
    assert.equal(d.code, 'VS702');
    assert.match(d.message, /Known brokers: horizon, citrix-cvad, avd, rds\./);
  });

  it('takes only the properties of a VM that a pool may have: `cpu` is VS101', () => {
    assert.deepEqual(codesOf(pool('cpu 2')), ['VS101']);
  });

  it('asks for a guest OS under an app written straight in a pool (VS207), as in a VM', () => {
    assert.deepEqual(findings(pool('app a')), ['VS207 a']);
    assert.deepEqual(codesOf(pool('os windows; app a')), []);
  });
});

describe('application virtualization: delivery', () => {
  it('reads the three forms: streamed with or without its system, server, packaged with its format', () => {
    const { model } = analyze(onOs('windows', 'app a { delivery streamed app-v }; app b { delivery streamed }; app d { delivery packaged msix }'));
    const d = (name: string) => model.names.get(name)!.props.delivery;
    assert.deepEqual([d('a')?.mode, d('a')?.system?.name], ['streamed', 'app-v']);
    assert.deepEqual([d('b')?.mode, d('b')?.system], ['streamed', undefined]);
    assert.deepEqual([d('d')?.mode, d('d')?.system?.name], ['packaged', 'msix']);
  });

  it('asks for the mode (VS102), a packaged app\'s format (VS102), and nothing after `server` (VS107)', () => {
    assert.deepEqual(findings(onOs('linux', 'app a { delivery beamed }')), ['VS102 beamed']);
    assert.deepEqual(findings(onOs('linux', 'app a { delivery packaged }')), ['VS102 packaged']);
    assert.deepEqual(findings(onOs('windows', 'middleware rds-session-host { app a { delivery server rds } }')), ['VS107 rds']);
  });

  it('matches each package format to its OS: Flatpak, Snap, AppImage on Linux; MSIX, ThinApp, App-V on Windows', () => {
    for (const f of ['flatpak', 'snap', 'appimage']) {
      assert.deepEqual(codesOf(onOs('linux', `app a { delivery packaged ${f} }`)), [], f);
      assert.deepEqual(codesOf(onOs('windows', `app a { delivery packaged ${f} }`)), ['VS706'], f);
    }
    for (const f of ['msix', 'thinapp', 'app-v']) {
      assert.deepEqual(codesOf(onOs('windows', `app a { delivery packaged ${f} }`)), [], f);
      assert.deepEqual(codesOf(onOs('linux', `app a { delivery packaged ${f} }`)), ['VS706'], f);
    }
  });

  it('lists the known systems of the mode written when nothing is close to the word', () => {
    const d = analyze(onOs('windows', 'app a { delivery streamed qqq }')).diagnostics[0];
    assert.equal(d.message, "'qqq' is unknown as a streaming system. Known ones: app-v, cloudpaging, thinapp.");
  });

  it('says which client OS a streaming system needs and what the app sits on', () => {
    const d = analyze(onOs('linux', 'app a { delivery streamed app-v }')).diagnostics[0];
    assert.equal(d.message, 'Microsoft App-V streams apps only to Windows clients, but this app runs on guest OS G, a Linux system.');
  });

  it('finds the OS through middleware: an app in middleware on Windows may stream with App-V', () => {
    assert.deepEqual(codesOf(onOs('windows', 'middleware iis { app a { delivery streamed app-v } }')), []);
  });

  it('accepts a server-based app in a Citrix VDA as well as in an RD Session Host, and not in other middleware (VS707)', () => {
    assert.deepEqual(codesOf(onOs('windows', 'middleware citrix-vda { app a { delivery server } }')), []);
    assert.deepEqual(codesOf(onOs('windows', 'middleware iis { app a { delivery server } }')), ['VS707']);
  });

  it('runs a session host only on its kernels: an RD Session Host on Linux is VS216, a Linux VDA is not', () => {
    assert.deepEqual(findings(onOs('linux', 'middleware rds-session-host')), ['VS216 rds-session-host']);
    assert.deepEqual(codesOf(onOs('linux', 'middleware citrix-vda')), []);
  });
});

describe('data virtualization: views and their sources', () => {
  const view = (sources: string, engine = 'trino as lake') => esxi(`    vm orders-db { vcpu 1; memory 1 GiB }\n    vm crm { vcpu 1; memory 1 GiB }\n    vm a { vcpu 2; memory 4 GiB; os linux "G" { middleware ${engine} { ${sources} } } }`);

  it('names a view with `as` and keeps it out of the namespace, resolving sources declared later in the file', () => {
    const text = `${esxi('    vm a { vcpu 2; memory 4 GiB; os linux "G" { middleware trino as lake { sources later } } }')}hardware later { cpu 1; memory 1 GiB }\n`;
    const { model, diagnostics } = analyze(text);
    const lake = model.layers.find((l) => l.kind === 'middleware')!;
    assert.deepEqual([lake.name, lake.product, lake.catalogue?.name], ['lake', 'trino', 'Trino']);
    assert.equal(model.names.get('lake'), undefined);
    assert.deepEqual(diagnostics, []);
  });

  it('warns about sources on known middleware that federates nothing (VS710), not on middleware the catalogue does not know', () => {
    assert.deepEqual(codesOf(view('sources crm', 'nginx')), ['VS710']);
    assert.deepEqual(codesOf(view('sources crm', 'acme-federator')), []);
  });

  it('runs each engine on the kernels its vendor supports: Dremio on Windows is VS216, Denodo on Windows is not', () => {
    assert.deepEqual(findings(onOs('windows', 'middleware dremio')), ['VS216 dremio']);
    assert.deepEqual(codesOf(onOs('windows', 'middleware denodo')), []);
  });

  it('asks for names in sources (VS102), and allows sources only on middleware (VS101)', () => {
    assert.deepEqual(findings(view('sources "crm"')), ['VS102 "crm"']);
    assert.deepEqual(codesOf(onOs('linux', 'app a { sources crm }')), ['VS101']);
  });
});

describe('catalogue facts of desktop, application and data virtualization', () => {
  it('knows the client kernels of streaming systems and package formats from their vendors', () => {
    const d = (id: string) => findProduct(id) as DeliveryProduct;
    assert.deepEqual(d('app-v').clientKernels, ['windows']);
    assert.deepEqual(d('app-v').modes, ['streamed', 'packaged']);
    assert.deepEqual(d('flatpak').modes, ['packaged']);
    assert.deepEqual(d('appimage').clientKernels, ['linux']);
    assert.deepEqual(d('msix').clientKernels, ['windows']);
  });

  it('knows session hosts and engines as middleware with the kernels they run on', () => {
    const m = (id: string) => findProduct(id) as MiddlewareProduct;
    assert.deepEqual([m('rdsh').id, m('rdsh').serves, m('rdsh').hostKernels], ['rds-session-host', 'session-host', ['windows']]);
    assert.deepEqual(m('citrix-vda').hostKernels, ['windows', 'linux']);
    assert.deepEqual([m('prestodb').id, m('prestodb').serves], ['presto', 'data-virtualization']);
    assert.equal(findProduct('XenDesktop')?.id, 'citrix-cvad');
  });
});

describe('the outline of a desktop pool', () => {
  it('shows a pool in the outline as a desktop pool, in its hypervisor', () => {
    const a = analyze(pool('count 2'));
    const symbols = documentSymbols(a, ENGLISH);
    const hv = symbols[0].children[0];
    assert.deepEqual(hv.children.map((s) => [s.name, s.kind, s.detail]), [['office', 'desktops', 'desktop pool']]);
  });
});

describe('examples of desktop, application and data virtualization', () => {
  const read = (name: string) => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8');
  const shape = (f: string) => analyze(read(f)).model.layers.map((l) => `${l.kind}:${l.name}:${l.product ?? ''}:${l.props.count?.max ?? ''}:${l.props.delivery?.mode ?? ''}:${l.props.sources?.map((s) => s.name).join(',') ?? ''}`);

  for (const name of ['desktop', 'apps', 'data']) {
    it(`${name}.ko.virt is ${name}.virt with Korean comments: the same stack`, () => {
      assert.deepEqual(shape(`${name}.ko.virt`), shape(`${name}.virt`));
      assert.match(read(`${name}.ko.virt`), /^# [^\n]*[\uAC00-\uD7A3]/);
    });
  }

  it('show each kind: pools with brokers, the three forms of delivery, and a view over two sources', () => {
    const kinds = (f: string) => analyze(read(f)).model.layers;
    assert.deepEqual(kinds('desktop.virt').filter((l) => l.kind === 'desktops').map((l) => `${l.name} ${l.props.count?.max} ${l.props.broker?.name}`), ['office 80 horizon', 'design 20 horizon']);
    assert.deepEqual([...new Set(kinds('apps.virt').map((l) => l.props.delivery?.mode).filter((m) => m))].sort(), ['packaged', 'server', 'streamed']);
    assert.deepEqual(kinds('data.virt').find((l) => l.name === 'lake')?.props.sources?.map((s) => s.name), ['orders-db', 'crm']);
  });
});
