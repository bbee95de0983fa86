import * as assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';
import { findings, host } from './helpers';

// What the desktop checks (src/core/validate/desktop.ts, VS7xx and VS216) find and say beyond
// desktop.test.ts: which OS an app or a session host is checked against, and the kernels VS216
// lists. Issue 17: each test here tells a mutant that survived the validator's first mutation run
// from the original. Expected values come from docs/language.md ("Desktops, applications and
// data": the OS under an app is the nearest one, through middleware; the known products' kernels)
// and the English bundle's texts (l10n/bundle.l10n.json).

const esxi = (inner: string) => host(`  hypervisor esxi {\n${inner}\n  }`);
/** A VM on ESXi whose guest OS is `os KERNEL "G"`, holding `inner`. */
const onOs = (kernel: string, inner: string) => esxi(`    vm v { vcpu 2; memory 4 GiB; os ${kernel} "G" { ${inner} } }`);
const messages = (text: string, code: string): string[] => analyze(text).diagnostics.filter((d) => d.code === code).map((d) => d.message);

describe('desktop checks: the OS an app or a session host is checked against', () => {
  it('is found through middleware: a Flatpak app in IIS on a Windows guest is VS706, naming that guest OS', () => {
    const text = onOs('windows', 'middleware iis { app a { delivery packaged flatpak } }');
    assert.deepEqual(findings(text), ['VS706 flatpak']);
    assert.deepEqual(messages(text, 'VS706'), ['Flatpak packages run only on Linux, but this app runs on guest OS G, a Windows system.']);
  });

  it('is not looked for past a VM: in a VM without an OS line on a Linux host, an MSIX app and a Windows-only session host are VS207 only', () => {
    const inVm = (inner: string) => `hardware h {\n  cpu 32 cores; memory 256 GiB\n  os linux {\n    hypervisor virtualbox {\n      vm v { vcpu 2; memory 4 GiB; ${inner} }\n    }\n  }\n}\n`;
    assert.deepEqual(findings(inVm('app a { delivery packaged msix }')), ['VS207 a']);
    assert.deepEqual(findings(inVm('middleware rds-session-host')), ['VS207 rds-session-host']);
  });
});

describe('desktop checks: what VS216 says about a session host or an engine', () => {
  it('lists the kernels it runs on by their names, comma-separated: Trino on a Windows guest runs only on Linux, macOS', () => {
    const text = onOs('windows', 'middleware trino');
    assert.deepEqual(findings(text), ['VS216 trino']);
    assert.deepEqual(messages(text, 'VS216'), ['Trino runs only on Linux, macOS, not on a Windows kernel.']);
  });
});

describe('desktop checks: an app or session host in a container runs on the kernel the container shares', () => {
  // docs/language.md: a container image carries user space only, never a kernel; its processes run
  // on the host OS's kernel, or on Linux under a sandboxing runtime (Kata, gVisor).
  const inContainer = (hostKernel: string, runtime: string, inner: string) =>
    `hardware h {\n  cpu 16 cores; memory 64 GiB\n  os ${hostKernel} "Host" {\n    runtime ${runtime} {\n      container c {\n        cpu 1; memory 1 GiB\n${inner}\n      }\n    }\n  }\n}\n`;

  it('an MSIX app in a container on Linux is VS706, naming the image OS when it agrees with that kernel', () => {
    const text = inContainer('linux', 'docker', '        os linux "Alpine"\n        app a { delivery packaged msix }');
    assert.deepEqual(findings(text), ['VS706 msix']);
    assert.deepEqual(messages(text, 'VS706'), ['MSIX packages run only on Windows, but this app runs on container image OS Alpine, a Linux system.']);
  });

  it('without an image OS line, the container is named: an MSIX app in middleware of a container on Linux', () => {
    const text = inContainer('linux', 'docker', '        middleware nginx { app a { delivery packaged msix } }');
    assert.deepEqual(messages(text, 'VS706'), ["MSIX packages run only on Windows, but this app runs on container 'c', a Linux system."]);
  });

  it('a Flatpak app in a container on Linux is fine, and so in a gVisor container on a Linux host', () => {
    assert.deepEqual(findings(inContainer('linux', 'docker', '        app a { delivery packaged flatpak }')), []);
    assert.deepEqual(findings(inContainer('linux', 'gvisor', '        app a { delivery packaged flatpak }')), []);
  });

  it('an image OS of another kernel changes nothing: an MSIX app on a Windows image in a container on Linux is VS706 on the Linux kernel, naming the container (and VS206)', () => {
    const text = inContainer('linux', 'docker', '        os windows "Nano Server"\n        app a { delivery packaged msix }');
    assert.deepEqual(findings(text).sort(), ['VS206 windows', 'VS706 msix']);
    assert.deepEqual(messages(text, 'VS706'), ["MSIX packages run only on Windows, but this app runs on container 'c', a Linux system."]);
  });

  it('names the image OS wherever its line stands in the container: after the app, still Alpine', () => {
    const text = inContainer('linux', 'docker', '        app a { delivery packaged msix }\n        os linux "Alpine"');
    assert.deepEqual(messages(text, 'VS706'), ['MSIX packages run only on Windows, but this app runs on container image OS Alpine, a Linux system.']);
  });

  it('an MSIX app in a Windows container on a Windows host is fine', () => {
    assert.deepEqual(findings(inContainer('windows', 'docker', '        os windows "Nano Server"\n        app a { delivery packaged msix }')), []);
  });

  it('a Windows-only session host in a container on Linux is VS216, on the Linux kernel it shares', () => {
    const text = inContainer('linux', 'docker', '        middleware rds-session-host');
    assert.deepEqual(findings(text), ['VS216 rds-session-host']);
    assert.match(messages(text, 'VS216')[0] ?? '', /runs only on Windows, not on a Linux kernel\.$/);
  });
});
