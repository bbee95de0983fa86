import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { virtFile } from '../../bench/parse/generate';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_DIAGRAM_OPTIONS } from '../../src/core/diagram/strings';
import { ENGLISH_UPDATE_STRINGS } from '../../src/extension/preview/strings';
import { buildUpdate, drawnSignature, MAX_LISTED_ERRORS, type Shown, type UpdateResult } from '../../src/extension/preview/update';

const datacenter = readFileSync(join(__dirname, '..', '..', 'examples', 'datacenter.virt'), 'utf8');

function update(text: string, extra: { version?: number; lastGood?: Shown; maxBlocks?: number; maxHostBlocks?: number } = {}): UpdateResult {
  return buildUpdate({
    analysis: analyze(text), version: extra.version ?? 1, resource: 'file:///s.virt', locked: false, theme: 'auto', options: DEFAULT_DIAGRAM_OPTIONS,
    maxBlocks: extra.maxBlocks ?? 2000, maxHostBlocks: extra.maxHostBlocks ?? 400, strings: ENGLISH_UPDATE_STRINGS,
    lineOf: (o) => text.slice(0, o).split('\n').length, lastGood: extra.lastGood,
  });
}

describe('preview updates', () => {
  it('send every host of a file without errors, live', () => {
    const { message, good } = update(datacenter);
    assert.equal(good, true);
    assert.deepEqual([message.stale, message.lastGood, message.errors, message.marks], [false, false, [], []]);
    assert.equal(message.diagrams.length, 6);
    assert.ok(message.diagrams.every((d) => d.source?.startsWith('block-beta')));
    assert.deepEqual(message.diagrams[0].blocks[2], { id: 'b2', tip: 'VM acme-web\n8 vCPU / 32 GiB' });
  });

  it('keep the last good drawing, dimmed, while the text cannot be read', () => {
    const good = update(datacenter);
    const broken = datacenter.replace('vm acme-web {', 'vm acme-web {{');
    const { message, shown, good: isGood } = update(broken, { version: 2, lastGood: good.shown });
    assert.equal(isGood, false);
    assert.equal(shown, good.shown);
    assert.deepEqual(message.diagrams, good.message.diagrams);
    assert.deepEqual([message.stale, message.lastGood], [true, true]);
    assert.ok(message.errors.length > 0);
    const line = broken.slice(0, broken.indexOf('{{') + 1).split('\n').length;
    assert.ok(message.errors.some((e) => e.line === line), JSON.stringify(message.errors));
  });

  it('draw what can be read, dimmed, when there never was a good version', () => {
    const { message } = update('hardware h { cpu 4; memory 8 GiB; os linux {\n  app a\n');
    assert.deepEqual([message.stale, message.lastGood], [true, false]);
    assert.ok(message.diagrams[0].source?.includes('App a'));
  });

  it('follow errors of the taxonomy and resources live, marking the blocks at fault', () => {
    const text = datacenter.replace('vcpu 8                     # each', 'vcpu 800                   # each');
    const { message, good } = update(text);
    assert.equal(good, true);
    assert.equal(message.stale, false);
    assert.deepEqual(message.errors.map((e) => e.code), ['VS400']);
    assert.deepEqual(message.marks, [{ diagram: 'esx-01', block: 'b2' }]);
    assert.ok(message.diagrams[0].source?.includes('800 vCPU'));
  });

  it(`list at most ${MAX_LISTED_ERRORS} errors and count the rest`, () => {
    const text = Array.from({ length: 80 }, (_, i) => `hardware h${i} { cpu -1 }`).join('\n');
    const { message } = update(text);
    assert.equal(message.errors.length, MAX_LISTED_ERRORS);
    assert.equal(message.moreErrors, 30);
    assert.deepEqual(message.errors.slice(0, 2).map((e) => e.line), [1, 2]);
  });

  it('put a notice in place of a host past its size and of hosts past the file\'s budget', () => {
    // Blocks per host, caption included: esx-01, kvm-01 and hv-01 11 each (hardware, hypervisor,
    // two VMs with an OS, a middleware and an app each, the caption), k8s-01 21.
    const big = update(datacenter, { maxHostBlocks: 15 }).message.diagrams;
    assert.deepEqual(big.map((d) => (d.source ? 'drawn' : d.notice)), [
      'drawn',
      'drawn',
      'drawn',
      'k8s-01 has 21 blocks, more than the preview draws for one host (15). Split it, or export the Mermaid source.',
      'drawn',
      'drawn',
    ]);
    // 11 + 11 = 22 of 32 blocks leave 10, too few for hv-01's 11: it and every host after it are notices.
    const budget = update(datacenter, { maxBlocks: 32 }).message.diagrams;
    assert.deepEqual(budget.map((d) => Boolean(d.source)), [true, true, false, false, false, false]);
    assert.match(budget[2].notice ?? '', /hv-01 is not drawn: the preview draws at most 32 blocks per file/);
  });

  it('look the same on screen after a comment edit, so nothing is sent', () => {
    const a = update(datacenter, { version: 1 }).message;
    const b = update(datacenter.replace('# two days', '# two whole days'), { version: 2 }).message;
    assert.equal(drawnSignature(a), drawnSignature(b));
    const c = update(datacenter.replace('vm acme-web {', 'vm acme-www {'), { version: 3 }).message;
    assert.notEqual(drawnSignature(a), drawnSignature(c));
  });

  it('send a 1 MB file as notices past the block budget, in a message far smaller than the file', () => {
    const text = virtFile({ bytes: 1024 * 1024 });
    const { message, shown } = update(text, { maxBlocks: 2000 });
    const drawn = message.diagrams.filter((d) => d.source);
    const drawnBlocks = drawn.reduce((n, d) => n + d.blocks.length, 0);
    assert.ok(shown.stack.blockCount > 10_000, `a big stack: ${shown.stack.blockCount} blocks`);
    assert.ok(drawnBlocks <= 2000 && drawnBlocks > 1500, `${drawnBlocks} blocks drawn`);
    assert.ok(message.diagrams.slice(drawn.length).every((d) => d.source === undefined && /is not drawn/.test(d.notice ?? '')));
    assert.ok(JSON.stringify(message).length < text.length / 2);
  });
});

