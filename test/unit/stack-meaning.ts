import { analyze } from '../../src/core/analyze';
import type { Layer } from '../../src/core/model/types';
import type { Statement } from '../../src/core/syntax/ast';

// What a text means, as plain data that tests compare: its statements and arguments, layers,
// settings and findings, with each offset turned into whatever position the test can compare
// across texts that differ where they are written (a prefix, indentation, line breaks).

/** A stack with every kind of value the language has, and a few findings of its own. */
export const STACK = `stack "Shop \\"north\\" tier"
simulate {
  duration 12 h
  step 30 s
  seed 42
  overcommit cpu 3.5 memory 1.2
  boot vm 45 s
  boot container 800 ms
}
hardware rack-a {
  cpu 64 cores
  memory 512 GiB
  disk 4 TiB
  network 25 Gbps
  reserve 8 GiB
  power idle 120 W peak 450 W
  boot 90 s
  hypervisor kvm as hv1 {
    type 1
    vm web { vcpu 8; memory 32 GiB; disk 200 GB; network 10 Gbps; tenant acme; boot 40 s
      os linux "Ubuntu 24.04" {
        middleware nginx "edge proxy" { app storefront { cpu 2 cores; memory 512 MiB..2 GiB; load daily 20%..90% peak 14:00; depends db-main, cachee } }
        app api { load spikes 10%..80% every 2 h for 5 m; tenant "Acme Ltd" }
        app cache { load constant 40% }
        job nightly { work 8 core-h; cpu 4; start 19:00; depends web }
        job warmup { work 30 core-m; start 2 h }
        job early { work 90 core-s; start 07:30 }
      }
    }
    vm db-main { vcpu 4; memory 64 GiB; os linux "Debian 12"; app pg { load constant 0.4 } }
  }
}
hardware edge {
  cpu 8; memory 32 GiB
  power curve 50 W 60 W 70 W 80 W 90 W 100 W 110 W 120 W 130 W 140 W 150 W
  os linux "Alpine 3.20" {
    runtime containerd {
      container c1 { cpu 0.5..2; memory 256 MiB..1 GiB; image "nginx:1.27"; tenant t1; app site { load random 5%..60% seed 9 } }
      container c2 { os windows "Nano Server"; tenant t2; disk 0 GB }
    }
    app broken { load daily 20%..90% peak 25:00 }
    job late { work 1 core-h; start 23:59; depends nightly, midnight }
    job midnight { work 1 core-h; start 00:00 }
  }
}
`;

/** Turns an offset into a comparable position; undefined drops offsets altogether. */
export type Position = ((offset: number) => unknown) | undefined;

/** A plain copy of a value with every numeric offset (`start`, `end`, `open`, `close`) passed through `position`. */
export function normalized(value: unknown, position: Position): unknown {
  if (Array.isArray(value)) return value.map((v) => normalized(v, position));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[key];
    // A job's `start` is an object (when it starts), not an offset: it is compared like any value.
    if ((key === 'start' || key === 'end' || key === 'open' || key === 'close') && typeof v === 'number') {
      if (position) out[key] = v < 0 ? v : position(v);
    } else out[key] = normalized(v, position);
  }
  return out;
}

function statementMeaning(s: Statement): unknown {
  return { keyword: s.keyword, start: s.start, end: s.end, args: s.args, block: s.block?.statements.map(statementMeaning) };
}

function layerMeaning(l: Layer): unknown {
  return {
    kind: l.kind, name: l.name, product: l.product, label: l.label, catalogue: l.catalogue?.id, kernel: l.kernel,
    hypervisorType: l.hypervisorType, virtualization: l.virtualization, parent: l.parent?.name, children: l.children.map((c) => c.name),
    nameSpan: l.nameSpan, productSpan: l.productSpan, props: l.props,
  };
}

/**
 * What `text` says from offset `from` on: the statements, layers, title and simulation settings
 * written there and the findings about them, offsets turned by `position`.
 */
export function meaningOf(text: string, from: number, position: Position): unknown {
  const { tree, model, diagnostics } = analyze(text);
  return normalized({
    statements: tree.statements.filter((s) => s.start >= from).map(statementMeaning),
    layers: model.layers.filter((l) => l.statement.start >= from).map(layerMeaning),
    title: model.title,
    simulation: model.simulation,
    diagnostics: diagnostics.filter((d) => d.start >= from).map((d) => ({
      code: d.code, severity: d.severity, message: d.message, args: d.args, start: d.start, end: d.end,
      // White space is where texts that mean the same may differ.
      covers: text.slice(d.start, d.end).replace(/\s+/g, ' '),
      related: d.related,
    })),
  }, position);
}
