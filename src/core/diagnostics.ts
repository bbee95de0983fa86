// Diagnostics are data, never exceptions: every stage appends to a list and carries on. A
// finding is its kind (an id of FINDINGS, which fixes its stable code and its severity), where it
// is, and the values of its message; its words are in the bundles under the same id, so any host
// shows it in its user's language.
import { ENGLISH, type Message, type MessageArg, type MessageId } from './l10n/localizer';

/** How serious a finding is; the extension maps these onto VS Code's severities. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A finding about the source text, located by character offsets. */
export interface Diagnostic {
  /** Stable rule code, e.g. `VS201`; documented in docs/language.md. */
  readonly code: string;
  readonly severity: Severity;
  /** Offset of the first character (inclusive). */
  readonly start: number;
  /** Offset after the last character (exclusive); equal to start only at the end of the text. */
  readonly end: number;
  /** The message in English, for logs, tests and hosts without a bundle. */
  readonly message: string;
  /** The id of the message in the bundles (a key of FINDINGS). */
  readonly messageId: string;
  /** The values substituted into the message, kept for localization. */
  readonly args: readonly MessageArg[];
  /** Editor hint: the code is unnecessary or deprecated. */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /** Further places that explain the finding, e.g. the first of two duplicates. */
  readonly related?: readonly { readonly start: number; readonly end: number; readonly message: MessageArg }[];
}

