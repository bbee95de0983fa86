// Every message that crosses between the extension host and a webview, as typed unions.
// Each webview has its own section; validators check what arrives from a webview before
// the host uses it, because a webview is a separate, less trusted context.

// ---- Preview (stack diagram) -------------------------------------------------------------
// (defined by the preview feature)

// ---- Simulation results panel ------------------------------------------------------------
// (defined by the simulation feature)

export {};
