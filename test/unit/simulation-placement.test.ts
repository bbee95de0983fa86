// The rule of placement.ts, on made-up editor layouts: the results never open over the file's
// preview, nor over its editor, when a preview of the file is on screen.
import * as assert from 'node:assert/strict';
import { type PlacementGroup, type PlacementTab, resultsColumn } from '../../src/extension/simulation/placement';

const FILE = 'file:///work/stack.virt';

const editor = (uri = FILE, active = true): PlacementTab => ({ uri, active });
/** A webview or other non-text tab (a preview, the Markdown preview, settings). */
const other = (active = true): PlacementTab => ({ active });
const group = (column: number, ...tabs: PlacementTab[]): PlacementGroup => ({ column, tabs });
const target = (...previewColumns: number[]) => ({ uri: FILE, previewColumns });

describe('results panel placement', () => {
  it('opens beside the active group (VS Code\'s rule) when no preview of the file is on screen', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, other())], target()), 'beside');
  });

  it('opens a third group right of the editor in 1 and the preview in 2', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, other())], target(2)), 3);
  });

  it('opens a new group right of the rightmost of the two when the preview is left of the editor', () => {
    assert.equal(resultsColumn([group(1, other()), group(2, editor())], target(1)), 3);
  });

  it('uses an existing group that holds neither, the leftmost first', () => {
    const layout = [group(1, other()), group(2, editor()), group(3, other()), group(4, other())];
    assert.equal(resultsColumn(layout, target(3)), 1);
  });

  it('uses the group right of both when it exists and shows something else', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, other()), group(3, editor('file:///work/notes.md'))], target(2)), 3);
  });

  it('counts the editor only where the file is the active tab: a group with it in the background is free', () => {
    // Group 1 has the file behind another editor; the file is on screen in group 3.
    const layout = [group(1, editor(FILE, false), editor('file:///work/other.virt')), group(2, other()), group(3, editor())];
    assert.equal(resultsColumn(layout, target(2)), 1);
  });

  it('avoids only the preview\'s group when the file is in no group on screen', () => {
    assert.equal(resultsColumn([group(1, other())], target(1)), 2);
    assert.equal(resultsColumn([group(1, editor('file:///work/other.virt')), group(2, other())], target(2)), 1);
  });

  it('avoids every visible preview of the file (a locked and an unlocked one)', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, other()), group(3, other())], target(2, 3)), 4);
  });

  it('reads groups in column order whatever order they are listed in', () => {
    const layout = [group(3, other()), group(2, other()), group(1, editor()), group(4, other())];
    assert.equal(resultsColumn(layout, target(2)), 3);
  });
});