/** A span of text by offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

interface FindingKind {
  readonly code: string;
  readonly severity: Severity;
}

const f = (code: string, severity: Severity): FindingKind => ({ code, severity });

/** Every kind of finding the core can report, by message id: one table so that codes stay stable and severities consistent. */
export const FINDINGS = {
  'syntax.unexpectedCharacter': f('VS001', 'error'),
  'syntax.unterminatedString': f('VS002', 'error'),
  'syntax.expectedKeyword': f('VS003', 'error'),
  'syntax.unclosedBlock': f('VS004', 'error'),
  'syntax.unexpectedBrace': f('VS005', 'error'),
  'syntax.tooDeep': f('VS006', 'error'),
  'syntax.badNumber': f('VS007', 'error'),
  'syntax.expectedQuantity': f('VS008', 'error'),
  'syntax.blockOnNextLine': f('VS009', 'error'),
  'syntax.unexpectedToken': f('VS010', 'error'),
  'syntax.tooManyErrors': f('VS011', 'error'),

  'schema.unknownKeyword': f('VS100', 'error'),
  'schema.propertyNotHere': f('VS101', 'error'),
  'schema.expectedValue': f('VS102', 'error'),
  'schema.wrongUnit': f('VS103', 'error'),
  'schema.missingUnit': f('VS103', 'error'),
  'schema.outOfRange': f('VS104', 'error'),
  'schema.duplicateProperty': f('VS105', 'warning'),
  'schema.rangeOrder': f('VS106', 'error'),
  'schema.extraArgument': f('VS107', 'error'),
  'schema.misplacedTopLevel': f('VS108', 'error'),
  'schema.missingName': f('VS109', 'error'),
  'schema.jobNeedsWork': f('VS110', 'error'),
  'schema.nestedSimulate': f('VS111', 'error'),
  'schema.unknownOption': f('VS113', 'error'),
  'schema.unexpectedBlock': f('VS114', 'error'),
  'schema.badTime': f('VS112', 'error'),

  'taxonomy.type1OnHardware': f('VS200', 'error'),
  'taxonomy.type2NeedsHostOs': f('VS201', 'error'),
  'taxonomy.osPlacement': f('VS202', 'error'),
  'taxonomy.vmNeedsHypervisor': f('VS203', 'error'),
  'taxonomy.containerNeedsRuntime': f('VS204', 'error'),
  'taxonomy.runtimeNeedsOs': f('VS205', 'error'),
  'taxonomy.kernelMismatch': f('VS206', 'error'),
  'taxonomy.needsOs': f('VS207', 'error'),
  'taxonomy.typeContradicts': f('VS208', 'error'),
  'taxonomy.unknownProduct': f('VS209', 'error'),
  'taxonomy.unknownProductTyped': f('VS209', 'information'),
  // Information, not a warning: nesting is a legitimate design (labs, CI) with a cost to know, not a mistake (issue 13).
  'taxonomy.nested': f('VS210', 'information'),
  'taxonomy.sharedKernel': f('VS211', 'information'),
  'taxonomy.bareMetalConflict': f('VS212', 'error'),
  'taxonomy.oneOs': f('VS213', 'error'),
  'taxonomy.cannotHold': f('VS214', 'error'),
  'taxonomy.unknownKernel': f('VS215', 'error'),
  'taxonomy.wrongRole': f('VS217', 'error'),
  'taxonomy.hostKernel': f('VS216', 'error'),

  'names.duplicate': f('VS300', 'error'),
  'names.unknown': f('VS301', 'error'),
  'names.cycle': f('VS302', 'error'),
  'names.self': f('VS303', 'error'),

  'resources.vmTooLarge': f('VS400', 'error'),
  'resources.cpuOvercommit': f('VS401', 'warning'),
  'resources.memoryOvercommit': f('VS402', 'error'),
  'resources.noCapacity': f('VS403', 'warning'),

  // Clusters and storage (issue 14).
  'storage.volumeTooLarge': f('VS500', 'error'),
  'storage.full': f('VS501', 'error'),
  // A warning, like CPU overcommit: thin provisioning promises more than it holds on purpose.
  'storage.thinFull': f('VS502', 'warning'),
  'storage.unreachable': f('VS503', 'error'),
  'storage.tooManyCopies': f('VS504', 'error'),
  'storage.noCapacity': f('VS505', 'error'),
  'storage.unknownPool': f('VS506', 'error'),
  'storage.unknownProduct': f('VS507', 'error'),
  'storage.placement': f('VS508', 'error'),
  'storage.unknownHost': f('VS509', 'error'),
  'storage.duplicateVolume': f('VS510', 'error'),
  'storage.duplicatePool': f('VS511', 'error'),
  'storage.misplaced': f('VS512', 'error'),
  'storage.noErasure': f('VS513', 'error'),
  // A warning: a cluster being written has no hosts yet.
  'cluster.empty': f('VS520', 'warning'),
  'cluster.tolerateTooMany': f('VS521', 'error'),
  // A warning, like overcommit: the VMs run today; only a failure would leave some down.
  'cluster.admission': f('VS522', 'warning'),
  'cluster.duplicate': f('VS523', 'error'),
  // Network virtualization and network functions (VS6xx)
  'network.switchNotHere': f('VS600', 'error'),
  'network.unknownSwitch': f('VS601', 'error'),
  'network.switchPlace': f('VS602', 'error'),
  'network.overlayUnsupported': f('VS603', 'error'),
  'network.badSegmentId': f('VS604', 'error'),
  'network.outsideSwitch': f('VS605', 'error'),
  'network.notInSwitch': f('VS606', 'error'),
  'network.unknownSegment': f('VS607', 'error'),
  // A warning, like CPU overcommit: NICs rarely all run at line rate at once.
  'network.uplinkOvercommit': f('VS608', 'warning'),
  'network.segmentConflict': f('VS609', 'error'),
  'nfv.unknownFunction': f('VS620', 'error'),
  'nfv.joinsNothing': f('VS621', 'warning'),
} as const satisfies Record<string, FindingKind>;

/** The id of a kind of finding: a key of FINDINGS, and its message's id in the bundles. */
export type FindingId = keyof typeof FINDINGS & MessageId;

/** Rule code of a kind of finding. */
export function codeOf(id: FindingId): string {
  return FINDINGS[id].code;
}

// Arguments quote the user's text; a megabyte-long word must not make a megabyte-long message.
const MAX_ARG_LENGTH = 80;

/** A finding of the given kind, with its English text. */
export function makeDiagnostic(id: FindingId, start: number, end: number, ...args: MessageArg[]): Diagnostic {
  const kind = FINDINGS[id];
  const shown = args.map((a) => (typeof a === 'string' && a.length > MAX_ARG_LENGTH ? `${a.slice(0, MAX_ARG_LENGTH)}…` : a));
  return { code: kind.code, severity: kind.severity, start, end, message: ENGLISH.t(id, ...shown), args: shown, messageId: id };
}

/** A diagnostic's message as data, to be put into words in any language (e.g. inside a refusal). */
export function messageOf(d: Diagnostic): Message {
  return { id: d.messageId as MessageId, args: d.args };
}
