import * as assert from 'node:assert/strict';
import { applyEdits } from '../../../src/core/services/textEdits';
import { codesOf, fixed, fixes, titles } from './fixes';

// The value fixes (VS400, VS103, VS009) in the cases quickFixes.test.ts leaves out. Expected
// values come from the rules: a guest asks for at most what its machine has, written as the
// machine writes it (docs/language.md, VS400); a unit must be of the property's dimension
// (the units table of docs/language.md); a `{` belongs on its statement's line (VS009).

const lines = (...l: string[]): string => l.join('\n');

describe('value quick fixes (VS400, VS103, VS105, VS107, VS009)', () => {
  describe('VS400: a guest asking for more than its machine has', () => {
    it("caps a container on a VM at the VM's vCPUs, keeping the unit the container wrote", () => {
      const text = lines(
        'hardware h {', '  cpu 16 cores; memory 64 GiB', '  hypervisor kvm {', '    vm v {', '      vcpu 4; memory 8 GiB; os linux',
        '      runtime docker { container c { cpu 6 cores } }', '    }', '  }', '}', '',
      );
      assert.deepEqual(titles(text, 'VS400'), ['Lower to 4 cores, the vCPUs of `v`']);
      assert.match(fixed(text, 'VS400'), /container c \{ cpu 4 cores \}/);
    });

    it('replaces a container memory range whose request already exceeds the host by the host memory alone', () => {
      // Keeping `20 GiB..` would leave a request above the new limit (VS106), so the range goes.
      const text = lines('hardware h {', '  cpu 8 cores; memory 16 GiB', '  os linux { runtime docker { container c { memory 20 GiB..40 GiB } } }', '}', '');
      assert.deepEqual(titles(text, 'VS400'), ['Lower to 16 GiB, the memory of `h`']);
      assert.match(fixed(text, 'VS400'), /container c \{ memory 16 GiB \}/);
    });

    it('keeps the request of a container memory range that fits and lowers only its limit', () => {
      const text = lines('hardware h {', '  cpu 8 cores; memory 16 GiB', '  os linux { runtime docker { container c { memory 1 GiB..40 GiB } } }', '}', '');
      assert.match(fixed(text, 'VS400'), /container c \{ memory 1 GiB\.\.16 GiB \}/);
    });

    it('replaces a container CPU range whose request already exceeds the host by the host cores alone', () => {
      const text = lines('hardware h {', '  cpu 8 cores; memory 16 GiB', '  os linux { runtime docker { container c { cpu 12..16 } } }', '}', '');
      assert.deepEqual(titles(text, 'VS400'), ['Lower to 8, the cores of `h`']);
      assert.match(fixed(text, 'VS400'), /container c \{ cpu 8 \}/);
    });
  });

  describe('VS103: a unit of the wrong dimension or none', () => {
    it('offers the two usual sizes for a unit of another dimension without a K, M, G or T prefix', () => {
      const text = lines('hardware h {', '  cpu 4 cores', '  memory 16 W', '}', '');
      assert.deepEqual(titles(text, 'VS103'), ['Use GiB', 'Use MiB']);
      assert.match(fixed(text, 'VS103'), /memory 16 GiB\n/);
    });

    it('offers the two usual durations when no duration unit shares the prefix of the unit written', () => {
      // `G` starts sizes and rates, never a duration (s, m, h, ms, min, d).
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  boot 5 GiB', '}', '');
      assert.deepEqual(titles(text, 'VS103'), ['Use s', 'Use m']);
      assert.match(fixed(text, 'VS103'), /boot 5 s\n/);
    });

    it('adds a missing % to a load level, with no space before it', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { app a { load constant 40 } }', '}', '');
      assert.deepEqual(titles(text, 'VS103'), ['Use %']);
      assert.match(fixed(text, 'VS103'), /load constant 40% \}/);
    });

    it('corrects the unit of the upper bound of a range to the size with the same prefix', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { runtime docker { container c { memory 256 MiB..1 Gbps } } }', '}', '');
      assert.deepEqual(titles(text, 'VS103'), ['Use GiB']);
      assert.match(fixed(text, 'VS103'), /memory 256 MiB\.\.1 GiB \}/);
    });

    it('adds a duration unit to the `every` of a spikes profile, the quantity after its range of levels', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux { app a { load spikes 10%..90% every 2 for 5 m } }', '}', '');
      assert.deepEqual(titles(text, 'VS103'), ['Use s', 'Use m', 'Use h']);
      assert.match(fixed(text, 'VS103'), /load spikes 10%\.\.90% every 2 s for 5 m \}/);
    });

    it('offers no unit for an overcommit ratio written with one: a ratio has no unit to change to', () => {
      const text = lines('simulate {', '  overcommit cpu 4 GiB memory 1.0', '}', '');
      assert.deepEqual(codesOf(text), ['VS103']);
      assert.deepEqual(titles(text, 'VS103'), []);
    });
  });

  describe("VS009: a '{' on the line after its statement", () => {
    it('joins the brace to its statement in a file with CRLF line ends, taking the whole emptied line', () => {
      const text = 'hardware h\r\n{\r\n  cpu 4 cores; memory 8 GiB\r\n}\r\n';
      assert.equal(fixed(text, 'VS009'), 'hardware h {\r\n  cpu 4 cores; memory 8 GiB\r\n}\r\n');
    });

    it('joins the brace to a statement that has no arguments, right after its keyword', () => {
      const text = lines('simulate', '{', '  step 1 m', '}', '');
      assert.equal(fixed(text, 'VS009'), lines('simulate {', '  step 1 m', '}', ''));
    });

    it('joins the brace of a block nested inside another block', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux "Debian 12"', '  {', '    app a', '  }', '}', '');
      assert.ok(codesOf(text).includes('VS009'));
      assert.equal(fixed(text, 'VS009'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux "Debian 12" {', '    app a', '  }', '}', ''));
    });
  });

  describe('at the edges: a bound equal to the cap, repeated settings, extra arguments, a brace in an unclosed block', () => {
    it('VS400: keeps a container memory request equal to the host memory, since it fits, and lowers only the limit', () => {
      // docs/language.md, VS400: the request must not exceed the host; equal does not exceed.
      const text = lines('hardware h {', '  cpu 8 cores; memory 16 GiB', '  os linux { runtime docker { container c { memory 16 GiB..40 GiB } } }', '}', '');
      assert.match(fixed(text, 'VS400'), /container c \{ memory 16 GiB\.\.16 GiB \}/);
    });

    it('VS400: keeps a container CPU request equal to the host cores, since it fits, and lowers only the limit', () => {
      const text = lines('hardware h {', '  cpu 8 cores; memory 16 GiB', '  os linux { runtime docker { container c { cpu 8..16 } } }', '}', '');
      assert.match(fixed(text, 'VS400'), /container c \{ cpu 8\.\.8 \}/);
    });

    it('VS105: removes the earlier setting of the same keyword, not the statement just before it of another keyword', () => {
      const text = lines('hardware h {', '  cpu 2 cores', '  memory 8 GiB', '  cpu 4 cores', '}', '');
      assert.equal(fixed(text, 'VS105'), lines('hardware h {', '  memory 8 GiB', '  cpu 4 cores', '}', ''));
    });

    it('VS105: of three settings, the fix of each repeat removes the setting just before it, so the two fixes differ', () => {
      // `cpu 4` repeats `cpu 2`, and `cpu 8` repeats `cpu 4`: each finding is about the one it repeats.
      const text = lines('hardware h {', '  cpu 2', '  memory 8 GiB', '  cpu 4', '  cpu 8', '}', '');
      const results = fixes(text, 'VS105').map((f) => applyEdits(text, f.edits));
      assert.deepEqual(results, [
        lines('hardware h {', '  memory 8 GiB', '  cpu 4', '  cpu 8', '}', ''),
        lines('hardware h {', '  cpu 2', '  memory 8 GiB', '  cpu 8', '}', ''),
      ]);
    });

    it('VS107: names the extra argument in the title and removes it with all the spaces before it', () => {
      const text = lines('hardware h {', '  cpu 4 cores   fast', '  memory 8 GiB', '}', '');
      assert.deepEqual(titles(text, 'VS107'), ["Remove 'fast'"]);
      assert.equal(fixed(text, 'VS107'), lines('hardware h {', '  cpu 4 cores', '  memory 8 GiB', '}', ''));
    });

    it('VS009: joins a brace to its statement inside a block that is never closed (the unclosed block stays reported)', () => {
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux', '  {', '    app a', '  }', '');
      assert.deepEqual(codesOf(text), ['VS004', 'VS009']);
      assert.equal(fixed(text, 'VS009'), lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux {', '    app a', '  }', ''));
    });

    it("VS009: a brace after a `;` on its statement's own line joins the header, and the line it was on stays", () => {
      // Only a line the brace leaves empty goes (valueFixes.ts, VS009); this one still holds `os linux;`.
      const text = lines('hardware h {', '  cpu 4 cores; memory 8 GiB', '  os linux; {', '    app a', '  }', '}', '');
      assert.deepEqual(codesOf(text), ['VS009']);
      assert.match(fixed(text, 'VS009'), /^ {2}os linux \{;/m);
    });
  });
});
