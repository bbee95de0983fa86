// The manifest as the Marketplace and VS Code's getting-started page read it: the walkthrough's
// steps point at media, commands and events that exist, every text has both languages, every
// setting declares a scope, the icon is the 128×128 PNG the Marketplace asks for, and the Korean
// language reference covers what the English one does.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webviewPage } from '../../src/extension/panel/page';

const root = join(__dirname, '..', '..');
const read = (f: string) => readFileSync(join(root, f), 'utf8');
const json = (f: string) => JSON.parse(read(f)) as Record<string, unknown>;

interface Step {
  id: string;
  title: string;
  description: string;
  media: { markdown?: string; image?: string; svg?: string };
  completionEvents?: string[];
}
interface Manifest {
  icon?: string;
  repository?: { type: string; url: string };
  bugs?: { url: string };
  homepage?: string;
  scripts: Record<string, string>;
  contributes: {
    commands: { command: string }[];
    walkthroughs: { id: string; title: string; description: string; steps: Step[] }[];
    configuration: { properties: Record<string, { scope?: string }> };
  };
}

const manifest = json('package.json') as unknown as Manifest;
const en = json('package.nls.json') as Record<string, string>;
const ko = json('package.nls.ko.json') as Record<string, string>;
const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
const walkthroughSource = read('src/extension/commands/walkthrough.ts');
/** VS Code's own commands the walkthrough relies on (the quick fix of the editor, by its documented id). */
const BUILT_IN = new Set(['editor.action.quickFix']);
const key = (text: string) => /^%(.+)%$/.exec(text)?.[1];
const hangul = /[가-힣]/;

describe('manifest: the getting-started walkthrough', () => {
  const walkthroughs = manifest.contributes.walkthroughs;
  const steps = walkthroughs.flatMap((w) => w.steps);

  it('takes the learner through the three kinds, the preview, a quick fix, the simulation and the comparison', () => {
    assert.equal(walkthroughs.length, 1);
    assert.deepEqual(steps.map((s) => s.id), ['hostOs', 'hypervisor', 'container', 'preview', 'quickFix', 'simulation', 'compare']);
  });

  it('gives every title and description through %keys% that both languages define, the Korean in Hangul', () => {
    const texts = walkthroughs.flatMap((w) => [w.title, w.description, ...w.steps.flatMap((s) => [s.title, s.description])]);
    for (const text of texts) {
      const k = key(text);
      assert.ok(k, `${text} is not a %key%`);
      assert.ok(en[k], `package.nls.json lacks ${k}`);
      assert.match(ko[k] ?? '', hangul, `package.nls.ko.json lacks a Korean ${k}`);
    }
  });

  it('shows Markdown media that exist, each with a Korean twin that VS Code picks by name (*.nls.ko.md)', () => {
    for (const step of steps) {
      const media = step.media.markdown;
      assert.ok(media, `${step.id} has no Markdown media`);
      assert.match(media, /^media\/walkthrough\/[\w-]+\.md$/);
      assert.ok(existsSync(join(root, media)), `${media} is missing`);
      const twin = media.replace(/\.md$/, '.nls.ko.md');
      assert.ok(existsSync(join(root, twin)), `${twin} is missing`);
      assert.match(read(twin), hangul, `${twin} is not in Korean`);
      assert.doesNotMatch(read(media), hangul, `${media} should be the English one`);
    }
  });

  it('links only commands that exist, in both languages, with the same links', () => {
    for (const step of steps) {
      const k = key(step.description)!;
      const links = (text: string) => [...text.matchAll(/\]\(command:([\w.]+)(\?[^)]*)?\)/g)].map((m) => [m[1], m[2] ?? '']);
      const enLinks = links(en[k]);
      assert.ok(enLinks.length > 0, `${step.id} has no button`);
      assert.deepEqual(links(ko[k]), enLinks, `${step.id}: the Korean buttons differ`);
      for (const [command, query] of enLinks) {
        assert.ok(contributed.has(command), `${step.id} links ${command}, which package.json does not contribute`);
        if (query) {
          const args: unknown = JSON.parse(decodeURIComponent(query.slice(1)));
          assert.ok(Array.isArray(args) && args.every((a) => typeof a === 'string' && existsSync(join(root, 'examples', `${a}.virt`))), `${step.id}: ${query} names no bundled example`);
        }
      }
    }
  });

  it('completes each step on a real event: a contributed or built-in command, or a context key the walkthrough sets', () => {
    for (const step of steps) {
      assert.ok(step.completionEvents && step.completionEvents.length > 0, `${step.id} never completes by itself`);
      for (const event of step.completionEvents) {
        const [kind, what] = [event.slice(0, event.indexOf(':')), event.slice(event.indexOf(':') + 1)];
        if (kind === 'onCommand') assert.ok(contributed.has(what) || BUILT_IN.has(what), `${step.id}: ${what} is no command`);
        else if (kind === 'onContext') assert.ok(walkthroughSource.includes(`'${what}'`), `${step.id}: nothing sets ${what}`);
        else assert.fail(`${step.id}: unexpected completion event ${event}`);
      }
    }
  });

  it('hides the walkthrough\'s own step commands from the palette but keeps Open Example there', () => {
    const palette = (json('package.json') as { contributes: { menus: { commandPalette: { command: string; when?: string }[] } } }).contributes.menus.commandPalette;
    const hidden = palette.filter((m) => m.when === 'false').map((m) => m.command).sort();
    assert.deepEqual(hidden, ['virtstack.walkthrough.compare', 'virtstack.walkthrough.openPreview', 'virtstack.walkthrough.runSimulation']);
    assert.ok(contributed.has('virtstack.openExample'));
  });

  it('opens only examples that exist', () => {
    const names = /WALKTHROUGH_EXAMPLES = \[([^\]]+)\]/.exec(walkthroughSource)?.[1].match(/'[\w-]+'/g)?.map((s) => s.slice(1, -1));
    assert.deepEqual(names, ['host-os', 'hypervisor', 'container', 'mistakes']);
    for (const name of names) assert.ok(existsSync(join(root, 'examples', `${name}.virt`)), name);
  });
});

