import * as assert from 'node:assert/strict';
import { FINDINGS } from '../../src/core/diagnostics';
import { analyze } from '../../src/core/analyze';
import { codes, findings, host, withCode } from './helpers';
import { STORAGE_CASES } from './storage-cases';
import { NETWORK_CASES } from './network-cases';

// Each rule: a text that breaks it (and the text the diagnostic must cover) and a text that keeps it.
interface Case {
  readonly bad: string;
  /** The exact text the diagnostic covers. */
  readonly at: string;
  readonly good: string;
}

const kvm = (vms: string) => host(`  hypervisor kvm {\n${vms}\n  }`);
const docker = (containers: string, os = 'linux') => host(`  os ${os} "Host" {\n    runtime docker {\n${containers}\n    }\n  }`);

const CASES: Record<string, Case> = {
  VS100: { bad: host('  cpus 4'), at: 'cpus', good: host('') },
  VS101: { bad: host('  vcpu 4'), at: 'vcpu', good: kvm('vm a { vcpu 4; memory 1 GiB }') },
  VS102: { bad: host('', 'cpu many; memory 8 GiB'), at: 'many', good: host('', 'cpu 8; memory 8 GiB') },
  VS103: { bad: host('', 'cpu 8; memory 4 Gbps'), at: '4 Gbps', good: host('', 'cpu 8; memory 4 GiB') },
  VS104: { bad: host('', 'cpu -4; memory 8 GiB'), at: '-4', good: host('', 'cpu 4; memory 8 GiB') },
  VS105: { bad: host('', 'cpu 4; cpu 8; memory 8 GiB'), at: 'cpu', good: host('', 'cpu 8; memory 8 GiB') },
  VS106: { bad: docker('container c { cpu 2..0.5 }'), at: '2..0.5', good: docker('container c { cpu 0.5..2 }') },
  VS107: { bad: host('', 'cpu 4 cores 8; memory 8 GiB'), at: '8', good: host('', 'cpu 4 cores; memory 8 GiB') },
  VS108: { bad: 'vm stray { vcpu 1 }\n' + host(''), at: 'vm', good: host('') },
  VS109: { bad: host('  hypervisor { }'), at: 'hypervisor', good: host('  hypervisor kvm { }') },
  VS110: { bad: docker('container c { app a; job j { cpu 1 } }'), at: 'j', good: docker('container c { app a; job j { work 1 core-h } }') },
  VS111: { bad: host('  stack "x"'), at: 'stack', good: 'stack "x"\n' + host('') },
  VS112: { bad: docker('container c { job j { work 1 core-h; start 25:00 } }'), at: '25:00', good: docker('container c { job j { work 1 core-h; start 23:00 } }') },
  VS113: { bad: docker('container c { app a { load daily 20%..90% peek 14:00 } }'), at: 'peek', good: docker('container c { app a { load daily 20%..90% peak 14:00 } }') },
  VS114: { bad: 'stack "x" { }\n' + host(''), at: '{', good: 'stack "x"\n' + host('') },
  VS200: { bad: host('  os linux "Host" { hypervisor kvm { } }'), at: 'kvm', good: host('  hypervisor kvm { }') },
  VS201: { bad: host('  hypervisor virtualbox { }'), at: 'virtualbox', good: host('  os windows "Win" { hypervisor virtualbox { } }') },
  VS202: { bad: kvm('os linux "Guest"'), at: 'linux', good: kvm('vm a { vcpu 1; memory 1 GiB; os linux "Guest" }') },
  VS203: { bad: host('  os linux "Host" { vm a { vcpu 1; memory 1 GiB } }'), at: 'a', good: kvm('vm a { vcpu 1; memory 1 GiB }') },
  VS204: { bad: host('  os linux "Host" { container c { } }'), at: 'c', good: docker('container c { }') },
  VS205: { bad: host('  runtime docker { }'), at: 'docker', good: docker('') },
  VS206: { bad: docker('container c { os windows "Nano Server" }'), at: 'windows', good: docker('container c { os linux "Alpine" }') },
  VS207: { bad: kvm('vm a { vcpu 1; memory 1 GiB; app x }'), at: 'x', good: kvm('vm a { vcpu 1; memory 1 GiB; os linux "G"; app x }') },
  VS208: { bad: host('  hypervisor kvm { type 2 }'), at: '2', good: host('  hypervisor kvm { type 1 }') },
  VS209: { bad: host('  hypervisor kvn { }'), at: 'kvn', good: host('  hypervisor kvm { }') },
  VS210: { bad: kvm('vm a { vcpu 4; memory 8 GiB; os linux "G"; hypervisor kvm { } }'), at: 'kvm', good: kvm('vm a { vcpu 4; memory 8 GiB; os linux "G" }') },
  VS211: { bad: docker('container a { tenant acme }\ncontainer b { tenant globex }'), at: 'linux', good: docker('container a { tenant acme }\ncontainer b { tenant acme }') },
  VS212: { bad: host('  hypervisor esxi { }\n  os linux "Host" { app a }'), at: 'h', good: host('  hypervisor esxi { }') },
  VS213: { bad: kvm('vm a { vcpu 1; memory 1 GiB; os linux "A"; os windows "B" }'), at: 'os', good: kvm('vm a { vcpu 1; memory 1 GiB; os linux "A" }') },
  VS214: { bad: docker('app loose'), at: 'loose', good: docker('container c { app inside }') },
  VS215: { bad: host('  os linx "Host" { }'), at: 'linx', good: host('  os linux "Host" { }') },
  VS216: { bad: host('  os windows "Host" { hypervisor firecracker { } }'), at: 'firecracker', good: host('  os linux "Host" { hypervisor firecracker { } }') },
  VS217: { bad: host('  hypervisor docker { }'), at: 'docker', good: host('  hypervisor kvm { }') },
  VS300: { bad: kvm('vm a { vcpu 1; memory 1 GiB }\nvm a { vcpu 1; memory 1 GiB }'), at: 'a', good: kvm('vm a { vcpu 1; memory 1 GiB }\nvm b { vcpu 1; memory 1 GiB }') },
  VS301: { bad: docker('container c { depends dbb }\ncontainer db { }'), at: 'dbb', good: docker('container c { depends db }\ncontainer db { }') },
  VS302: { bad: docker('container a { depends b }\ncontainer b { depends a }'), at: 'a', good: docker('container a { depends b }\ncontainer b { }') },
  VS303: { bad: docker('container a { depends a }'), at: 'a', good: docker('container a { }') },
  VS400: { bad: kvm('vm big { vcpu 64; memory 1 GiB }'), at: '64', good: kvm('vm big { vcpu 32; memory 1 GiB }') },
  VS401: { bad: kvm(Array.from({ length: 5 }, (_, i) => `vm v${i} { vcpu 32; memory 1 GiB }`).join('\n')), at: 'h', good: kvm(Array.from({ length: 4 }, (_, i) => `vm v${i} { vcpu 32; memory 1 GiB }`).join('\n')) },
  VS402: { bad: kvm('vm a { vcpu 1; memory 200 GiB }\nvm b { vcpu 1; memory 100 GiB }'), at: 'h', good: kvm('vm a { vcpu 1; memory 200 GiB }\nvm b { vcpu 1; memory 56 GiB }') },
  VS403: { bad: 'hardware bare { memory 8 GiB }', at: 'bare', good: 'hardware bare { cpu 4; memory 8 GiB }' },
  // Clusters and storage (issue 14), in their own file.
  ...STORAGE_CASES,
  // Network virtualization and network functions (VS6xx)
  ...NETWORK_CASES,
};

