import * as assert from 'node:assert/strict';
import * as vsctm from 'vscode-textmate';
import { grammarFile, textMateRegistry } from './textmate';

// Runs the real TextMate engine VS Code uses, so a scope asserted here is the scope the
// editor shows; a regex that only "looks right" in the JSON is not enough.


interface Token {
  readonly text: string;
  readonly scopes: readonly string[];
}

let grammar: vsctm.IGrammar;

/** Tokenizes lines in order (carrying the rule stack) and returns each line's tokens. */
function tokenize(...lines: string[]): Token[][] {
  let stack = vsctm.INITIAL;
  return lines.map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
  });
}

/** The scopes of the first token whose text, less surrounding blanks, is `text`. */
function scopesOf(line: string, text: string): readonly string[] {
  const token = tokenize(line)[0]!.find((t) => t.text.trim() === text);
  assert.ok(token, `no token "${text}" in ${JSON.stringify(tokenize(line)[0])}`);
  return token.scopes;
}

function assertScope(line: string, text: string, scope: string): void {
  const scopes = scopesOf(line, text);
  assert.ok(scopes.includes(scope), `"${text}" in "${line}": expected ${scope}, got ${scopes.join(' ')}`);
}

function assertPlain(line: string, text: string): void {
  assert.deepEqual(scopesOf(line, text), ['source.virt'], `"${text}" in "${line}" should be unscoped`);
}

