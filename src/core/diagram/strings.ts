// The words the diagram itself shows: layer kinds, captions, resources, by message id.
import { ENGLISH, type Localizer } from '../l10n/localizer';
import type { DiagramOptions, DiagramStrings } from './types';

/** The words inside the diagram, in a language (English by default). */
export function diagramStrings(l10n: Localizer = ENGLISH): DiagramStrings {
  return {
    kinds: {
      hardware: l10n.template('diagram.kind.hardware'),
      hypervisor: l10n.template('diagram.kind.hypervisor'),
      os: l10n.template('diagram.kind.os'),
      vm: l10n.template('diagram.kind.vm'),
      desktops: l10n.template('diagram.kind.desktops'),
      runtime: l10n.template('diagram.kind.runtime'),
      container: l10n.template('diagram.kind.container'),
      middleware: l10n.template('diagram.kind.middleware'),
      app: l10n.template('diagram.kind.app'),
      job: l10n.template('diagram.kind.job'),
    },
    hostOs: l10n.template('diagram.hostOs'),
    guestOs: l10n.template('diagram.guestOs'),
    userSpace: l10n.template('diagram.userSpace'),
    containerRuntime: l10n.template('diagram.containerRuntime'),
    hypervisorType: l10n.template('diagram.hypervisorType'),
    nested: l10n.template('diagram.nested'),
    captionHostOs: l10n.template('diagram.captionHostOs'),
    captionHypervisor: l10n.template('diagram.captionHypervisor'),
    captionContainer: l10n.template('diagram.captionContainer'),
    captionSandboxed: l10n.template('diagram.captionSandboxed'),
    captionBareMetal: l10n.template('diagram.captionBareMetal'),
    captionUnknown: l10n.template('diagram.captionUnknown'),
    captionInvalid: l10n.template('diagram.captionInvalid'),
    unnamed: l10n.template('diagram.unnamed'),
    cores: l10n.template('diagram.cores'),
    vcpu: l10n.template('diagram.vcpu'),
    cpu: l10n.template('diagram.cpu'),
    // Clusters and storage (issue 14).
    fabric: {
      cluster: l10n.template('diagram.fabric.cluster'),
      pool: l10n.template('diagram.fabric.pool'),
      switch: l10n.template('diagram.fabric.switch'),
    },
    cluster: l10n.template('diagram.cluster'),
    toleratesOne: l10n.template('diagram.toleratesOne'),
    tolerates: l10n.template('diagram.tolerates'),
    storage: l10n.template('diagram.storage'),
    copy: l10n.template('diagram.copy'),
    copies: l10n.template('diagram.copies'),
    erasure: l10n.template('diagram.erasure'),
    thin: l10n.template('diagram.thin'),
    usableOf: l10n.template('diagram.usableOf'),
    usable: l10n.template('diagram.usable'),
    volume: l10n.template('diagram.volume'),
    // Network virtualization and network functions (issue 14).
    network: l10n.template('diagram.network'),
    nfv: l10n.template('diagram.nfv'),
    networkFunction: l10n.template('diagram.networkFunction'),
    nics: l10n.template('diagram.nics'),
    more: l10n.template('diagram.more'),
  };
}

/** Options for a diagram as the preview draws it by default. */
export const DEFAULT_DIAGRAM_OPTIONS: DiagramOptions = {
  showResources: true,
  strings: diagramStrings(),
  maxLineLength: 36,
};

/** Replaces `{0}` (and `{1}`, `{2}` … with more values) in a template. */
export function fill(template: string, ...values: string[]): string {
  let out = template;
  values.forEach((v, i) => {
    out = out.split(`{${i}}`).join(v);
  });
  return out;
}
