import * as fs from 'node:fs';

/** Debian's Chromium; Playwright must never download a browser of its own here. */
export const CHROMIUM = '/usr/bin/chromium';
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';
const APT_HINT = 'apt-get update && apt-get install -y --no-install-recommends chromium fonts-noto-cjk libkrb5-dev';

/** What the harness needs from the system, so a failure names the package to install instead of a compiler error. */
export function checkPrerequisites(needs: { build?: boolean; browser?: boolean }): void {
  const missing: string[] = [];
  if (needs.build && !fs.existsSync(GSSAPI_HEADER)) {
    missing.push(`libkrb5-dev (${GSSAPI_HEADER}: code-server's kerberos module is compiled against it)`);
  }
  if (needs.browser && !fs.existsSync(CHROMIUM)) {
    missing.push(`chromium (${CHROMIUM}: the headless browser that loads the workbench)`);
  }
  if (missing.length === 0) return;
  throw new Error(
    `Missing system packages:\n  - ${missing.join('\n  - ')}\n` +
      `Install them as root with:\n  ${APT_HINT}\n(.ci/run does this for you.)`,
  );
}
