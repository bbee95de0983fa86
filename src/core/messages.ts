import type { Diagnostic, Severity } from './diagnostics';

interface MessageSpec {
  readonly code: string;
  readonly severity: Severity;
  /** English text; `{0}`, `{1}` … are replaced by the arguments. */
  readonly text: string;
}

// One table for every finding so that codes stay stable, severities consistent, and the
// extension can translate by message id (the Korean table lives with the extension).
const spec = (code: string, severity: Severity, text: string): MessageSpec => ({ code, severity, text });

/** Every message the core can produce, by id. */
export const MESSAGES = {
  'syntax.unexpectedCharacter': spec('VS001', 'error', 'Unexpected character {0}. A statement is a keyword followed by names, numbers or strings.'),
  'syntax.unterminatedString': spec('VS002', 'error', 'This string is not closed. Add a closing " on the same line.'),
  'syntax.expectedKeyword': spec('VS003', 'error', 'Expected a keyword at the start of the statement, found {0}.'),
  'syntax.unclosedBlock': spec('VS004', 'error', "This '{' is never closed. Add a matching '}'."),
  'syntax.unexpectedBrace': spec('VS005', 'error', "Unexpected '}': there is no open block to close here."),
  'syntax.tooDeep': spec('VS006', 'error', 'Blocks are nested more than {0} levels deep; the content of this block is not checked.'),
  'syntax.badNumber': spec('VS007', 'error', 'The number {0} is not a finite value.'),
  'syntax.expectedQuantity': spec('VS008', 'error', "Expected a number after '..', found {0}."),
  'syntax.blockOnNextLine': spec('VS009', 'error', "A block must open on the same line as its statement. Move this '{' up to the end of the previous line."),
  'syntax.unexpectedToken': spec('VS010', 'error', 'Unexpected {0} here.'),
  'syntax.tooManyErrors': spec('VS011', 'error', 'More than {0} errors while reading this file; the rest are not reported. Is it really a .virt file?'),

  'schema.unknownKeyword': spec('VS100', 'error', "Unknown keyword '{0}'.{1}"),
  'schema.propertyNotHere': spec('VS101', 'error', "'{0}' does not apply to {1}. It belongs in {2}."),
  'schema.expectedValue': spec('VS102', 'error', "'{0}' expects {1}, e.g. `{2}`."),
  'schema.wrongUnit': spec('VS103', 'error', "'{0}' measures {1}, but {2} is a unit of {3}. Use one of: {4}."),
  'schema.missingUnit': spec('VS103', 'error', "'{0}' needs a unit of {1}: one of {2}."),
  'schema.outOfRange': spec('VS104', 'error', "'{0}' must be {1}; {2} is not."),
  'schema.duplicateProperty': spec('VS105', 'warning', "'{0}' is set twice in this block; the last one counts."),
  'schema.rangeOrder': spec('VS106', 'error', 'The lower bound {0} is above the upper bound {1}. Write low..high.'),
  'schema.extraArgument': spec('VS107', 'error', "Unexpected {0} after '{1}'."),
  'schema.misplacedTopLevel': spec('VS108', 'error', "'{0}' cannot stand at the top level: every stack starts with a 'hardware' block."),
  'schema.missingName': spec('VS109', 'error', "'{0}' needs a {1} after the keyword, e.g. `{2}`."),
  'schema.jobNeedsWork': spec('VS110', 'error', "Job '{0}' needs its amount of CPU work, e.g. `work 8 core-h`."),
  'schema.nestedSimulate': spec('VS111', 'error', "'{0}' is a top-level setting; move it out of this block."),
  'schema.unknownOption': spec('VS113', 'error', "Unknown option '{0}' of '{1}'. Expected: {2}."),
  'schema.unexpectedBlock': spec('VS114', 'error', "'{0}' takes no block."),
  'schema.badTime': spec('VS112', 'error', 'Time of day {0} is not valid; use 00:00 to 23:59.'),

  'taxonomy.type1OnHardware': spec('VS200', 'error', "{0} is a type-1 (bare-metal) hypervisor: it runs directly on the hardware, not on {1}. Move it into the 'hardware' block, or use a type-2 product."),
  'taxonomy.type2NeedsHostOs': spec('VS201', 'error', "{0} is a type-2 (hosted) hypervisor: it runs as a program on a host OS. Put it inside an 'os' block, or use a type-1 product such as KVM."),
  'taxonomy.osPlacement': spec('VS202', 'error', 'An OS runs on hardware (host OS), in a VM (guest OS) or as a container image, not on {0}. A guest OS needs a VM on a hypervisor.'),
  'taxonomy.vmNeedsHypervisor': spec('VS203', 'error', "VM '{0}' sits on {1}, but a VM needs a hypervisor under it. Put it inside a 'hypervisor' block."),
  'taxonomy.containerNeedsRuntime': spec('VS204', 'error', "Container '{0}' sits on {1}, but a container needs a container runtime under it. Put it inside a 'runtime' block."),
  'taxonomy.runtimeNeedsOs': spec('VS205', 'error', 'Container runtime {0} sits on {1}, but a runtime is a program of an OS and uses its kernel. Put it inside an \'os\' block.'),
  'taxonomy.kernelMismatch': spec('VS206', 'error', "Container '{0}' brings a {1} user space, but its host kernel is {2}. Containers share the host's kernel; run it on a {1} host or in a VM."),
  'taxonomy.needsOs': spec('VS207', 'error', "{0} '{1}' sits on {2}, but it needs an operating system under it. Add an 'os' line to the enclosing machine."),
  'taxonomy.typeContradicts': spec('VS208', 'error', '{0} is a type-{1} hypervisor, but this block declares type {2}.'),
  'taxonomy.unknownProduct': spec('VS209', 'error', "Unknown {0} '{1}'.{2}"),
  'taxonomy.unknownProductTyped': spec('VS209', 'information', "'{0}' is not in the catalogue; checks rely on the declared type."),
  'taxonomy.nested': spec('VS210', 'warning', "Nested virtualization: hypervisor {0} runs inside VM '{1}'. It works only when the outer hypervisor exposes virtualization extensions, and every layer adds overhead."),
  'taxonomy.sharedKernel': spec('VS211', 'information', "Containers of tenants {0} share one {1} kernel here: a kernel exploit in one reaches the others. VMs, or a sandboxed runtime such as Kata or gVisor, isolate them better."),
  'taxonomy.bareMetalConflict': spec('VS212', 'error', "Hardware '{0}' has both a type-1 hypervisor and a host OS. Only one of them can own the bare hardware: run the OS in a VM, or use a type-2 hypervisor on it."),
  'taxonomy.oneOs': spec('VS213', 'error', 'A machine runs one OS directly; this is the second. Put another OS in a VM.'),
  'taxonomy.cannotHold': spec('VS214', 'error', "{0} cannot sit on {1}. {2}"),
  'taxonomy.unknownKernel': spec('VS215', 'error', "Unknown kernel family '{0}'.{1}"),
  'taxonomy.wrongRole': spec('VS217', 'error', "{0} is a {1}, not a {2}."),
  'taxonomy.hostKernel': spec('VS216', 'error', '{0} runs only on {1}, not on a {2} kernel.'),

  'names.duplicate': spec('VS300', 'error', "The name '{0}' is already used by the {1} declared on line {2}. Names of machines, VMs, containers, apps and jobs must be unique."),
  'names.unknown': spec('VS301', 'error', "Nothing is named '{0}'.{1}"),
  'names.cycle': spec('VS302', 'error', 'Start-up dependencies form a cycle: {0}. Nothing in a cycle can start first.'),
  'names.self': spec('VS303', 'error', "'{0}' cannot depend on itself."),

  'resources.vmTooLarge': spec('VS400', 'error', "{0} '{1}' asks for {2} {3}, but its host '{4}' has only {5}."),
  'resources.cpuOvercommit': spec('VS401', 'warning', "'{0}' gives {1} vCPUs on {2} cores: overcommit {3}:1 is above the {4}:1 limit. VMs will wait for CPU when busy."),
  'resources.memoryOvercommit': spec('VS402', 'error', "'{0}' assigns {1} of memory but can hand out only {2} ({3} installed, {4} reserved, ratio {5}). Guests would swap or be killed."),
  'resources.noCapacity': spec('VS403', 'warning', "Hardware '{0}' declares no {1}; checks of capacity on it are skipped."),
} as const satisfies Record<string, MessageSpec>;

/** A key of MESSAGES. */
export type MessageId = keyof typeof MESSAGES;

const MAX_ARG_LENGTH = 80;

/** Rule code of a message. */
export function codeOf(id: MessageId): string {
  return MESSAGES[id].code;
}

/** Fills `{n}` placeholders of a template. */
export function format(template: string, args: readonly string[]): string {
  return template.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

/** Builds a diagnostic from the table; severity may be overridden where a rule grades its findings. */
export function makeDiagnostic(id: MessageId, start: number, end: number, ...args: string[]): Diagnostic {
  const m = MESSAGES[id];
  // Arguments quote the user's text; a megabyte-long word must not make a megabyte-long message.
  const shown = args.map((a) => (a.length > MAX_ARG_LENGTH ? `${a.slice(0, MAX_ARG_LENGTH)}…` : a));
  return { code: m.code, severity: m.severity, start, end, message: format(m.text, shown), args: shown, messageId: id };
}
