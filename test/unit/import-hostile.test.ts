import * as assert from 'node:assert/strict';
import { analyze, importInventory, type ImportResult } from '../../src/core/languageService';
import { checkValueDepth, MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH, Refusal } from '../../src/core/import/guards';

// Inputs built to hurt: each is refused with a message that says what is wrong, quickly, and
// (for size) before any parser sees the text; values that reach the output cannot add statements.

const error = (r: ImportResult): string => (r.ok ? assert.fail(`imported:\n${r.text}`) : r.error);

describe('importing hostile input', () => {
  it('refuses a YAML alias bomb (billion laughs) by its alias count', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const bomb = `services:\n  web:\n    image: x\n${levels.map((l) => `x-${l}`).join('\n')}\n`;
    const t0 = performance.now();
    const e = error(importInventory([{ name: 'bomb.yaml', text: bomb }]));
    assert.ok(performance.now() - t0 < 2000);
    assert.match(e, /bomb\.yaml uses more than 100 YAML aliases/);
  });

  it('refuses nesting 1000 deep, in flow and in block style, and in XML', () => {
    const flow = `services: ${'['.repeat(1000)}${']'.repeat(1000)}\n`;
    assert.match(error(importInventory([{ name: 'flow.yaml', text: flow }])), new RegExp(`flow\\.yaml nests .* more than ${MAX_IMPORT_DEPTH} deep`));
    let block = 'services:\n';
    for (let i = 0; i < 1000; i++) block += `${' '.repeat(i + 2)}k${i}:\n`;
    assert.match(error(importInventory([{ name: 'block.yaml', text: block }])), /block\.yaml nests/);
    const xml = `${'<a>'.repeat(1000)}${'</a>'.repeat(1000)}`;
    assert.match(error(importInventory([{ name: 'deep.xml', text: xml }])), /deep\.xml nests/);
  });

  it('refuses a 100 MB file before parsing it', () => {
    // Not YAML at all past its first line: were it parsed, the refusal would be a syntax error, and slow.
    const huge = `services:\n${'\u0000'.repeat(100 * 1024 * 1024)}`;
    assert.ok(huge.length > MAX_IMPORT_CHARS);
    const t0 = performance.now();
    const e = error(importInventory([{ name: 'huge.yaml', text: huge }]));
    assert.ok(performance.now() - t0 < 200, `${performance.now() - t0} ms`);
    assert.equal(e, 'The input is 100 MB; imports read at most 20 MB. Split it into smaller files.');
  });

  it('refuses XML entities and document types (XXE)', () => {
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE domain [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<domain type="kvm"><name>&xxe;</name></domain>`;
    assert.match(error(importInventory([{ name: 'xxe.xml', text: xxe }])), /xxe\.xml declares a document type or entities/);
    const lol = `<domain type="kvm"><!ENTITY lol "lol"><name>x</name></domain>`;
    assert.match(error(importInventory([{ name: 'lol.xml', text: lol }])), /declares a document type or entities/);
  });

  it('refuses values of the wrong type with their path and what was expected', () => {
    const cases: [string, string, RegExp][] = [
      ['compose', 'services:\n  web:\n    deploy:\n      replicas: three\n', /services\.web\.deploy\.replicas must be a whole number, found "three"\./],
      ['compose', 'services:\n  web:\n    deploy: [1, 2]\n', /services\.web\.deploy must be a mapping, found \[…\]\./],
      ['compose', 'services: [web]\n', /services must be a mapping/],
      ['compose', 'services:\n  web:\n    mem_limit: lots\n', /services\.web\.mem_limit must be a size such as 512m or 1gb, found "lots"\./],
      ['compose', 'services:\n  web:\n    cpus: {a: 1}\n', /services\.web\.cpus must be a number of cores/],
      ['compose', 'services:\n  web:\n    image: {a: 1}\n', /services\.web\.image must be text, found \{…\}\./],
      ['compose', 'services:\n  web:\n    depends_on: 7\n', /services\.web\.depends_on must be a list/],
      ['kubernetes', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: {a: 1}\n', /Pod p: containers must be a list/],
      ['kubernetes', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec:\n  replicas: -1\n', /Deployment d: spec\.replicas must be a whole number, found -1\./],
      ['kubernetes', 'apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n  - name: c\n    resources: {limits: {memory: lots}}\n', /Pod p: containers\[0\]\.resources\.limits\.memory must be a quantity such as 100m, 0\.5, 512Mi or 1G, found "lots"\./],
      ['libvirt', '<domain type="kvm"><name>x</name><memory unit="KiB">many</memory></domain>', /domain\[0\]\.memory must be a size/],
      ['libvirt', '<domain type="kvm"><name>x</name><vcpu>0</vcpu></domain>', /domain\[0\]\.vcpu must be a whole number/],
    ];
    for (const [from, text, want] of cases) assert.match(error(importInventory([{ name: 'f', text }], { from: from as 'compose' })), want, text);
  });

  it('writes a hostile name, image or comment so that it cannot add statements', () => {
    const evil = 'x"\n}\nhardware pwn { cpu 1 cores }\n# \u2028\r';
    const compose = `services:\n  ${JSON.stringify(evil)}:\n    image: ${JSON.stringify(evil)}\n    platform: ${JSON.stringify(`${evil}/amd64`)}\n    ${JSON.stringify(`ports${evil}`)}: 1\n    profiles: [${JSON.stringify(evil)}]\n`;
    const r = importInventory([{ name: `a${evil}.yaml`, text: compose }]);
    assert.ok(r.ok, r.ok ? '' : r.error);
    const { model, diagnostics } = analyze(r.text);
    assert.deepEqual(diagnostics.map((d) => d.code), []);
    assert.deepEqual(model.layers.map((l) => l.kind), ['hardware', 'os', 'runtime', 'container']);
    assert.equal(model.layers.filter((l) => l.name === 'pwn').length, 0);
    const container = model.layers.find((l) => l.kind === 'container')!;
    assert.equal(container.name, 'x-hardware-pwn-cpu-1-cores');
    // Every line is a comment, a blank, or a statement the writer wrote.
    for (const line of r.text.split(/\r\n|\r|\n/)) assert.match(line, /^\s*(#.*|stack ".*"|hardware docker-host \{|cpu \d+ cores|memory .*|os linux|runtime docker \{|container [\w-]+ \{|image ".*"|\}|)$/, line);
    const xml = `<domain type="kvm"><name>${'a"}\n&lt;b'}</name><devices><disk device="disk"><source file="/x&#10;}&#10;hardware z {}"/><target dev="vda"/></disk></devices></domain>`;
    const v = importInventory([{ name: 'evil.xml', text: xml }]);
    assert.ok(v.ok, v.ok ? '' : v.error);
    assert.deepEqual(analyze(v.text).diagnostics.map((d) => d.code), []);
    assert.deepEqual(analyze(v.text).model.layers.map((l) => l.kind), ['hardware', 'hypervisor', 'vm']);
  });

  it('refuses aliases that nest deeper than the limit, though the text is shallow', () => {
    const lines = ['a0: &a0 [x]'];
    for (let i = 1; i < 70; i++) lines.push(`a${i}: &a${i} [*a${i - 1}]`);
    const r = importInventory([{ name: 'chain.yaml', text: `services:\n  web: { image: x }\nx-chain:\n${lines.map((l) => `  ${l}`).join('\n')}\n` }]);
    // The alias limit stops the chain first; the walk of the parsed value is the second line of defence.
    assert.match(error(r), /chain\.yaml uses more than 100 YAML aliases/);
    let deep: unknown = 'x';
    for (let i = 0; i < 70; i++) deep = [deep];
    assert.throws(() => checkValueDepth('v.yaml', deep), (e: Refusal) => e.message.id === 'import.error.tooDeep');
    assert.doesNotThrow(() => checkValueDepth('v.yaml', { a: [1, { b: null }] }));
  });

  it('never throws, even when reading a source throws', () => {
    const throwing = { name: 'x', get text(): string { throw 'boom'; } };
    assert.equal(error(importInventory([throwing])), 'The sources could not be read: boom');
    const notText = { name: 'x', text: 5 as unknown as string };
    assert.match(error(importInventory([notText])), /^The sources could not be read: /);
  });

  it('reads empty documents, numbers and booleans as text, and shortens long values in messages', () => {
    const r = importInventory([{ name: 'c.yaml', text: '---\n---\nservices:\n  a:\n    image: 5\n  b:\n    image: true\n    mem_limit: 0\n' }]);
    assert.ok(r.ok, r.ok ? '' : r.error);
    assert.match(r.text, /container a \{\n {6}image "5"\n {4}\}\n {4}container b \{\n {6}image "true"\n {4}\}/);
    const long = importInventory([{ name: 'c.yaml', text: `services:\n  a:\n    mem_limit: ${'x'.repeat(60)}\n` }]);
    assert.match(error(long), /found "x{39}…\./);
    const noServices = importInventory([{ name: 'a.yaml', text: 'name: base\nservices:\n  a: { image: x }\n' }, { name: 'b.yaml', text: 'name: other\n' }], { from: 'compose' });
    assert.ok(noServices.ok && /stack "base"/.test(noServices.text));
  });
});
