// The user's language on the command line: the POSIX locale variables, in their order of
// precedence (LC_ALL, then LC_MESSAGES, then LANG), and the bundle file of that language beside
// the English one in l10n/, the same files the extension ships. A language without a bundle
// speaks English, numbers included.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type Bundle, type Localizer, localizerFor } from '../core/languageService';

/** The language tag the environment asks for, `ko-KR` from `ko_KR.UTF-8`; `en` when none is set or it is C/POSIX. */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): string {
  const raw = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const tag = raw.split(/[.@]/)[0].replace(/_/g, '-');
  return tag === '' || tag === 'C' || tag === 'POSIX' ? 'en' : tag;
}

/** The localizer for the environment's language, with its bundle from `l10nDir` when there is one. */
export function cliLocalizer(env: Readonly<Record<string, string | undefined>>, l10nDir: string): Localizer {
  const locale = localeFromEnv(env);
  const language = locale.split('-')[0].toLowerCase();
  if (language === 'en') return localizerFor('en');
  for (const name of [`bundle.l10n.${locale.toLowerCase()}.json`, `bundle.l10n.${language}.json`]) {
    const bundle = readBundle(path.join(l10nDir, name));
    if (bundle) return localizerFor(locale, bundle);
  }
  return localizerFor('en');
}

function readBundle(file: string): Bundle | undefined {
  try {
    const value: unknown = JSON.parse(fs.readFileSync(file, 'utf8'));
    return typeof value === 'object' && value !== null ? (value as Bundle) : undefined;
  } catch {
    return undefined;
  }
}
