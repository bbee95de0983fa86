// Disaster recovery in the language: `fail HOST at TIME [recover at TIME]` in the simulate block
// (docs/language.md, "Simulation settings"). TIME reads as a job's `start` does: a duration is an
// offset from the start of the run, hh:mm a time of day on the first day.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { findings } from './helpers';

const HOSTS = 'hardware esx1 { cpu 4; memory 8 GiB }\nhardware esx2 { cpu 4; memory 8 GiB }\n';
const sim = (...lines: string[]) => `simulate {\n${lines.map((l) => `  ${l}\n`).join('')}}\n${HOSTS}`;

describe('fail lines of the simulate block', () => {
  it('reads a duration as seconds from the start and hh:mm as seconds since midnight: 6 h is 21,600 s, 14:30 is 52,200 s', () => {
    const failures = analyze(sim('fail esx1 at 6 h recover at 14:30')).model.simulation.failures;
    assert.deepEqual(failures?.map((f) => [f.host.name, f.at, f.recover]), [['esx1', 21_600, 52_200]]);
  });

  it('keeps one failure per line, in document order, and leaves recover out when not written', () => {
    const failures = analyze(sim('fail esx2 at 2 h', 'fail esx1 at 30 m recover at 90 m')).model.simulation.failures!;
    assert.deepEqual(failures.map((f) => [f.host.name, f.at, f.recover]), [['esx2', 7200, undefined], ['esx1', 1800, 5400]]);
  });

  it('adds no failures field to a file without fail lines, so its settings keep their shape', () => {
    assert.ok(!('failures' in analyze(`simulate { duration 2 h }\n${HOSTS}`).model.simulation));
  });

  it('resolves a host declared after the simulate block, and accepts failures of one host that do not overlap', () => {
    assert.deepEqual(findings(sim('fail esx1 at 1 h recover at 2 h', 'fail esx1 at 2 h recover at 3 h', 'fail esx2 at 1 h')), []);
  });

  it('VS804 points at the first word out of place, or at the last word when the line stops short', () => {
    assert.deepEqual(findings(sim('fail esx1 on 6 h')), ['VS804 on']);
    assert.deepEqual(findings(sim('fail esx1 at 6 h until 8 h')), ['VS804 until']);
    assert.deepEqual(findings(sim('fail esx1 at')), ['VS804 at']);
    assert.deepEqual(findings(sim('fail esx1 at 6 h recover')), ['VS804 recover']);
    assert.deepEqual(findings(sim('fail')), ['VS804 fail']);
  });

  it('checks the times as times: a unit of time (VS103), a valid time of day (VS112), nothing after the second time (VS107)', () => {
    assert.deepEqual(findings(sim('fail esx1 at 6 GiB')), ['VS103 6 GiB']);
    assert.deepEqual(findings(sim('fail esx1 at 25:00')), ['VS112 25:00']);
    assert.deepEqual(findings(sim('fail esx1 at 1 h recover at 2 h now')), ['VS107 now']);
  });

  it('VS800 only for a name that is no hardware: a VM of that name is not a host', () => {
    const vm = 'hardware h { cpu 4; memory 8 GiB; hypervisor kvm { vm web { vcpu 1; memory 1 GiB } } }\n';
    assert.deepEqual(findings(`simulate { fail web at 1 h }\n${vm}`), ['VS800 web']);
    assert.deepEqual(findings(`simulate { fail h at 1 h }\n${vm}`), []);
  });

  it('VS801 uses the duration written anywhere in the block: a failure at 2 h of a 2 h run, not of a 3 h one', () => {
    assert.deepEqual(findings(sim('fail esx1 at 2 h', 'duration 2 h')), ['VS801 2 h']);
    assert.deepEqual(findings(sim('fail esx1 at 2 h', 'duration 3 h')), []);
  });

  it('VS803: a failure without recover lasts to the end, so any later failure of the host overlaps it', () => {
    assert.deepEqual(findings(sim('fail esx1 at 1 h', 'fail esx1 at 20 h')), ['VS803 20 h']);
    assert.deepEqual(findings(sim('fail esx1 at 20 h', 'fail esx1 at 1 h recover at 2 h')), []);
  });
});

describe('the disaster recovery example', () => {
  const read = (f: string) => readFileSync(join(__dirname, '../../examples', f), 'utf8');

  it('recovery.ko.virt is recovery.virt with Korean comments and names: the same stack and the same failures', () => {
    const shape = (f: string) => {
      const m = analyze(read(f)).model;
      return [m.layers.map((l) => `${l.kind}:${l.product ?? ''}:${l.props.vcpu?.max ?? ''}:${l.props.memory?.max ?? ''}`), m.simulation.failures?.map((x) => [x.host.name, x.at, x.recover])];
    };
    assert.deepEqual(shape('recovery.ko.virt'), shape('recovery.virt'));
    assert.match(read('recovery.ko.virt'), /# 재해 복구/);
  });

  it('fails each of its three servers once, at 02:00 (7,200 s), 5 h and 9 h', () => {
    assert.deepEqual(analyze(read('recovery.virt')).model.simulation.failures?.map((x) => [x.host.name, x.at, x.recover]), [['esx-01', 7200, 12_600], ['node-01', 18_000, undefined], ['legacy', 32_400, 36_000]]);
  });
});
