// Build plugins for the preview page, picked up by scripts/build.mjs. Both rewrite mermaid's
// published files as esbuild loads them, in one onLoad (esbuild uses only the first onLoad
// that returns contents for a file).
//
// Only the block diagram ships. Mermaid registers every diagram type (and the dagre, elk and
// cose-bilkent layouts, KaTeX and the BPMN icons) as a loader that imports its chunk on first
// use, and esbuild follows every such `import()`, so the preview used to carry all of them
// (elk alone is 1.5 MB; 5.9 MB unpacked VSIX) though it draws only block diagrams. The plugin
// replaces each `import()` in mermaid's files other than the block diagram's with a promise
// that rejects with a clear error, and the code behind them drops out of the bundle. The
// registrations and detectors stay as mermaid ships them, so a source is detected as any full
// mermaid (GitHub's, for the Markdown copy) detects it; a source another diagram type claimed
// would fail to draw with that error. KaTeX is among what is left out: labels never reach it,
// because the escaper breaks every `$$` (src/core/diagram/escape.ts), as the browser test proves.
//
// The getConfig cache: mermaid's getConfig() returns a fresh deep copy of its whole configuration (every diagram's
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

/** Mermaid's sanitizeText as 12.3 ships it (its first line). */
const SANITIZE_HEAD = 'var sanitizeText = /* @__PURE__ */ __name((text, config2) => {';

/** Marks the memoized sanitizeText, so the browser test can find it in the bundle. */
export const SANITIZE_MARKER = 'virtstack: sanitizeText memoized per frozen configuration';

/**
 * The sanitizeText cache: mermaid passes every label through DOMPurify twice (sanitizeMore's
 * removeScript, then sanitize), and does so at several stages of drawing one block, about a
 * hundred full HTML parses per host (1,071 for the five blocks of the Markdown benchmark, over
 * 100 ms of its time by the CPU profiler). DOMPurify is a pure function of the text, the
 * configuration and the hooks (mermaid adds its two hooks once, before the first call), so the
 * wrapper returns the earlier result for the same text under the same configuration. It
 * remembers only for a frozen configuration, which is the getConfig cache's copy (above): a
 * configuration that could still change is never a key, and such calls run as shipped.
 * Bounded: a table that holds 4,096 texts is emptied before it takes another.
 */
const SANITIZE_WRAPPER = `/*! ${SANITIZE_MARKER} */
var virtstackSanitized = /* @__PURE__ */ new WeakMap();
var sanitizeText = /* @__PURE__ */ __name((text, config2) => {
  if (!text || typeof text !== "string" || config2 === null || typeof config2 !== "object" || !Object.isFrozen(config2)) {
    return virtstackSanitizeTextAsShipped(text, config2);
  }
  let known = virtstackSanitized.get(config2);
  if (known === void 0) {
    known = /* @__PURE__ */ new Map();
    virtstackSanitized.set(config2, known);
  }
  let result = known.get(text);
  if (result === void 0) {
    if (known.size >= 4096) known.clear();
    result = virtstackSanitizeTextAsShipped(text, config2);
    known.set(text, result);
  }
  return result;
}, "sanitizeText");
var virtstackSanitizeTextAsShipped = /* @__PURE__ */ __name((text, config2) => {`;

/** The source with sanitizeText memoized, or undefined when the original code is not in it. */
export function patchSanitizeText(source) {
  return source.includes(SANITIZE_HEAD) ? source.replace(SANITIZE_HEAD, SANITIZE_WRAPPER) : undefined;
}

/** The one `import()` of mermaid's that the preview keeps: the block diagram's chunk. */
const SHIPPED = /(^|\/)blockDiagram-[\w-]+\.mjs$/;

/** Starts the error that stands in for a dropped import, so a test can find it in the bundle. */
export const DROPPED_MARKER = 'virtstack: not shipped';

/**
 * The source with every `import("…")` other than the block diagram's replaced by a rejected
 * promise, and the specifiers kept and dropped.
 */
export function dropDynamicImports(source) {
  const kept = [];
  const dropped = [];
  const contents = source.replace(/\bimport\((["'])([^"'\n]+)\1\)/g, (call, _quote, specifier) => {
    if (SHIPPED.test(specifier)) {
      kept.push(specifier);
      return call;
    }
    dropped.push(specifier);
    return `Promise.reject(new Error(${JSON.stringify(`${DROPPED_MARKER}: the preview ships only mermaid's block diagram, not ${specifier}`)}))`;
  });
  return { contents, kept, dropped };
}

/** The plugins the preview's bundle is built with. */
export const plugins = [
  {
    name: 'virtstack-mermaid',
    setup(build) {
      let patched = false;
      let memoized = false;
      let kept = 0;
      build.onStart(() => {
        patched = false;
        memoized = false;
        kept = 0;
      });
      build.onLoad({ filter: /[\\/]mermaid[\\/]dist[\\/].*\.mjs$/ }, (args) => {
        const original = fs.readFileSync(args.path, 'utf8');
        const config = patchGetConfig(original);
        if (config !== undefined) patched = true;
        const sanitized = patchSanitizeText(config ?? original);
        if (sanitized !== undefined) memoized = true;
        const trimmed = dropDynamicImports(sanitized ?? config ?? original);
        kept += trimmed.kept.length;
        if (config === undefined && sanitized === undefined && trimmed.dropped.length === 0) return undefined;
        return { contents: trimmed.contents, loader: 'js' };
      });
      build.onEnd((result) => {
        if (result.errors.length > 0) return;
        if (!patched) {
          result.warnings.push({ text: "mermaid's getConfig was not found to cache; the preview draws at mermaid's own speed" });
        }
        if (!memoized) {
          result.warnings.push({ text: "mermaid's sanitizeText was not found to memoize; the preview draws at mermaid's own speed" });
        }
        // Without the block diagram's import the preview would draw nothing at all.
        if (kept === 0) {
          result.errors.push({ text: "mermaid's import of its block diagram was not found, so the preview would draw nothing (another mermaid version? see src/webview/preview/esbuild.mjs)" });
        }
      });
    },
  },
];
