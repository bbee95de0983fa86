import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../../src/core/analyze';
import { hover } from '../../../src/core/services/hover/hover';
import { offsetOf } from './cursor';
import { ENGLISH, l10nOf } from '../bundles';

const example = (name: string): string => readFileSync(join(__dirname, '../../../examples', name), 'utf8');

function hoverAt(text: string, needle: string, delta = 1, locale: 'en' | 'ko' = 'en', nth = 0) {
  const found = hover(analyze(text), text, offsetOf(text, needle, delta, nth), { l10n: l10nOf(locale) });
  assert.ok(found, `no hover at '${needle}'`);
  return { ...found, covers: text.slice(found.start, found.end) };
}

describe('hover', () => {
  const dc = example('datacenter.virt');

  it('explains a type-1 product: type, kernel, and the hypervisor virtualization it provides', () => {
    const h = hoverAt(dc, 'hypervisor kvm', 12);
    assert.equal(h.covers, 'kvm');
    assert.match(h.markdown, /^\*\*KVM\*\* · hypervisor, type 1 \(bare metal\)/);
    assert.match(h.markdown, /\*\*Kernel:\*\* the Linux kernel itself acts as the hypervisor/);
    assert.match(h.markdown, /\*\*Provides:\*\* hypervisor virtualization\./);
  });

  it('explains a type-2 product and a runtime by the host kernel they need and the kind they provide', () => {
    const host = example('host-os.virt');
    const vbox = hoverAt(host, 'hypervisor virtualbox', 12).markdown;
    assert.match(vbox, /type 2 \(hosted\)/);
    assert.match(vbox, /\*\*Sits on:\*\* a host OS with a Windows, Linux, macOS or Solaris kernel/);
    assert.match(vbox, /\*\*Provides:\*\* host-OS virtualization/);
    const docker = hoverAt('hardware h { os linux { runtime docker { } } }', 'docker', 1).markdown;
    assert.match(docker, /\*\*Kernel:\*\* containers share the host's kernel/);
    assert.match(docker, /\*\*Provides:\*\* container virtualization/);
  });

  // Disaster recovery: `fail` explains itself, from keyword.fail of the bundles.
  it('explains fail in a simulate block, with an example of the whole line', () => {
    const text = 'simulate {\n  fail h at 6 h\n}\nhardware h { cpu 4; memory 8 GiB }\n';
    const h = hoverAt(text, 'fail', 1);
    assert.equal(h.covers, 'fail');
    assert.match(h.markdown, /host failure to simulate/);
    assert.match(h.markdown, /fail esx1 at 6 h recover at 8 h/);
  });

  it('in Korean, with the terms of the field', () => {
    const h = hoverAt(dc, 'hypervisor kvm', 12, 'ko').markdown;
    assert.match(h, /하이퍼바이저, 유형 1 \(베어메탈\)/);
    assert.match(h, /하이퍼바이저 가상화/);
    assert.match(hoverAt('hardware h { os linux { runtime docker { } } }', 'docker', 1, 'ko').markdown, /컨테이너가 호스트 커널을 공유/);
  });

  it('for hardware: vCPUs and memory handed out against its capacity, with the overcommit ratio', () => {
    const h = hoverAt(dc, 'hardware esx-01', 10);
    assert.equal(h.covers, 'esx-01');
    assert.match(h.markdown, /\| CPU \| 24 vCPUs \| 48 cores \| overcommit 0\.5:1 \(limit 4:1\) \|/);
    // 96 of 752 GiB is 12.77 %: one decimal, as every percentage (core/format.ts).
    assert.match(h.markdown, /\| memory \| 96 GiB \| 752 GiB usable \(768 GiB − 16 GiB reserve\) × 1 \| 12\.8 % of usable \(limit 100\.0 %\) \|/);
  });

  it('flags an overcommitted host, against the limit of the file or of the settings', () => {
    const text = 'hardware h {\n  cpu 2 cores; memory 8 GiB\n  hypervisor kvm { vm a { vcpu 8; memory 4 GiB } vm b { vcpu 4; memory 2 GiB } }\n}\n';
    assert.match(hoverAt(text, 'hardware h', 10).markdown, /12 vCPUs \| 2 cores \| overcommit 6:1 \(limit 4:1\) \*\*over the limit\*\*/);
    const lenient = hover(analyze(text, { cpuOvercommit: 8, memoryOvercommit: 1 }), text, 10, { l10n: ENGLISH })!.markdown;
    assert.match(lenient, /overcommit 6:1 \(limit 8:1\) \|/);
    const fileSays = 'simulate { overcommit cpu 2.0 memory 1.0 }\n' + text;
    assert.match(hoverAt(fileSays, 'hardware h', 10).markdown, /\(limit 2:1\) \*\*over the limit\*\*/);
  });

  it('for a VM: the kind of its branch, the stack under it, and its resources against its host', () => {
    const h = hoverAt(dc, 'vm acme-web', 4).markdown;
    assert.match(h, /^\*\*VM `acme-web`\*\*/);
    assert.match(h, /Stack: `esx-01` → `VMware ESXi` → `acme-web`/);
    assert.match(h, /\*\*Virtualization:\*\* hypervisor virtualization\./);
    assert.match(h, /\| CPU \| 8 vCPUs \| 48 cores \|/);
    assert.match(h, /\| memory \| 32 GiB \| 768 GiB \|/);
  });

  it('for a container: request and limit against its machine, and the kind of its branch', () => {
    const text = example('container.virt');
    const name = /container (\S+) \{/.exec(text)![1];
    const h = hoverAt(text, `container ${name}`, 11).markdown;
    assert.match(h, /\*\*Virtualization:\*\* container virtualization\./);
    assert.match(h, /\| CPU \| [\d.]+ cores request, [\d.]+ cores limit \| \d+ cores \|/);
  });

  it("for a container's OS: it brings only user space and shares the host's kernel", () => {
    const h = hoverAt('hardware h { os linux { runtime docker { container c { os linux "Alpine" } } } }', 'os linux "Alpine"', 4).markdown;
    assert.match(h, /Container image's user space `Alpine`/);
    assert.match(h, /It brings only user space: the kernel is its host's \(Linux\)\./);
  });

  it('for an app: the stack it runs on, its kind, and its load profile in words', () => {
    const h = hoverAt(dc, 'app acme-shop', 5).markdown;
    assert.match(h, /Stack: `esx-01` → `VMware ESXi` → `acme-web` → `Ubuntu 24.04` → `NGINX` → `acme-shop`/);
    assert.match(h, /\*\*Load:\*\* daily, 15\.0 % to 85\.0 %, peak at 13:00/);
    assert.match(hoverAt(dc, 'app acme-shop', 5, 'ko').markdown, /\*\*부하:\*\* 매일 15\.0 %~85\.0 %, 13:00에 최고/);
  });

  // The hover writes numbers as the results panel does (core/format.ts): percentages with one
  // decimal, durations in their two largest units ("min", not the file's "m"), times of day
  // as a clock to the minute; Korean puts its unit words after the number.
  describe('writes each kind of number with the one formatter of its kind', () => {
    const load = (profile: string, locale: 'en' | 'ko' = 'en'): string => {
      const text = `hardware h { cpu 4; memory 8 GiB; os linux { app a { load ${profile} } } }`;
      return /\*\*(?:Load|부하):\*\* (.*)/.exec(hoverAt(text, 'app a', 5, locale).markdown)![1];
    };
    const start = (when: string, locale: 'en' | 'ko' = 'en'): string => {
      const text = `hardware h { cpu 4; memory 8 GiB; os linux { job j { cpu 1; work 1 core-h; start ${when} } } }`;
      return /\*\*(?:Starts|시작):\*\* (.*)/.exec(hoverAt(text, 'job j', 5, locale).markdown)![1];
    };

    it('a spikes profile: levels to one decimal, 4 h and 15 min (the file writes 15 m)', () => {
      assert.equal(load('spikes 20%..90% every 4 h for 15 m'), '20.0 % with spikes to 90.0 % every 4 h for 15 min');
      assert.equal(load('spikes 20%..90% every 4 h for 15 m', 'ko'), '평소 20.0 %, 4시간마다 15분 동안 90.0 %까지 급증');
    });

    it('durations in their two largest units: 90 s is 1 min 30 s, 150 min is 2 h 30 min, 26 h is 1 d 2 h', () => {
      assert.equal(load('spikes 0%..100% every 150 m for 90 s'), '0.0 % with spikes to 100.0 % every 2 h 30 min for 1 min 30 s');
      assert.equal(load('spikes 0%..100% every 26 h for 0.5 s'), '0.0 % with spikes to 100.0 % every 1 d 2 h for 0.5 s');
    });

    it('a constant and a random profile: 35.0 %, and a level below 0.05 % as "< 0.1 %", never as nothing', () => {
      assert.equal(load('constant 35%'), 'constant 35.0 %');
      assert.equal(load('random 30%..70% seed 11'), 'random between 30.0 % and 70.0 % (seed 11)');
      assert.equal(load('constant 0.04%'), 'constant < 0.1 %');
      assert.equal(load('constant 0.04%', 'ko'), '항상 0.1 % 미만');
    });

    it('a peak and a start at a time of day as a clock to the minute: 14:30, 01:00, 09:05', () => {
      assert.equal(load('daily 20%..80% peak 14:30'), 'daily, 20.0 % to 80.0 %, peak at 14:30');
      assert.equal(start('01:00'), 'at 01:00');
      assert.equal(start('9:05'), 'at 09:05');
      assert.equal(start('01:00', 'ko'), '01:00에');
    });

    it('a start after the run begins as a duration: 3 h, 45 min, 1 h 30 min (Korean: 3시간)', () => {
      assert.equal(start('3 h'), '3 h after the simulation starts');
      assert.equal(start('45 m'), '45 min after the simulation starts');
      assert.equal(start('90 m'), '1 h 30 min after the simulation starts');
      assert.equal(start('3 h', 'ko'), '시뮬레이션 시작 3시간 후');
    });
  });

  it('for a reference: what it names and where; for a property: its meaning here', () => {
    const ref = hoverAt(dc, 'depends acme-orders', 9);
    assert.equal(ref.covers, 'acme-orders');
    assert.match(ref.markdown, /^\*\*App `acme-orders`\*\*\n\nDeclared on line \d+\./);
    assert.match(hoverAt('hardware h { os linux { runtime docker { container c { cpu 1 } } } }', 'cpu', 1).markdown, /CPU request\.\.limit in cores/);
    assert.match(hoverAt('hardware h { cpu 1 }', 'cpu', 1).markdown, /Physical CPU cores/);
  });

  it('for an unknown product: that the catalogue does not know it, and the rule of its finding', () => {
    const h = hoverAt('hardware h { os linux { hypervisor virtualbx { } } }', 'virtualbx', 2).markdown;
    assert.match(h, /`virtualbx` is not in the catalogue/);
    assert.match(h, /\*\*Rule VS209:\*\* Products are looked up in the catalogue/);
  });

  it('for a finding: the rule behind its code; for a code named in a comment: that rule', () => {
    const h = hoverAt('hardware h {\n  cpu 4; memory 8 GiB\n  hypervisor virtualbox { }\n}\n', 'virtualbox', 2).markdown;
    assert.match(h, /\*\*Rule VS201:\*\* A type-2 \(hosted\) hypervisor is a program of a host OS/);
    const c = hoverAt('# see VS206 here\n', 'VS206', 2, 'ko');
    assert.equal(c.covers, 'VS206');
    assert.match(c.markdown, /^\*\*규칙 VS206:\*\* 컨테이너는 호스트의 커널을 공유하므로/);
  });

  it('says nothing on white space, punctuation or plain values', () => {
    const text = 'hardware h {\n  cpu 4 cores\n}\n';
    assert.equal(hover(analyze(text), text, offsetOf(text, '  cpu'), { l10n: ENGLISH }), undefined);
    assert.equal(hover(analyze(text), text, offsetOf(text, '4 cores', 3), { l10n: ENGLISH }), undefined);
  });
});
