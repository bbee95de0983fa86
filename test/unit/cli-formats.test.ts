// The command line's output formats (issue 16): SARIF 2.1.0 as GitHub code scanning reads it,
// CSV cells per RFC 4180 and safe from formula injection, the finding line and the problem
// matcher that reads it, the locale from the environment, the progress bar, and the task's runs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyze } from '../../src/core/analyze';
import { FINDING_LINE_PATTERN, findingLine, positionsOf, severityWord } from '../../src/core/export/findings';
import { getLanguageService } from '../../src/core/languageService';
import { cell } from '../../src/core/simulation/export';
import { columns } from '../../src/cli/help';
import { cliLocalizer, localeFromEnv } from '../../src/cli/locale';
import { ProgressBar } from '../../src/cli/progress';
import { findChromium } from '../../src/cli/render';
import { CliError } from '../../src/cli/command';
import { ENGLISH } from './bundles';
import { relativeUri, sarifLevel } from '../../src/cli/formats/sarif';
import { checkFiles, formatFiles, taskGlob } from '../../src/extension/tasks/run';
import { repoRoot } from '../harness/paths';
import { L10N_DIR } from './bundles';
import { buildCli, runCli, tempDir } from './cli-run';

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: { tool: { driver: { name: string; rules: { id: string; shortDescription: { text: string } }[] } }; results: SarifResult[] }[];
}

