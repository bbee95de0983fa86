// The names of files shown in titles and messages, and the names of the files made from them
// (src/extension/documents.ts). A URI's `path` is already decoded, so names are shown as they
// are: decoding them again once threw on a `%` that is not an escape.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import { fileName, fileStem } from '../../src/extension/documents';

/** The part of a `vscode.Uri` the helpers read. */
const uri = (path: string, scheme = 'file'): vscode.Uri => ({ path, scheme, toString: () => `${scheme}://${path}` }) as unknown as vscode.Uri;

describe('file names in titles and messages', () => {
  it('are the last segment of the path, as written, with a % that is not an escape', () => {
    assert.equal(fileName(uri('/work/stacks/web tier.virt')), 'web tier.virt');
    assert.equal(fileName(uri('/work/after 50%.virt')), 'after 50%.virt');
    assert.equal(fileName(uri('/Untitled-1', 'untitled')), 'Untitled-1');
  });

  it('fall back to the whole URI when the path ends in a slash', () => {
    assert.equal(fileName(uri('/work/')), 'file:///work/');
  });

  it('lose only their last extension in the name of a file made from them, or take the fallback', () => {
    assert.equal(fileStem(uri('/a/stack.virt'), 'stack'), 'stack');
    assert.equal(fileStem(uri('/a/my.web.virt'), 'stack'), 'my.web');
    assert.equal(fileStem(uri('/a/compose.yaml'), 'import'), 'compose');
    assert.equal(fileStem(uri('/a/Makefile'), 'import'), 'Makefile');
    assert.equal(fileStem(uri('/a/.virt'), 'stack'), 'stack');
  });
});
