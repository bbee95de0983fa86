import * as assert from 'node:assert/strict';
import { MESSAGES } from '../../../src/core/messages';
import { ALL_KEYWORDS } from '../../../src/core/model/schema';
import { COMPLETION, DIMENSIONS, SNIPPETS } from '../../../src/core/services/completionTexts';
import { FIX } from '../../../src/core/services/fixTexts';
import { HOVER } from '../../../src/core/services/hoverTexts';
import { KEYWORD_DOC_KEYS, keywordDoc, keywordDocByKey } from '../../../src/core/services/keywordTexts';
import { PRODUCT } from '../../../src/core/services/productTexts';
import { RENAME } from '../../../src/core/services/renameTexts';
import { RULES } from '../../../src/core/services/ruleTexts';
import { HYPERVISOR_TYPES, ISOLATION, LAYER_NAMES, localeOf, OS_ROLES, say, VIRTUALIZATION } from '../../../src/core/services/texts';
import type { Bilingual } from '../../../src/core/taxonomy/product';

const HANGUL = /[\uac00-\ud7a3]/;
const placeholders = (s: string): string[] => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();

/** Every entry of every table the services write from, by a readable name. */
function entries(): [string, Bilingual][] {
  const tables: Record<string, Record<string, Bilingual>> = { COMPLETION, SNIPPETS, DIMENSIONS, FIX, HOVER, PRODUCT, RENAME, RULES, LAYER_NAMES, OS_ROLES, HYPERVISOR_TYPES, ISOLATION };
  const out: [string, Bilingual][] = [];
  for (const [table, rows] of Object.entries(tables)) for (const [key, text] of Object.entries(rows)) out.push([`${table}.${key}`, text]);
  for (const [kind, v] of Object.entries(VIRTUALIZATION)) out.push([`VIRTUALIZATION.${kind}.name`, v.name], [`VIRTUALIZATION.${kind}.explain`, v.explain]);
  for (const key of KEYWORD_DOC_KEYS) out.push([`keyword ${key}`, keywordDocByKey(key).text]);
  return out;
}

describe('texts of the services', () => {
  it('have English and Korean for every entry, the Korean written in Hangul, with the same placeholders', () => {
    for (const [name, text] of entries()) {
      assert.ok(text.en.trim() !== '' && text.ko.trim() !== '', name);
      assert.deepEqual(placeholders(text.ko), placeholders(text.en), `${name}: placeholders differ`);
      // Short technical labels (CPU, OS) are the same in both languages; sentences must be Korean.
      if (text.en.length > 12 && !/^[A-Z0-9 .:{}()-]+$/.test(text.en)) assert.match(text.ko, HANGUL, `${name} is not in Korean: ${text.ko}`);
    }
  });

  it('explain the rule of every diagnostic code', () => {
    const codes = [...new Set(Object.values(MESSAGES).map((m) => m.code))];
    assert.deepEqual(codes.filter((c) => !RULES[c]), []);
  });

  it('document every keyword of the language', () => {
    for (const k of ALL_KEYWORDS) assert.ok(keywordDoc(k, k === 'boot' ? 'vm' : undefined), k);
  });

  it('use the terms of the field in Korean', () => {
    assert.equal(say('ko', LAYER_NAMES.hypervisor), '하이퍼바이저');
    assert.equal(say('ko', LAYER_NAMES.vm), '가상 머신');
    assert.equal(say('ko', LAYER_NAMES.runtime), '컨테이너 런타임');
    assert.equal(say('ko', OS_ROLES.host), '호스트 OS');
    assert.equal(say('ko', OS_ROLES.guest), '게스트 OS');
  });

  it('pick the locale from the display language and fill placeholders', () => {
    assert.equal(localeOf('ko'), 'ko');
    assert.equal(localeOf('ko-KR'), 'ko');
    assert.equal(localeOf('en-US'), 'en');
    assert.equal(localeOf(undefined), 'en');
    assert.equal(say('en', FIX.renameTo, 'api-2'), "Rename to 'api-2'");
  });
});
