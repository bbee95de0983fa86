import * as assert from 'node:assert/strict';
import { composeBytes, composeCpus, hostMemory, kubernetesQuantity, libvirtBytes, numberText, sizeText } from '../../src/core/import/quantities';
import { commentText, identifier, Names, stringLiteral } from '../../src/core/import/writer';

describe('import quantities', () => {
  it('read Kubernetes quantities as the Kubernetes documentation defines them', () => {
    // "Resource Management for Pods and Containers": 128974848, 129e6, 129M, 128974848000m and
    // 123Mi are all about the same value; 100m is 0.1 CPU; 400m of memory is 0.4 bytes.
    const table: [unknown, number][] = [
      ['128974848', 128974848], ['129e6', 129e6], ['129M', 129e6], ['128974848000m', 128974848], ['123Mi', 123 * 2 ** 20],
      ['100m', 0.1], ['0.5', 0.5], [0.5, 0.5], ['1', 1], [2, 2], ['512Mi', 512 * 2 ** 20], ['1G', 1e9], ['1Gi', 2 ** 30], ['1e3', 1000],
      ['1E-2', 0.01], ['400m', 0.4], ['1Ki', 1024], ['1k', 1000], ['2Ti', 2 * 2 ** 40], ['1Pi', 2 ** 50], ['1Ei', 2 ** 60], ['5n', 5e-9], ['5u', 5e-6],
      ['1T', 1e12], ['1P', 1e15], ['1E', 1e18], ['.5', 0.5], ['+1', 1],
    ];
    for (const [text, want] of table) assert.ok(Math.abs(kubernetesQuantity(text)! - want) <= want * 1e-12, `${String(text)}: ${kubernetesQuantity(text)}`);
    for (const bad of ['1 Gi', 'Gi', '1GB', '1mi', '', 'abc', {}, null, Infinity, '1e999']) assert.equal(kubernetesQuantity(bad), undefined, String(bad));
  });

  it('read Compose sizes and cpus as Docker does (binary units b, k, m, g)', () => {
    const table: [unknown, number][] = [['512m', 512 * 2 ** 20], ['1gb', 2 ** 30], ['1.5g', 1.5 * 2 ** 30], ['2048', 2048], [2048, 2048], ['100k', 102400], ['1KB', 1024], ['20b', 20], ['1t', 2 ** 40], ['1GiB', 2 ** 30]];
    for (const [text, want] of table) assert.equal(composeBytes(text), want, String(text));
    for (const bad of ['lots', '-1m', '1 x', -5, NaN, [], true]) assert.equal(composeBytes(bad), undefined, String(bad));
    assert.equal(composeCpus('0.5'), 0.5);
    assert.equal(composeCpus(1.5), 1.5);
    assert.equal(composeCpus(' 2 '), 2);
    for (const bad of ['half', '-1', -1, {}, Infinity]) assert.equal(composeCpus(bad), undefined, String(bad));
  });

  it('read libvirt memory with its unit, KiB by default (formatdomain "Memory Allocation")', () => {
    assert.equal(libvirtBytes('1048576', undefined), 2 ** 30);
    assert.equal(libvirtBytes('1', 'G'), 2 ** 30);
    assert.equal(libvirtBytes('1', 'GB'), 1e9);
    assert.equal(libvirtBytes('4', 'MiB'), 4 * 2 ** 20);
    assert.equal(libvirtBytes('100', 'bytes'), 100);
    assert.equal(libvirtBytes('1', 'parsec'), undefined);
    assert.equal(libvirtBytes('1.5', 'G'), undefined);
  });

  it('read a host memory flag in the units of the language or of Kubernetes, GiB by default', () => {
    assert.equal(hostMemory('64 GiB'), 64 * 2 ** 30);
    assert.equal(hostMemory('64Gi'), 64 * 2 ** 30);
    assert.equal(hostMemory('64'), 64 * 2 ** 30);
    assert.equal(hostMemory('512 MB'), 512e6);
    assert.equal(hostMemory('0'), undefined);
    assert.equal(hostMemory('lots'), undefined);
  });

  it('write sizes in the largest unit that keeps them whole, and numbers without exponents', () => {
    assert.equal(sizeText(2 ** 30), '1 GiB');
    assert.equal(sizeText(1e9), '1 GB');
    assert.equal(sizeText(1536 * 2 ** 20), '1536 MiB');
    assert.equal(sizeText(1000), '1 KB');
    assert.equal(sizeText(512), '0.5 KiB');
    assert.equal(sizeText(0.4), '0.000390625 KiB');
    assert.equal(sizeText(3 * 2 ** 40), '3 TiB');
    assert.equal(numberText(0.1), '0.1');
    assert.equal(numberText(4), '4');
    assert.equal(numberText(1e-7), '0.0000001');
  });

  it('make names valid and unique, strings and comments inert', () => {
    assert.equal(identifier('web.1'), 'web-1');
    assert.equal(identifier('1st'), 'n-1st');
    assert.equal(identifier('-x'), 'x');
    assert.equal(identifier('웹'), 'unnamed');
    assert.equal(identifier('as'), 'as-1');
    assert.equal(identifier('a'.repeat(80)).length, 63);
    const names = new Names();
    assert.deepEqual([names.claim('web'), names.claim('web'), names.claim('WEB'), names.claim('web-2')], ['web', 'web-2', 'WEB-3', 'web-2-2']);
    assert.equal(stringLiteral('a"b\\c\nd\re\u2028'), '"a\\"b\\\\c\\nd\\ne "');
    assert.equal(commentText(' a\nb\r\u0085c '), 'a b c');
  });
});
