/**
 * Every piece of UI chrome the pane shows, per language. What the user is told about their figures
 * (finding messages, rule descriptions) comes from the core instead.
 */
export type { Language } from '../../core/language';

/** Where the rules in force came from (view-model/rulebook-choice.ts). */
export type RulebookSourceName = 'bundled' | 'workbook' | 'organisation';

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
  /** The rules in force: name, id, version and where they came from. */
  readonly rulebookInForce: (name: string, id: string, version: string, source: string) => string;
  readonly rulebookSources: Readonly<Record<RulebookSourceName, string>>;
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
  /** One finding's severity, in the singular: 错误 / Error. */
  readonly severityName: Readonly<Record<'error' | 'warning' | 'info', string>>;
  /** What starts a finding card's visible headline: “错误：”. */
  readonly severityPrefix: (severity: string) => string;
  /** A finding card's short accessible name: “错误：项目支出 B10，相差0.01万元”. */
  readonly findingName: (severity: string, subject: string, where: string, difference?: string) => string;
  /** Each 忽略… button's own name. */
  readonly ignoreFinding: (subject: string, where: string) => string;
  readonly undoIgnoreFinding: (subject: string, where: string) => string;
  /** An information finding's part of a whole, instead of 应为/实际/差额. */
  readonly explainedShare: (rule: string, percent: string) => string;
  readonly partOfWhole: (part: string, whole: string) => string;
  readonly findingsHeading: string;
  readonly groupCount: (count: number) => string;
  readonly ignoreGroup: (count: number) => string;
  readonly ignoreGroupName: (group: string, count: number) => string;
  readonly expandGroup: (group: string) => string;
  readonly collapseGroup: (group: string) => string;
  /** What the live region says when a check ends. */
  readonly checkAnnouncement: (errors: number, warnings: number, infos: number) => string;
  readonly ignoredAnnouncement: (count: number) => string;
  readonly showDetails: string;
  readonly hideDetails: string;

  readonly highlighted: (rows: number) => string;
  readonly highlightsCleared: string;
  readonly nothingToClear: string;
  readonly protectedSheets: (sheets: string) => string;
  readonly listSeparator: string;

  readonly emptyTitle: string;
  readonly emptyBody: string;
  readonly lookedForSheet: (sheet: string) => string;
  /** Before the list of every table kind recognised (the official layouts too). */
  readonly recognisedKinds: string;
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
  readonly rulebookOrganisation: string;
  readonly rulebookOrganisationReading: string;
  readonly rulebookOrganisationLoaded: (name: string, version: string, url: string) => string;
  readonly rulebookOrganisationDefault: string;
  /** Why the organisation rulebook at `url` cannot be used (settings). */
  readonly rulebookOrganisationProblem: (url: string, detail: string) => string;
  /** …and the check used the bundled rules instead. */
  readonly rulebookOrganisationFallback: (url: string, detail: string) => string;
  readonly organisationHttpStatus: (status: number) => string;
  readonly organisationUnreachable: (detail: string) => string;
  readonly organisationTimeout: string;
  /** The Settings footer: the add-in's version, from package.json. */
  readonly versionFooter: (version: string) => string;
  readonly save: string;
  readonly saved: string;

  readonly findingsTab: string;
  readonly draftTab: string;
  readonly draftIntro: string;
  readonly draftLoading: string;
  readonly draftNothing: string;
  readonly legendComputed: string;
  readonly legendUser: string;
  readonly legendPlaceholder: string;
  readonly legendFlagged: string;
  readonly legendEdited: string;
  readonly computedFrom: (cells: string) => string;
  readonly userTextFrom: (cell: string) => string;
  readonly userTextEdited: string;
  readonly placeholderHint: string;
  /** The figure a finding says is right, after the finding's message. */
  readonly correctedTo: (figure: string) => string;
  /** Heading of the list of open findings kept apart from the report (核对提示). */
  readonly checkNotesHeading: string;
  readonly useCorrected: (from: string, to: string) => string;
  readonly placeholdersLeft: (count: number) => string;
  /** The ✎ button of paragraph `number` (1-based, the title is 1), named by how the paragraph begins. */
  readonly editParagraph: (number: number, excerpt: string) => string;
  readonly editParagraphLabel: string;
  readonly saveEdit: string;
  readonly restoreDrafted: string;
  readonly regenerate: string;
  readonly regenerateHint: string;
  readonly discardEdits: (count: number) => string;
  readonly discardEditsConfirm: string;
  readonly editsKept: (count: number) => string;
  readonly editsNotPlaced: (count: number) => string;
  readonly insertDraft: string;
  readonly insertDraftHint: string;
  readonly draftSheetName: string;
  readonly draftInserted: (sheet: string) => string;
  readonly copyDraft: string;
  readonly draftCopied: string;
  readonly copyBlocked: string;
  readonly downloadDocx: string;
  readonly docxPreparing: string;
  readonly docxStarted: (file: string) => string;
  readonly docxFailed: (detail: string) => string;
  readonly downloadsMayBeBlocked: string;
  readonly useSheetOrClipboard: string;

  readonly errorTitle: string;
  readonly gatewayErrors: Readonly<Record<'sheet-protected' | 'api-unsupported' | 'not-found' | 'too-large' | 'unknown', string>>;
  readonly onSheet: (sheet: string) => string;
  /** Shown in the summary whenever the tolerance in force is not the default (in 万元). */
  readonly toleranceNotDefault: (toleranceWan: number, defaultWan: number) => string;
}