describe('validation rules', () => {
  for (const [code, c] of Object.entries(CASES)) {
    it(`${code}: reports the broken case and accepts the fixed one`, () => {
      const bad = findings(c.bad);
      assert.ok(bad.includes(`${code} ${c.at}`), `expected "${code} ${c.at}" in ${JSON.stringify(bad)}`);
      assert.deepEqual(findings(c.good), [], 'the corrected text is clean');
    });
  }

  it('has a case for every rule code outside pure syntax', () => {
    const ruleCodes = new Set(Object.values(FINDINGS).map((m) => m.code).filter((c) => Number(c.slice(2)) >= 100));
    assert.deepEqual([...ruleCodes].filter((c) => !(c in CASES)), []);
  });
});

// The checks run host by host while the file is read; these pin what must still see the whole file.
describe('validation while reading', () => {
  const fiveVms = kvm(Array.from({ length: 5 }, (_, i) => `vm v${i} { vcpu 32; memory 1 GiB }`).join('\n'));

  it('applies an overcommit ratio set by a simulate block after the hosts', () => {
    assert.ok(codes(fiveVms).includes('VS401'), 'over the default ratio of 4');
    assert.ok(!codes(`${fiveVms}\nsimulate { overcommit cpu 8.0 memory 1.0 }`).includes('VS401'));
    assert.ok(!codes(`simulate { overcommit cpu 8.0 memory 1.0 }\n${fiveVms}`).includes('VS401'));
  });

  it('resolves a dependency on a name declared in a later host', () => {
    const later = 'hardware h2 { cpu 4; memory 8 GiB; os linux "B" { runtime docker { container db { } } } }';
    assert.deepEqual(findings(`${docker('container c { depends db }')}\n${later}`), []);
  });

  it('reports a duplicate name across hosts at the second one', () => {
    const again = 'hardware h { cpu 4; memory 8 GiB }';
    const found = withCode(`${host('')}\n${again}`, 'VS300');
    assert.equal(found.length, 1);
    assert.ok(found[0].start > host('').length, 'at the later declaration');
  });

  it('classifies VMs by a hypervisor type declared after them', () => {
    const text = host('  os linux "Host" {\n    hypervisor myhv {\n      vm a { vcpu 1; memory 1 GiB }\n      type 2\n    }\n  }');
    const vm = analyze(text).model.layers.find((l) => l.kind === 'vm');
    assert.equal(vm?.virtualization, 'host-os');
  });
});