describe('TextMate grammar (syntaxes/virt.tmLanguage.json)', () => {
  before(async () => {
    const registry = await textMateRegistry({
      loadGrammar: async (scopeName) => (scopeName === 'source.virt' ? grammarFile('syntaxes/virt.tmLanguage.json') : null),
    });
    const loaded = await registry.loadGrammar('source.virt');
    assert.ok(loaded, 'grammar did not load');
    grammar = loaded;
  });

  it('marks layer keywords and the names they declare', () => {
    assertScope('hardware node1 {', 'hardware', 'keyword.control.layer.virt');
    assertScope('hardware node1 {', 'node1', 'entity.name.function.hardware.virt');
    assertScope('  vm web-01 {', 'web-01', 'entity.name.function.vm.virt');
    assertScope('container api { cpu 0.5..2 }', 'api', 'entity.name.function.container.virt');
    assertScope('job nightly { work 8 core-h }', 'job', 'keyword.control.layer.virt');
    assertScope('stack "Web tier"', 'stack', 'keyword.control.top-level.virt');
    assertScope('simulate {', 'simulate', 'keyword.control.top-level.virt');
  });

  it('accepts Korean names', () => {
    assertScope('  app 웹서버 { load constant 40% }', '웹서버', 'entity.name.function.app.virt');
    assertScope('vm 개발-서버2 {', '개발-서버2', 'entity.name.function.vm.virt');
  });

  it('marks statements after ; and { as statements', () => {
    const line = 'vm dev { vcpu 2; memory 4 GiB; os linux "Debian 12"; app editor }';
    assertScope(line, 'dev', 'entity.name.function.vm.virt');
    assertScope(line, 'vcpu', 'keyword.other.property.virt');
    assertScope(line, 'linux', 'support.type.kernel.virt');
    assertScope(line, 'editor', 'entity.name.function.app.virt');
    assertScope(line, ';', 'punctuation.terminator.statement.virt');
    assertScope(line, '{', 'punctuation.section.block.begin.virt');
  });

  // Disaster recovery: `fail` is a setting of the simulate block, highlighted as the others are.
  it('marks fail in a simulate block as a setting', () => {
    assertScope('  fail esx1 at 6 h recover at 8 h', 'fail', 'keyword.other.property.virt');
  });

  it('marks products after hypervisor, runtime and middleware, and as-names', () => {
    assertScope('  hypervisor kvm {', 'kvm', 'support.class.hypervisor.virt');
    assertScope('runtime docker as engine {', 'docker', 'support.class.runtime.virt');
    assertScope('runtime docker as engine {', 'as', 'keyword.other.as.virt');
    assertScope('runtime docker as engine {', 'engine', 'entity.name.function.runtime.virt');
    assertScope('middleware nginx "1.27"', 'nginx', 'support.class.middleware.virt');
    assertScope('hypervisor vmware-workstation {', 'vmware-workstation', 'support.class.hypervisor.virt');
  });

  it('marks kernel families only after os', () => {
    assertScope('os windows "Windows Server 2022"', 'windows', 'support.type.kernel.virt');
    assertScope('os linux "Ubuntu 24.04"', 'os', 'keyword.control.layer.virt');
    assertScope('app linux-tools', 'linux-tools', 'entity.name.function.app.virt');
    assertPlain('os linuxish', 'linuxish');
  });

  it('marks numbers with their units', () => {
    for (const [line, number, unit] of [
      ['cpu 32 cores', '32', 'cores'],
      ['memory 256 GiB', '256', 'GiB'],
      ['network 10 Gbps', '10', 'Gbps'],
      ['work 8 core-h', '8', 'core-h'],
      ['boot 30 s', '30', 's'],
      ['power idle 120 W peak 2 kW', '2', 'kW'],
    ] as const) {
      assertScope(line, number, 'constant.numeric.virt');
      assertScope(line, unit, 'keyword.other.unit.virt');
    }
    assertScope('load constant 20%', '%', 'keyword.other.unit.virt');
    assertScope('cpu 0.5..2', '0.5', 'constant.numeric.virt');
    assertScope('cpu 0.5..2', '..', 'keyword.operator.range.virt');
    assertScope('cpu 0.5..2', '2', 'constant.numeric.virt');
    assertScope('seed 2e3', '2e3', 'constant.numeric.virt');
    assertScope('vcpu -4', '-4', 'constant.numeric.virt');
  });

  it('keeps a property word after a number a property, not a unit', () => {
    const line = 'overcommit cpu 4.0 memory 1.0';
    assertScope(line, 'overcommit', 'keyword.other.property.virt');
    assertScope(line, 'memory', 'keyword.other.property.virt');
  });

  it('does not read digits inside a name as a number', () => {
    assertScope('depends web-2, db1', 'web-2', 'variable.other.reference.virt');
    assertScope('depends web-2, db1', 'db1', 'variable.other.reference.virt');
    assertScope('depends web-2, db1', 'depends', 'keyword.other.property.virt');
  });

  it('marks load profile words, time of day and ranges', () => {
    const line = 'app shop { load daily 20%..90% peak 14:00 }';
    assertScope(line, 'load', 'keyword.other.property.virt');
    assertScope(line, 'daily', 'keyword.other.profile.virt');
    assertScope(line, 'peak', 'keyword.other.profile.virt');
    assertScope(line, '14:00', 'constant.numeric.time.virt');
    assertScope('load spikes 10%..90% every 2 h for 5 m', 'every', 'keyword.other.profile.virt');
  });

  it('does not take a layer word in argument position as a new layer', () => {
    assertScope('boot vm 30 s', 'boot', 'keyword.other.property.virt');
    assertPlain('boot vm 30 s', 'vm');
  });

  it('marks clusters, storage pools and their settings (issue 14)', () => {
    assertScope('cluster prod {', 'cluster', 'keyword.control.layer.virt');
    assertScope('cluster prod {', 'prod', 'entity.name.function.cluster.virt');
    assertScope('storage vsan as vsan1 {', 'storage', 'keyword.control.layer.virt');
    assertScope('storage vsan as vsan1 {', 'vsan', 'support.class.storage.virt');
    assertScope('storage vsan as vsan1 {', 'vsan1', 'entity.name.function.storage.virt');
    for (const word of ['tolerate', 'replicas', 'erasure', 'thin', 'capacity', 'disks', 'reach']) assertScope(`  ${word} 2`, word, 'keyword.other.property.virt');
    assertScope('volume data 200 GiB from vsan1', 'volume', 'keyword.other.property.virt');
  });

  it('marks desktop pools, delivery and data sources', () => {
    assertScope('    desktops office { count 200 }', 'desktops', 'keyword.control.layer.virt');
    assertScope('    desktops office { count 200 }', 'office', 'entity.name.function.desktops.virt');
    assertScope('    desktops office { count 200 }', 'count', 'keyword.other.property.virt');
    assertScope('app gimp { delivery packaged flatpak }', 'delivery', 'keyword.other.property.virt');
    assertScope('app gimp { delivery packaged flatpak }', 'packaged', 'keyword.other.profile.virt');
    assertScope('app gimp { delivery packaged flatpak }', 'flatpak', 'support.class.delivery.virt');
    assertScope('middleware trino as lake { sources orders-db, crm }', 'sources', 'keyword.other.property.virt');
    assertScope('middleware trino as lake { sources orders-db, crm }', 'crm', 'variable.other.reference.virt');
    assertPlain('tenant server', 'server'); // a delivery mode only after 'delivery'
  });

  it('marks comments, including after code', () => {
    assertScope('# type 1', 'type 1', 'comment.line.number-sign.virt');
    assertScope('  cpu 4   # four cores', '#', 'punctuation.definition.comment.virt');
    assertScope('  cpu 4   # four cores', 'four cores', 'comment.line.number-sign.virt');
  });

  it('marks strings, their escapes, and an unterminated string as invalid', () => {
    const line = 'os linux "say \\"hi\\" # not a comment"';
    assertScope(line, 'say', 'string.quoted.double.virt');
    assertScope(line, '\\"', 'constant.character.escape.virt');
    assertScope(line, '# not a comment', 'string.quoted.double.virt');
    assertScope('image "nginx:1.27', 'nginx:1.27', 'invalid.illegal.unterminated-string.virt');
    const next = tokenize('image "oops', 'cpu 2')[1]!;
    assert.ok(next.find((t) => t.text === 'cpu')!.scopes.includes('keyword.other.property.virt'), 'string leaked to the next line');
  });

  // Network virtualization (VS6xx)
  it('marks switches, their products and names, segments with their kinds, and the segment a nic names', () => {
    const sw = 'switch ovs as br0 {';
    assertScope(sw, 'switch', 'keyword.control.network.virt');
    assertScope(sw, 'ovs', 'support.class.switch.virt');
    assertScope(sw, 'as', 'keyword.other.as.virt');
    assertScope(sw, 'br0', 'entity.name.function.switch.virt');
    const seg = '  segment db vxlan 5002';
    assertScope(seg, 'segment', 'keyword.other.property.virt');
    assertScope(seg, 'db', 'entity.name.function.segment.virt');
    assertScope(seg, 'vxlan', 'keyword.other.segment-kind.virt');
    assertScope(seg, '5002', 'constant.numeric.virt');
    const nic = 'vm fw { nic web 10 Gbps; function firewall; }';
    assertScope(nic, 'nic', 'keyword.other.property.virt');
    assertScope(nic, 'web', 'variable.other.reference.virt');
    assertScope(nic, 'function', 'keyword.other.property.virt');
    assertScope('uplink 25 Gbps', 'uplink', 'keyword.other.property.virt');
  });
});
