// Build plugins for the preview page, picked up by scripts/build.mjs.
//
// Mermaid's getConfig() returns a fresh deep copy of its whole configuration (every diagram's
// section and the theme's variables, some 850 keys) on each call, and drawing a block diagram
// calls it some twenty times per block: measured with the CPU profiler, that copying is more
// than half of the time of drawing a host. The plugin keeps one copy per configuration (mermaid
// replaces its configuration object whenever it changes, never edits it in place) and freezes
// it, so that any code that tried to modify it would fail loudly in the tests instead of
// changing the configuration behind mermaid's back. The browser test checks the patch is in
// the built page; without the exact code below (another mermaid version) the build warns and
// mermaid stays as shipped.
import * as fs from 'node:fs';

/** Mermaid's getConfig as 12.3 ships it. */
const ORIGINAL = `var getConfig = /* @__PURE__ */ __name(() => {
  return assignWithDepth_default({}, currentConfig);
}, "getConfig");`;

/** Marks the patched code (a legal comment, which esbuild keeps), so the browser test can find it in the bundle. */
export const MARKER = 'virtstack: getConfig copy cached per configuration';

const PATCHED = `/*! ${MARKER} */
var virtstackConfigOf;
var virtstackConfigCopy;
var virtstackFreeze = (value) => {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) virtstackFreeze(value[key]);
  }
  return value;
};
var getConfig = /* @__PURE__ */ __name(() => {
  if (virtstackConfigOf !== currentConfig) {
    virtstackConfigOf = currentConfig;
    virtstackConfigCopy = virtstackFreeze(assignWithDepth_default({}, currentConfig));
  }
  return virtstackConfigCopy;
}, "getConfig");`;

/** The source with getConfig cached, or undefined when the original code is not in it. */
export function patchGetConfig(source) {
  return source.includes(ORIGINAL) ? source.replace(ORIGINAL, PATCHED) : undefined;
}

/** The plugins the preview's bundle is built with. */
export const plugins = [
  {
    name: 'virtstack-mermaid-config-cache',
    setup(build) {
      let patched = false;
      build.onLoad({ filter: /[\\/]mermaid[\\/]dist[\\/]chunks[\\/]mermaid\.core[\\/]chunk-[^\\/]+\.mjs$/ }, (args) => {
        const source = fs.readFileSync(args.path, 'utf8');
        const result = patchGetConfig(source);
        if (result === undefined) return undefined;
        patched = true;
        return { contents: result, loader: 'js' };
      });
      build.onEnd((result) => {
        if (!patched && result.errors.length === 0) {
          result.warnings.push({ text: "mermaid's getConfig was not found to cache; the preview draws at mermaid's own speed" });
        }
      });
    },
  },
];
