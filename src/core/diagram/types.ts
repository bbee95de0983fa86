// The stack diagram as data: a flat grid per host, bottom to top like the layer tables of the
// article, before it is written out as mermaid. Everything here is plain data so that the
// extension can keep lookup tables and the webview can be told what each block stands for.
import type { Span } from '../diagnostics';
import type { LayerKind } from '../model/types';

/**
 * Styles of what is not a layer (issue 14): a cluster (drawn as a frame around its hosts, and
 * named in the legend), the storage pools a host builds or reaches (bands under its hardware)
 * and virtual switches (bands between the layer that runs them and its VMs or containers).
 */
export type FabricStyle = 'cluster' | 'pool' | 'switch';

/**
 * The styles that have a colour and a legend entry: the layer kinds, the fabric bands, and
 * `function`, a VM or container that declares itself a network function (NFV), drawn apart.
 */
export type LegendStyle = LayerKind | FabricStyle | 'function';

/** The styles a block can have: one per layer kind or fabric band, and a caption. */
export type BlockStyle = LegendStyle | 'caption';

/** One rectangle of a host's grid. */
export interface GridCell {
  /** Mermaid block id, unique within its host diagram (`b0`, `b1`, …). */
  readonly id: string;
  /** Row from the bottom: 0 is the hardware, the caption row is the highest. */
  readonly row: number;
  /** First column, from the left. */
  readonly column: number;
  /** How many columns it spans. */
  readonly span: number;
  readonly style: BlockStyle;
  /** Label lines as plain text, not yet escaped; the first is the title. */
  readonly lines: readonly string[];
  /** The path of kinds and names from the host, stable across edits that do not rename or move it. */
  readonly key: string;
  /** The declaration to reveal when the block is clicked. */
  readonly source: Span;
  /** Whether the block is drawn on top of a VM as nested virtualization. */
  readonly nested: boolean;
  /** Whether the block repeats, under a later band of a wrapped host, a layer begun in an earlier band. */
  readonly continued: boolean;
  /**
   * Whether the block is a fabric band (fabric.ts) that an earlier host already shows in full:
   * like a continued block, it writes only its title after an ellipsis. Absent on layers.
   */
  readonly repeated?: boolean;
}

/** One host (a `hardware` block) laid out as a grid. */
export interface HostGrid {
  /** Stable id of the host within the file: its name, numbered when the name repeats. */
  readonly key: string;
  readonly name: string;
  readonly columns: number;
  /** Rows including the caption row. */
  readonly rows: number;
  readonly cells: readonly GridCell[];
}

/** One host as mermaid source, with what the preview needs to map blocks back to the text. */
export interface HostDiagram {
  readonly key: string;
  readonly name: string;
  readonly source: string;
  /** Blocks in the order they appear in the source. */
  readonly blocks: readonly DiagramBlock[];
}

/** What a rendered block stands for. */
export interface DiagramBlock {
  readonly id: string;
  readonly key: string;
  readonly style: BlockStyle;
  /** The full label, one line per entry, untruncated (for tooltips and tests). */
  readonly lines: readonly string[];
  readonly source: Span;
}

/** One entry of the legend: a style and its name, bottom to top. */
export interface LegendEntry {
  readonly style: LegendStyle;
  readonly label: string;
}

/** Words the diagram writes into labels; the extension passes translated ones. */
export interface DiagramStrings {
  readonly kinds: Readonly<Record<LayerKind, string>>;
  readonly hostOs: string;
  readonly guestOs: string;
  readonly userSpace: string;
  readonly containerRuntime: string;
  readonly hypervisorType: string;
  readonly nested: string;
  readonly captionHostOs: string;
  readonly captionHypervisor: string;
  readonly captionContainer: string;
  readonly captionSandboxed: string;
  readonly captionBareMetal: string;
  readonly captionUnknown: string;
  /** Over a branch that stands where its kind cannot. */
  readonly captionInvalid: string;
  readonly unnamed: string;
  readonly cores: string;
  readonly vcpu: string;
  readonly cpu: string;
  // Clusters and storage (issue 14).
  /** Legend names of the fabric bands, naming their kind of virtualization. */
  readonly fabric: Readonly<Record<FabricStyle, string>>;
  /** `Cluster {0}`. */
  readonly cluster: string;
  /** `tolerates 1 host failure`, and `tolerates {0} host failures`. */
  readonly toleratesOne: string;
  readonly tolerates: string;
  /** The kind named on a pool's band: `Storage virtualization`. */
  readonly storage: string;
  /** `1 copy`, `{0} copies`, `erasure {0}+{1}`, `thin {0}×`. */
  readonly copy: string;
  readonly copies: string;
  readonly erasure: string;
  readonly thin: string;
  /** `{0} usable of {1} raw`, `{0} usable`. */
  readonly usableOf: string;
  readonly usable: string;
  /** A volume on its VM's or container's label: `{0} {1} from {2}` (name, size, pool). */
  readonly volume: string;
  // Network virtualization and network functions (issue 14).
  /** The kind named on a switch's band: `Network virtualization`. */
  readonly network: string;
  /** The legend's name of a network function's block: `Network-function virtualization`. */
  readonly nfv: string;
  /** `Network function: {0}` on its VM's or container's label. */
  readonly networkFunction: string;
  /** `NIC {0}`: the segments a workload's NICs are on, joined by commas. */
  readonly nics: string;
  /** `{0} more`, after the segments a switch's band has no room for. */
  readonly more: string;
}

/** How the diagram is written. */
export interface DiagramOptions {
  /** Whether labels carry resources (4 vCPU / 16 GiB). */
  readonly showResources: boolean;
  readonly strings: DiagramStrings;
  /** Longest label line before it is cut with an ellipsis; the full text stays in the block data. */
  readonly maxLineLength: number;
  /**
   * Most columns of one host before it wraps into bands (wrap.ts); the preview derives it from the
   * panel's width. Absent: no wrapping (exports and Copy as Mermaid draw each host in one band).
   */
  readonly maxColumns?: number;
}

/** A cluster drawn as a frame around its hosts (issue 14). */
export interface DiagramFrame {
  /** `cluster:NAME`, numbered when a name repeats, as locate.ts keys it. */
  readonly key: string;
  /** `Cluster prod`, `tolerates 1 host failure`: the frame's caption, plain text. */
  readonly lines: readonly string[];
  /** Keys of its hosts' diagrams, in document order. */
  readonly hosts: readonly string[];
  readonly source: Span;
}

/** The whole file as diagrams: one per host, and the legend of the kinds that occur. */
export interface StackDiagrams {
  readonly title?: string;
  readonly hosts: readonly HostDiagram[];
  /** Clusters, each a frame around some of the hosts; a host is in at most one. */
  readonly frames: readonly DiagramFrame[];
  readonly legend: readonly LegendEntry[];
  /** Blocks over all hosts. */
  readonly blockCount: number;
}

// How much the preview draws. Mermaid takes about 5 ms per block on a quiet machine, so these
// keep one host under about two seconds and a whole file under ten, with a clear notice past them.
/** Mermaid's own limit on a diagram's source (its `maxTextSize` default). */
export const MAX_TEXT_SIZE = 50_000;

/** Most blocks in one host's diagram. */
export const MAX_HOST_BLOCKS = 400;

/** Most blocks drawn for a whole file, unless the setting says otherwise. */
export const DEFAULT_MAX_BLOCKS = 2_000;
