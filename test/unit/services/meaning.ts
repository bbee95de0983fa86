import type { Analysis } from '../../../src/core/analyze';
import type { Layer } from '../../../src/core/model/types';

/** The meaning of an analysis without positions: the model's layers and settings, and the findings' codes in order. */
export function meaning(a: Analysis): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    // Values that are their own span (quantities, names) hold start and end as numbers; a job's `start` is an object and stays.
    const position = ([k, x]: [string, unknown]): boolean => k === 'span' || k === 'spans' || ((k === 'start' || k === 'end') && typeof x === 'number');
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).filter((e) => !position(e)).map(([k, x]) => [k, strip(x)]));
    return v;
  };
  const layer = (l: Layer): unknown => ({
    kind: l.kind, name: l.name, product: l.product, label: l.label, catalogue: l.catalogue?.id, props: strip(l.props),
    type: l.hypervisorType, kernel: l.kernel, virtualization: l.virtualization, children: l.children.map(layer),
  });
  return JSON.stringify({
    title: a.model.title,
    hosts: a.model.hosts.map(layer),
    layers: a.model.layers.length,
    names: [...a.model.names.keys()],
    simulation: strip(a.model.simulation),
    findings: a.diagnostics.map((d) => `${d.code}:${d.messageId}:${d.severity}`),
  });
}
