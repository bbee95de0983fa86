// Quick fixes that move a hypervisor to where its type says it belongs: a type-2 product
// onto a host OS (VS201), a type-1 product onto the hardware (VS200).
import type { Layer } from '../../model/types';
import { CATALOGUE, findProduct } from '../../taxonomy/catalogue';
import { type KernelFamily, kernelName } from '../../taxonomy/kinds';
import type { Product } from '../../taxonomy/product';
import { machineOf } from '../../validate/describe';
import { indentAt, removeStatement, statementLines } from '../textEdits';
import { type Candidate, type FixContext, insertIntoBlock, layerAt, shape } from './fixContext';

/** VS201: give a type-2 hypervisor the host OS it needs, the machine's own if it has one. */
export function fixType2(ctx: FixContext): Candidate[] {
  const hv = layerAt(ctx, ['hypervisor']);
  const parent = hv?.parent;
  if (!hv || !parent || (parent.kind !== 'hardware' && parent.kind !== 'vm')) return [];
  const name = hv.catalogue?.name ?? hv.name;
  const os = parent.children.find((c) => c.kind === 'os' && c.statement.block);
  if (os) {
    const edit = moveInto(ctx, hv, os);
    return edit ? [{ title: ctx.l10n.t('fix.moveIntoOs', name, os.label ?? os.name), edits: edit }] : [];
  }
  const kernels: readonly KernelFamily[] = hv.catalogue?.role === 'hypervisor' && hv.catalogue.hostKernels ? hv.catalogue.hostKernels : ['linux', 'windows'];
  const { take } = statementLines(ctx.text, hv.statement);
  const indent = indentAt(ctx.text, hv.statement.start);
  const wraps = byGuests(kernels, hv).map((kernel) => {
    const piece = `os ${kernel} {${ctx.eol}${ctx.text.slice(take.start, take.end)}${ctx.eol}}`;
    const title = ctx.l10n.t(parent.kind === 'vm' ? 'fix.wrapGuestOs' : 'fix.wrapHostOs', name, kernelName(kernel));
    return { title, edits: [{ start: take.start, end: take.end, newText: shape(piece, indent, ctx.eol) }] };
  });
  // The finding's message offers a type-1 product too: on bare hardware that holds no other
  // hypervisor (one type-1 hypervisor owns a machine), that is a fix as well.
  const alone = parent.kind === 'hardware' && !parent.children.some((c) => c !== hv && c.kind === 'hypervisor');
  const typeOne = alone ? typeOneFor(hv) : undefined;
  if (!typeOne || !hv.productSpan) return wraps;
  const swap = { title: ctx.l10n.t('fix.useTypeOne', typeOne.name, name), edits: [{ ...hv.productSpan, newText: typeOne.id }] };
  // A host OS of the guests' own kernel first: it keeps the product the user chose.
  return [...wraps.slice(0, 1), swap, ...wraps.slice(1)];
}

/** The host kernels, those most of the hypervisor's guests run first (a Linux database server gets a Linux host). */
function byGuests(kernels: readonly KernelFamily[], hv: Layer): KernelFamily[] {
  const votes = new Map<string, number>();
  for (const vm of hv.children) {
    const kernel = vm.children.find((c) => c.kind === 'os')?.kernel;
    if (vm.kind === 'vm' && kernel) votes.set(kernel, (votes.get(kernel) ?? 0) + 1);
  }
  // A stable sort: kernels without guests keep the catalogue's order.
  return [...kernels].sort((a, b) => (votes.get(b) ?? 0) - (votes.get(a) ?? 0));
}

/** The type-1 hypervisor to offer instead of a type-2 one: its vendor's (Workstation → ESXi), else KVM, as the finding says. */
function typeOneFor(hv: Layer): Product | undefined {
  const typeOne = (p: Product): boolean => p.role === 'hypervisor' && p.type === 1;
  const vendor = hv.catalogue?.vendor;
  return CATALOGUE.find((p) => typeOne(p) && vendor !== undefined && p.vendor === vendor) ?? findProduct('kvm');
}

