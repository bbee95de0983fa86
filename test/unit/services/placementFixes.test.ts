import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { FixContext } from '../../../src/core/services/quickFixes/fixContext';
import { fixType1, fixType2 } from '../../../src/core/services/quickFixes/placementFixes';
import { ENGLISH } from '../bundles';
import { codesOf, fixed, titles } from './fixes';

// The placement fixes move a hypervisor to where its type says it belongs (docs/language.md,
// "Hypervisor types": type 1 directly in `hardware` or nested in a `vm`, type 2 in an `os`).
// These cover the cases quickFixes.test.ts leaves out: products the catalogue does not know,
// blocks that are never closed, and places where no move can be right.

const lines = (...l: string[]): string => l.join('\n');

/** The context a builder gets for the one finding of `code` in the text, as quickFixes() makes it. */
function contextFor(text: string, code: string): FixContext {
  const analysis = analyze(text);
  const found = analysis.diagnostics.filter((d) => d.code === code);
  assert.equal(found.length, 1, `${code} in ${text}`);
  return { analysis, text, diagnostic: found[0], l10n: ENGLISH, eol: '\n' };
}

describe('placement quick fixes (VS200, VS201)', () => {
  describe('VS201: a type-2 hypervisor without a host OS', () => {
    it('wraps an unknown product declared type 2 in a new Linux or Windows host OS, Linux first', () => {
      // Without a catalogue entry there are no known host kernels: the two common ones are offered.
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor acme-hv { type 2 }', '}', '');
      assert.ok(codesOf(text).includes('VS201'));
      assert.deepEqual(titles(text, 'VS201'), ['Run acme-hv on a new Linux host OS', 'Run acme-hv on a new Windows host OS']);
      assert.equal(fixed(text, 'VS201'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    hypervisor acme-hv { type 2 }', '  }', '}', ''));
    });

    it('names a host OS without a display name by its kernel word in the title of the move onto it', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    app editor', '  }', '  hypervisor qemu { }', '}', '');
      assert.deepEqual(titles(text, 'VS201'), ['Move QEMU onto the host OS `linux`']);
      assert.equal(fixed(text, 'VS201'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    app editor', '    hypervisor qemu { }', '  }', '}', ''));
    });

    it('offers no move onto a host OS whose block is never closed (there is no end of the block to put it at)', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor qemu { }', '  os linux {', '    app editor', '');
      assert.ok(codesOf(text).includes('VS201'));
      assert.deepEqual(titles(text, 'VS201'), []);
    });

    it('offers nothing for a type-2 hypervisor on a runtime: the OS under the runtime is there, and no wrap or move fits', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime docker { hypervisor qemu { } } }', '}', '');
      assert.ok(codesOf(text).includes('VS201'));
      assert.deepEqual(titles(text, 'VS201'), []);
    });
  });

  describe('VS200: a type-1 hypervisor not on the hardware', () => {
    it('puts an unknown product declared type 1 in place of the host OS it is all that OS holds, titled by its own word', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    hypervisor acme-hv { type 1 }', '  }', '}', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), ['Put acme-hv on the hardware in place of the host OS']);
      assert.equal(fixed(text, 'VS200'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor acme-hv { type 1 }', '}', ''));
    });

    it('moves a type-1 hypervisor onto hardware that has no host OS when it stands deeper in that hardware', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  runtime docker { hypervisor kvm { } }', '}', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), ['Move KVM onto the hardware `h`']);
      assert.equal(fixed(text, 'VS200'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  runtime docker { }', '  hypervisor kvm { }', '}', ''));
    });

    it('offers no move onto hardware whose block is never closed', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  runtime docker { hypervisor kvm { } }', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), []);
    });

    it('offers nothing for a type-1 hypervisor on an OS written at the top level: there is no machine to move it onto', () => {
      const text = lines('os linux {', '  hypervisor kvm { }', '}', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), []);
    });

    it('offers no move into a VM whose block is never closed', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor kvm {', '    vm v {', '      vcpu 2; memory 2 GiB', '      os linux; runtime docker { hypervisor xen { } }', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), []);
    });

    it('offers nothing when the hypervisor sits on something on the host OS rather than on the OS itself', () => {
      // Neither taking the OS's place nor moving the OS into a VM describes this stack.
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime docker { hypervisor kvm { } } }', '}', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), []);
    });

    it('offers nothing when the host OS that holds more than the hypervisor has a block that is never closed', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    app x', '    hypervisor kvm { }', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), []);
    });

    it('moves the host OS into a VM also when the hypervisor line has no block of its own', () => {
      const text = lines('hardware pc {', '  cpu 8 cores; memory 32 GiB', '  os windows "Windows 11" {', '    app office', '    hypervisor hyper-v', '  }', '}', '');
      assert.deepEqual(titles(text, 'VS200'), ['Put Microsoft Hyper-V on the hardware and run the host OS in VM `pc-host` on it']);
      assert.equal(fixed(text, 'VS200'), lines(
        'hardware pc {', '  cpu 8 cores; memory 32 GiB', '  hypervisor hyper-v {', '    vm pc-host {',
        '      os windows "Windows 11" {', '        app office', '      }', '    }', '  }', '}', '',
      ));
    });

    it('numbers the new VM of the host OS from 2 when `<machine>-host` is already a name in the file', () => {
      const text = lines(
        'hardware pc {', '  cpu 8 cores; memory 32 GiB', '  os windows "Windows 11" {', '    app office', '    hypervisor hyper-v { }', '  }', '}',
        'hardware pc-host { cpu 1 cores; memory 1 GiB }', '',
      );
      assert.deepEqual(titles(text, 'VS200'), ['Put Microsoft Hyper-V on the hardware and run the host OS in VM `pc-host2` on it']);
      assert.match(fixed(text, 'VS200'), /\n {4}vm pc-host2 \{\n {6}os windows "Windows 11" \{\n/);
    });

    it('keeps an OS line that carries other layers besides the hypervisor (they would lose their OS)', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux', '  app x', '  hypervisor kvm { }', '}', '');
      assert.ok(codesOf(text).includes('VS200'));
      assert.deepEqual(titles(text, 'VS200'), []);
      // The builder itself makes no candidate (not only improves(), which would drop it for the app left without an OS).
      assert.deepEqual(fixType1(contextFor(text, 'VS200')), []);
    });

    it('builds no candidate that drops an OS line carrying a layer after the hypervisor too', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux', '  hypervisor kvm { }', '  app x', '}', '');
      assert.deepEqual(fixType1(contextFor(text, 'VS200')), []);
    });

    it('numbers the new VM of the host OS 3 when `<machine>-host` and `<machine>-host2` are both taken', () => {
      const text = lines(
        'hardware pc {', '  cpu 8 cores; memory 32 GiB', '  os windows "Windows 11" {', '    app office', '    hypervisor hyper-v { }', '  }', '}',
        'hardware pc-host { cpu 1 cores; memory 1 GiB }', 'hardware pc-host2 { cpu 1 cores; memory 1 GiB }', '',
      );
      assert.deepEqual(titles(text, 'VS200'), ['Put Microsoft Hyper-V on the hardware and run the host OS in VM `pc-host3` on it']);
    });
  });

  it('VS201: builds no host OS for a type-2 hypervisor inside another hypervisor: an OS stands on a machine, not on a hypervisor', () => {
    const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor kvm {', '    hypervisor virtualbox { }', '  }', '}', '');
    assert.deepEqual(fixType2(contextFor(text, 'VS201')), []);
  });
});