// docs/language.md, VS402: "more memory assigned … than installed memory minus `reserve`, times the
// memory ratio". A host of 10 GiB keeping 2 GiB may therefore hand out (10 − 2) × ratio GiB.
describe('VS402 counts the host reserve', () => {
  const reserved = (vm: string, simulate = '') => `${simulate}hardware h {\n  cpu 4 cores; memory 10 GiB; reserve 2 GiB\n  hypervisor kvm {\n    ${vm}\n  }\n}\n`;
  const vs402 = (text: string) => analyze(text).diagnostics.filter((d) => d.code === 'VS402');

  it('accepts an 8 GiB VM on 10 GiB less a 2 GiB reserve: exactly the 8 GiB allowed', () => {
    assert.deepEqual(findings(reserved('vm a { vcpu 1; memory 8 GiB }')), []);
  });

  it('reports a 9 GiB VM on 10 GiB less a 2 GiB reserve, naming 9 GiB wanted, 8 GiB usable, 10 GiB installed and the 2 GiB reserve', () => {
    const text = reserved('vm a { vcpu 1; memory 9 GiB }');
    const found = vs402(text);
    assert.equal(found.length, 1);
    assert.equal(text.slice(found[0].start, found[0].end), 'h');
    assert.deepEqual(found[0].args, ['h', '9 GiB', '8 GiB', '10 GiB', '2 GiB', '1']);
  });

  it('accepts the same 9 GiB VM on the same host without a reserve', () => {
    assert.deepEqual(findings(reserved('vm a { vcpu 1; memory 9 GiB }').replace('; reserve 2 GiB', '')), []);
  });

  // Two VMs, since one larger than the 10 GiB installed is VS400 instead.
  it('takes the reserve off before applying the memory ratio: (10 − 2) × 1.5 = 12 GiB allowed, not 10 × 1.5 − 2 = 13', () => {
    const ratio = 'simulate { overcommit cpu 4.0 memory 1.5 }\n';
    assert.deepEqual(findings(reserved('vm a { vcpu 1; memory 6 GiB }\n    vm b { vcpu 1; memory 6 GiB }', ratio)), []);
    assert.deepEqual(vs402(reserved('vm a { vcpu 1; memory 6 GiB }\n    vm b { vcpu 1; memory 7 GiB }', ratio)).map((d) => d.args), [['h', '13 GiB', '12 GiB', '10 GiB', '2 GiB', '1.5']]);
  });
});

