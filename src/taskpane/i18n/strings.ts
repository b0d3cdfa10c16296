/**
 * Every piece of UI chrome the pane shows, per language. What the user is told about their figures
 * (finding messages, rule descriptions) comes from the core instead.
 */
export type PaneLanguage = 'zh-CN' | 'en-US';

export interface PaneStrings {
  readonly appTitle: string;
  readonly appSubtitle: string;
  readonly notInExcel: string;

  readonly check: string;
  readonly checking: string;
  readonly readingSheets: (read: number, total: number) => string;
  readonly runningRules: string;
  readonly intro: string;
  readonly highlight: string;
  readonly clearHighlights: string;
  /** The Clear button's full name, where its label is shortened. */
  readonly clearHighlightsHint: string;
  readonly settings: string;
  readonly close: string;

  readonly errors: string;
  readonly warnings: string;
  readonly infos: string;
  readonly tablesFound: (count: number) => string;
  readonly rowsChecked: (count: number) => string;
  readonly rulebookInForce: (name: string, version: string) => string;
  readonly checkedAt: (time: string) => string;
  readonly liveRecheck: string;
  readonly allClear: string;

  readonly filterAll: string;
  readonly expected: string;
  readonly actual: string;
  readonly difference: string;
  readonly selectHint: string;
  readonly ignore: string;
  readonly ignoreReason: string;
  readonly ignoreReasonPlaceholder: string;
  readonly ignoreConfirm: string;
  readonly cancel: string;
  readonly ignoredTitle: (count: number) => string;
  readonly ignoredReason: (reason: string) => string;
  readonly ignoredOthers: (count: number) => string;
  readonly undoIgnore: string;
  readonly noFindingsForFilter: string;

  readonly highlighted: (rows: number) => string;
  readonly highlightsCleared: string;
  readonly protectedSheets: (sheets: string) => string;
  readonly listSeparator: string;

  readonly emptyTitle: string;
  readonly emptyBody: string;
  readonly lookedForSheet: (sheet: string) => string;
  readonly insertTemplate: string;
  readonly templateInserted: (sheets: string) => string;

  readonly settingsTitle: string;
  readonly tolerance: string;
  readonly toleranceHint: (yuan: string) => string;
  readonly toleranceInvalid: string;
  readonly language: string;
  readonly languageAuto: string;
  readonly rulebook: string;
  readonly rulebookBundled: string;
  readonly rulebookWorkbook: string;
  readonly rulebookWorkbookMissing: string;
  readonly rulebookLoadFile: string;
  readonly rulebookLoaded: (name: string, version: string) => string;
  readonly rulebookInvalid: (detail: string) => string;
  readonly rulebookFallback: (detail: string) => string;
  readonly rulebookUrl: string;
  readonly rulebookUrlUnavailable: string;
  readonly save: string;
  readonly saved: string;

  readonly errorTitle: string;
  readonly gatewayErrors: Readonly<Record<'sheet-protected' | 'api-unsupported' | 'not-found' | 'too-large' | 'unknown', string>>;
  readonly onSheet: (sheet: string) => string;
}
