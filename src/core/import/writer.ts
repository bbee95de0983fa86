// Writes an inventory as `.virt` text. Everything taken from the source goes through one of three
// doors: a name (made a valid identifier, unique in the file), a string (escaped) or a comment
// (made one line), so that no value of the file can close a block, end a comment or start a
// statement of its own.
import type { Localizer, Message } from '../l10n/localizer';
import type { ContainerSpec, Engine, HostSpec, Inventory, OsLine, Span, VmSpec } from './inventory';
import { numberText, sizeText } from './quantities';

/** Names of one file: each a valid identifier of the language, none twice. */
export class Names {
  private readonly taken = new Set<string>();

  /** A valid, unused name as close to `raw` as the language allows; taken from then on. */
  claim(raw: string): string {
    const base = identifier(raw);
    let name = base;
    for (let i = 2; this.taken.has(name.toLowerCase()); i++) name = `${base}-${i}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

// Words that would read as syntax rather than as a name after a keyword.
const RESERVED = new Set(['as', 'from', 'at', 'recover']);

/** `raw` as an identifier: ASCII letters, digits, `_` and `-`, starting with a letter or `_`. */
export function identifier(raw: string): string {
  let s = raw.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-{2,}/g, '-').replace(/^-+|-+$/g, '');
  if (s.length > 63) s = s.slice(0, 63).replace(/-+$/, '');
  if (s === '') return 'unnamed';
  if (!/^[A-Za-z_]/.test(s)) s = `n-${s}`;
  return RESERVED.has(s) ? `${s}-1` : s;
}

/** Text as a string literal of the language: quotes and backslashes escaped, line breaks as `\n`, other control characters as spaces. */
export function stringLiteral(raw: string): string {
  const body = raw
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]/g, ' ');
  return `"${body}"`;
}

/** Text as the body of a comment: one line, whatever it holds (a comment ends only at a line break). */
export function commentText(raw: string): string {
  // eslint-disable-next-line no-control-regex
  return raw.replace(/[\u0000-\u001f\u007f\u0085\u2028\u2029]+/g, ' ').trim();
}

/** The `.virt` text of an inventory, with its header and the list of what could not be mapped. */
export function writeInventory(inv: Inventory, source: Message, l10n: Localizer): string {
  const out: string[] = [];
  const comment = (indent: string, m: Message): void => {
    out.push(`${indent}# ${commentText(l10n.text(m))}`);
  };
  comment('', source);
  for (const m of inv.header) comment('', m);
  if (inv.unmapped.length > 0) {
    comment('', { id: 'import.header.unmapped' });
    for (const m of inv.unmapped) out.push(`#   - ${commentText(l10n.text(m))}`);
  }
  out.push('', `stack ${stringLiteral(inv.title)}`);
  for (const host of inv.hosts) writeHost(host, out, comment);
  return `${out.join('\n')}\n`;
}

type Comment = (indent: string, m: Message) => void;

function writeHost(host: HostSpec, out: string[], comment: Comment): void {
  out.push('');
  for (const n of host.notes) comment('', n);
  out.push(`hardware ${host.name} {`);
  out.push(`  cpu ${host.cores} cores`);
  out.push(`  memory ${sizeText(host.memory)}`);
  if (host.reserve !== undefined && host.reserve > 0) out.push(`  reserve ${sizeText(host.reserve)}`);
  for (const e of host.engines.filter((x) => x.onHardware)) writeEngine(e, '  ', out, comment);
  const hosted = host.engines.filter((x) => !x.onHardware);
  if (host.os) {
    out.push(`  ${osLine(host.os)}`);
    for (const e of hosted) writeEngine(e, '  ', out, comment);
  }
  out.push('}');
}

function writeEngine(e: Engine, indent: string, out: string[], comment: Comment): void {
  out.push(`${indent}${e.role} ${e.product} {`);
  const inner = `${indent}  `;
  for (const vm of e.vms) writeVm(vm, inner, out, comment);
  for (const c of e.containers) writeContainer(c, inner, out, comment);
  out.push(`${indent}}`);
}

function writeVm(vm: VmSpec, indent: string, out: string[], comment: Comment): void {
  for (const n of vm.notes) comment(indent, n);
  const lines: string[] = [];
  if (vm.vcpus !== undefined) lines.push(`vcpu ${vm.vcpus}`);
  if (vm.memory !== undefined) lines.push(`memory ${sizeText(vm.memory)}`);
  if (vm.os) lines.push(osLine(vm.os));
  block(`vm ${vm.name}`, lines, indent, out);
}

function writeContainer(c: ContainerSpec, indent: string, out: string[], comment: Comment): void {
  for (const n of c.notes) comment(indent, n);
  const lines: string[] = [];
  if (c.image !== undefined) lines.push(`image ${stringLiteral(c.image)}`);
  const cpu = span(c.cores, numberText);
  if (cpu) lines.push(`cpu ${cpu}`);
  const memory = span(c.memory, sizeText);
  if (memory) lines.push(`memory ${memory}`);
  if (c.os) lines.push(osLine(c.os));
  if (c.depends.length > 0) lines.push(`depends ${c.depends.join(', ')}`);
  block(`container ${c.name}`, lines, indent, out);
}

function block(head: string, lines: readonly string[], indent: string, out: string[]): void {
  if (lines.length === 0) {
    out.push(`${indent}${head} { }`);
    return;
  }
  out.push(`${indent}${head} {`);
  for (const l of lines) out.push(`${indent}  ${l}`);
  out.push(`${indent}}`);
}

/** `request..limit`, or one value when they are equal or one is missing. */
function span(s: Span | undefined, write: (n: number) => string): string | undefined {
  if (!s) return undefined;
  const { request, limit } = s;
  if (request !== undefined && limit !== undefined && request !== limit) return `${write(request)}..${write(limit)}`;
  return write((request ?? limit)!); // importers write a span only with a value in it
}

function osLine(os: OsLine): string {
  return os.display ? `os ${os.family} ${stringLiteral(os.display)}` : `os ${os.family}`;
}