describe('command line output formats', function () {
  this.timeout(60_000);
  before(() => buildCli());

  describe('SARIF', () => {
    it('is a SARIF 2.1.0 log with VSnnn rules, relative URIs and the three levels', () => {
      const r = runCli(['check', '--format', 'sarif', 'examples/mistakes.virt']);
      assert.equal(r.code, 1);
      const log = JSON.parse(r.stdout) as SarifLog;
      assert.equal(log.version, '2.1.0');
      assert.match(log.$schema, /sarif-2\.1\.0/);
      assert.equal(log.runs.length, 1);
      const { rules } = log.runs[0].tool.driver;
      assert.equal(log.runs[0].tool.driver.name, 'virtstack');
      assert.ok(rules.every((rule) => /^VS\d{3}$/.test(rule.id) && rule.shortDescription.text.length > 0));
      assert.equal(new Set(rules.map((rule) => rule.id)).size, rules.length, 'rule ids are unique');
      const text = fs.readFileSync(path.join(repoRoot, 'examples', 'mistakes.virt'), 'utf8');
      const diagnostics = analyze(text).diagnostics;
      const results = log.runs[0].results;
      assert.equal(results.length, diagnostics.length);
      results.forEach((x, i) => {
        assert.equal(x.ruleId, diagnostics[i].code);
        assert.equal(rules[x.ruleIndex!].id, x.ruleId);
        assert.equal(x.level, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[diagnostics[i].severity]);
        const loc = x.locations[0].physicalLocation;
        assert.equal(loc.artifactLocation.uri, 'examples/mistakes.virt');
        assert.equal(loc.artifactLocation.uriBaseId, '%SRCROOT%');
        assert.ok(loc.region.startLine >= 1 && loc.region.startColumn >= 1);
      });
      assert.ok(results.some((x) => x.level === 'warning'));
    });

    it('keeps hostile text from a file and its name as data: quotes, backslashes, control characters, non-ASCII', () => {
      const dir = tempDir();
      const name = 'my stack #1 "q" 한글.virt';
      // An unknown keyword quoted back in the message, with a backslash and a quote inside a string that is never closed.
      fs.writeFileSync(path.join(dir, name), 'stack "a\\"b\u0007\nhardware h {\n  cpu 8 cores\n  bogus\u2028 "x\n}\n');
      const r = runCli(['check', '--format', 'sarif', name], { cwd: dir });
      const log = JSON.parse(r.stdout) as SarifLog;
      const results = log.runs[0].results;
      assert.ok(results.length > 0);
      assert.equal(results[0].locations[0].physicalLocation.artifactLocation.uri, 'my%20stack%20%231%20%22q%22%20%ED%95%9C%EA%B8%80.virt');
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(r.stdout, /[\u0000-\u0009\u000b-\u001f]/, 'control characters are escaped');
    });

    it('maps severities to levels and encodes each path segment', () => {
      assert.deepEqual(['error', 'warning', 'information', 'hint'].map((s) => sarifLevel(s as never)), ['error', 'warning', 'note', 'note']);
      assert.equal(relativeUri('a b/c%d/e#f?.virt'), 'a%20b/c%25d/e%23f%3F.virt');
    });

    it('names a file outside the working folder by its file: URI, without a base', () => {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, 'x.virt'), 'flurb\n');
      const log = JSON.parse(runCli(['check', '-f', 'sarif', path.join(dir, 'x.virt')]).stdout) as SarifLog;
      const loc = log.runs[0].results[0].locations[0].physicalLocation.artifactLocation;
      assert.equal(loc.uriBaseId, undefined);
      assert.equal(loc.uri, pathToFileURL(path.join(dir, 'x.virt')).href);
    });
  });

  describe('CSV cells', () => {
    // RFC 4180 §2: fields with commas, quotes or line breaks are quoted, quotes doubled.
    it('quotes commas, quotes and line breaks (RFC 4180)', () => {
      assert.equal(cell('plain'), 'plain');
      assert.equal(cell('a,b'), '"a,b"');
      assert.equal(cell('say "hi"'), '"say ""hi"""');
      assert.equal(cell('two\nlines'), '"two\nlines"');
      assert.equal(cell('cr\r'), '"cr\r"');
    });

    // OWASP, CSV injection: a cell starting with = + - @ tab or CR is prefixed with an apostrophe.
    it('keeps cells that a spreadsheet would read as formulas as text', () => {
      assert.equal(cell('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
      assert.equal(cell('+1'), "'+1");
      assert.equal(cell('-2+3'), "'-2+3");
      assert.equal(cell('@SUM(A1)'), "'@SUM(A1)");
      assert.equal(cell('\tx'), "'\tx");
      assert.equal(cell('\rx'), '"\'\rx"');
      assert.equal(cell('a=b'), 'a=b');
    });
  });

  describe('finding lines and the problem matcher', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as {
      contributes: { problemMatchers: { name: string; pattern: { regexp: string; file: number; line: number; column: number; severity: number; code: number; message: number } }[]; taskDefinitions: { type: string }[] };
    };
    const matcher = manifest.contributes.problemMatchers.find((m) => m.name === 'virtstack')!;

    it('the matcher in package.json is the pattern the lines are written for', () => {
      assert.equal(matcher.pattern.regexp, FINDING_LINE_PATTERN);
      assert.ok(manifest.contributes.taskDefinitions.some((d) => d.type === 'virtstack'));
    });

    it('reads file, line, column, severity, code and message, Windows paths and colons in messages included', () => {
      const re = new RegExp(matcher.pattern.regexp);
      const line = findingLine('C:\\work\\a b.virt', { line: 12, column: 3 }, { severity: 'information', code: 'VS402' }, 'Note: two\nlines: here');
      assert.equal(line, 'C:\\work\\a b.virt:12:3: info VS402 Note: two lines: here');
      const m = re.exec(line)!;
      const p = matcher.pattern;
      assert.deepEqual([m[p.file], m[p.line], m[p.column], m[p.severity], m[p.code], m[p.message]], ['C:\\work\\a b.virt', '12', '3', 'info', 'VS402', 'Note: two lines: here']);
    });

    it('counts lines and columns after LF, CRLF and lone CR, 1-based', () => {
      const text = 'ab\ncd\r\nef\rgh';
      const at = positionsOf(text);
      assert.deepEqual([0, 1, 3, 4, 7, 8, 10, 11].map((o) => at(o)), [
        { line: 1, column: 1 }, { line: 1, column: 2 }, { line: 2, column: 1 }, { line: 2, column: 2 },
        { line: 3, column: 1 }, { line: 3, column: 2 }, { line: 4, column: 1 }, { line: 4, column: 2 },
      ]);
      assert.deepEqual(at(8), { line: 3, column: 2 }, 'asked again, from the cache');
      assert.deepEqual(['error', 'warning', 'information', 'hint'].map((s) => severityWord(s as never)), ['error', 'warning', 'info', 'hint']);
    });
  });

  describe('locale', () => {
    it('takes LC_ALL, then LC_MESSAGES, then LANG, and reads C and POSIX as English', () => {
      assert.equal(localeFromEnv({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' }), 'ko-KR');
      assert.equal(localeFromEnv({ LC_ALL: '', LC_MESSAGES: 'ko', LANG: 'en_US' }), 'ko');
      assert.equal(localeFromEnv({ LANG: 'de_DE.UTF-8@euro' }), 'de-DE');
      assert.equal(localeFromEnv({ LANG: 'C.UTF-8' }), 'en');
      assert.equal(localeFromEnv({ LC_ALL: 'POSIX' }), 'en');
      assert.equal(localeFromEnv({}), 'en');
    });

    it('speaks Korean for ko*, and English for a language without a bundle', () => {
      assert.equal(cliLocalizer({ LANG: 'ko_KR.UTF-8' }, L10N_DIR).t('cli.help.usage'), '사용법:');
      const german = cliLocalizer({ LANG: 'de_DE.UTF-8' }, L10N_DIR);
      assert.equal(german.locale, 'en');
      assert.equal(german.t('cli.help.usage'), 'Usage:');
      assert.equal(cliLocalizer({ LANG: 'ko_KR' }, '/nonexistent').t('cli.help.usage'), 'Usage:');
    });

    it('counts a Hangul syllable as two terminal columns', () => {
      assert.equal(columns('abc'), 3);
      assert.equal(columns('사용법:'), 7);
    });
  });

  describe('finding Chromium', () => {
    it('takes CHROME_PATH alone when set, else the first usual place, and says what to install or set when none is there', () => {
      assert.equal(findChromium({ CHROME_PATH: '/opt/c/chrome' }, ENGLISH, (p) => p === '/opt/c/chrome'), '/opt/c/chrome');
      assert.throws(() => findChromium({ CHROME_PATH: '/opt/c/chrome' }, ENGLISH, (p) => p === '/usr/bin/chromium'), /CHROME_PATH is \/opt\/c\/chrome/);
      assert.equal(findChromium({}, ENGLISH, (p) => p === '/usr/bin/google-chrome'), '/usr/bin/google-chrome');
      assert.throws(() => findChromium({}, ENGLISH, () => false), (err: unknown) => err instanceof CliError && err.exitCode === 2 && /Chromium or Chrome/.test(err.message) && /CHROME_PATH/.test(err.message));
    });
  });

  describe('progress bar', () => {
    const sink = (isTTY: boolean) => {
      const out: string[] = [];
      return { out, output: { isTTY, columns: 60, write: (t: string) => void out.push(t) } };
    };

    it('draws nothing when standard error is not a terminal', () => {
      const s = sink(false);
      const bar = new ProgressBar(s.output, 'Simulating');
      bar.update(5, 10);
      bar.done();
      assert.deepEqual(s.out, []);
    });

    it('on a terminal redraws at most ten times a second, always the last step, and clears its line', () => {
      let now = 0;
      const s = sink(true);
      const bar = new ProgressBar(s.output, 'Simulating', () => now);
      bar.update(1, 4);
      bar.update(2, 4);
      now = 150;
      bar.update(3, 4);
      bar.update(4, 4);
      bar.done();
      assert.equal(s.out.length, 4);
      assert.match(s.out[0], /^\rSimulating \[#+-+\] {2}25%$/);
      assert.match(s.out[2], /100%$/);
      assert.equal(s.out[3], '\r\u001b[2K');
    });
  });

  describe('the virtstack task', () => {
    const service = getLanguageService();
    const words = { formatted: (n: string) => `formatted ${n}`, notFormatted: (n: string) => `${n} is not formatted` };

    it('writes the CLI\'s lines for check and ends 1 on errors', () => {
      const text = fs.readFileSync(path.join(repoRoot, 'examples', 'mistakes.virt'), 'utf8');
      const run = checkFiles([{ name: 'examples/mistakes.virt', text }, { name: 'hello.virt', text: 'stack "x"\n' }], service);
      const cli = runCli(['check', 'examples/mistakes.virt']);
      assert.equal(run.lines.join('\n') + '\n', cli.stdout);
      assert.equal(run.exitCode, 1);
      assert.equal(checkFiles([{ name: 'a.virt', text: 'stack "x"\n' }], service).exitCode, 0);
    });

    it('formats, or with check lists and fails', () => {
      const files = [{ name: 'a.virt', text: 'hardware h {\n    cpu 8 cores\n}\n' }, { name: 'b.virt', text: 'stack "x"\n' }];
      const listed = formatFiles(files, service, true, words);
      assert.deepEqual([listed.lines, listed.exitCode, listed.formatted], [['a.virt is not formatted'], 1, []]);
      const done = formatFiles(files, service, false, words);
      assert.deepEqual([done.lines, done.exitCode, done.formatted], [['formatted a.virt'], 0, [{ name: 'a.virt', text: 'hardware h {\n  cpu 8 cores\n}\n' }]]);
      assert.equal(taskGlob({}), '**/*.virt');
      assert.equal(taskGlob({ files: ' ' }), '**/*.virt');
      assert.equal(taskGlob({ files: 'stacks/*.virt' }), 'stacks/*.virt');
    });
  });
});