// Cases that mutation testing showed no test took (issue 17): each pins a branch of the
// validator that a mutant could change without any other test noticing.
describe('validation rules at the branches mutation testing found untested', () => {
  const os = (inner: string, kernel = 'linux') => host(`  os ${kernel} {\n${inner}\n  }`);
  const all = (text: string, options?: Parameters<typeof analyze>[1]) => analyze(text, options).diagnostics.map((d) => `${d.severity} ${d.code}`);

  it('a hypervisor named as a container runtime is VS217, the wrong role', () => {
    assert.deepEqual(findings(os('    runtime kvm { }')), ['VS217 kvm']);
  });

  it('a runtime on a kernel it does not run on is VS216 (Podman runs on Linux only)', () => {
    assert.deepEqual(findings(os('    runtime podman { }', 'windows')), ['VS216 podman']);
  });

  it('an unknown runtime with no likely match is a note that says its containers are taken to share the host kernel', () => {
    const [d] = withCode(os('    runtime acme-rt { }'), 'VS209');
    assert.equal(d.severity, 'information');
    assert.match(d.message, /treated as a runtime whose containers share the host kernel/);
  });

  it('an unknown runtime shares the host kernel: a Windows user space on a Linux host is VS206', () => {
    assert.ok(codes(os('    runtime acme-rt { container c { cpu 1; memory 1 GiB; os windows "W" } }')).includes('VS206'));
  });

  it('an unknown runtime on a Windows host runs Windows containers: no kernel mismatch', () => {
    assert.ok(!codes(os('    runtime acme-rt { container c { cpu 1; memory 1 GiB; os windows "W" } }', 'windows')).includes('VS206'));
  });

  it('only containers are judged by the kernel under them: a VM misplaced on a runtime is a placement error, not VS206', () => {
    const found = codes(os('    runtime docker { vm v { vcpu 1; memory 1 GiB; os windows "W" } }'));
    assert.ok(found.length > 0 && !found.includes('VS206'), found.join(', '));
  });

  it('a VM is not a container: a Windows guest under a type-2 hypervisor on a Linux host is no kernel mismatch', () => {
    assert.deepEqual(all(os('    hypervisor virtualbox { vm v { vcpu 2; memory 2 GiB; os windows "W" } }')), []);
  });

  it('middleware does not run on middleware, though an app does (VS214)', () => {
    assert.deepEqual(findings(os('    middleware nginx { middleware redis { } }')), ['VS214 redis']);
    // Middleware is named by its product (describe.ts), as the reader knows it.
    assert.equal(withCode(os('    middleware nginx { middleware redis { } }'), 'VS214')[0].message, 'middleware Redis cannot sit on middleware NGINX. It runs on an OS, in a container or on middleware.');
    assert.deepEqual(all(os('    middleware nginx { app a }')), []);
  });

  it('a workload misplaced on a runtime is told to go into a container, on a hypervisor into a VM', () => {
    assert.equal(withCode(os('    runtime docker { app x }'), 'VS214')[0].message, "app 'x' cannot sit on runtime Docker Engine. Put it inside a container on that runtime.");
    assert.match(withCode(host('  hypervisor kvm { app x }'), 'VS214')[0].message, /Put it inside a VM with a guest OS\./);
  });

  it("the overcommit limit of the settings applies when the file sets none: 12 vCPUs on 2 cores is 6:1, over the default 4:1, within 8:1", () => {
    const text = host(`  hypervisor kvm {\n${Array.from({ length: 6 }, (_, i) => `    vm v${i} { vcpu 2; memory 1 GiB }`).join('\n')}\n  }`, 'cpu 2 cores; memory 64 GiB');
    assert.ok(codes(text).includes('VS401'));
    assert.ok(!codes(text, { cpuOvercommit: 8, memoryOvercommit: 1 }).includes('VS401'));
  });

  it('a layer other than hardware at the top level is only VS108', () => {
    assert.deepEqual(all('vm stray { vcpu 1 }\n'), ['error VS108']);
  });
});
