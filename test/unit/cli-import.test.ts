import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoRoot } from '../harness/paths';
import { buildCli, runCli, tempDir } from './cli-run';
import { EXPECTED } from './import-expected';

// `virtstack import` as a user runs it, a subprocess of the built command line, on every real
// fixture of test/fixtures/import/ (SOURCES.md), each output then read back by `virtstack check`;
// and on input it must refuse. The counts are the hand-counted ones of import-expected.ts.

const fixture = (format: string, file: string) => path.join('test', 'fixtures', 'import', format, file);
/** Lines that open a container or a VM block in written .virt text. */
const count = (text: string, keyword: string) => text.split('\n').filter((l) => new RegExp(`^\\s*${keyword}\\s`).test(l)).length;

describe('virtstack import', function () {
  this.timeout(120_000);
  before(() => buildCli());

  it('imports every real fixture to a file that virtstack check finds no error in, with the containers and VMs counted by hand', () => {
    const dir = tempDir();
    const outputs: string[] = [];
    for (const [format, files] of Object.entries(EXPECTED)) {
      for (const [file, want] of Object.entries(files)) {
        const out = path.join(dir, `${format}-${file}.virt`);
        const r = runCli(['import', '--from', format, '-o', out, fixture(format, file)]);
        assert.equal(r.code, 0, `${file}: ${r.stderr}`);
        assert.equal(r.stdout, '', `${file}: with -o, standard output stays empty`);
        assert.match(r.stderr, /^Imported /, file);
        const text = fs.readFileSync(out, 'utf8');
        assert.equal(count(text, 'container'), want.containers ?? 0, `${file}: containers`);
        assert.equal(count(text, 'vm'), want.vms ?? 0, `${file}: VMs`);
        outputs.push(out);
      }
    }
    assert.ok(outputs.length >= 36, String(outputs.length));
    // Exit 0: no file has an error (warnings, such as the capacity ones, would still exit 0).
    const check = runCli(['check', ...outputs]);
    assert.equal(check.code, 0, check.stdout + check.stderr);
  });

  it('writes the .virt text to standard output, detects the format, and keeps the summary on standard error', () => {
    const r = runCli(['import', fixture('kubernetes', 'web_guestbook_all-in-one_guestbook-all-in-one.yaml')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# /);
    assert.equal(count(r.stdout, 'container'), 6);
    assert.match(r.stderr, /1 host\(s\), 0 VM\(s\), 6 container\(s\)/);
  });

  it('runs Compose services on the host of --cores and --memory, and says so', () => {
    const r = runCli(['import', '--cores', '16', '--memory', '64GiB', fixture('compose', 'wordpress-mysql_compose.yaml')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /cpu 16 cores\n\s*memory 64 GiB/);
  });

  it('writes its comments in Korean with LANG=ko_KR.UTF-8', () => {
    const r = runCli(['import', fixture('compose', 'wordpress-mysql_compose.yaml')], { env: { LANG: 'ko_KR.UTF-8' } });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout.split('\n')[0]!, /[\uac00-\ud7a3]/, 'the first comment line in Hangul');
  });

  it('refuses, with exit 2 and one line on standard error, what it cannot import', () => {
    const dir = tempDir();
    const write = (name: string, data: string | Buffer) => {
      fs.writeFileSync(path.join(dir, name), data);
      return path.join(dir, name);
    };
    // Billion laughs: each alias doubles the one before.
    const laughs = ['a: &a ["lol","lol"]', ...Array.from({ length: 30 }, (_, i) => `${String.fromCharCode(98 + (i % 24))}${i}: &x${i} [${i === 0 ? '*a,*a' : `*x${i - 1},*x${i - 1}`}]`)].join('\n');
    // A 100 MB file, sparse on disk: refused by its size before it is read.
    const huge = path.join(dir, 'huge.yaml');
    fs.closeSync(fs.openSync(huge, 'w'));
    fs.truncateSync(huge, 100 * 1024 * 1024);
    const cases: [string[], RegExp][] = [
      [['import', path.join(dir, 'missing.yaml')], /missing\.yaml/],
      [['import', dir], /folder|directory/i],
      [['import', write('binary.yaml', Buffer.from([0x73, 0x00, 0xff, 0xfe]))], /text/i],
      [['import', write('laughs.yaml', `services:\n  web:\n    image: x\n${laughs}\n`)], /alias/i],
      [['import', write('xxe.xml', '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><domain type="kvm"><name>&x;</name></domain>')], /entit|DOCTYPE/i],
      [['import', huge], /MB/],
      [['import', '--from', 'vmware', fixture('compose', 'wordpress-mysql_compose.yaml')], /vmware/],
      [['import', '--cores', 'many', fixture('compose', 'wordpress-mysql_compose.yaml')], /many/],
      [['import', '--from', 'libvirt', fixture('compose', 'wordpress-mysql_compose.yaml')], /./],
    ];
    for (const [args, message] of cases) {
      const r = runCli(args, { cwd: repoRoot });
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(r.stdout, '', args.join(' '));
      assert.match(r.stderr, message, args.join(' '));
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: one line, not a stack trace: ${r.stderr}`);
    }
  });
});
