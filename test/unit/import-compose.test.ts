import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, importInventory, type ImportResult, localizerFor } from '../../src/core/languageService';

const ok = (r: ImportResult) => (r.ok ? r : assert.fail(r.error));
const compose = (text: string, options = {}) => ok(importInventory([{ name: 'compose.yaml', text }], options));
const codes = (text: string) => analyze(text).diagnostics.map((d) => d.code);

describe('importing Docker Compose', () => {
  it('maps deploy resources to request..limit, replicas to containers, depends_on to depends', () => {
    const r = compose(`name: shop
services:
  web:
    image: nginx:1.27
    deploy:
      replicas: 2
      resources:
        limits: { cpus: '2', memory: 1g }
        reservations: { cpus: '0.5', memory: 256m }
    depends_on: [api]
  api:
    image: node:22
    cpus: 1.5
    mem_limit: 512m
    mem_reservation: 128m
    depends_on:
      db: { condition: service_healthy }
  db:
    image: postgres
    scale: 2
`);
    assert.deepEqual(r.counts, { hosts: 1, vms: 0, containers: 5 });
    assert.match(r.text, /stack "shop"/);
    assert.match(r.text, /container web-1 \{\n {6}image "nginx:1\.27"\n {6}cpu 0\.5\.\.2\n {6}memory 256 MiB\.\.1 GiB\n {6}depends api\n {4}\}/);
    assert.match(r.text, /container api \{\n {6}image "node:22"\n {6}cpu 1\.5\n {6}memory 128 MiB\.\.512 MiB\n {6}depends db-1, db-2\n/);
    assert.match(r.text, /container db-2 \{/);
    assert.deepEqual(codes(r.text), []);
  });

  it('writes the platform\'s OS, so a Windows image on the Linux engine is the kernel error VS206', () => {
    const r = compose('services:\n  win:\n    image: mcr.microsoft.com/windows/nanoserver\n    platform: windows/amd64\n  lin:\n    image: alpine\n    platform: linux/arm64/v8\n  wasm:\n    image: x\n    platform: wasi/wasm\n');
    assert.match(r.text, /container win \{[^}]*os windows/);
    assert.match(r.text, /container lin \{[^}]*os linux/);
    assert.deepEqual(r.unmapped, ['platform (in wasm)']);
    assert.deepEqual(codes(r.text), ['VS206']);
  });

  it('notes profiles and built images on the container, and lists what it could not map', () => {
    const r = compose('version: "3"\nx-common: &c { restart: always }\nservices:\n  dbg:\n    build: .\n    profiles: [debug, ops]\n    ports: ["80:80"]\n    deploy: { mode: global, resources: { limits: { pids: 5 } } }\n    x-own: 1\n  orphan:\n    image: x\n    depends_on: [ghost]\n  none:\n    image: y\n    deploy: { replicas: 0 }\nvolumes: { data: {} }\n');
    assert.match(r.text, /# dbg starts only with the profiles debug, ops\n {4}# dbg is built from source \(build\), not pulled as an image\n {4}container dbg \{ \}/);
    assert.deepEqual(r.unmapped, ['volumes (in compose.yaml)', 'build (in dbg)', 'ports (in dbg)', 'deploy.mode (in dbg)', 'deploy.resources.limits.pids (in dbg)', 'orphan depends on ghost, which is not a service of the file', 'none has 0 replicas: nothing runs']);
    assert.match(r.text, /# Could not map:\n# {3}- volumes \(in compose\.yaml\)\n/);
    assert.equal(r.counts.containers, 2);
    assert.deepEqual(codes(r.text), []);
  });

  it('names at most five services per key and counts the rest', () => {
    const services = Array.from({ length: 8 }, (_, i) => `  s${i}:\n    image: x\n    ports: ["${i}"]\n`).join('');
    assert.deepEqual(compose(`services:\n${services}`).unmapped, ['ports (in s0, s1, s2, s3, s4 and 3 more)']);
  });

  it('lists values left to interpolation instead of refusing them', () => {
    const r = compose('services:\n  a:\n    image: x\n    mem_limit: ${MEM:-1g}\n    deploy: { resources: { limits: { cpus: "${CPUS}" } } }\n');
    assert.deepEqual(r.unmapped, ['deploy.resources.limits.cpus (in a)', 'mem_limit (in a)']);
    assert.match(r.text, /container a \{\n {6}image "x"\n {4}\}/);
  });

  it('writes a reservation above its limit as the limit, and drops zero values', () => {
    const r = compose('services:\n  a:\n    image: x\n    deploy: { resources: { limits: { memory: 1g, cpus: "0" }, reservations: { memory: 2g } } }\n');
    assert.match(r.text, /container a \{\n {6}image "x"\n {6}memory 1 GiB\n {4}\}/);
  });

  it('merges several files as docker compose -f a -f b does', () => {
    const r = ok(importInventory([
      { name: 'a.yaml', text: 'services:\n  web:\n    image: nginx\n    deploy: { resources: { limits: { memory: 1g } } }\n' },
      { name: 'b.yaml', text: 'services:\n  web:\n    deploy: { resources: { limits: { cpus: "2" } } }\n  extra:\n' },
    ]));
    assert.match(r.text, /container web \{\n {6}image "nginx"\n {6}cpu 2\n {6}memory 1 GiB\n/);
    assert.match(r.text, /container extra \{ \}/);
    assert.match(r.text, /# Imported by VirtStack from Docker Compose: a\.yaml, b\.yaml\./);
  });

  it('sizes the assumed host to hold what the file asks, and states it', () => {
    const r = compose('services:\n  big:\n    image: x\n    deploy: { resources: { limits: { cpus: "12.5", memory: 100g } } }\n');
    assert.match(r.text, /# Host assumed for docker-host: 13 cores, 128 GiB of memory\./);
    assert.match(r.text, /cpu 13 cores\n {2}memory 128 GiB/);
    assert.deepEqual(codes(r.text), []);
  });

  it('checks against a host given by flags: the capacity findings really there', () => {
    const r = compose('services:\n  a:\n    image: x\n    mem_reservation: 3g\n  b:\n    image: x\n    mem_reservation: 3g\n    cpus: 8\n', { host: { cores: 4, memory: '4 GiB' } });
    assert.match(r.text, /# Host docker-host: 4 cores, 4 GiB of memory, as given\./);
    // b asks for 8 cores of 4 (VS400); 6 GiB of requests on 4 GiB (VS402).
    assert.deepEqual(codes(r.text).sort(), ['VS400', 'VS402']);
    assert.match(compose('services:\n  a:\n    image: x\n', { host: { cores: 2 } }).text, /# Host assumed for docker-host: 2 cores, 32 GiB/);
  });

  it('refuses a bad host flag, an empty file, a file with no services, and mixed formats', () => {
    const error = (r: ImportResult) => (r.ok ? assert.fail('imported') : r.error);
    assert.equal(error(importInventory([{ name: 'c.yaml', text: 'services:\n  a: {}\n' }], { host: { cores: 0.5 } })), 'The host\'s cores must be a whole number from 1 to 8192, not 0.5.');
    assert.match(error(importInventory([{ name: 'c.yaml', text: 'services:\n  a: {}\n' }], { host: { memory: 'lots' } })), /memory must be a size such as 64 GiB .* not lots\./);
    assert.match(error(importInventory([{ name: 'c.yaml', text: 'services:\n  a: {}\n' }], { host: { memory: '9000 TiB' } })), /not 9000 TiB/);
    assert.equal(error(importInventory([])), 'Nothing to import: give one or more files.');
    assert.match(error(importInventory([{ name: 'c.yaml', text: 'services: {}\n' }])), /No services found/);
    assert.match(error(importInventory([{ name: 'c.yaml', text: '# nothing\n' }], { from: 'compose' })), /No services found/);
    assert.match(error(importInventory([{ name: 'c.yaml', text: 'services:\n  a: {}\n' }, { name: 'd.xml', text: '<domain/>' }])), /mix formats \(compose, libvirt\)/);
    assert.match(error(importInventory([{ name: 'notes.txt', text: 'hello' }])), /notes\.txt is neither a Compose file/);
    assert.match(error(importInventory([{ name: 'c.yaml', text: 'services:\n  a: [\n' }])), /c\.yaml cannot be read, line \d+: /);
    assert.match(error(importInventory([{ name: 'c.yaml', text: '"just text"\n' }], { from: 'compose' })), /c\.yaml holds a plain value/);
    assert.match(error(importInventory([{ name: 'c.yaml', text: 'services:\n  a:\n    deploy: { replicas: 200000 }\n' }])), /more than 100000 containers and VMs/);
  });

  it('speaks Korean when given the Korean bundle', () => {
    const ko = localizerFor('ko', JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.ko.json'), 'utf8')));
    const r = compose('services:\n  a:\n    image: x\n    ports: ["80"]\n', { l10n: ko });
    assert.match(r.text, /# VirtStack이 Docker Compose 파일에서 가져옴: compose\.yaml\./);
    assert.match(r.text, /# 옮기지 못한 항목:/);
    const e = importInventory([{ name: 'c.yaml', text: 'services:\n  a:\n    deploy: { replicas: x }\n' }], { l10n: ko });
    assert.ok(!e.ok && /정수/.test(e.error));
  });
});