/** VS200: put a type-1 hypervisor on the machine under it; a host OS in the way gives way or moves into a VM. */
export function fixType1(ctx: FixContext): Candidate[] {
  const hv = layerAt(ctx, ['hypervisor']);
  const machine = hv && machineOf(hv);
  if (!hv || !machine) return [];
  const name = hv.catalogue?.name ?? hv.name;
  if (machine.kind === 'vm') {
    const edit = moveInto(ctx, hv, machine);
    return edit ? [{ title: ctx.l10n.t('fix.moveIntoVm', name, machine.name), edits: edit }] : [];
  }
  const hostOs = machine.children.find((c) => c.kind === 'os');
  if (!hostOs) {
    const edit = moveInto(ctx, hv, machine);
    return edit ? [{ title: ctx.l10n.t('fix.moveToHardware', name, machine.name), edits: edit }] : [];
  }
  if (hv.parent !== hostOs) return [];
  return hostOs.statement.block ? replaceHostOs(ctx, hv, hostOs, machine, name) : dropOsLine(ctx, hv, hostOs, name);
}

/** Moves a layer's statement (with its trailing comment) to the end of another layer's block. */
function moveInto(ctx: FixContext, layer: Layer, target: Layer) {
  const { take } = statementLines(ctx.text, layer.statement);
  const insert = insertIntoBlock(ctx.text, target.statement, ctx.text.slice(take.start, take.end), ctx.eol);
  return insert ? [removeStatement(ctx.text, layer.statement), insert] : undefined;
}

/** The host OS holds only the hypervisor: the hypervisor takes its place; otherwise the OS moves into a VM on it. */
function replaceHostOs(ctx: FixContext, hv: Layer, os: Layer, machine: Layer, name: string): Candidate[] {
  const { text, eol } = ctx;
  const osStmt = os.statement;
  const indent = indentAt(text, osStmt.start);
  if (osStmt.block!.statements.length === 1) {
    const { take } = statementLines(text, hv.statement);
    const piece = text.slice(take.start, take.end);
    return [{ title: ctx.l10n.t('fix.replaceHostOs', name), edits: [{ start: osStmt.start, end: osStmt.end, newText: shape(piece, indent, eol) }] }];
  }
  if (osStmt.block!.close < 0) return [];
  const h = hv.statement;
  const header = text.slice(h.start, h.block ? h.block.open : h.end).trimEnd();
  const inner = h.block && h.block.close >= 0 ? text.slice(h.block.open + 1, h.block.close).trim() : '';
  const removal = removeStatement(text, h);
  const osText = text.slice(osStmt.start, removal.start) + text.slice(removal.end, osStmt.end);
  const vm = hostVmName(ctx, machine);
  const piece = [`${header} {`, inner, `vm ${vm} {`, osText, '}', '}'].filter((l) => l !== '').join(eol);
  return [{ title: ctx.l10n.t('fix.hostOsIntoVm', name, vm), edits: [{ start: osStmt.start, end: osStmt.end, newText: shape(piece, indent, eol) }] }];
}

/**
 * `os linux` as a line that carries only the hypervisor: the line goes (KVM's Linux is part of KVM).
 * Every other layer of the machine's block but a second OS stands on that line (model/build.ts),
 * so the line's own children are all that could lose their OS.
 */
function dropOsLine(ctx: FixContext, hv: Layer, os: Layer, name: string): Candidate[] {
  if (os.children.some((c) => c !== hv)) return [];
  return [{ title: ctx.l10n.t('fix.replaceHostOs', name), edits: [removeStatement(ctx.text, os.statement)] }];
}

function hostVmName(ctx: FixContext, machine: Layer): string {
  const names = ctx.analysis.model.names;
  const base = `${machine.name}-host`;
  if (!names.has(base)) return base;
  for (let i = 2; ; i++) if (!names.has(`${base}${i}`)) return `${base}${i}`;
}
