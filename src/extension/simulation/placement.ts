// Where a new results panel opens. VS Code's "beside" is the group to the right of the active
// one, which is the preview's group when the editor is in the first group and its preview in the
// second: the results would cover the diagram the user is reading beside them. So when a
// preview of the file is on screen, the results go to a group that shows neither the file nor
// its preview, opening a new group to the right of both when there is none.
// Kept free of the `vscode` module (the extension maps its tab groups to these shapes) so that
// the rule runs in the unit tests with made-up layouts.

/** A tab as the placement rule sees it: a text editor's file, or a webview's view type and label. */
export interface PlacementTab {
  /** The file of a text editor tab (a URI string); absent for other tabs. */
  readonly uri?: string;
  /** The view type of a webview tab, as VS Code reports it (sometimes with a `mainThreadWebview-` prefix). */
  readonly viewType?: string;
  readonly label: string;
  /** The group's active tab: the one on screen. */
  readonly active: boolean;
}

/** An editor group: its column (1 for the leftmost) and its tabs. */
export interface PlacementGroup {
  readonly column: number;
  readonly tabs: readonly PlacementTab[];
}

/** What identifies the file and its preview among the tabs. */
export interface PlacementTarget {
  /** The file simulated, as a URI string. */
  readonly uri: string;
  /** The preview's view type (its panel kind's). */
  readonly previewViewType: string;
  /** The titles a preview of this file may have (unlocked and locked). */
  readonly previewTitles: readonly string[];
}

/**
 * The column for a new results panel: 'beside' (VS Code's own rule) when no preview of the file
 * is on screen; else the first group holding neither the file's editor nor its preview, or a new
 * group right of both.
 */
export function resultsColumn(groups: readonly PlacementGroup[], target: PlacementTarget): number | 'beside' {
  const shows = (test: (tab: PlacementTab) => boolean): number | undefined =>
    groups.find((g) => g.tabs.some((tab) => tab.active && test(tab)))?.column;
  const preview = shows((tab) => isPreviewTab(tab, target));
  if (preview === undefined) return 'beside';
  const editor = shows((tab) => tab.uri === target.uri);
  const taken = new Set([preview, editor]);
  const free = [...groups].sort((a, b) => a.column - b.column).find((g) => !taken.has(g.column));
  return free?.column ?? Math.max(preview, editor ?? 0) + 1;
}

/** Whether a tab is a preview of the target file: the preview's view type and one of its titles. */
function isPreviewTab(tab: PlacementTab, target: PlacementTarget): boolean {
  const type = tab.viewType;
  if (type === undefined) return false;
  // VS Code reports webview panels' view types with its internal prefix (microsoft/vscode#201884);
  // accept both forms, so that a fix of that bug does not break the match.
  const matches = type === target.previewViewType || type.endsWith(`-${target.previewViewType}`);
  return matches && target.previewTitles.includes(tab.label);
}
