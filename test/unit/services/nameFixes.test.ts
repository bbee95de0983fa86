import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import type { FixContext } from '../../../src/core/services/quickFixes/fixContext';
import { fixUnknownProduct } from '../../../src/core/services/quickFixes/nameFixes';
import { ENGLISH } from '../bundles';
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

/** The context the VS209 builder gets for the one VS209 of the text, as quickFixes() makes it. */
function vs209(text: string): FixContext {
  const analysis = analyze(text);
  const found = analysis.diagnostics.filter((d) => d.code === 'VS209');
  assert.equal(found.length, 1, text);
  return { analysis, text, diagnostic: found[0], l10n: ENGLISH, eol: '\n' };
}

describe('name quick fixes: where the word stands decides the words offered (VS100, VS209, VS215, VS301)', () => {
  describe('VS100: an unknown keyword, corrected among those that may stand there', () => {
    // docs/language.md: a file's top level holds `stack`, `simulate` and `hardware` statements.
    it('corrects each top-level keyword: hardware, simulate and stack', () => {
      assert.equal(fixed(lines('hardwre h {', '  cpu 4 cores; memory 8 GiB', '}', ''), 'VS100'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '}', ''));
      assert.equal(fixed(lines('simulat {', '  step 1 m', '}', ''), 'VS100'), lines('simulate {', '  step 1 m', '}', ''));
      assert.equal(fixed(lines('stak "Web tier"', ''), 'VS100'), lines('stack "Web tier"', ''));
    });

    it("corrects `vpu` in a VM to `vcpu`, not to `cpu`, which is as near but is not a VM's property", () => {
      // docs/language.md, properties: a VM has `vcpu`; `cpu` belongs to hardware, containers, apps and jobs.
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor kvm {', '    vm v { vpu 2; memory 2 GiB; os linux }', '  }', '}', '');
      assert.match(fixed(text, 'VS100'), /vm v \{ vcpu 2; memory 2 GiB; os linux \}/);
    });
  });

  describe('VS209: a misspelt product, corrected among the products of its role', () => {
    it('corrects a misspelt runtime to the runtime it means', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime dokcer { } }', '}', '');
      assert.deepEqual(titles(text, 'VS209'), ["Change to 'docker' (Docker Engine)"]);
    });

    it('does not offer a runtime for an unknown hypervisor; it declares its type instead', () => {
      // `dokcer` is near `docker`, a runtime: `hypervisor docker` would be the wrong role (VS217).
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor dokcer', '}', '');
      assert.deepEqual(titles(text, 'VS209'), ['Declare it a type-1 hypervisor']);
    });

    it('declares type 1 for an unknown hypervisor inside a VM (nested virtualization runs a type 1 in the guest)', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor kvm {', '    vm v { vcpu 2; memory 2 GiB; hypervisor acme-hv { } }', '  }', '}', '');
      assert.deepEqual(titles(text, 'VS209'), ['Declare it a type-1 hypervisor']);
    });

    it('builds no `type` candidate for an unknown runtime: only hypervisors have a type', () => {
      // `zzqq` is near no runtime, so the checker only notes it; the builder must not even try a type.
      const ctx = vs209(lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime zzqq { } }', '}', ''));
      assert.equal(ctx.diagnostic.severity, 'information');
      assert.deepEqual(fixUnknownProduct(ctx), []);
    });

    it('builds no `type` candidate for an unknown hypervisor on a runtime, where neither type may stand', () => {
      const ctx = vs209(lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime docker { hypervisor acme-hv { } } }', '}', ''));
      assert.deepEqual(fixUnknownProduct(ctx), []);
    });

    it('builds no second `type` for an unknown hypervisor that declares one already', () => {
      const ctx = vs209(lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  hypervisor acme-hv { type 1 }', '}', ''));
      assert.deepEqual(fixUnknownProduct(ctx), []);
    });
  });

  it('VS215: a distribution written as the kernel becomes the kernel, and a display name already there stays the only one', () => {
    const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os ubuntu "Noble"', '}', '');
    assert.equal(fixed(text, 'VS215'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux "Noble"', '}', ''));
  });

  it('VS301: a reference near its own layer\'s name is corrected to another layer, never to itself (that is VS303)', () => {
    // `frontent` is one letter from `frontend` (the app itself) and two from `frontends`.
    const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    app frontend { depends frontent }', '    app frontends', '  }', '}', '');
    assert.deepEqual(titles(text, 'VS301'), ["Change to 'frontends'"]);
  });
});
