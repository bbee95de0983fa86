// The built `virtstack` command as a subprocess (issue 16): help and exit codes of every command,
// `check` on every example and on bad input, `fmt --check`, and `simulate` through a pipe.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../src/core/analyze';
import { FINDING_LINE_PATTERN } from '../../src/core/export/findings';
import { getLanguageService, localizerFor } from '../../src/core/languageService';
import { COMMANDS } from '../../src/cli/commands';
import { repoRoot } from '../harness/paths';
import { readBundle } from './bundles';
import { buildCli, CLI, examples, runCli, tempDir } from './cli-run';

const LINE = new RegExp(FINDING_LINE_PATTERN);
const version = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { version: string }).version;

describe('virtstack command line', function () {
  this.timeout(60_000);
  before(() => buildCli());

  describe('help and usage', () => {
    it('lists every command and the exit codes with --help, and exits 0', () => {
      const r = runCli(['--help']);
      assert.equal(r.code, 0);
      for (const c of COMMANDS) assert.match(r.stdout, new RegExp(`^  ${c.name} `, 'm'));
      assert.match(r.stdout, /Exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 /);
      assert.equal(r.stderr, '');
    });

    it('prints the help and exits 2 when given nothing', () => {
      const r = runCli([]);
      assert.equal(r.code, 2);
      assert.match(r.stdout, /^Usage: virtstack /m);
    });

    it('prints the version of package.json', () => {
      assert.equal(runCli(['--version']).stdout, `${version}\n`);
    });

    for (const c of ['check', 'fmt', 'simulate', 'export']) {
      it(`has --help for ${c}: its usage, every option and its exit codes`, () => {
        const command = COMMANDS.find((x) => x.name === c)!;
        for (const args of [[c, '--help'], [c, '-h'], ['help', c]]) {
          const r = runCli(args);
          assert.equal(r.code, 0, args.join(' '));
          assert.match(r.stdout, new RegExp(`^Usage: virtstack ${c} `));
          for (const o of command.options) assert.match(r.stdout, new RegExp(`--${o.name}\\b`));
          assert.match(r.stdout, /Exit codes:\n {2}0 /);
        }
      });
    }

    it('speaks Korean when LANG is a Korean locale, and LC_ALL wins over LANG', () => {
      const ko = runCli(['check', '--help'], { env: { LANG: 'ko_KR.UTF-8' } });
      assert.match(ko.stdout, /^사용법: virtstack check /);
      const en = runCli(['check', '--help'], { env: { LANG: 'ko_KR.UTF-8', LC_ALL: 'en_US.UTF-8' } });
      assert.match(en.stdout, /^Usage: /);
    });

    it('refuses an unknown command and an unknown flag with exit 2, naming them, and prints nothing on stdout', () => {
      const cmd = runCli(['chek', 'x.virt']);
      assert.equal(cmd.code, 2);
      assert.match(cmd.stderr, /unknown command 'chek'/);
      const flag = runCli(['check', '--frobnicate', 'examples/hello.virt']);
      assert.equal(flag.code, 2);
      assert.match(flag.stderr, /unknown option '--frobnicate'/);
      assert.equal(flag.stdout, '');
      const short = runCli(['fmt', '-z', 'examples/hello.virt']);
      assert.equal(short.code, 2);
      assert.match(short.stderr, /'-z'/);
      const value = runCli(['check', 'examples/hello.virt', '--format']);
      assert.equal(value.code, 2);
      assert.match(value.stderr, /'--format'/);
      const choice = runCli(['check', '--format', 'xml', 'examples/hello.virt']);
      assert.equal(choice.code, 2);
      assert.match(choice.stderr, /'xml'/);
    });

    it('exits 2 when a command gets no file, or simulate gets two', () => {
      assert.equal(runCli(['check']).code, 2);
      const two = runCli(['simulate', 'examples/hello.virt', 'examples/hello.virt']);
      assert.equal(two.code, 2);
      assert.equal(two.stdout, '');
    });
  });

  describe('check', () => {
    for (const name of examples()) {
      it(`prints the findings of examples/${name} as file:line:col lines, and exits 1 exactly when it has errors`, () => {
        const text = fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
        const diagnostics = analyze(text).diagnostics;
        const r = runCli(['check', `examples/${name}`]);
        const lines = r.stdout.split('\n').filter((l) => l !== '');
        assert.equal(lines.length, diagnostics.length);
        lines.forEach((line, i) => {
          const m = LINE.exec(line);
          assert.ok(m, line);
          assert.equal(m[1], `examples/${name}`);
          assert.equal(m[5], diagnostics[i].code);
        });
        assert.equal(r.code, diagnostics.some((d) => d.severity === 'error') ? 1 : 0);
        assert.equal(r.stderr, '');
      });
    }

    it('counts lines and columns from 1, in CRLF files and after a byte order mark too', () => {
      const dir = tempDir();
      // `flurb` is no keyword (VS100), third line, after two spaces: line 3, column 3.
      const body = ['hardware h {', '  cpu 8 cores', '  flurb 3', '}', ''];
      fs.writeFileSync(path.join(dir, 'lf.virt'), body.join('\n'));
      fs.writeFileSync(path.join(dir, 'crlf.virt'), '\ufeff' + body.join('\r\n'));
      const r = runCli(['check', 'lf.virt', 'crlf.virt'], { cwd: dir });
      const found = r.stdout.split('\n').filter((l) => / VS100 /.test(l)).map((l) => l.split(': ')[0]);
      assert.deepEqual(found, ['lf.virt:3:3', 'crlf.virt:3:3']);
    });

    it('puts the messages into Korean words with LANG=ko_KR.UTF-8, as the editor does', () => {
      const text = fs.readFileSync(path.join(repoRoot, 'examples', 'mistakes.virt'), 'utf8');
      const korean = getLanguageService({ l10n: localizerFor('ko', readBundle('ko')) });
      const expected = analyze(text).diagnostics.map((d) => korean.describe(d).message.replace(/[\r\n]+/g, ' '));
      const r = runCli(['check', 'examples/mistakes.virt'], { env: { LANG: 'ko_KR.UTF-8' } });
      const messages = r.stdout.split('\n').filter((l) => l !== '').map((l) => LINE.exec(l)![6]);
      assert.deepEqual(messages, expected);
    });

    it('says a file is missing, a folder or binary with exit 2, and still checks the good files given with them', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'binary.virt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01, 0xff, 0xfe]));
      fs.writeFileSync(path.join(dir, 'latin1.virt'), Buffer.from('stack "caf\xe9"\n', 'latin1'));
      fs.mkdirSync(path.join(dir, 'folder.virt'));
      fs.copyFileSync(path.join(repoRoot, 'examples', 'mistakes.virt'), path.join(dir, 'bad.virt'));
      const r = runCli(['check', 'missing.virt', 'folder.virt', 'binary.virt', 'latin1.virt', 'bad.virt'], { cwd: dir });
      assert.equal(r.code, 2);
      const errors = r.stderr.split('\n').filter((l) => l !== '');
      assert.deepEqual(errors, [
        'virtstack: missing.virt: no such file.',
        'virtstack: folder.virt is a folder, not a .virt file.',
        'virtstack: binary.virt is not a text file (it holds bytes that are not UTF-8 text).',
        'virtstack: latin1.virt is not a text file (it holds bytes that are not UTF-8 text).',
      ]);
      assert.ok(r.stdout.split('\n').filter((l) => l !== '').every((l) => l.startsWith('bad.virt:')));
      assert.ok(r.stdout.length > 0);
    });

    it('writes JSON with each file and its findings', () => {
      const r = runCli(['check', '--format', 'json', 'examples/mistakes.virt', 'examples/hello.virt']);
      const files = JSON.parse(r.stdout) as { file: string; findings: { code: string; severity: string; start: { line: number; column: number } }[] }[];
      assert.deepEqual(files.map((f) => f.file), ['examples/mistakes.virt', 'examples/hello.virt']);
      const text = fs.readFileSync(path.join(repoRoot, 'examples', 'mistakes.virt'), 'utf8');
      assert.deepEqual(files[0].findings.map((f) => f.code), analyze(text).diagnostics.map((d) => d.code));
      assert.deepEqual(files[1].findings, []);
      assert.equal(r.code, 1);
    });
  });

  describe('fmt', () => {
    const messy = 'hardware h {\n      cpu 8 cores\n memory   32 GiB\n}\n';

    it('--check exits 0 on a formatted file and 1 on one that is not, changing nothing', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'messy.virt'), messy);
      assert.equal(runCli(['fmt', '--check', 'examples/hello.virt']).code, 0);
      const r = runCli(['fmt', '--check', 'messy.virt'], { cwd: dir });
      assert.equal(r.code, 1);
      assert.match(r.stdout, /^messy\.virt is not formatted$/m);
      assert.equal(fs.readFileSync(path.join(dir, 'messy.virt'), 'utf8'), messy);
    });

    it('formats in place, keeping a byte order mark, after which --check passes', () => {
      const dir = tempDir();
      const file = path.join(dir, 'messy.virt');
      fs.writeFileSync(file, '\ufeff' + messy);
      const r = runCli(['fmt', 'messy.virt'], { cwd: dir });
      assert.equal(r.code, 0);
      const after = fs.readFileSync(file, 'utf8');
      assert.equal(after, '\ufeffhardware h {\n  cpu 8 cores\n  memory 32 GiB\n}\n');
      assert.equal(runCli(['fmt', '--check', 'messy.virt'], { cwd: dir }).code, 0);
    });

    it('exits 2 on a missing file', () => {
      const r = runCli(['fmt', '--check', 'nowhere.virt']);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nowhere\.virt: no such file/);
    });
  });

  describe('simulate', () => {
    it('prints the summary through a pipe with no progress bar or control characters', () => {
      const r = runCli(['simulate', 'examples/datacenter.virt']);
      assert.equal(r.code, 0);
      assert.equal(r.stderr, '');
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(r.stdout, /[\r\u001b]/);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines[0], 'Mixed data centre');
      assert.match(lines[1], /^examples\/datacenter\.virt · /);
      assert.ok(lines.some((l) => /^ {2}Peak utilization +\d/.test(l)), r.stdout);
      assert.ok(lines.length <= 24, 'one screen');
    });

    it('draws a progress bar on a terminal (through script(1), where it exists), ending on a cleared line', function () {
      if (!fs.existsSync('/usr/bin/script')) this.skip();
      const r = spawnSync('/usr/bin/script', ['-qc', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} simulate examples/datacenter.virt --quiet`, '/dev/null'], { cwd: repoRoot, env: { ...process.env, LANG: 'C.UTF-8', LC_ALL: '' } });
      const out = r.stdout.toString('utf8');
      assert.match(out, /\rSimulating \[#+\] 100%/);
      assert.ok(out.endsWith('\r\u001b[2K'), JSON.stringify(out.slice(-20)));
    });

    it('writes the same JSON for the same seed, with the settings asked for', () => {
      const dir = tempDir();
      const a = runCli(['simulate', 'examples/hello.virt', '--duration', '2 h', '--step', '1 min', '--seed', '7', '--json', path.join(dir, 'a.json')]);
      const b = runCli(['simulate', 'examples/hello.virt', '-d', '2h', '-s', '60 s', '--seed', '7', '--json', '-']);
      assert.equal(a.code, 0);
      const result = JSON.parse(fs.readFileSync(path.join(dir, 'a.json'), 'utf8')) as { version: number; settings: { duration: number; step: number; seed: number } };
      assert.equal(result.version, 1);
      assert.deepEqual([result.settings.duration, result.settings.step, result.settings.seed], [7200, 60, 7]);
      assert.equal(b.stdout, fs.readFileSync(path.join(dir, 'a.json'), 'utf8'));
    });

    it('writes the CSV exports, a header first', () => {
      const r = runCli(['simulate', 'examples/hello.virt', '--csv', '-', '-d', '1 h']);
      assert.match(r.stdout, /^entity,kind,host,cores,/);
      const series = runCli(['simulate', 'examples/hello.virt', '--series-csv', '-', '-d', '1 h']);
      assert.match(series.stdout, /^time_s,entity,kind,host,/);
    });

    it('exits 1 when the file has errors and 2 on a value that is no duration or seed', () => {
      const refused = runCli(['simulate', 'examples/mistakes.virt']);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /cannot be simulated/);
      assert.equal(runCli(['simulate', 'examples/hello.virt', '--duration', 'soon']).code, 2);
      assert.equal(runCli(['simulate', 'examples/hello.virt', '--seed', '-1']).code, 2);
      assert.equal(runCli(['simulate', 'examples/hello.virt', '--seed', '4294967296']).code, 2);
      assert.equal(runCli(['simulate', 'examples']).code, 2);
    });
  });
});
