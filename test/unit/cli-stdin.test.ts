// Standard input as the file `-` (src/cli/files.ts): every command reads it as it reads a file,
// findings name it `<stdin>`, `fmt -` is a filter, and the ways a file can be refused hold for a
// pipe too (not text, too large, named twice). The built CLI runs as a subprocess with a pipe.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, getLanguageService, localizerFor } from '../../src/core/languageService';
import { repoRoot } from '../harness/paths';
import { buildCli, runCli, tempDir } from './cli-run';

const example = (name: string): string => fs.readFileSync(path.join(repoRoot, 'examples', name), 'utf8');
const service = getLanguageService({ l10n: localizerFor('en') });

describe('virtstack command line: standard input as `-`', function () {
  this.timeout(60_000);
  before(() => buildCli());

  it('check - prints the findings of the piped text under the name <stdin>, the same as for the file', () => {
    const fromFile = runCli(['check', 'examples/mistakes.virt']);
    const fromPipe = runCli(['check', '-'], { input: example('mistakes.virt') });
    assert.equal(fromPipe.code, 1, 'the mistakes example has errors');
    assert.ok(fromPipe.stdout.length > 0);
    assert.equal(fromPipe.stdout, fromFile.stdout.replaceAll('examples/mistakes.virt:', '<stdin>:'));
    assert.equal(runCli(['check', '-'], { input: example('hello.virt') }).code, 0);
  });

  it('check reads a pipe next to named files', () => {
    const r = runCli(['check', 'examples/hello.virt', '-'], { input: example('mistakes.virt') });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^<stdin>:\d+:\d+: error /m);
  });

  it('fmt - writes the formatted text to standard output, exactly as Format Document would', () => {
    const messy = 'hardware  rack {\n    cores 8\nmemory 16 GiB   # kept comment\n}\n';
    const r = runCli(['fmt', '-'], { input: messy });
    assert.equal(r.code, 0);
    assert.equal(r.stdout, applyEdits(messy, service.format(messy)));
    assert.notEqual(r.stdout, messy, 'the input really was unformatted');
    assert.match(r.stdout, /# kept comment/);
    assert.equal(runCli(['fmt', '-'], { input: r.stdout }).stdout, r.stdout, 'formatting is idempotent through the pipe');
  });

  it('fmt --check - reports an unformatted pipe and exits 1, and writes nothing else', () => {
    const r = runCli(['fmt', '--check', '-'], { input: 'hardware  rack {\ncores 8\n}\n' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /<stdin>/);
    const clean = runCli(['fmt', '-'], { input: 'hardware  rack {\ncores 8\n}\n' }).stdout;
    assert.equal(runCli(['fmt', '--check', '-'], { input: clean }).code, 0);
  });

  it('import - reads a piped Compose file, detecting its format, the same as from the file', () => {
    const file = path.join('test', 'fixtures', 'import', 'compose', 'wordpress-mysql_compose.yaml');
    const fromFile = runCli(['import', file]);
    const fromPipe = runCli(['import', '-'], { input: fs.readFileSync(path.join(repoRoot, file), 'utf8') });
    assert.equal(fromFile.code, 0);
    assert.equal(fromPipe.code, 0, fromPipe.stderr);
    // The output names its source in its header comment; the rest is the same stack.
    const body = (text: string) => text.split('\n').filter((l) => !l.includes('wordpress-mysql_compose.yaml') && !l.includes('<stdin>')).join('\n');
    assert.equal(body(fromPipe.stdout), body(fromFile.stdout));
    assert.match(fromPipe.stderr, /<stdin>/);
  });

  it('simulate - and export - read the stack from the pipe', () => {
    const sim = runCli(['simulate', '-', '--duration', '10m'], { input: example('hypervisor.virt') });
    assert.equal(sim.code, 0, sim.stderr);
    assert.equal(sim.stdout, runCli(['simulate', 'examples/hypervisor.virt', '--duration', '10m']).stdout.replaceAll('examples/hypervisor.virt', '<stdin>'));
    const exp = runCli(['export', '-', '--format', 'mermaid'], { input: example('hypervisor.virt') });
    assert.equal(exp.code, 0);
    assert.equal(exp.stdout, runCli(['export', 'examples/hypervisor.virt', '--format', 'mermaid']).stdout);
  });

  it('refuses `-` named twice, before reading anything, with exit 2', () => {
    for (const command of ['check', 'fmt', 'import']) {
      const r = runCli([command, '-', '-'], { input: example('hello.virt') });
      assert.equal(r.code, 2, command);
      assert.equal(r.stdout, '');
      assert.equal(r.stderr, 'virtstack: standard input (-) can be read only once; name it once.\n');
    }
  });

  it('refuses a pipe that is not text, or larger than 64 MB, with one line and exit 2', () => {
    const binary = runCli(['check', '-'], { input: Buffer.from([0x68, 0x77, 0x00, 0xff, 0xfe]) });
    assert.equal(binary.code, 2);
    assert.equal(binary.stderr, 'virtstack: <stdin> is not a text file (it holds bytes that are not UTF-8 text).\n');
    const huge = runCli(['check', '-'], { input: Buffer.alloc(64 * 1024 * 1024 + 1, 0x61) });
    assert.equal(huge.code, 2);
    assert.equal(huge.stderr, 'virtstack: <stdin> is larger than 64 MB.\n');
  });

  it('reads an empty pipe as an empty file', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'empty.virt'), '');
    const fromFile = runCli(['check', 'empty.virt'], { cwd: dir });
    const fromPipe = runCli(['check', '-'], { input: '' });
    assert.equal(fromPipe.stderr, '');
    assert.equal(fromPipe.code, fromFile.code);
    assert.equal(fromPipe.stdout, fromFile.stdout.replaceAll('empty.virt:', '<stdin>:'));
  });
});