// Clusters as frames (issue 14): the update carries each frame with its translated caption and the
// keys of its hosts' diagrams, and marks a frame whose cluster statement has an error.
describe('preview updates: cluster frames', () => {
  const text = `cluster prod {
  tolerate 1
  hardware a { cpu 8 cores; memory 64 GiB; hypervisor kvm { vm x { vcpu 2; memory 8 GiB; os linux } } }
  hardware b { cpu 8 cores; memory 64 GiB; hypervisor kvm { } }
}
hardware lone { cpu 8 cores; memory 64 GiB }
`;

  it('send each cluster\'s frame: caption, hosts; none for a file without clusters', () => {
    const { message } = update(text);
    assert.deepEqual(message.frames, [{ key: 'cluster:prod', caption: 'Cluster prod · tolerates 1 host failure', hosts: ['a', 'b'] }]);
    assert.deepEqual(message.frameMarks, []);
    assert.deepEqual(update(datacenter).message.frames, []);
  });

  it('mark the frame of a cluster whose statement has an error, and only the block of an error inside a host', () => {
    // Three hosts cannot restart on what is left after three failures: an error on `tolerate`.
    const bad = text.replace('tolerate 1', 'tolerate 3');
    const { message } = update(bad);
    const codes = analyze(bad).diagnostics.filter((d) => d.severity === 'error');
    assert.ok(codes.length > 0, 'tolerate 3 with two hosts is an error');
    assert.deepEqual(message.frameMarks, ['cluster:prod']);
    assert.deepEqual(message.marks, []);
    const inHost = update(text.replace('vcpu 2', 'vcpu 64')).message;
    assert.deepEqual(inHost.frameMarks, []);
    assert.equal(inHost.marks.length > 0, true, 'the VM is marked');
  });
});
