// The integration tests' view into the extension: its state, read through the API activate()
// returns, and the few actions a test takes for a user (a click in the page, a zoom, a window
// reload). Compiled only into out/test: nothing here ships (test/unit/extension-bundle.test.ts
// checks that the production bundle holds none of it).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { VirtStackApi } from '../../src/extension/activation';
import type { StackPreview } from '../../src/extension/preview/preview';
import { extension, waitFor } from './helpers';

/** The running extension's API, once it is active. */
export async function virtstack(): Promise<VirtStackApi> {
  const ext = extension() as vscode.Extension<VirtStackApi>;
  const api = await ext.activate();
  assert.ok(api?.previews && api.simulation, 'activate() returns the VirtStack API');
  return api;
}

/** What a test can see of a preview. */
export interface PreviewInfo {
  resource: string;
  locked: boolean;
  title: string;
  viewColumn?: number;
  active: boolean;
  visible: boolean;
  view?: { zoom: number; fit: 'width' | 'all' | false; scrollX: number; scrollY: number };
  rendered?: { version: number; drawn: number; labels: readonly string[]; view: { zoom: number; fit: 'width' | 'all' | false } };
  counts: { posted: number; skipped: number; violations: number };
  highlight?: { diagram: string; block: string };
  notice?: string;
}

/** Every open preview, as a test sees it (copies: later changes do not show through). */
export async function inspectPreviews(): Promise<PreviewInfo[]> {
  return (await virtstack()).previews.all.map((p) => JSON.parse(JSON.stringify({
    resource: p.resource.toString(),
    locked: p.isLocked,
    title: p.panel.title,
    viewColumn: p.panel.viewColumn,
    active: p.panel.active,
    visible: p.panel.visible,
    view: p.view,
    rendered: p.rendered,
    counts: p.counts,
    highlight: p.lastHighlight,
    notice: p.lastNotice,
  })) as PreviewInfo);
}

/** The preview a command would act on. */
async function currentPreview(): Promise<StackPreview> {
  const p = (await virtstack()).previews.current;
  assert.ok(p, 'a preview is focused or shows the active editor');
  return p;
}

/** Zooms the current preview's page as its toolbar would. */
export async function zoomPreview(action: 'in' | 'out' | 'fit' | 'reset'): Promise<void> {
  (await currentPreview()).post({ type: 'zoom', action });
}

/**
 * A click on a block of the current preview, as the page reports it: the page's own click
 * handling is tested in Chromium (test/webview); this checks what the host does with it.
 */
export async function clickBlock(diagram: string, block: string): Promise<void> {
  (await currentPreview()).deliver({ type: 'selectBlock', diagram, block, focusEditor: false });
}

/**
 * Closes each preview's panel and restores it into a fresh one through the serializer, with
 * the state its page saved: what a window reload does, without ending the extension host.
 */
export async function reloadPreviews(): Promise<void> {
  const { previews } = await virtstack();
  for (const preview of previews.all) {
    const state = { resource: preview.resource.toString(), locked: preview.isLocked, view: preview.view };
    const column = preview.panel.viewColumn ?? vscode.ViewColumn.One;
    preview.dispose();
    await waitFor('the old preview to be gone', () => !previews.all.includes(preview));
    const panel = previews.panels.create({ viewColumn: column, preserveFocus: true });
    await previews.panels.deserializeWebviewPanel(panel, JSON.parse(JSON.stringify(state)));
  }
}

/** What a test can see of the simulation panels and runs. */
export interface SimulationInfo {
  panels: { resource: string; status: { state: string; message?: string; percent?: number; at?: { start: number; end: number } }; version: number; viewColumn?: number; rendered?: { version: number; charts: number }; hasResult: boolean }[];
  runs: Record<string, string>;
}

/** What each results panel shows and drew, and how each file's latest run ended. */
export async function inspectSimulation(): Promise<SimulationInfo> {
  const { simulation } = await virtstack();
  return JSON.parse(JSON.stringify({
    panels: simulation.panels.all.map((p) => ({ resource: p.resource.toString(), status: p.state, version: p.version, viewColumn: p.panel.viewColumn, rendered: p.rendered, hasResult: simulation.lastResult(p.resource) !== undefined })),
    runs: Object.fromEntries(simulation.lastEnds),
  })) as SimulationInfo;
}

/** A click on the results page of `resource` that asks for a span of the source (an event, "Go to source"), as the page reports it. */
export async function revealFromResults(resource: vscode.Uri, start: number, end: number): Promise<void> {
  const panel = (await virtstack()).simulation.panels.get(resource);
  assert.ok(panel, `a results panel of ${resource.toString()} is open`);
  panel.deliver({ type: 'reveal', start, end });
}

/** Closes every results panel, so that the next run opens a new one where the rule places it. */
export async function closeResults(): Promise<void> {
  const { simulation } = await virtstack();
  for (const panel of simulation.panels.all) panel.dispose();
  await waitFor('the results panels to close', () => simulation.panels.all.length === 0);
}
