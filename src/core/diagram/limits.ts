// How much the preview draws. Mermaid takes about 5 ms per block on a quiet machine, so these
// keep one host under about two seconds and a whole file under ten, with a clear notice past them.

/** Mermaid's own limit on a diagram's source (its `maxTextSize` default). */
export const MAX_TEXT_SIZE = 50_000;

/** Most blocks in one host's diagram. */
export const MAX_HOST_BLOCKS = 400;

/** Most blocks drawn for a whole file, unless the setting says otherwise. */
export const DEFAULT_MAX_BLOCKS = 2_000;
