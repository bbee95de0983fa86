// Where a new results panel opens. VS Code's "beside" is the group to the right of the active
// one, which is the preview's group when the editor is in the first group and its preview in the
// second: the results would cover the diagram the user is reading beside them. So when a
// preview of the file is on screen, the results go to a group that shows neither the file nor
// its preview, opening a new group to the right of both when there is none.
// Kept free of the `vscode` module (the extension maps its tab groups and its previews to these
// shapes) so that the rule runs in the unit tests with made-up layouts.

/** A tab as the placement rule sees it: a text editor's file (absent for other tabs), and whether it is on screen. */
export interface PlacementTab {
  /** The file of a text editor tab (a URI string); absent for other tabs. */
  readonly uri?: string;
  /** The group's active tab: the one on screen. */
  readonly active: boolean;
}

/** An editor group: its column (1 for the leftmost) and its tabs. */
export interface PlacementGroup {
  readonly column: number;
  readonly tabs: readonly PlacementTab[];
}

/** The file simulated and where its previews are on screen. */
export interface PlacementTarget {
  /** The file simulated, as a URI string. */
  readonly uri: string;
  /** The columns of the file's previews that are visible (the preview manager knows them). */
  readonly previewColumns: readonly number[];
}

/**
 * The column for a new results panel: 'beside' (VS Code's own rule) when no preview of the file
 * is on screen; else the first group holding neither the file's editor nor one of its previews,
 * or a new group right of them all.
 */
export function resultsColumn(groups: readonly PlacementGroup[], target: PlacementTarget): number | 'beside' {
  if (target.previewColumns.length === 0) return 'beside';
  const editor = groups.find((g) => g.tabs.some((tab) => tab.active && tab.uri === target.uri))?.column;
  const taken = new Set(editor === undefined ? target.previewColumns : [...target.previewColumns, editor]);
  const free = [...groups].sort((a, b) => a.column - b.column).find((g) => !taken.has(g.column));
  return free?.column ?? Math.max(...taken) + 1;
}