describe('manifest: ready for the Marketplace', () => {
  it('defines every %key% of package.json in English and in Korean', () => {
    const used = [...read('package.json').matchAll(/"%([\w.-]+)%"/g)].map((m) => m[1]);
    assert.ok(used.length > 40);
    assert.deepEqual(used.filter((k) => !(k in en)), []);
    assert.deepEqual(used.filter((k) => !(k in ko)), []);
  });

  it('declares a scope for every setting, one VS Code knows', () => {
    const properties = Object.entries(manifest.contributes.configuration.properties);
    assert.ok(properties.length >= 10);
    for (const [name, schema] of properties) {
      assert.ok(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable'].includes(schema.scope ?? ''), `${name}: scope ${schema.scope}`);
    }
  });

  it('names its repository, issue tracker and home page, so packaging needs no --allow-missing-repository', () => {
    assert.deepEqual(manifest.repository, { type: 'git', url: 'https://github.com/virtstack/vscode-virtstack.git' });
    assert.equal(manifest.bugs?.url, 'https://github.com/virtstack/vscode-virtstack/issues');
    assert.match(manifest.homepage ?? '', /^https:\/\/github\.com\/virtstack\/vscode-virtstack/);
    assert.doesNotMatch(manifest.scripts.package, /allow-missing-repository/);
  });

  it('has a 128×128 PNG icon (read from the file\'s IHDR chunk)', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    const png = readFileSync(join(root, manifest.icon));
    // The PNG signature, then the first chunk, IHDR: length 13, type, width and height (big-endian).
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    assert.equal(png.readUInt32BE(16), 128);
    assert.equal(png.readUInt32BE(20), 128);
    assert.ok(existsSync(join(root, 'media', 'icon.svg')), 'the icon\'s source');
  });

  it('has a changelog in Keep a Changelog form and a README that says it sends nothing', () => {
    const changelog = read('CHANGELOG.md');
    assert.match(changelog, /^# Changelog\n/);
    assert.match(changelog, /keepachangelog\.com/);
    assert.match(changelog, /^## \[Unreleased\]$/m);
    assert.match(read('README.md'), /collects no telemetry and sends nothing anywhere/);
  });
});

describe('the Korean language reference (docs/language.ko.md)', () => {
  const english = read('docs/language.md');
  const korean = read('docs/language.ko.md');
  const codes = (text: string) => [...text.matchAll(/^\| (VS\d{3}) \|/gm)].map((m) => m[1]);
  const allCodes = (text: string) => [...new Set(text.match(/VS\d{3}/g))].sort();
  const outsideCode = (text: string) => text.replace(/^```[^\n]*\n[\s\S]*?^```$/gm, '');
  const headings = (text: string) => outsideCode(text).split('\n').filter((l) => /^#{1,6} /.test(l));
  const blocks = (text: string) => text.match(/^```[^\n]*\n[\s\S]*?^```$/gm) ?? [];

  it('lists the same rule codes VSxxx, in the same order, as the English one', () => {
    assert.ok(codes(english).length > 90);
    assert.deepEqual(codes(korean), codes(english));
    assert.deepEqual(allCodes(korean), allCodes(english));
  });

  it('has as many headings, at the same levels, as the English one', () => {
    assert.deepEqual(headings(korean).map((h) => h.split(' ')[0]), headings(english).map((h) => h.split(' ')[0]));
  });

  it('keeps every code block and as many table rows, and its prose is Korean', () => {
    assert.deepEqual(blocks(korean), blocks(english));
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('|')).length;
    assert.equal(rows(korean), rows(english));
    for (const h of headings(korean)) assert.match(h, /[가-힣]|^# `\.virt`/, h);
  });
});

describe('webview pages declare the display language', () => {
  const resources = { cspSource: 'vscode-webview://x', scriptUri: 'main.js', styleUri: 'main.css', nonce: 'n' };
  const page = { csp: "default-src 'none'", initId: 'init', init: {} };

  it('writes <html lang> from the language it is given, English when none', () => {
    assert.match(webviewPage({ ...resources, lang: 'ko' }, page), /^<!DOCTYPE html>\n<html lang="ko">/);
    assert.match(webviewPage({ ...resources, lang: 'zh-tw' }, page), /<html lang="zh-tw">/);
    assert.match(webviewPage(resources, page), /<html lang="en">/);
  });

  it('escapes a language that is not a plain tag', () => {
    assert.match(webviewPage({ ...resources, lang: 'x" onload="y' }, page), /<html lang="x&quot; onload=&quot;y">/);
  });
});
