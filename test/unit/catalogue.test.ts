import * as assert from 'node:assert/strict';
import { CATALOGUE, findProduct } from '../../src/core/taxonomy/catalogue';
import type { HypervisorProduct, Product, RuntimeProduct } from '../../src/core/taxonomy/product';
import { productSummary } from '../../src/core/services/explain';
import { ENGLISH, KOREAN } from './bundles';

// The catalogue decides where a product may sit, so a wrong type here becomes a wrong
// diagnostic in every user's file. These tests pin the facts the product teaches.

function hypervisor(id: string): HypervisorProduct {
  const p = findProduct(id);
  assert.equal(p?.role, 'hypervisor', `${id} should be a hypervisor`);
  return p as HypervisorProduct;
}

function runtime(id: string): RuntimeProduct {
  const p = findProduct(id);
  assert.equal(p?.role, 'runtime', `${id} should be a runtime`);
  return p as RuntimeProduct;
}

describe('product catalogue', () => {
  it('types the hypervisors the article names: KVM, Hyper-V, vSphere are type 1', () => {
    for (const id of ['kvm', 'hyper-v', 'vsphere', 'esxi', 'xen', 'proxmox']) assert.equal(hypervisor(id).type, 1, id);
  });

  it('types the hosted hypervisors, VMware Workstation and VirtualBox among them, as type 2', () => {
    for (const id of ['vmware-workstation', 'virtualbox', 'vmware-fusion', 'parallels', 'qemu', 'bhyve', 'firecracker', 'cloud-hypervisor']) {
      assert.equal(hypervisor(id).type, 2, id);
    }
  });

  it('knows which host kernels the hosted products need', () => {
    assert.deepEqual(hypervisor('firecracker').hostKernels, ['linux']);
    assert.deepEqual(hypervisor('vmware-fusion').hostKernels, ['macos']);
    assert.deepEqual(hypervisor('parallels').hostKernels, ['macos']);
    assert.ok(runtime('docker').hostKernels.includes('windows'), 'docker runs Windows containers on Windows');
    assert.ok(!runtime('docker').hostKernels.includes('macos'), 'Docker Desktop on a Mac uses a Linux VM');
  });

  it('marks the microVM monitors', () => {
    assert.equal(hypervisor('firecracker').microVm, true);
    assert.equal(hypervisor('cloud-hypervisor').microVm, true);
    assert.ok(!hypervisor('kvm').microVm);
  });

  it('knows how strongly each runtime isolates its containers', () => {
    assert.equal(runtime('kata').isolation, 'microvm');
    assert.equal(runtime('gvisor').isolation, 'userspace');
    for (const id of ['docker', 'containerd', 'cri-o', 'podman', 'lxc', 'lxd']) assert.equal(runtime(id).isolation, 'shared', id);
  });

  it('resolves aliases and ignores case', () => {
    const cases: [string, string][] = [
      ['vsphere', 'esxi'], ['VMware-ESXi', 'esxi'], ['hyperv', 'hyper-v'], ['Hyper-V', 'hyper-v'],
      ['workstation', 'vmware-workstation'], ['parallels-desktop', 'parallels'], ['runsc', 'gvisor'],
      ['kata-containers', 'kata'], ['crio', 'cri-o'], ['httpd', 'apache'], ['jboss', 'wildfly'],
      ['jvm', 'openjdk'], ['postgres', 'postgresql'], ['KVM', 'kvm'],
    ];
    for (const [alias, id] of cases) assert.equal(findProduct(alias)?.id, id, alias);
    assert.equal(findProduct('no-such-product'), undefined);
  });

  it('covers the middleware a learner meets first', () => {
    for (const id of ['nginx', 'apache', 'tomcat', 'nodejs', 'openjdk', 'postgresql', 'mysql', 'redis', 'kafka', 'rabbitmq', 'iis', 'envoy', 'wildfly', 'php-fpm']) {
      assert.equal(findProduct(id)?.role, 'middleware', id);
    }
  });

  it('has unique lowercase hyphenated ids and aliases', () => {
    const seen = new Map<string, string>();
    for (const p of CATALOGUE) {
      for (const key of [p.id, ...(p.aliases ?? [])]) {
        assert.match(key, /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, `${p.id}: "${key}" is not a lowercase hyphenated id`);
        assert.ok(!seen.has(key), `"${key}" names both ${seen.get(key)} and ${p.id}`);
        seen.set(key, p.id);
      }
    }
  });

  it('explains every product in English and Korean', () => {
    const hangul = /[\uac00-\ud7a3]/;
    for (const p of CATALOGUE as readonly Product[]) {
      assert.ok(p.name.trim() && p.vendor.trim(), `${p.id}: name and vendor`);
      assert.ok(productSummary(ENGLISH, p).trim().length > 20, `${p.id}: English summary`);
      assert.ok(hangul.test(productSummary(KOREAN, p)), `${p.id}: Korean summary`);
      assert.ok(!hangul.test(productSummary(ENGLISH, p)), `${p.id}: Korean text in the English summary`);
    }
  });
});
