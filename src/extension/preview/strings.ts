// Every word the preview shows, through one translator: `vscode.l10n` in the extension, the
// identity in tests. The calls are written `l10n.t('…')` so the l10n tooling can extract them.
// Templates keep their `{0}` for the page or the diagram to fill in.
import { ENGLISH_DIAGRAM_STRINGS } from '../../core/diagram/strings';
import type { DiagramStrings } from '../../core/diagram/types';
import type { PreviewStrings } from '../../shared/previewProtocol';
import type { UpdateStrings } from './update';

/** What `vscode.l10n` offers, and all the preview needs of it. */
export interface Translator {
  t(message: string): string;
}

const identity: Translator = { t: (message) => message };

/** The page's words. */
export function previewStrings(l10n: Translator = identity): PreviewStrings {
  return {
    zoomIn: l10n.t('Zoom in (+, Ctrl+wheel)'),
    zoomOut: l10n.t('Zoom out (-, Ctrl+wheel)'),
    zoomFit: l10n.t('Fit to window (0)'),
    zoomReset: l10n.t('Actual size (1)'),
    exportSvg: l10n.t('Export as SVG'),
    exportPng: l10n.t('Export as PNG'),
    copyMermaid: l10n.t('Copy as Mermaid Markdown'),
    errorsStale: l10n.t('Errors: {0}. The diagram is the last one drawn without them.'),
    errorsPartial: l10n.t('Errors: {0}. The diagram shows what could be read.'),
    errorsLive: l10n.t('Errors: {0}. Blocks at fault are outlined.'),
    moreErrors: l10n.t('… and {0} more (see the Problems panel)'),
    line: l10n.t('line {0}'),
    rendering: l10n.t('Drawing…'),
    empty: l10n.t('Nothing to draw yet: a stack starts with a hardware block, e.g. hardware node1 { cpu 8 cores; memory 32 GiB }.'),
    renderFailed: l10n.t('This host could not be drawn: {0}'),
    legend: l10n.t('Layers'),
    toolbar: l10n.t('Diagram'),
  };
}

/** Host-side notices of the update. */
export function updateStrings(l10n: Translator = identity): UpdateStrings {
  return {
    hostTooLarge: l10n.t('{0} has {1} blocks, more than the preview draws for one host ({2}). Split it, or export the Mermaid source.'),
    overBudget: l10n.t('{0} is not drawn: the preview draws at most {1} blocks per file (setting virtstack.preview.maxBlocks).'),
  };
}

/** The words inside the diagram. */
export function diagramStrings(l10n: Translator = identity): DiagramStrings {
  return {
    kinds: {
      hardware: l10n.t('Hardware'),
      hypervisor: l10n.t('Hypervisor'),
      os: l10n.t('OS'),
      vm: l10n.t('VM'),
      runtime: l10n.t('Container runtime'),
      container: l10n.t('Container'),
      middleware: l10n.t('Middleware'),
      app: l10n.t('App'),
      job: l10n.t('Job'),
    },
    hostOs: l10n.t('Host OS'),
    guestOs: l10n.t('Guest OS'),
    userSpace: l10n.t('User space'),
    containerRuntime: l10n.t('Container runtime'),
    hypervisorType: l10n.t('type {0}'),
    nested: l10n.t('nested'),
    captionHostOs: l10n.t('Host-OS virtualization · type 2'),
    captionHypervisor: l10n.t('Hypervisor virtualization · type 1'),
    captionContainer: l10n.t('Container virtualization'),
    captionSandboxed: l10n.t('Container virtualization · sandboxed'),
    captionBareMetal: l10n.t('No virtualization'),
    captionUnknown: l10n.t('Virtualization · unknown type'),
    unnamed: l10n.t('(unnamed)'),
    cores: l10n.t('{0} cores'),
    vcpu: l10n.t('{0} vCPU'),
    cpu: l10n.t('{0} CPU'),
  };
}

/** The page's words in English. */
export const ENGLISH_PREVIEW_STRINGS: PreviewStrings = previewStrings();

/** The host's notices in English. */
export const ENGLISH_UPDATE_STRINGS: UpdateStrings = updateStrings();

/** The core's own English words, which the translated ones must match key for key. */
export const CORE_DIAGRAM_STRINGS: DiagramStrings = ENGLISH_DIAGRAM_STRINGS;
