import * as assert from 'node:assert/strict';
import { MESSAGE_IDS } from '../../../src/core/l10n/localizer';
import { FINDINGS } from '../../../src/core/diagnostics';
import { ALL_KEYWORDS } from '../../../src/core/model/schema';
import { KEYWORD_DOC_KEYS, keywordDoc, keywordDocByKey, ruleText } from '../../../src/core/services/explain';
import { ENGLISH, KOREAN, readBundle } from '../bundles';

const HANGUL = /[\uac00-\ud7a3]/;
const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

describe('texts of the services', () => {
  const en = readBundle('en');
  const ko = readBundle('ko');

  it('have English and Korean for every id, the Korean written in Hangul, with the same placeholders', () => {
    for (const id of MESSAGE_IDS) {
      const text = { en: en[id], ko: ko[id] };
      assert.ok(text.en !== undefined && text.ko !== undefined, `${id} is missing from a bundle`);
      if (id === 'list.separator') continue;
      assert.ok(text.en.trim() !== '' && text.ko.trim() !== '', id);
      assert.deepEqual(placeholders(text.ko), placeholders(text.en), `${id}: placeholders differ`);
      // Short technical labels (CPU, OS) are the same in both languages; sentences must be Korean.
      if (text.en.length > 12 && !/^[A-Z0-9 .:{}()-]+$/.test(text.en) && !/^(token|what)\./.test(id)) assert.match(text.ko, HANGUL, `${id} is not in Korean: ${text.ko}`);
    }
  });

  it('explain the rule of every diagnostic code', () => {
    const codes = [...new Set(Object.values(FINDINGS).map((m) => m.code))];
    assert.deepEqual(codes.filter((c) => !ruleText(ENGLISH, c)), []);
  });

  it('document every keyword of the language, with a sentence for every example', () => {
    for (const k of ALL_KEYWORDS) assert.ok(keywordDoc(k, k === 'boot' ? 'vm' : undefined), k);
    for (const key of KEYWORD_DOC_KEYS) assert.ok(keywordDocByKey(key), key);
  });

  it('use the terms of the field in Korean', () => {
    assert.equal(KOREAN.t('layerName.hypervisor'), '하이퍼바이저');
    assert.equal(KOREAN.t('layerName.vm'), '가상 머신');
    assert.equal(KOREAN.t('layerName.runtime'), '컨테이너 런타임');
    assert.equal(KOREAN.t('osRole.host'), '호스트 OS');
    assert.equal(KOREAN.t('osRole.guest'), '게스트 OS');
  });

  it('fill placeholders, and join alternatives in each language', () => {
    assert.equal(ENGLISH.t('fix.renameTo', 'api-2'), "Rename to 'api-2'");
    assert.equal(ENGLISH.orList(['Linux', 'BSD', 'Windows']), 'Linux, BSD or Windows');
    assert.equal(KOREAN.orList(['Linux', 'BSD', 'Windows']), 'Linux, BSD 또는 Windows');
  });
});
