// The shipped bundles as the tests load them: from l10n/, as VS Code loads them for the extension.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Bundle, ENGLISH, type Localizer, localizerFor } from '../../src/core/l10n/localizer';

/** The folder of the bundles. */
export const L10N_DIR = join(__dirname, '..', '..', 'l10n');

/** The bundle of a locale as shipped (`bundle.l10n.json` is English). */
export function readBundle(locale: string): Bundle {
  const file = locale === 'en' ? 'bundle.l10n.json' : `bundle.l10n.${locale}.json`;
  return JSON.parse(readFileSync(join(L10N_DIR, file), 'utf8')) as Bundle;
}

/** The locales that ship a bundle besides English. */
export function shippedLocales(): string[] {
  return readdirSync(L10N_DIR).map((f) => /^bundle\.l10n\.(.+)\.json$/.exec(f)?.[1]).filter((l): l is string => l !== undefined);
}

/** Korean, as the extension speaks it with VS Code's display language set to Korean. */
export const KOREAN: Localizer = localizerFor('ko', readBundle('ko'));

/** The localizer of a shipped language. */
export function l10nOf(locale: 'en' | 'ko'): Localizer {
  return locale === 'ko' ? KOREAN : ENGLISH;
}

export { ENGLISH };
