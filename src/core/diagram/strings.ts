import type { DiagramOptions, DiagramStrings } from './types';

/** English words of the diagram; the extension replaces them with translated ones. */
export const ENGLISH_DIAGRAM_STRINGS: DiagramStrings = {
  kinds: {
    hardware: 'Hardware',
    hypervisor: 'Hypervisor',
    os: 'OS',
    vm: 'VM',
    runtime: 'Container runtime',
    container: 'Container',
    middleware: 'Middleware',
    app: 'App',
    job: 'Job',
  },
  hostOs: 'Host OS',
  guestOs: 'Guest OS',
  userSpace: 'User space',
  containerRuntime: 'Container runtime',
  hypervisorType: 'type {0}',
  nested: 'nested',
  captionHostOs: 'Host-OS virtualization · type 2',
  captionHypervisor: 'Hypervisor virtualization · type 1',
  captionContainer: 'Container virtualization',
  captionSandboxed: 'Container virtualization · sandboxed',
  captionBareMetal: 'No virtualization',
  captionUnknown: 'Virtualization · unknown type',
  unnamed: '(unnamed)',
  cores: '{0} cores',
  vcpu: '{0} vCPU',
  cpu: '{0} CPU',
};

/** Options for a diagram as the preview draws it by default. */
export const DEFAULT_DIAGRAM_OPTIONS: DiagramOptions = {
  showResources: true,
  strings: ENGLISH_DIAGRAM_STRINGS,
  maxLineLength: 36,
};

/** Replaces `{0}` in a template. */
export function fill(template: string, value: string): string {
  return template.split('{0}').join(value);
}
