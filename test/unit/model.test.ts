import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import type { Layer } from '../../src/core/model/types';

const byName = (layers: readonly Layer[], name: string): Layer => {
  const l = layers.find((x) => x.name === name);
  assert.ok(l, `no layer ${name}`);
  return l;
};

describe('model', () => {
  const text = `stack "Mixed"
simulate { duration 2 h; step 30 s; seed 9; overcommit cpu 8 memory 1.5; boot vm 45 s }
hardware node1 {
  cpu 32 cores; memory 256 GiB; reserve 512 MiB; power idle 100 W peak 300 W
  hypervisor kvm as hv1 {
    vm web { vcpu 4; memory 16 GiB; os linux "Ubuntu 24.04"; middleware nginx; app shop { load daily 20%..90% peak 14:30 } }
  }
}
hardware laptop {
  cpu 8 cores; memory 32 GiB
  os windows "Windows 11" {
    hypervisor virtualbox { vm dev { vcpu 2; memory 4 GiB; os linux "Debian 12" } }
    runtime docker { container api { cpu 0.5..2; memory 256 MiB..1 GiB; image "api:1"; app api-app { depends shop } } }
    app notes
  }
}
`;
  const { model, diagnostics } = analyze(text);

  it('reads a clean file without findings', () => {
    assert.deepEqual(diagnostics.map((d) => `${d.code} ${d.message}`), []);
  });

  it('reads the title, hosts and simulation settings', () => {
    assert.equal(model.title, 'Mixed');
    assert.deepEqual(model.hosts.map((h) => h.name), ['node1', 'laptop']);
    const s = model.simulation;
    assert.deepEqual([s.duration, s.step, s.seed, s.overcommit.cpu, s.overcommit.memory, s.boot.vm, s.boot.container], [7200, 30, 9, 8, 1.5, 45, 0.6]);
  });

  it('converts quantities to base units', () => {
    const node1 = byName(model.layers, 'node1');
    assert.equal(node1.props.memory?.max, 256 * 1024);
    assert.equal(node1.props.reserve?.max, 512);
    assert.deepEqual(node1.props.power && { ...node1.props.power, span: undefined }, { model: 'linear', idle: 100, peak: 300, span: undefined });
    const api = byName(model.layers, 'api');
    assert.deepEqual([api.props.cpu?.min, api.props.cpu?.max, api.props.memory?.min, api.props.memory?.max], [0.5, 2, 256, 1024]);
    assert.equal(api.props.image?.value, 'api:1');
  });

  it('puts what follows an OS line on that OS', () => {
    const web = byName(model.layers, 'web');
    assert.deepEqual(web.children.map((c) => c.kind), ['os']);
    const os = web.children[0];
    assert.equal(os.kernel, 'linux');
    assert.equal(os.label, 'Ubuntu 24.04');
    assert.deepEqual(os.children.map((c) => c.name), ['nginx', 'shop']);
  });

  it('names hypervisors by product unless "as" renames them, and types them from the catalogue', () => {
    const hv = byName(model.layers, 'hv1');
    assert.equal(hv.product, 'kvm');
    assert.equal(hv.hypervisorType, 1);
    assert.equal(byName(model.layers, 'virtualbox').hypervisorType, 2);
  });

  it('classifies each branch as one of the three kinds of virtualization', () => {
    const kind = (n: string) => byName(model.layers, n).virtualization;
    assert.equal(kind('shop'), 'hypervisor');
    assert.equal(kind('dev'), 'host-os');
    assert.equal(kind('api-app'), 'container');
    assert.equal(kind('notes'), 'bare-metal');
    assert.equal(kind('laptop'), undefined);
  });

  it('reads every load profile', () => {
    const profile = (load: string) => {
      const r = analyze(`hardware h { cpu 4; memory 8 GiB; os linux "L" { app a { load ${load} } } }`);
      assert.deepEqual(r.diagnostics.map((d) => d.message), []);
      return { ...r.model.layers.find((l) => l.kind === 'app')!.props.load!, span: undefined };
    };
    assert.deepEqual(profile('constant 40%'), { shape: 'constant', level: 0.4, span: undefined });
    assert.deepEqual(profile('daily 20%..90% peak 14:30'), { shape: 'daily', low: 0.2, high: 0.9, peakHour: 14.5, span: undefined });
    assert.deepEqual(profile('spikes 10%..90% every 2 h for 5 m'), { shape: 'spikes', low: 0.1, high: 0.9, every: 7200, length: 300, span: undefined });
    assert.deepEqual(profile('random 20%..80% seed 7'), { shape: 'random', low: 0.2, high: 0.8, seed: 7, span: undefined });
  });

  it('reads jobs: work, parallelism and start', () => {
    const r = analyze('hardware h { cpu 4; memory 8 GiB; os linux "L" { job etl { work 2 core-h; cpu 4; start 01:30 } job now { work 90 core-s; start 10 m } } }');
    assert.deepEqual(r.diagnostics.map((d) => d.message), []);
    const etl = byName(r.model.layers, 'etl');
    assert.deepEqual([etl.props.work?.max, etl.props.cpu?.max, etl.props.start?.at, etl.props.start?.seconds], [7200, 4, 'time-of-day', 5400]);
    assert.deepEqual([byName(r.model.layers, 'now').props.start?.at, byName(r.model.layers, 'now').props.start?.seconds], ['offset', 600]);
  });

  it('reads a power curve of eleven points', () => {
    const r = analyze('hardware h { cpu 4; memory 8 GiB; power curve 50 W 89.4 W 95 W 100 W 102 W 110 W 120 W 130 W 140 W 150 W 160 W }');
    assert.deepEqual(r.diagnostics.map((d) => d.message), []);
    const p = r.model.hosts[0].props.power;
    assert.ok(p?.model === 'curve');
    assert.equal(p.watts[1], 89.4);
  });

  it('judges a container on a shared-kernel runtime by its host\'s kernel: a Linux container on a Windows host is VS206', () => {
    const r = analyze('hardware h { cpu 8; memory 16 GiB; os windows "Server" { runtime docker { container w { os windows "Nano" } container l { os linux "Alpine" } } } }');
    assert.deepEqual(r.diagnostics.map((d) => `${d.code} ${d.args.slice(0, 3).join(' ')}`), ['VS206 l linux windows']);
  });

  // Kata boots a Linux guest kernel per pod and gVisor implements the Linux system calls itself
  // (kernel.ts), so their containers get Linux whatever the host runs. On a Windows host the two
  // kernels differ: judging by the host's would flag the Linux container and pass the Windows one.
  // (Neither runtime runs on Windows, VS216, which is a separate finding on the runtime.)
  for (const runtime of ['kata', 'gvisor']) {
    it(`judges a ${runtime} container by its sandbox's Linux kernel, not its Windows host's: the Windows container is VS206, the Linux one is not`, () => {
      const r = analyze(`hardware h { cpu 8; memory 16 GiB; os windows "Server" { runtime ${runtime} { container w { os windows "Nano" } container l { os linux "Alpine" } } } }`);
      assert.deepEqual(r.diagnostics.filter((d) => d.code === 'VS206').map((d) => d.args.slice(0, 3).join(' ')), ['w windows linux']);
      assert.deepEqual(r.diagnostics.filter((d) => d.code !== 'VS206').map((d) => `${d.code} ${d.args.slice(1).join(' ')}`), ['VS216 Linux Windows']);
    });
  }

  it('judges a sandboxed container on a Linux host by Linux: a Windows container in kata is VS206', () => {
    const r = analyze('hardware h { cpu 8; memory 16 GiB; os linux "L" { runtime kata { container w { os windows "Nano" } container l { os linux "Alpine" } } } }');
    assert.deepEqual(r.diagnostics.map((d) => `${d.code} ${d.args[0]}`), ['VS206 w']);
  });

  it('does not flag tenants sharing a sandboxed runtime, whose kernels are separate', () => {
    const r = analyze('hardware h { cpu 8; memory 16 GiB; os linux "L" { runtime gvisor { container a { tenant x } container b { tenant y } } } }');
    assert.deepEqual(r.diagnostics.map((d) => d.code), []);
  });
});
