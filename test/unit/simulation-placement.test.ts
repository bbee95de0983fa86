// The rule of placement.ts, on made-up editor layouts: the results never open over the file's
// preview, nor over its editor, when a preview of the file is on screen.
import * as assert from 'node:assert/strict';
import { type PlacementGroup, type PlacementTab, resultsColumn } from '../../src/extension/simulation/placement';

const FILE = 'file:///work/stack.virt';
const TARGET = { uri: FILE, previewViewType: 'virtstack.preview', previewTitles: ['Preview stack.virt', '[Preview] stack.virt'] };

const editor = (uri = FILE, active = true): PlacementTab => ({ uri, label: uri.split('/').pop()!, active });
const preview = (label = 'Preview stack.virt', active = true, viewType = 'mainThreadWebview-virtstack.preview'): PlacementTab => ({ viewType, label, active });
const other = (label: string, active = true): PlacementTab => ({ viewType: 'mainThreadWebview-markdown.preview', label, active });
const group = (column: number, ...tabs: PlacementTab[]): PlacementGroup => ({ column, tabs });

describe('results panel placement', () => {
  it('opens beside the active group (VS Code\'s rule) when no preview of the file exists', () => {
    assert.equal(resultsColumn([group(1, editor())], TARGET), 'beside');
  });

  it('opens beside the active group when the file\'s preview is only a background tab', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, preview(undefined, false), other('Notes', true))], TARGET), 'beside');
  });

  it('opens beside the active group when the visible preview is another file\'s', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, preview('Preview other.virt'))], TARGET), 'beside');
  });

  it('opens a third group right of the editor in 1 and the preview in 2', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, preview())], TARGET), 3);
  });

  it('opens a new group right of the rightmost of the two when the preview is left of the editor', () => {
    assert.equal(resultsColumn([group(1, preview()), group(2, editor())], TARGET), 3);
  });

  it('recognises the preview\'s view type with or without VS Code\'s internal prefix, and a locked preview\'s title', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, preview('[Preview] stack.virt', true, 'virtstack.preview'))], TARGET), 3);
  });

  it('uses an existing group that holds neither, the leftmost first', () => {
    const layout = [group(1, other('Notes')), group(2, editor()), group(3, preview()), group(4, other('More'))];
    assert.equal(resultsColumn(layout, TARGET), 1);
  });

  it('uses the group right of both when it exists and shows something else', () => {
    assert.equal(resultsColumn([group(1, editor()), group(2, preview()), group(3, other('Notes'))], TARGET), 3);
  });

  it('counts the editor only where the file is the active tab: a group with it in the background is free', () => {
    // Group 1 has the file behind another editor; the file is on screen in group 3.
    const layout = [group(1, editor(FILE, false), editor('file:///work/other.virt')), group(2, preview()), group(3, editor())];
    assert.equal(resultsColumn(layout, TARGET), 1);
  });

  it('avoids only the preview\'s group when the file is in no group on screen', () => {
    assert.equal(resultsColumn([group(1, preview())], TARGET), 2);
    assert.equal(resultsColumn([group(1, editor('file:///work/other.virt')), group(2, preview())], TARGET), 1);
  });

  it('reads groups in column order whatever order they are listed in', () => {
    const layout = [group(3, other('Notes')), group(2, preview()), group(1, editor()), group(4, other('More'))];
    assert.equal(resultsColumn(layout, TARGET), 3);
  });
});
