import * as assert from 'node:assert/strict';
import { parseTree, type ParseError } from 'jsonc-parser';
import { jsonFile, virtFile } from '../../bench/parse/generate';
import { stackOf } from '../../bench/preview/stacks';
import { simulationFleet } from '../../bench/simulate/fleet';
import { analyze } from '../../src/core/analyze';
import { stackDiagrams } from '../../src/core/diagram/generate';
import { median } from '../../bench/stats';
import { analyzeChecked } from './fuzz/check';

// The benchmark means something only while its input is what a user would write: if a rule
// changes and the generated fleet starts failing checks, the bench would time error paths.
describe('benchmark inputs', () => {
  it('generate a valid fleet whose only findings are the planted misspelt dependencies', () => {
    const text = virtFile({ lines: 5_000 });
    const findings = analyzeChecked(text, 'bench fleet').diagnostics.map((d) => `${d.code} ${text.slice(d.start, d.end)}`);
    assert.ok(findings.length >= 1, 'the planted typo should be reported');
    for (const f of findings) assert.match(f, /^VS301 \S+x$/);
  });

  it('generate simulation fleets that check clean at every size, one host included', () => {
    // A one-host fleet fails only that host: a `fail` line naming a host that is not there is VS800.
    // Its cluster of one host tolerates no failure: `tolerate 1` there would be VS521.
    const codes = (guests: number): string[] => analyzeChecked(simulationFleet(guests), `simulation fleet of ${guests}`).diagnostics.map((d) => `${d.severity} ${d.code}`);
    assert.deepEqual(codes(20), []);
    assert.deepEqual(codes(100), []);
    assert.deepEqual(codes(40), []);
    assert.deepEqual(codes(400), []);
  });

  it('generate preview stacks of exactly the blocks asked for, clusters framed', () => {
    for (const [blocks, hosts] of [[10, 1], [50, 5], [200, 10], [1000, 20]]) {
      const diagrams = stackDiagrams(analyze(stackOf(blocks, hosts)).model);
      assert.equal(diagrams.blockCount, blocks, `${blocks} blocks on ${hosts} hosts`);
      assert.equal(diagrams.hosts.length, hosts);
    }
    assert.ok(stackDiagrams(analyze(stackOf(50, 5)).model).frames.length > 0, 'the stacks have clusters drawn as frames');
  });

  it('reach the requested size in lines or bytes', () => {
    assert.ok(virtFile({ lines: 1_000 }).split('\n').length >= 1_000);
    assert.ok(Buffer.byteLength(virtFile({ bytes: 100_000 })) >= 100_000);
  });

  it('generate well-formed JSON of about the requested size', () => {
    const json = jsonFile(200_000);
    const errors: ParseError[] = [];
    assert.ok(parseTree(json, errors));
    assert.deepEqual(errors, []);
    assert.ok(Math.abs(Buffer.byteLength(json) - 200_000) < 5_000);
  });

  it('take medians of odd and even sample counts', () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.ok(Number.isNaN(median([])));
  });
});
