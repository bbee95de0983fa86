// Small helpers for the page's event loop and its CSP listener.
import type { PreviewFromWebview } from '../../shared/previewProtocol';

/** Lets the browser run the tasks already queued (messages from the host), without timer clamping. */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** Anything the CSP blocks is a surprise worth a line in the host's log: mermaid needs nothing it forbids. */
export function listenForCspViolations(post: (message: PreviewFromWebview) => void): void {
  document.addEventListener('securitypolicyviolation', (e) => {
    post({ type: 'cspViolation', directive: e.effectiveDirective.slice(0, 200), blocked: `${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`.slice(0, 2000) });
  });
}
