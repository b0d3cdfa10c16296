/** The views after a check. A new one (as the indicators were) is one entry here, its label in ViewTabs and its panel in App's `panels`. */
export const RESULT_VIEWS = ['findings', 'draft', 'indicators'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

/** Ids tying each tab to the panel it shows (role=tabpanel in App). */
export const viewTabId = (view: ResultView) => `view-tab-${view}`;
export const VIEW_PANEL_ID = 'view-panel';
