// The script VS Code's Markdown preview loads (`markdown.previewScripts`). The preview loads it as
// a classic script, but the drawing code is an ES module built with the stack preview's page
// (dist/webview/preview/markdown.js), so that both share the one copy of mermaid's chunks the
// VSIX ships. A dynamic import() from this nonced script carries its nonce to the module and its
// chunks, which the Markdown preview's Content-Security-Policy requires.
const script = document.currentScript as HTMLScriptElement | null;
if (script?.src) {
  import(new URL('../preview/markdown.js', script.src).href).catch((e: unknown) => {
    // Without the module no block is drawn: each says why, in the words the extension wrote for it.
    const reason = e instanceof Error ? e.message : String(e);
    for (const block of document.querySelectorAll<HTMLElement>('.virtstack-block')) {
      const notice = document.createElement('div');
      notice.className = 'virtstack-notice';
      notice.textContent = (block.dataset.renderFailed ?? '{0}').replace('{0}', reason);
      block.append(notice);
    }
  });
}
