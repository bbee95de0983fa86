import * as assert from 'node:assert/strict';
import { codesOf, fixed, titles } from './fixes';

// The fixes that replace or add a word (VS209, VS303) in the cases quickFixes.test.ts leaves
// out. The type a hypervisor the catalogue does not know needs follows from where it stands
// (docs/language.md, "Hypervisor types": type 1 on hardware or in a VM, type 2 in an OS); a
// layer must not depend on itself (VS303), and its other dependencies stay.

const lines = (...l: string[]): string => l.join('\n');

describe('name quick fixes (VS209, VS303)', () => {
  describe('VS209: a hypervisor the catalogue does not know, and no product it likely means', () => {
    it('declares type 2 for one in an OS, on a line of its own inside its one-line block', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    hypervisor acme-hv { }', '  }', '}', '');
      assert.deepEqual(titles(text, 'VS209'), ['Declare it a type-2 hypervisor']);
      assert.equal(fixed(text, 'VS209'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    hypervisor acme-hv {', '      type 2', '    }', '  }', '}', ''));
    });

    it('declares type 1 for one on the hardware by giving its line a block', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor acme-hv', '}', '');
      assert.deepEqual(titles(text, 'VS209'), ['Declare it a type-1 hypervisor']);
      assert.equal(fixed(text, 'VS209'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor acme-hv { type 1 }', '}', ''));
    });

    it('declares no type when the block it would go into is never closed', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor acme-hv {', '    vm a { vcpu 1; memory 1 GiB }', '');
      assert.ok(codesOf(text).includes('VS209'));
      assert.deepEqual(titles(text, 'VS209'), []);
    });

    it('declares no type for one on a runtime, where neither type may stand', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime docker { hypervisor acme-hv { } } }', '}', '');
      assert.ok(codesOf(text).includes('VS209'));
      assert.deepEqual(titles(text, 'VS209'), []);
    });
  });

  it('VS303: removes a self-reference written first in a list, with the comma after it', () => {
    const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { app x; app db { depends db, x } }', '}', '');
    assert.deepEqual(titles(text, 'VS303'), ['Remove the dependency on itself']);
    assert.match(fixed(text, 'VS303'), /app db \{ depends x \}/);
  });
});
